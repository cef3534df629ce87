// Reading a request's matrix ahead. The matrix tab's code is most of the app (AG Grid), so the first
// screen starts this read while that code loads and evaluates (`readMatrixAhead`), and the tab takes
// the result over when it mounts (`takeMatrixRead`) — unless anything was written in between, in
// this tab or another; then the tab reads again. Only the agreed scores are read ahead: a request
// scored independently reads the assessor's own sheet when its tab mounts.
import Dexie from 'dexie';
import { readIds, writeIds } from './local-ids';
import { loadAgreedMatrix, readsWholePool, type MatrixRecords } from './matrix-read';
import type { ShortlistDb } from './schema';

/** Writes this page has heard of (its own, other tabs', the workers'), counted. */
let writes = 0;
let counting = false;
let ahead: { db: ShortlistDb; requestId: string; writes: number; read: Promise<MatrixRecords> } | undefined;

/** Starts reading a request's matrix for the tab about to show it (one read kept at a time). */
export function readMatrixAhead(db: ShortlistDb, requestId: string): void {
  if (!counting) {
    Dexie.on('storagemutated', () => void writes++);
    counting = true;
  }
  if (ahead && ahead.db === db && ahead.requestId === requestId && ahead.writes === writes) return;
  performance.mark('shortlist:read-ahead');
  const read = loadAgreedMatrix(db, requestId, wholePoolHint(requestId)).then((r) => {
    performance.mark('shortlist:read-ahead-done');
    if (r.poolSize !== undefined) rememberWholePool(requestId, readsWholePool(r.evaluations.length, r.poolSize));
    return r;
  });
  // A failed read ahead is no one's error: the tab reads again, and says what went wrong.
  read.catch(() => undefined);
  ahead = { db, requestId, writes, read };
}

/** The read begun ahead for this request, if nothing was written since it began; taken once. */
export function takeMatrixRead(db: ShortlistDb, requestId: string): Promise<MatrixRecords> | undefined {
  const taken = ahead;
  ahead = undefined;
  return taken && taken.db === db && taken.requestId === requestId && taken.writes === writes ? taken.read : undefined;
}

/**
 * Which requests read best as the whole pool, as the last read of each found (request ids only,
 * kept in this browser): the next start then reads the pool beside the evaluations, one round
 * trip instead of two. A stale answer costs time only (loadAgreedMatrix picks by id either way).
 */
const HINT_KEY = 'shortlist.matrix-read';
const HINTS_KEPT = 20;

export function wholePoolHint(requestId: string): boolean {
  return readIds(HINT_KEY).includes(requestId);
}

/** Not kept (no storage): the next start reads in two steps, as without a hint. */
export function rememberWholePool(requestId: string, whole: boolean): void {
  const hints = readIds(HINT_KEY).filter((id) => id !== requestId);
  writeIds(HINT_KEY, whole ? [requestId, ...hints] : hints, HINTS_KEPT);
}
