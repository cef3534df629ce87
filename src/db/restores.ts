// A request that came back after it was deleted (team mode, PRODUCT §12): the sync bridge writes a
// 'restored' entry in the request's change log when a score on it beat the deletion. Read by the
// notice above the request. Such entries have ids of their own ('restored-…'), so this reads them
// by that key range alone, and a live query of it is not woken by every score typed on the request.
import { newestFirst, type ChangeRecord } from '../core';
import type { ShortlistDb } from './schema';

export const RESTORED_ID_PREFIX = 'restored-';

/** The request's latest 'restored' entry, if it has one. */
export async function latestRestore(db: ShortlistDb, requestId: string): Promise<ChangeRecord | undefined> {
  const entries = await db.changes.where('id').startsWith(RESTORED_ID_PREFIX).filter((c) => c.requestId === requestId && c.kind === 'restored').toArray();
  return entries.sort(newestFirst)[0];
}
