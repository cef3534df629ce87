// The requests as the first screen reads them: the list, and how many people are on one. Their
// writes (save, create, copy, delete) are in request-writes.ts, loaded when one is made: the
// first screen does not carry them, nor the core's checks they run.
import type { ShortlistDb, StoredRequest } from './schema';

export async function listRequests(db: ShortlistDb): Promise<StoredRequest[]> {
  const all = await db.requests.toArray();
  return all.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.title.localeCompare(b.title));
}

/** How many candidates are on a request. */
export async function countCandidates(db: ShortlistDb, requestId: string): Promise<number> {
  return db.evaluations.where('requestId').equals(requestId).count();
}
