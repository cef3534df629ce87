// What belongs to a request and goes with it when it is deleted: its evaluations, the assessors'
// own sheets and their statuses, its conflict marks, its import batches, and the request itself.
// The change log stays (history), unless the caller removes it too. One list for the two ways a
// request goes: "Aanvraag verwijderen" and the removal of the sample data.
import type { ShortlistDb } from './schema';

/** The tables deleteRequests writes to: the caller's transaction must hold them. */
export const requestTables = (db: ShortlistDb) => [db.requests, db.evaluations, db.importBatches, db.sheets, db.sheetStatus, db.marks];

/** Deletes these requests with everything on them, inside the caller's transaction. */
export async function deleteRequests(db: ShortlistDb, requestIds: string[]): Promise<void> {
  if (!requestIds.length) return;
  await db.evaluations.where('requestId').anyOf(requestIds).delete();
  await db.sheets.where('requestId').anyOf(requestIds).delete();
  await db.sheetStatus.where('requestId').anyOf(requestIds).delete();
  await db.marks.where('requestId').anyOf(requestIds).delete();
  await db.importBatches.where('requestId').anyOf(requestIds).delete();
  await db.requests.bulkDelete(requestIds);
}
