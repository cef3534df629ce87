// Typed functions, one per user intent, that the UI calls to read and write. Every write that
// touches more than one table runs in one transaction; input is checked by the core first.
import {
  checkKnockOutValue,
  checkRequest,
  checkScore,
  findCriterion,
  type Candidate,
  type CompetencyRating,
  type InputError,
  type KnockOutValue,
  type Request,
  type Result,
} from '../core';
import type { ShortlistDb, StoredCandidate, StoredEvaluation, StoredRequest } from './schema';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

function fail(code: string, message: string): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message }] };
}

export async function listRequests(db: ShortlistDb): Promise<StoredRequest[]> {
  const all = await db.requests.toArray();
  return all.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.title.localeCompare(b.title));
}

export async function saveRequest(db: ShortlistDb, request: Request): Promise<Result<StoredRequest>> {
  const checked = checkRequest(request);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.requests, async () => {
    const existing = await db.requests.get(request.id);
    const stored: StoredRequest = { ...request, createdAt: existing?.createdAt ?? now(), updatedAt: now() };
    await db.requests.put(stored);
    return { ok: true as const, value: stored };
  });
}

/** Creates a new request (fresh id) from a proposal, e.g. the posting parser's. */
export async function createRequest(db: ShortlistDb, proposal: Omit<Request, 'id'>): Promise<Result<StoredRequest>> {
  return saveRequest(db, { ...proposal, id: newId() });
}

/** Copies a request's definition (not its candidates) under a new id. */
export async function duplicateRequest(db: ShortlistDb, requestId: string, titleSuffix = ' (kopie)'): Promise<Result<StoredRequest>> {
  const original = await db.requests.get(requestId);
  if (!original) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
  const { createdAt: _c, updatedAt: _u, ...definition } = original;
  return saveRequest(db, { ...definition, id: newId(), title: original.title + titleSuffix });
}

/** Deletes a request and its evaluations (the candidates stay in the pool). */
export async function deleteRequest(db: ShortlistDb, requestId: string): Promise<void> {
  await db.transaction('rw', db.requests, db.evaluations, db.importBatches, async () => {
    await db.evaluations.where('requestId').equals(requestId).delete();
    await db.importBatches.where('requestId').equals(requestId).delete();
    await db.requests.delete(requestId);
  });
}

export function checkCandidate(candidate: Omit<Candidate, 'id'>): InputError[] {
  const errors: InputError[] = [];
  if (candidate.name.trim() === '') errors.push({ code: 'name-required', message: 'Een kandidaat heeft een naam nodig.' });
  if (candidate.hourlyRate !== undefined && !(Number.isFinite(candidate.hourlyRate) && candidate.hourlyRate >= 0)) {
    errors.push({ code: 'invalid-rate', message: `Uurtarief ${candidate.hourlyRate} is ongeldig; gebruik een bedrag van 0 of meer.`, params: { value: candidate.hourlyRate } });
  }
  if (candidate.hoursPerWeek !== undefined && !(Number.isFinite(candidate.hoursPerWeek) && candidate.hoursPerWeek >= 0 && candidate.hoursPerWeek <= 168)) {
    errors.push({ code: 'invalid-hours', message: `Uren per week ${candidate.hoursPerWeek} is ongeldig; gebruik 0 tot 168.`, params: { value: candidate.hoursPerWeek } });
  }
  return errors;
}

/** Adds a new person to the pool and puts them on a request. */
export async function addCandidate(db: ShortlistDb, requestId: string, candidate: Omit<Candidate, 'id'>): Promise<Result<StoredCandidate>> {
  const errors = checkCandidate(candidate);
  if (errors.length) return { ok: false, errors };
  return db.transaction('rw', db.candidates, db.evaluations, db.requests, async () => {
    if (!(await db.requests.get(requestId))) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    const stored: StoredCandidate = { ...candidate, id: newId(), createdAt: now(), updatedAt: now() };
    await db.candidates.add(stored);
    await db.evaluations.add(emptyEvaluation(requestId, stored.id));
    return { ok: true as const, value: stored };
  });
}

/** Puts a person who is already in the pool on (another) request. */
export async function attachCandidate(db: ShortlistDb, requestId: string, candidateId: string): Promise<Result<null>> {
  return db.transaction('rw', db.candidates, db.evaluations, db.requests, async () => {
    if (!(await db.candidates.get(candidateId))) return fail('unknown-candidate', `Kandidaat "${candidateId}" bestaat niet.`);
    if (!(await db.requests.get(requestId))) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    if (!(await db.evaluations.get([requestId, candidateId]))) await db.evaluations.add(emptyEvaluation(requestId, candidateId));
    return { ok: true as const, value: null };
  });
}

/** Takes a person off one request (their evaluation for it goes; they stay in the pool). */
export async function detachCandidate(db: ShortlistDb, requestId: string, candidateId: string): Promise<void> {
  await db.evaluations.delete([requestId, candidateId]);
}

export async function updateCandidate(db: ShortlistDb, candidateId: string, changes: Partial<Omit<Candidate, 'id'>>): Promise<Result<StoredCandidate>> {
  return db.transaction('rw', db.candidates, async () => {
    const existing = await db.candidates.get(candidateId);
    if (!existing) return fail('unknown-candidate', `Kandidaat "${candidateId}" bestaat niet.`);
    const next: StoredCandidate = { ...existing, ...changes, id: candidateId, updatedAt: now() };
    for (const key of Object.keys(next) as (keyof StoredCandidate)[]) if (next[key] === undefined) delete next[key];
    const errors = checkCandidate(next);
    if (errors.length) return { ok: false as const, errors };
    await db.candidates.put(next);
    return { ok: true as const, value: next };
  });
}

/** Right to erasure: the person, and every evaluation of them on every request, go at once. */
export async function eraseCandidate(db: ShortlistDb, candidateId: string): Promise<void> {
  await db.transaction('rw', db.candidates, db.evaluations, async () => {
    await db.evaluations.where('candidateId').equals(candidateId).delete();
    await db.candidates.delete(candidateId);
  });
}

export async function setScore(db: ShortlistDb, requestId: string, candidateId: string, criterionId: string, value: number | null): Promise<Result<number | null>> {
  return db.transaction('rw', db.requests, db.evaluations, async () => {
    const request = await db.requests.get(requestId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    const criterion = findCriterion(request, criterionId);
    if (!criterion.ok) return criterion;
    const checked = checkScore(criterion.value, value);
    if (!checked.ok) return checked;
    const evaluation = await evaluationFor(db, requestId, candidateId);
    if (!evaluation) return fail('unknown-candidate', `Kandidaat "${candidateId}" staat niet op deze aanvraag.`);
    evaluation.scores = { ...evaluation.scores, [criterionId]: checked.value };
    evaluation.updatedAt = now();
    await db.evaluations.put(evaluation);
    return checked;
  });
}

export async function setKnockOut(db: ShortlistDb, requestId: string, candidateId: string, knockOutId: string, value: KnockOutValue): Promise<Result<KnockOutValue>> {
  return db.transaction('rw', db.requests, db.candidates, db.evaluations, async () => {
    const request = await db.requests.get(requestId);
    const candidate = await db.candidates.get(candidateId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    if (!candidate) return fail('unknown-candidate', `Kandidaat "${candidateId}" bestaat niet.`);
    const checked = checkKnockOutValue(request, candidate, knockOutId, value);
    if (!checked.ok) return checked;
    const evaluation = await evaluationFor(db, requestId, candidateId);
    if (!evaluation) return fail('unknown-candidate', `Kandidaat "${candidateId}" staat niet op deze aanvraag.`);
    evaluation.knockOuts = { ...evaluation.knockOuts, [knockOutId]: checked.value };
    evaluation.updatedAt = now();
    await db.evaluations.put(evaluation);
    return checked;
  });
}

export async function setNote(db: ShortlistDb, requestId: string, candidateId: string, criterionId: string, note: string): Promise<Result<string>> {
  return db.transaction('rw', db.requests, db.evaluations, async () => {
    const request = await db.requests.get(requestId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    const criterion = findCriterion(request, criterionId);
    if (!criterion.ok) return criterion;
    const evaluation = await evaluationFor(db, requestId, candidateId);
    if (!evaluation) return fail('unknown-candidate', `Kandidaat "${candidateId}" staat niet op deze aanvraag.`);
    const notes = { ...(evaluation.notes ?? {}) };
    if (note.trim() === '') delete notes[criterionId];
    else notes[criterionId] = note;
    evaluation.notes = notes;
    evaluation.updatedAt = now();
    await db.evaluations.put(evaluation);
    return { ok: true as const, value: note };
  });
}

export async function setCompetency(db: ShortlistDb, requestId: string, candidateId: string, competencyId: string, rating: CompetencyRating | null): Promise<Result<CompetencyRating | null>> {
  return db.transaction('rw', db.requests, db.evaluations, async () => {
    const request = await db.requests.get(requestId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    if (!request.competencies.some((c) => c.id === competencyId)) return fail('unknown-competency', `Onbekende competentie "${competencyId}".`);
    const evaluation = await evaluationFor(db, requestId, candidateId);
    if (!evaluation) return fail('unknown-candidate', `Kandidaat "${candidateId}" staat niet op deze aanvraag.`);
    const ratings = { ...(evaluation.competencies ?? {}) };
    if (rating === null) delete ratings[competencyId];
    else ratings[competencyId] = rating;
    evaluation.competencies = ratings;
    evaluation.updatedAt = now();
    await db.evaluations.put(evaluation);
    return { ok: true as const, value: rating };
  });
}

/** How many candidates are on a request. */
export async function countCandidates(db: ShortlistDb, requestId: string): Promise<number> {
  return db.evaluations.where('requestId').equals(requestId).count();
}

/** The candidates on a request with their evaluations, in the order they were added. */
export async function loadMatrix(db: ShortlistDb, requestId: string): Promise<{ candidates: StoredCandidate[]; evaluations: StoredEvaluation[] }> {
  return db.transaction('r', db.candidates, db.evaluations, async () => {
    const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
    const found = await db.candidates.bulkGet(evaluations.map((e) => e.candidateId));
    const candidates = found.filter((c): c is StoredCandidate => c !== undefined);
    candidates.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { candidates, evaluations };
  });
}

/**
 * The records of some people on a request, read in one transaction: for each id the candidate and
 * its evaluation on this request, either missing when the person is no longer on it.
 */
export async function loadMatrixPart(
  db: ShortlistDb,
  requestId: string,
  candidateIds: string[],
): Promise<{ candidateId: string; candidate: StoredCandidate | undefined; evaluation: StoredEvaluation | undefined }[]> {
  return db.transaction('r', db.candidates, db.evaluations, async () => {
    const evaluations = await db.evaluations.bulkGet(candidateIds.map((id): [string, string] => [requestId, id]));
    const candidates = await db.candidates.bulkGet(candidateIds);
    return candidateIds.map((candidateId, i) => ({ candidateId, candidate: candidates[i], evaluation: evaluations[i] }));
  });
}

export async function listPool(db: ShortlistDb): Promise<StoredCandidate[]> {
  return db.candidates.orderBy('name').toArray();
}

function emptyEvaluation(requestId: string, candidateId: string): StoredEvaluation {
  return { requestId, candidateId, knockOuts: {}, scores: {}, notes: {}, competencies: {}, updatedAt: now() };
}

async function evaluationFor(db: ShortlistDb, requestId: string, candidateId: string): Promise<StoredEvaluation | undefined> {
  return db.evaluations.get([requestId, candidateId]);
}

/** One change a consultant makes in the matrix; a paste or an undo is a list of them. */
export type MatrixEdit =
  | { kind: 'score'; candidateId: string; criterionId: string; value: number | null }
  | { kind: 'knockOut'; candidateId: string; knockOutId: string; value: KnockOutValue }
  | { kind: 'note'; candidateId: string; criterionId: string; value: string }
  | { kind: 'competency'; candidateId: string; competencyId: string; value: CompetencyRating | null }
  | { kind: 'field'; candidateId: string; field: CandidateField; value: string | number | undefined };

export type CandidateField = 'name' | 'email' | 'phone' | 'hourlyRate' | 'hoursPerWeek' | 'supplier';

/**
 * Applies a list of edits in one transaction: every edit is checked by the core first, and if one
 * is refused nothing is written (a paste lands whole or not at all). `at` lets the matrix stamp
 * the records as its optimistic copy did, so the echo of this write is seen as nothing new.
 */
export async function applyEdits(db: ShortlistDb, requestId: string, edits: MatrixEdit[], at: string = now()): Promise<Result<number>> {
  return db.transaction('rw', db.requests, db.candidates, db.evaluations, async () => {
    const request = await db.requests.get(requestId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    const ids = [...new Set(edits.map((e) => e.candidateId))];
    const candidates = new Map((await db.candidates.bulkGet(ids)).filter((c): c is StoredCandidate => !!c).map((c) => [c.id, c]));
    const evaluations = new Map(
      (await db.evaluations.bulkGet(ids.map((id) => [requestId, id] as [string, string])))
        .filter((e): e is StoredEvaluation => !!e)
        .map((e) => [e.candidateId, e]),
    );
    const errors: InputError[] = [];
    for (const edit of edits) {
      const candidate = candidates.get(edit.candidateId);
      const evaluation = evaluations.get(edit.candidateId);
      if (!candidate || !evaluation) {
        errors.push({ code: 'unknown-candidate', message: `Kandidaat "${edit.candidateId}" staat niet op deze aanvraag.` });
        continue;
      }
      const problem = applyOne(request, candidate, evaluation, edit, at);
      if (problem) errors.push(...problem);
    }
    if (errors.length) return { ok: false as const, errors };
    // Only a field edit changes the person; rewriting them for a score would wake every view of them.
    const people = new Set(edits.filter((e) => e.kind === 'field').map((e) => e.candidateId));
    if (people.size) await db.candidates.bulkPut([...candidates.values()].filter((c) => people.has(c.id)));
    await db.evaluations.bulkPut([...evaluations.values()]);
    return { ok: true as const, value: edits.length };
  });
}

/** Applies one edit to in-memory records (mutating them); returns errors instead when refused. */
export function applyOne(request: Request, candidate: StoredCandidate, evaluation: StoredEvaluation, edit: MatrixEdit, at: string): InputError[] | null {
  switch (edit.kind) {
    case 'score': {
      const criterion = findCriterion(request, edit.criterionId);
      if (!criterion.ok) return criterion.errors;
      const checked = checkScore(criterion.value, edit.value);
      if (!checked.ok) return checked.errors;
      evaluation.scores = { ...evaluation.scores, [edit.criterionId]: checked.value };
      break;
    }
    case 'knockOut': {
      const checked = checkKnockOutValue(request, candidate, edit.knockOutId, edit.value);
      if (!checked.ok) return checked.errors;
      evaluation.knockOuts = { ...evaluation.knockOuts, [edit.knockOutId]: checked.value };
      break;
    }
    case 'note': {
      const criterion = findCriterion(request, edit.criterionId);
      if (!criterion.ok) return criterion.errors;
      const notes = { ...(evaluation.notes ?? {}) };
      if (edit.value.trim() === '') delete notes[edit.criterionId];
      else notes[edit.criterionId] = edit.value;
      evaluation.notes = notes;
      break;
    }
    case 'competency': {
      if (!request.competencies.some((c) => c.id === edit.competencyId)) return [{ code: 'unknown-competency', message: `Onbekende competentie "${edit.competencyId}".` }];
      const ratings = { ...(evaluation.competencies ?? {}) };
      if (edit.value === null) delete ratings[edit.competencyId];
      else ratings[edit.competencyId] = edit.value;
      evaluation.competencies = ratings;
      break;
    }
    case 'field': {
      const next: StoredCandidate = { ...candidate, [edit.field]: edit.value };
      if (edit.value === undefined || edit.value === '') delete next[edit.field];
      const errors = checkCandidate(next);
      if (errors.length) return errors;
      Object.assign(candidate, next);
      if (!(edit.field in next)) delete candidate[edit.field];
      candidate.updatedAt = at;
      break;
    }
  }
  evaluation.updatedAt = at;
  return null;
}
