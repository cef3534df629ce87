// Decides, before anything is written, what each imported row will do: add a new person, update
// a known one (matched by e-mail, else by normalised name + phone), or change nothing; and, for
// rows whose only problems are unreadable optional cells, whether they are imported with those
// cells left empty or skipped (the user's choice). The plan is what the preview shows and exactly
// what the commit writes; nothing is matched or decided again in between.
import { CANDIDATE_FIELDS, type CandidateField } from './candidate';
import type { UnreadableCell, ValueFlag } from './csv/types';
import type { Candidate, Evaluation, InputError, KnockOutValue, Request } from './model';

export type ImportAction = 'new' | 'update' | 'unchanged';

export interface ImportRowInput {
  line: number;
  candidate: Omit<Candidate, 'id'>;
  knockOuts: Record<string, KnockOutValue>;
  scores: Record<string, number | null>;
  notes?: Record<string, string>;
  /** Unlikely values the row holds (shown in the preview, written as they are). */
  flags?: ValueFlag[];
  /** Set when the row's only problems were unreadable optional cells, now left empty: a partial row. */
  emptied?: UnreadableCell[];
}

/**
 * One thing an update changes on a known person, with the value before and after. An empty cell
 * never erases, so `to` is always a value.
 */
export type RowChange =
  /** The person is in the pool but not yet on this request. */
  | { kind: 'request' }
  | { kind: 'field'; field: CandidateField; from: string | number | null; to: string | number }
  | { kind: 'knockOut'; id: string; from: KnockOutValue; to: KnockOutValue }
  | { kind: 'score'; id: string; from: number | null; to: number }
  | { kind: 'note'; id: string; from: string | null; to: string };

export interface PlannedRow extends ImportRowInput {
  action: ImportAction;
  /** The pool candidate this row updates (or leaves unchanged); null for a new person. */
  candidateId: string | null;
  /** What the row changes on the known person, field by field (empty for a new person). */
  changes: RowChange[];
}

/** What happens to partial rows: imported with their unreadable cells left empty, or skipped. */
export type PartialChoice = 'import' | 'skip';

export interface ImportPlan {
  requestId: string;
  /** Every planned row in file order, partial rows among them (those with `emptied`). */
  rows: PlannedRow[];
  /** Rows refused while planning (e.g. the same person twice in one file). */
  errors: InputError[];
  /**
   * The partial rows: how many, and the user's choice, null until made. A plan with partial rows
   * and no choice cannot be committed: neither importing nor skipping them happens silently.
   */
  partial: { rows: number; choice: PartialChoice | null };
  /** What the commit writes: partial rows count as added / updated / unchanged when imported, as errors when skipped. */
  counts: { added: number; updated: number; unchanged: number; errors: number };
}

const FIELDS = CANDIDATE_FIELDS;

export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.replace(/^\+31/, '0').replace(/^0031/, '0').replace(/\D/g, '');
}

/**
 * "Matched by e-mail, else by normalised name + phone" (PRODUCT §5): a row whose e-mail nobody in
 * the pool has is still the person of that name and phone who has no e-mail yet (the file adds
 * it), not a second one. Someone with another e-mail stays apart: two addresses, two people.
 */
function byNameAndPhone(byKey: Map<string, Candidate>, row: Omit<Candidate, 'id'>): Candidate | undefined {
  if (!row.email?.trim() || !row.phone || !normalisePhone(row.phone)) return undefined;
  const found = byKey.get(`np:${normaliseName(row.name)}|${normalisePhone(row.phone)}`);
  return found && !found.email?.trim() ? found : undefined;
}

/** The keys a person is recognised by: e-mail first, else name + phone. */
export function matchKeys(candidate: Omit<Candidate, 'id'>): string[] {
  const keys: string[] = [];
  const email = candidate.email?.trim().toLowerCase();
  if (email) keys.push(`e:${email}`);
  else if (candidate.phone && normalisePhone(candidate.phone)) keys.push(`np:${normaliseName(candidate.name)}|${normalisePhone(candidate.phone)}`);
  return keys;
}

/**
 * Plans every row against the pool. `rows` may hold partial rows (with `emptied`); they are matched
 * like any other, and `choice` (usually made later, with choosePartialRows) says what becomes of
 * them. `parseErrors` is the number of rows the parser refused outright.
 */
export function planImport(
  request: Request,
  pool: Candidate[],
  evaluations: Evaluation[],
  rows: ImportRowInput[],
  parseErrors: number,
  choice: PartialChoice | null = null,
): ImportPlan {
  const byKey = new Map<string, Candidate>();
  for (const c of pool) {
    const email = c.email?.trim().toLowerCase();
    if (email) byKey.set(`e:${email}`, c);
    if (c.phone && normalisePhone(c.phone)) byKey.set(`np:${normaliseName(c.name)}|${normalisePhone(c.phone)}`, c);
  }
  const evaluationOf = new Map(evaluations.filter((e) => e.requestId === request.id).map((e) => [e.candidateId, e]));
  const seenInFile = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const errors: InputError[] = [];

  for (const row of rows) {
    const keys = matchKeys(row.candidate);
    const duplicateOf = keys.map((k) => seenInFile.get(k)).find((line) => line !== undefined);
    if (duplicateOf !== undefined) {
      errors.push({
        code: 'duplicate-row',
        line: row.line,
        params: { line: row.line, first: duplicateOf },
        message: `Regel ${row.line}: dezelfde persoon als regel ${duplicateOf} (zelfde e-mail of naam + telefoon); pas het bestand aan.`,
      });
      continue;
    }
    for (const k of keys) seenInFile.set(k, row.line);
    const known = keys.map((k) => byKey.get(k)).find((c) => c !== undefined) ?? byNameAndPhone(byKey, row.candidate);
    if (!known) {
      planned.push({ ...row, action: 'new', candidateId: null, changes: [] });
      continue;
    }
    const changes = differences(request, known, evaluationOf.get(known.id), row);
    planned.push({ ...row, action: changes.length === 0 ? 'unchanged' : 'update', candidateId: known.id, changes });
  }
  const partialRows = planned.filter(isPartial).length;
  return withCounts({ requestId: request.id, rows: planned, errors, partial: { rows: partialRows, choice }, counts: { added: 0, updated: 0, unchanged: 0, errors: 0 } }, parseErrors + errors.length);
}

/** The same plan with the user's choice for its partial rows, and the counts that follow from it. */
export function choosePartialRows(plan: ImportPlan, choice: PartialChoice): ImportPlan {
  const skippedBefore = plan.partial.choice === 'skip' ? plan.partial.rows : 0;
  return withCounts({ ...plan, partial: { ...plan.partial, choice } }, plan.counts.errors - skippedBefore);
}

export function isPartial(row: ImportRowInput): boolean {
  return (row.emptied?.length ?? 0) > 0;
}

/** The rows the commit writes, in file order: new and updated rows, partial ones only when imported. */
export function rowsToWrite(plan: ImportPlan): PlannedRow[] {
  const partialToo = plan.partial.choice === 'import';
  return plan.rows.filter((r) => r.action !== 'unchanged' && (partialToo || !isPartial(r)));
}

/** Counts what the commit will write; `refused` is every row refused before the partial rows' choice. */
function withCounts(plan: ImportPlan, refused: number): ImportPlan {
  const counts = { added: 0, updated: 0, unchanged: 0, errors: refused };
  for (const row of plan.rows) {
    if (isPartial(row) && plan.partial.choice !== 'import') continue;
    if (row.action === 'new') counts.added++;
    else if (row.action === 'update') counts.updated++;
    else counts.unchanged++;
  }
  if (plan.partial.choice === 'skip') counts.errors += plan.partial.rows;
  return { ...plan, counts };
}

/**
 * What an import row would change on a known person. Empty cells never erase: an import adds and
 * corrects, it does not wipe what a consultant already entered.
 */
function differences(request: Request, known: Candidate, evaluation: Evaluation | undefined, row: ImportRowInput): RowChange[] {
  const changes: RowChange[] = [];
  if (!evaluation) changes.push({ kind: 'request' });
  for (const field of FIELDS) {
    const value = row.candidate[field];
    if (value === undefined || value === '') continue;
    const before = known[field];
    const same = field === 'email' ? String(value).toLowerCase() === before?.toString().toLowerCase() : value === before;
    if (!same) changes.push({ kind: 'field', field, from: before ?? null, to: value });
  }
  for (const k of request.knockOuts) {
    const value = row.knockOuts[k.id];
    const before = evaluation?.knockOuts[k.id] ?? 'unknown';
    if (value !== undefined && value !== 'unknown' && value !== before) changes.push({ kind: 'knockOut', id: k.id, from: before, to: value });
  }
  for (const c of request.criteria) {
    const value = row.scores[c.id];
    const before = evaluation?.scores[c.id] ?? null;
    if (value !== undefined && value !== null && value !== before) changes.push({ kind: 'score', id: c.id, from: before, to: value });
    const note = row.notes?.[c.id];
    const noteBefore = evaluation?.notes?.[c.id] ?? '';
    if (note && note !== noteBefore) changes.push({ kind: 'note', id: c.id, from: noteBefore || null, to: note });
  }
  return changes;
}

/** Merges an import row into a person and an evaluation, by the same no-erase rule. */
export function mergeRow(
  candidate: Candidate,
  evaluation: Evaluation,
  row: ImportRowInput,
): { candidate: Candidate; evaluation: Evaluation } {
  const nextCandidate: Candidate = { ...candidate };
  for (const field of FIELDS) {
    const value = row.candidate[field];
    if (value !== undefined && value !== '') (nextCandidate as unknown as Record<string, unknown>)[field] = value;
  }
  const knockOuts = { ...evaluation.knockOuts };
  for (const [id, value] of Object.entries(row.knockOuts)) if (value !== 'unknown') knockOuts[id] = value;
  const scores = { ...evaluation.scores };
  for (const [id, value] of Object.entries(row.scores)) if (value !== null) scores[id] = value;
  const notes = { ...(evaluation.notes ?? {}) };
  for (const [id, value] of Object.entries(row.notes ?? {})) if (value) notes[id] = value;
  return { candidate: nextCandidate, evaluation: { ...evaluation, knockOuts, scores, notes } };
}
