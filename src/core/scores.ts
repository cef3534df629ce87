// Reading and checking scores typed by a consultant (PRODUCT §3.2): empty, or a number from 0 to
// the criterion's maximum with at most two decimals. Never clamped, never silently dropped.
import type { Criterion, InputError, Request, Result } from './model';
import { decimalsOf, readNumber, type NumberHint } from './numbers';

/** Checks a score value (null = empty) against its criterion. */
export function checkScore(criterion: Criterion, value: number | null): Result<number | null> {
  if (value === null) return { ok: true, value: null };
  const params = { value, max: criterion.maxPoints, criterion: short(criterion) };
  if (!Number.isFinite(value)) return err('not-a-number', `Score voor "${short(criterion)}" is geen getal.`, { text: String(value), max: criterion.maxPoints });
  if (value < 0) {
    return err('score-below-zero', `Score ${value} is negatief; "${short(criterion)}" accepteert 0 tot ${criterion.maxPoints}.`, params);
  }
  if (value > criterion.maxPoints) {
    return err('score-above-max', `Score ${value} is hoger dan het maximum van ${criterion.maxPoints} voor "${short(criterion)}".`, params);
  }
  if (decimalsOf(value) > 2) {
    return err('too-many-decimals', `Score ${value} heeft meer dan 2 decimalen.`, params);
  }
  return { ok: true, value };
}

/** Reads a typed score ("7,5", "7.5", "" for empty) and checks it; `hint` as in readNumber. */
export function parseScore(criterion: Criterion, text: string, hint?: NumberHint): Result<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const read = readNumber(text, hint);
  if (!read.ok) {
    return err('not-a-number', `"${text}" is geen score; typ een getal van 0 tot ${criterion.maxPoints}, bijvoorbeeld 7,5.`, { text, max: criterion.maxPoints });
  }
  return checkScore(criterion, read.value);
}

/** Finds the criterion for a score write, or says that the id is unknown. */
export function findCriterion(request: Request, criterionId: string): Result<Criterion> {
  const criterion = request.criteria.find((c) => c.id === criterionId);
  return criterion ? { ok: true, value: criterion } : err('unknown-criterion', `Onbekend criterium "${criterionId}".`);
}

function short(criterion: Criterion): string {
  return criterion.text.length > 40 ? criterion.text.slice(0, 39) + '…' : criterion.text;
}

function err(code: string, message: string, params?: InputError['params']): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message, ...(params ? { params } : {}) }] };
}
