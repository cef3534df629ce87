// Typed functions, one per user intent, that the UI calls to read and write. Every write that
// touches more than one table runs in one transaction; input is checked by the core first.
// The requests' own functions live in requests.ts (what the first screen reads) and
// request-writes.ts, and are part of this module's surface too.
import {
  applyEditList,
  changeOf,
  changesSomething,
  checkCandidate,
  checkClientScore,
  checkInvitation,
  needsShortlist,
  newestFirst,
  type Candidate,
  type ChangeRecord,
  type InputError,
  type MatrixEdit,
  type Request,
  type Result,
} from '../core';
import { changeId } from './change-id';
import { deviceId } from './device';
import { candidatesByIds, loadAgreedMatrix, sortedCandidates, type MatrixRecords } from './matrix-read';
import { overlay, ownSheetOf, withOwnScores } from './sheets';
import type { ShortlistDb, StoredCandidate, StoredEvaluation } from './schema';

// Part of this module's surface since before the matrix's reading moved to matrix-read.ts.
export { candidatesByIds };

export { countCandidates, listRequests } from './requests';
export { createRequest, deleteRequest, duplicateRequest, saveRequest } from './request-writes';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

function fail(code: string, message: string): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message }] };
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

/**
 * Right to erasure ("Overal wissen"): the person, every evaluation of them on every request, the
 * assessors' sheets about them, the change log about them and any conflict marks go at once. What remains is an erasure marker with
 * the id and the moment, no personal data: in team mode every device honours it (PRODUCT §12).
 */
export async function eraseCandidate(db: ShortlistDb, candidateId: string, at: string = now()): Promise<void> {
  await db.transaction('rw', [db.candidates, db.evaluations, db.changes, db.marks, db.erasures, db.sheets], async () => {
    await db.evaluations.where('candidateId').equals(candidateId).delete();
    // The assessors' own scores and interview ratings of the person are data about them too.
    await db.sheets.where('candidateId').equals(candidateId).delete();
    await db.changes.where('candidateId').equals(candidateId).delete();
    await db.marks.where('candidateId').equals(candidateId).delete();
    await db.candidates.delete(candidateId);
    await db.erasures.put({ candidateId, at });
  });
}

/** The candidates on a request with their evaluations, in the order they were added. */
export async function loadMatrix(db: ShortlistDb, requestId: string, ownSheet: string | null = null): Promise<MatrixRecords> {
  if (!ownSheet) return loadAgreedMatrix(db, requestId);
  return db.transaction('r', db.candidates, db.evaluations, db.sheets, async () => {
    const stored = await db.evaluations.where('requestId').equals(requestId).toArray();
    // Independent scoring: the assessor's own scores stand where the agreed ones would.
    const evaluations = await withOwnScores(db, requestId, ownSheet, stored);
    return { candidates: sortedCandidates(await candidatesByIds(db, evaluations.map((e) => e.candidateId))), evaluations };
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
  ownSheet: string | null = null,
): Promise<{ candidateId: string; candidate: StoredCandidate | undefined; evaluation: StoredEvaluation | undefined }[]> {
  return db.transaction('r', db.candidates, db.evaluations, db.sheets, async () => {
    const stored = await db.evaluations.bulkGet(candidateIds.map((id): [string, string] => [requestId, id]));
    const sheets = ownSheet ? await db.sheets.bulkGet(candidateIds.map((id): [string, string, string] => [requestId, id, ownSheet])) : [];
    const evaluations = ownSheet ? stored.map((e, i) => (e ? overlay(e, sheets[i]) : e)) : stored;
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

/**
 * Applies a list of edits in one transaction: every edit is checked by the core first, and if one
 * is refused nothing is written (a paste lands whole or not at all). `at` lets the matrix stamp
 * the records as its optimistic copy did, so the echo of this write is seen as nothing new.
 */
export async function applyEdits(db: ShortlistDb, requestId: string, edits: MatrixEdit[], at: string = now(), assessor: string | null = null): Promise<Result<number>> {
  const device = await deviceId(db);
  return db.transaction('rw', [db.requests, db.candidates, db.evaluations, db.changes, db.sheets, db.sheetStatus], async () => {
    const request = await db.requests.get(requestId);
    if (!request) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
    // Independent scoring, not done yet: the scores go to the assessor's own sheet (and stay out
    // of the change log, which the whole team reads).
    const own = await ownSheetOf(db, request, assessor);
    // A client score or an invitation is only for someone on the shortlist, which depends on
    // everyone: those few edits read the whole request first (the matrix's own edits never do).
    if (edits.some(needsShortlist)) {
      const refused = await shortlistRefusals(db, request, edits);
      if (refused.length) return { ok: false as const, errors: refused };
    }
    const ids = [...new Set(edits.map((e) => e.candidateId))];
    const candidates = new Map((await db.candidates.bulkGet(ids)).filter((c): c is StoredCandidate => !!c).map((c) => [c.id, c]));
    const stored = (await db.evaluations.bulkGet(ids.map((id) => [requestId, id] as [string, string]))).filter((e): e is StoredEvaluation => !!e);
    const agreed = new Map(stored.map((e) => [e.candidateId, e]));
    const evaluations = new Map((own ? await withOwnScores(db, requestId, own, stored) : stored).map((e) => [e.candidateId, e]));
    const records = new Map<string, { candidate: StoredCandidate; evaluation: StoredEvaluation }>();
    for (const id of ids) {
      const candidate = candidates.get(id);
      const evaluation = evaluations.get(id);
      if (candidate && evaluation) records.set(id, { candidate, evaluation });
    }
    const log: ChangeRecord[] = [];
    const applied = applyEditList(request, records, edits, (edit, before) => {
      if (own && edit.kind === 'score') return;
      const change = changeOf(edit, before.candidate, before.evaluation);
      if (changesSomething(change)) log.push({ id: changeId(), at, device, requestId, ...change });
    });
    if (!applied.ok) return applied;
    const changed = stamped(records, applied.value, at);
    // Only a field edit changes the person; rewriting them for a score would wake every view of them.
    if (changed.candidates.length) await db.candidates.bulkPut(changed.candidates);
    if (own) {
      // The same sheet may hold the assessor's draft interview ratings (own-ratings.ts): they stay.
      const sheets = await db.sheets.bulkGet(changed.evaluations.map((e): [string, string, string] => [requestId, e.candidateId, own]));
      await db.sheets.bulkPut(changed.evaluations.map((e, i) => {
        const ratings = sheets[i]?.ratings;
        return { requestId, candidateId: e.candidateId, assessor: own, scores: e.scores, ...(ratings ? { ratings } : {}), updatedAt: at };
      }));
      if (!(await db.sheetStatus.get([requestId, own]))) await db.sheetStatus.put({ requestId, assessor: own, done: false });
      // The evaluation keeps its agreed scores; it is written only when something else of it changed.
      const others = new Set(edits.filter((e) => e.kind !== 'score').map((e) => e.candidateId));
      const rest = changed.evaluations.filter((e) => others.has(e.candidateId)).map((e) => ({ ...e, scores: agreed.get(e.candidateId)?.scores ?? {} }));
      if (rest.length) await db.evaluations.bulkPut(rest);
    } else await db.evaluations.bulkPut(changed.evaluations);
    if (log.length) await db.changes.bulkAdd(log);
    return { ok: true as const, value: edits.length };
  });
}

/**
 * The records an edit list left behind, stamped with the edit's time: every edited evaluation, and
 * the people whose own fields changed (a new candidate object from applyEdit).
 */
export function stamped(
  before: ReadonlyMap<string, { candidate: StoredCandidate; evaluation: StoredEvaluation }>,
  after: ReadonlyMap<string, { candidate: StoredCandidate; evaluation: StoredEvaluation }>,
  at: string,
): { candidates: StoredCandidate[]; evaluations: StoredEvaluation[] } {
  const candidates: StoredCandidate[] = [];
  const evaluations: StoredEvaluation[] = [];
  for (const [id, next] of after) {
    if (next.candidate !== before.get(id)?.candidate) candidates.push({ ...next.candidate, updatedAt: at });
    evaluations.push({ ...next.evaluation, updatedAt: at });
  }
  return { candidates, evaluations };
}

/** The client scores and invitations in `edits` that the shortlist does not allow, read in the caller's transaction. */
async function shortlistRefusals(db: ShortlistDb, request: Request, edits: MatrixEdit[]): Promise<InputError[]> {
  const evaluations = await db.evaluations.where('requestId').equals(request.id).toArray();
  const found = await db.candidates.bulkGet(evaluations.map((e) => e.candidateId));
  const candidates = found.filter((c): c is StoredCandidate => c !== undefined);
  const errors: InputError[] = [];
  for (const edit of edits) {
    if (edit.kind === 'clientScore' && edit.value !== null) {
      const checked = checkClientScore(request, candidates, evaluations, edit);
      if (!checked.ok) errors.push(...checked.errors);
    } else if (edit.kind === 'invite' && edit.value !== null) {
      const checked = checkInvitation(request, candidates, evaluations, { candidateId: edit.candidateId, invitedAt: edit.value });
      if (!checked.ok) errors.push(...checked.errors);
    }
  }
  return errors;
}

/** The change log of one candidate on a request, newest first. */
export async function listChanges(db: ShortlistDb, requestId: string, candidateId: string): Promise<ChangeRecord[]> {
  const changes = await db.changes.where('[requestId+candidateId]').equals([requestId, candidateId]).toArray();
  return changes.sort(newestFirst);
}
