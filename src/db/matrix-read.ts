// Reading a request's matrix as agreed (the scores that rank), in a module of its own: the first
// screen starts this read beside the database's opening (matrix-ahead.ts), before the rest of the
// repository has loaded, so it is small enough to load with the first paint.
import type { ShortlistDb, StoredCandidate, StoredEvaluation } from './schema';

export interface MatrixRecords {
  candidates: StoredCandidate[];
  evaluations: StoredEvaluation[];
  /** How many people the pool held when read, when the read asked. */
  poolSize?: number;
}

/** Below this many ids, one get per id is quick enough whatever the pool holds. */
const BULK_READ_FROM = 500;

/**
 * The candidates with these ids, in that order (undefined where one is missing); inside a
 * transaction on the candidates. One `get` per id costs three to four times what a record costs
 * in one `getAll` (10 000 candidates: ~300–450 ms against ~100 ms in Chromium), so when the ids
 * are most of the pool, reading the whole pool and picking is the faster way to the same records.
 * `poolSize`: the pool's count, when the caller asked for it beside an earlier read.
 */
export async function candidatesByIds(db: ShortlistDb, ids: string[], poolSize?: Promise<number>): Promise<(StoredCandidate | undefined)[]> {
  if (ids.length >= BULK_READ_FROM && readsWholePool(ids.length, await (poolSize ?? db.candidates.count()))) {
    const byId = new Map((await db.candidates.toArray()).map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id));
  }
  return db.candidates.bulkGet(ids);
}

/** The people found, in the order they joined the pool. */
export function sortedCandidates(found: (StoredCandidate | undefined)[]): StoredCandidate[] {
  const candidates = found.filter((c): c is StoredCandidate => c !== undefined);
  candidates.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return candidates;
}

/** Whether a read of these ids is best done by reading the whole pool (see candidatesByIds). */
export const readsWholePool = (ids: number, poolSize: number): boolean => ids >= BULK_READ_FROM && poolSize <= ids * 3;

/**
 * Everyone on the request with their agreed evaluation, in one transaction. `wholePool`: read the
 * whole pool beside the evaluations, in the same round trip — for a request whose last read showed
 * it holds most of the pool (matrix-ahead.ts keeps that). A wrong guess costs time, never records:
 * the people are picked by the evaluations' ids either way.
 */
export function loadAgreedMatrix(db: ShortlistDb, requestId: string, wholePool = false): Promise<MatrixRecords> {
  return db.transaction('r', db.candidates, db.evaluations, async () => {
    if (wholePool) {
      const [evaluations, pool] = await Promise.all([db.evaluations.where('requestId').equals(requestId).toArray(), db.candidates.toArray()]);
      const byId = new Map(pool.map((c) => [c.id, c]));
      return { candidates: sortedCandidates(evaluations.map((e) => byId.get(e.candidateId))), evaluations, poolSize: pool.length };
    }
    // The pool's size is asked beside the evaluations, not after them: one round trip less on the
    // way to the first screen (the database answers both at once).
    const poolSize = db.candidates.count();
    // Not awaited when the request is small; its failure fails the transaction, and so this read.
    poolSize.catch(() => undefined);
    const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
    return { candidates: sortedCandidates(await candidatesByIds(db, evaluations.map((e) => e.candidateId), poolSize)), evaluations, poolSize: await poolSize };
  });
}
