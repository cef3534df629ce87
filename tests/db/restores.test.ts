// The notice above a request brought back after its deletion reads the request's latest 'restored'
// entry; everything else in the log (scores, other requests' entries) is not it.
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../src/core';
import { changeId } from '../../src/db/change-id';
import { latestRestore } from '../../src/db/restores';
import { ShortlistDb } from '../../src/db/schema';

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`restores-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const restoredEntry = (id: string, requestId: string, at: string, deletedAt: string): ChangeRecord => ({ id: `restored-${id}`, at, device: 'dev-here', requestId, kind: 'restored', target: 'dev-elsewhere', old: deletedAt, new: null });
const scoreEntry = (requestId: string, at: string): ChangeRecord => ({ id: changeId(), at, device: 'dev-here', requestId, candidateId: 'p1', kind: 'score', target: 'c1', old: null, new: 7 });

describe('latestRestore', () => {
  it("gives the request's newest 'restored' entry, none for a request that was never brought back", async () => {
    await db.changes.bulkPut([
      restoredEntry('a', 'r1', '2026-12-01T10:00:00.000Z', '2026-12-01T09:00:00.000Z'),
      restoredEntry('b', 'r1', '2026-12-02T10:00:00.000Z', '2026-12-02T09:00:00.000Z'),
      restoredEntry('c', 'r2', '2026-12-03T10:00:00.000Z', '2026-12-03T09:00:00.000Z'),
      scoreEntry('r1', '2026-12-04T10:00:00.000Z'),
      // An entry of another kind under the same prefix is not a restore (a hand-made id, say).
      { ...scoreEntry('r1', '2026-12-05T10:00:00.000Z'), id: 'restored-x' },
    ]);
    expect((await latestRestore(db, 'r1'))?.id).toBe('restored-b');
    expect((await latestRestore(db, 'r2'))?.old).toBe('2026-12-03T09:00:00.000Z');
    expect(await latestRestore(db, 'r3')).toBeUndefined();
  });

  it('is not read again for a score typed on the request, only for a new restore entry', async () => {
    let reads = 0;
    const seen: (string | undefined)[] = [];
    const subscription = liveQuery(() => {
      reads += 1;
      return latestRestore(db, 'r1');
    }).subscribe({ next: (entry) => seen.push(entry?.id) });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const before = reads;
    await db.changes.put(scoreEntry('r1', '2026-12-04T10:00:00.000Z'));
    await settle();
    expect(reads).toBe(before);
    await db.changes.put(restoredEntry('d', 'r1', '2026-12-05T10:00:00.000Z', '2026-12-05T09:00:00.000Z'));
    await settle();
    expect(reads).toBe(before + 1);
    expect(seen.at(-1)).toBe('restored-d');
    subscription.unsubscribe();
  });
});
