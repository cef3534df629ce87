// The pure edits behind the Criteria tab: list operations by id, and turning what a consultant
// typed into the next Request. The component only wires these to inputs and to saveRequest.
import { daysInMonth, isoDate, isoDateTime, readNumber, round2, wallClockAt, type Competency, type Criterion, type InputError, type KnockOut, type KnockOutRule, type Request, type Result } from '../../core';
import type { StoredRequest } from '../../db/schema';
import { locale, type Locale } from '../i18n';

type Identified = { id: string };
type Lists = Pick<Request, 'knockOuts' | 'criteria' | 'competencies'> & { clientCriteria: Criterion[] };
export type ListKey = keyof Lists;
export type RuleKind = 'none' | KnockOutRule['kind'];

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): { ok: false; errors: InputError[] } => ({ ok: false, errors: [{ code, message }] });

// ── Lists ────────────────────────────────────────────────────────────────────────────────────

/** Moves the item with this id one place up (-1) or down (+1); at either end nothing changes. */
export function moveItem<T extends Identified>(items: readonly T[], id: string, delta: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  const next = [...items];
  if (from < 0 || to < 0 || to >= items.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export const moveUp = <T extends Identified>(items: readonly T[], id: string): T[] => moveItem(items, id, -1);
export const moveDown = <T extends Identified>(items: readonly T[], id: string): T[] => moveItem(items, id, 1);

export function addItem<T extends Identified>(items: readonly T[], item: T): T[] {
  if (items.some((existing) => existing.id === item.id)) throw new Error(`id ${item.id} is already in the list`);
  return [...items, item];
}

export function removeItem<T extends Identified>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}

/** Replaces one item by id; the update keeps the id, so whatever refers to it (scores) stays valid. */
export function replaceItem<T extends Identified>(items: readonly T[], id: string, update: (item: T) => T): T[] {
  return items.map((item) => (item.id === id ? { ...update(item), id } : item));
}

/** The items of one list of the request (the client's criteria may be absent: none yet). */
export function listOf<K extends ListKey>(request: Request, key: K): Lists[K] {
  return (key === 'clientCriteria' ? (request.clientCriteria ?? []) : request[key as Exclude<K, 'clientCriteria'>]) as Lists[K];
}

/** The request with one of its lists changed. */
export function withList<K extends ListKey>(request: Request, key: K, change: (items: Lists[K]) => Lists[K]): Request {
  return { ...request, [key]: change(listOf(request, key)) };
}

/** Applies an id-based operation (move, remove) to whichever list `key` names. */
export function withListOp(request: Request, key: ListKey, op: <T extends Identified>(items: readonly T[]) => T[]): Request {
  if (key === 'knockOuts') return { ...request, knockOuts: op(request.knockOuts) };
  if (key === 'criteria') return { ...request, criteria: op(request.criteria) };
  if (key === 'clientCriteria') return { ...request, clientCriteria: op(request.clientCriteria ?? []) };
  return { ...request, competencies: op(request.competencies) };
}

/** Position of an item in its list, for labels such as "Criterium 2" (1-based; 0 when absent). */
export function positionOf(request: Request, key: ListKey, id: string): number {
  return (listOf(request, key) as readonly Identified[]).findIndex((item) => item.id === id) + 1;
}

// ── New items ────────────────────────────────────────────────────────────────────────────────

export function newKnockOut(id: string): KnockOut {
  return { id, text: '' };
}

/** A new criterion takes the points still missing to 100, so adding the last one balances the weights. */
export function newCriterion(id: string, existing: readonly Criterion[]): Criterion {
  const left = round2(100 - existing.reduce((sum, c) => sum + c.maxPoints, 0));
  return { id, text: '', maxPoints: left > 0 ? left : 10 };
}

export function newCompetency(id: string): Competency {
  return { id, name: '' };
}

// ── Fields ───────────────────────────────────────────────────────────────────────────────────

/** The request definition without the storage stamps, as saveRequest expects it. */
export function definitionOf(stored: StoredRequest | Request): Request {
  const { createdAt: _created, updatedAt: _updated, ...definition } = stored as StoredRequest;
  return definition;
}

/** Whether two requests say the same thing (so an unchanged field is not written again). */
export function sameRequest(a: Request, b: Request): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export type MetaField =
  | 'number'
  | 'title'
  | 'client'
  | 'region'
  | 'hoursPerWeek'
  | 'durationMonths'
  | 'start'
  | 'deadline'
  | 'maxRate'
  | 'shortlistSize'
  | 'interviewSize'
  | 'tieBreak';

const OPTIONAL_TEXT = ['number', 'client', 'region', 'start'] as const;
const OPTIONAL_NUMBER = ['hoursPerWeek', 'durationMonths', 'maxRate', 'interviewSize'] as const;

/**
 * The request with one metadata field set from what was typed. Empty optional fields are removed
 * (not stored as ""), numbers may be Dutch ("7,5"), an ambiguous "1,250" is read in `language`
 * (the UI's); the range rules of the whole request stay with checkRequest, which saveRequest runs.
 */
export function withMetaField(request: Request, field: MetaField, text: string, language: Locale = locale()): Result<Request> {
  const trimmed = text.trim();
  const next: Request = { ...request };
  if (field === 'title') return ok({ ...next, title: trimmed });
  if (field === 'tieBreak') {
    if (trimmed !== 'lowest-rate' && trimmed !== 'none') return fail('invalid-tie-break', `Onbekende beslisregel "${text}".`);
    return ok({ ...next, tieBreak: trimmed });
  }
  if (field === 'deadline') {
    const deadline = deadlineFromInput(trimmed);
    if (!deadline.ok) return deadline;
    if (deadline.value === undefined) delete next.deadline;
    else next.deadline = deadline.value;
    return ok(next);
  }
  if ((OPTIONAL_TEXT as readonly string[]).includes(field)) {
    const key = field as (typeof OPTIONAL_TEXT)[number];
    if (trimmed === '') delete next[key];
    else next[key] = trimmed;
    return ok(next);
  }
  if (field === 'shortlistSize') {
    if (trimmed === '') return fail('required', 'De shortlistgrootte is verplicht.');
    const size = readNumber(trimmed, language);
    return size.ok ? ok({ ...next, shortlistSize: size.value }) : { ok: false, errors: [size.error] };
  }
  const key = field as (typeof OPTIONAL_NUMBER)[number];
  if (trimmed === '') {
    delete next[key];
    return ok(next);
  }
  const read = readNumber(trimmed, language);
  if (!read.ok) return { ok: false, errors: [read.error] };
  // checkRequest covers the sizes; hours, months and the rate are only checked here.
  if (key !== 'interviewSize' && read.value < 0) return fail('negative', `${text} is negatief; vul 0 of meer in.`);
  if (key === 'hoursPerWeek' && read.value > 168) return fail('too-many-hours', `${text} uur is meer dan een week heeft (168).`);
  next[key] = read.value;
  // The cap is what its max-rate knock-outs enforce (PRODUCT §7): those at the old cap follow it.
  // One set apart on purpose keeps its amount (rateCapIssue then says they differ).
  if (key === 'maxRate' && request.maxRate !== undefined) {
    const old = request.maxRate;
    next.knockOuts = request.knockOuts.map((k) => (k.rule?.kind === 'max-rate' && k.rule.max === old ? { ...k, rule: { kind: 'max-rate', max: read.value } } : k));
  }
  return ok(next);
}

export function withKnockOutText(request: Request, id: string, text: string): Request {
  return withList(request, 'knockOuts', (items) => replaceItem(items, id, (k) => ({ ...k, text: text.trim() })));
}

/**
 * Sets the short name that heads the matrix column, or takes it away when emptied (the matrix
 * then makes one from the text). Its length limit is checkRequest's rule, so it is checked once.
 */
export function withKnockOutLabel(request: Request, id: string, label: string): Request {
  return withList(request, 'knockOuts', (items) => replaceItem(items, id, (k) => withLabel(k, label)));
}

export function withCriterionLabel(request: Request, id: string, label: string, list: CriteriaList = 'criteria'): Request {
  return withList(request, list, (items) => replaceItem(items, id, (c) => withLabel(c, label)));
}

function withLabel<T extends { label?: string }>(item: T, label: string): T {
  const { label: _old, ...rest } = item;
  const trimmed = label.trim();
  return (trimmed === '' ? rest : { ...rest, label: trimmed }) as T;
}

/** The number a new rule starts from: the request's own cap or hours, when it has them. */
export function defaultRuleAmount(request: Request, kind: KnockOutRule['kind']): number | undefined {
  return kind === 'max-rate' ? request.maxRate : request.hoursPerWeek;
}

/** Sets (or with kind "none" removes) the automatic rule of a knock-out; the amount may be Dutch. */
export function withKnockOutRule(request: Request, id: string, kind: RuleKind, amountText: string, language: Locale = locale()): Result<Request> {
  let rule: KnockOutRule | undefined;
  if (kind !== 'none') {
    if (amountText.trim() === '') return fail('required', 'Vul een getal in voor de regel.');
    const amount = readNumber(amountText, language);
    if (!amount.ok) return { ok: false, errors: [amount.error] };
    rule = kind === 'max-rate' ? { kind, max: amount.value } : { kind, min: amount.value };
  }
  return ok(
    withList(request, 'knockOuts', (items) =>
      replaceItem(items, id, (k) => {
        const { rule: _old, ...rest } = k;
        return rule ? { ...rest, rule } : rest;
      }),
    ),
  );
}

export type CriteriaList = 'criteria' | 'clientCriteria';

export function withCriterionText(request: Request, id: string, text: string, list: CriteriaList = 'criteria'): Request {
  return withList(request, list, (items) => replaceItem(items, id, (c) => ({ ...c, text: text.trim() })));
}

/** Sets a criterion's maximum; whether it is > 0 is checkRequest's rule, so it is checked once. */
export function withCriterionMaxPoints(request: Request, id: string, text: string, list: CriteriaList = 'criteria', language: Locale = locale()): Result<Request> {
  if (text.trim() === '') return fail('required', 'Vul het maximum aantal punten in.');
  const points = readNumber(text, language);
  if (!points.ok) return { ok: false, errors: [points.error] };
  return ok(withList(request, list, (items) => replaceItem(items, id, (c) => ({ ...c, maxPoints: points.value }))));
}

export function withCompetencyName(request: Request, id: string, name: string): Request {
  return withList(request, 'competencies', (items) => replaceItem(items, id, (c) => ({ ...c, name: name.trim() })));
}

export function withCompetencyDescription(request: Request, id: string, description: string): Request {
  const trimmed = description.trim();
  return withList(request, 'competencies', (items) =>
    replaceItem(items, id, (c) => {
      const { description: _old, ...rest } = c;
      return trimmed === '' ? rest : { ...rest, description: trimmed };
    }),
  );
}

/** A number as it goes into a text input: no thousands separator, a decimal comma in Dutch. */
export function numberToInput(value: number | undefined, decimalComma: boolean): string {
  if (value === undefined) return '';
  const text = String(value);
  return decimalComma ? text.replace('.', ',') : text;
}

// ── Deadline: <input type="datetime-local"> ⇄ ISO 8601 with the Amsterdam offset ────────────

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What a datetime-local input shows for a stored deadline: its wall-clock time in Amsterdam. */
export function deadlineToInput(iso: string | undefined): string {
  if (!iso) return '';
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const w = wallClockAt(instant);
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * Reads a datetime-local value as Amsterdam time and returns ISO 8601 with the offset of that
 * moment ("2025-12-22T09:00" → "2025-12-22T09:00:00+01:00"). Around the clock changes it does what
 * Temporal's "compatible" mode does: a time that occurs twice (October) takes the first, summer
 * one; a time skipped in March moves forward by the hour that was skipped (src/core/calendar.ts).
 */
export function deadlineFromInput(value: string): Result<string | undefined> {
  if (value.trim() === '') return ok(undefined);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  const [year, month, day, hour, minute, second] = (m?.slice(1) ?? []).map((part) => Number(part ?? 0));
  // A date that does not exist (30 February) or an hour past 23 is refused, not rolled over.
  if (!m || !year || !month || !day || month > 12 || day > daysInMonth(year, month) || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) {
    return fail('invalid-date', `"${value}" is geen datum met tijd.`);
  }
  return ok(isoDateTime({ year, month, day }, { hour: hour ?? 0, minute: minute ?? 0 }, second ?? 0));
}
