// Independent scoring's records (PRODUCT §12): each assessor's own scores (a sheet per candidate)
// and whether their scoring of a request is done. While an assessor is not done, the matrix on
// their device shows and edits their own sheet instead of the agreed scores; the team sync keeps
// those sheets on the device. Once done, the sheets are shared and the matrix shows the agreed
// scores again, which the consensus view sets. The same sheets carry the assessor's draft
// interview ratings (src/db/own-ratings.ts), kept on the device the same way.
import type { Request } from '../core';
import type { ScoreSheet, SheetStatus, ShortlistDb, StoredEvaluation } from './schema';

/**
 * Whose sheet the matrix shows and edits on this device for this request: the assessor, when the
 * request is scored independently and their scoring is not done; else null (the agreed scores).
 * Read inside the caller's transaction when it has one (it needs sheetStatus in its scope).
 */
export async function ownSheetOf(db: ShortlistDb, request: Pick<Request, 'id' | 'independentScoring'>, assessor: string | null | undefined): Promise<string | null> {
  if (!request.independentScoring || !assessor) return null;
  const status = await db.sheetStatus.get([request.id, assessor]);
  return status?.done ? null : assessor;
}

/** The evaluations with the assessor's own scores in place of the agreed ones (and the later stamp). */
export async function withOwnScores(db: ShortlistDb, requestId: string, assessor: string, evaluations: StoredEvaluation[]): Promise<StoredEvaluation[]> {
  const sheets = await db.sheets.bulkGet(evaluations.map((e): [string, string, string] => [requestId, e.candidateId, assessor]));
  return evaluations.map((e, i) => overlay(e, sheets[i]));
}

export function overlay(evaluation: StoredEvaluation, sheet: ScoreSheet | undefined): StoredEvaluation {
  const updatedAt = sheet && sheet.updatedAt > evaluation.updatedAt ? sheet.updatedAt : evaluation.updatedAt;
  return { ...evaluation, scores: { ...(sheet?.scores ?? {}) }, updatedAt };
}

/** Whether a sheet holds interview ratings not yet shared: such a sheet never leaves the device. */
export function hasDraftRatings(sheet: Pick<ScoreSheet, 'ratings'> | Record<string, unknown>): boolean {
  const ratings = sheet.ratings;
  return typeof ratings === 'object' && ratings !== null && Object.keys(ratings).length > 0;
}

/** Every sheet of a request on this device: this assessor's own, and the others' once they are done. */
export async function listSheets(db: ShortlistDb, requestId: string): Promise<ScoreSheet[]> {
  return db.sheets.where('requestId').equals(requestId).toArray();
}

export async function listSheetStatus(db: ShortlistDb, requestId: string): Promise<SheetStatus[]> {
  return db.sheetStatus.where('requestId').equals(requestId).toArray();
}

export async function sheetStatusOf(db: ShortlistDb, requestId: string, assessor: string): Promise<SheetStatus | undefined> {
  return db.sheetStatus.get([requestId, assessor]);
}

/** The assessor is done: their sheets go to the team, and the matrix shows the agreed scores. */
export async function markScoringDone(db: ShortlistDb, requestId: string, assessor: string, at = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.sheetStatus, async () => {
    // The same record says whether their interview ratings are done: that stays as it is.
    const status = await db.sheetStatus.get([requestId, assessor]);
    await db.sheetStatus.put({ ...status, requestId, assessor, done: true, doneAt: at });
  });
}

/** What the consensus view reads, in one transaction: the people, their agreed scores, the sheets and who is done. */
export async function loadConsensus(db: ShortlistDb, requestId: string) {
  return db.transaction('r', [db.candidates, db.evaluations, db.sheets, db.sheetStatus], async () => {
    const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
    const found = await db.candidates.bulkGet(evaluations.map((e) => e.candidateId));
    const candidates = found.filter((c) => c !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // A sheet that only carries the assessor's draft interview ratings has no scores to compare.
    const sheets = (await listSheets(db, requestId)).filter((s) => Object.keys(s.scores).length > 0 || !hasDraftRatings(s));
    return { candidates, evaluations, sheets, statuses: await listSheetStatus(db, requestId) };
  });
}
