// Decides, before anything is written, what each imported row will do: add a new person, update
// a known one (matched by e-mail, else by normalised name + phone), or change nothing. The plan is
// what the preview shows and exactly what the commit writes; nothing is matched again in between.
import type { Candidate, Evaluation, InputError, KnockOutValue, Request } from './model';

export type ImportAction = 'new' | 'update' | 'unchanged';

export interface ImportRowInput {
  line: number;
  candidate: Omit<Candidate, 'id'>;
  knockOuts: Record<string, KnockOutValue>;
  scores: Record<string, number | null>;
  notes?: Record<string, string>;
}

export interface PlannedRow extends ImportRowInput {
  action: ImportAction;
  /** The pool candidate this row updates (or leaves unchanged); null for a new person. */
  candidateId: string | null;
  /** What the row changes, in words: field names and criterion / knock-out codes. */
  changes: string[];
}

export interface ImportPlan {
  requestId: string;
  rows: PlannedRow[];
  /** Rows refused while planning (e.g. the same person twice in one file). */
  errors: InputError[];
  counts: { added: number; updated: number; unchanged: number; errors: number };
}

const FIELDS = ['name', 'email', 'phone', 'hourlyRate', 'hoursPerWeek', 'supplier', 'education'] as const;

export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.replace(/^\+31/, '0').replace(/^0031/, '0').replace(/\D/g, '');
}

/** The keys a person is recognised by: e-mail first, else name + phone. */
export function matchKeys(candidate: Omit<Candidate, 'id'>): string[] {
  const keys: string[] = [];
  const email = candidate.email?.trim().toLowerCase();
  if (email) keys.push(`e:${email}`);
  else if (candidate.phone && normalisePhone(candidate.phone)) keys.push(`np:${normaliseName(candidate.name)}|${normalisePhone(candidate.phone)}`);
  return keys;
}

export function planImport(
  request: Request,
  pool: Candidate[],
  evaluations: Evaluation[],
  rows: ImportRowInput[],
  parseErrors: number,
): ImportPlan {
  const byKey = new Map<string, Candidate>();
  for (const c of pool) {
    const email = c.email?.trim().toLowerCase();
    if (email) byKey.set(`e:${email}`, c);
    if (c.phone && normalisePhone(c.phone)) byKey.set(`np:${normaliseName(c.name)}|${normalisePhone(c.phone)}`, c);
  }
  const evaluationOf = new Map(evaluations.filter((e) => e.requestId === request.id).map((e) => [e.candidateId, e]));
  const seenInFile = new Map<string, number>();
  const plan: ImportPlan = { requestId: request.id, rows: [], errors: [], counts: { added: 0, updated: 0, unchanged: 0, errors: parseErrors } };

  for (const row of rows) {
    const keys = matchKeys(row.candidate);
    const duplicateOf = keys.map((k) => seenInFile.get(k)).find((line) => line !== undefined);
    if (duplicateOf !== undefined) {
      plan.errors.push({
        code: 'duplicate-row',
        line: row.line,
        params: { line: row.line, first: duplicateOf },
        message: `Regel ${row.line}: dezelfde persoon als regel ${duplicateOf} (zelfde e-mail of naam + telefoon); pas het bestand aan.`,
      });
      plan.counts.errors++;
      continue;
    }
    for (const k of keys) seenInFile.set(k, row.line);
    const known = keys.map((k) => byKey.get(k)).find((c) => c !== undefined);
    if (!known) {
      plan.rows.push({ ...row, action: 'new', candidateId: null, changes: [] });
      plan.counts.added++;
      continue;
    }
    const changes = differences(request, known, evaluationOf.get(known.id), row);
    const action: ImportAction = changes.length === 0 ? 'unchanged' : 'update';
    plan.rows.push({ ...row, action, candidateId: known.id, changes });
    if (action === 'update') plan.counts.updated++;
    else plan.counts.unchanged++;
  }
  return plan;
}

/**
 * What an import row would change on a known person. Empty cells never erase: an import adds and
 * corrects, it does not wipe what a consultant already entered.
 */
function differences(request: Request, known: Candidate, evaluation: Evaluation | undefined, row: ImportRowInput): string[] {
  const changes: string[] = [];
  if (!evaluation) changes.push('aanvraag');
  for (const field of FIELDS) {
    const value = row.candidate[field];
    const same = field === 'email' ? String(value).toLowerCase() === known.email?.toLowerCase() : value === known[field];
    if (value !== undefined && value !== '' && !same) changes.push(field);
  }
  request.knockOuts.forEach((k, i) => {
    const value = row.knockOuts[k.id];
    if (value !== undefined && value !== 'unknown' && value !== (evaluation?.knockOuts[k.id] ?? 'unknown')) changes.push(`K${i + 1}`);
  });
  request.criteria.forEach((c, i) => {
    const value = row.scores[c.id];
    if (value !== undefined && value !== null && value !== (evaluation?.scores[c.id] ?? null)) changes.push(`G${i + 1}`);
    const note = row.notes?.[c.id];
    if (note && note !== (evaluation?.notes?.[c.id] ?? '')) changes.push(`G${i + 1} toelichting`);
  });
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
