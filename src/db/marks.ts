// The marks of cells two devices changed while apart (team mode, PRODUCT §12): the later change
// won; a mark keeps the other value beside the cell until someone has looked at it.
import type { ConflictMark, ShortlistDb } from './schema';

/** The marks on one request's cells, and on the people in it (a person's record has no request). */
export async function listMarks(db: ShortlistDb, requestId: string): Promise<ConflictMark[]> {
  return db.transaction('r', db.marks, db.evaluations, async () => {
    const onRequest = await db.marks.where('requestId').equals(requestId).toArray();
    const people = await db.marks.filter((m) => m.table === 'candidates').toArray();
    if (!people.length) return onRequest;
    const here = new Set(await db.evaluations.where('requestId').equals(requestId).primaryKeys().then((keys) => keys.map((k) => k[1])));
    return [...onRequest, ...people.filter((m) => m.candidateId !== undefined && here.has(m.candidateId))];
  });
}

/** Someone looked at it: the mark goes, on every device (the deletion syncs). */
export async function dismissMark(db: ShortlistDb, id: string): Promise<void> {
  await db.marks.delete(id);
}
