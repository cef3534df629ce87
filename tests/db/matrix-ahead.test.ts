// The matrix read begun while the matrix's code loads: taken over once when nothing was written
// meanwhile, never when something was (the tab then reads again and sees the write).
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMatrixAhead, takeMatrixRead } from '../../src/db/matrix-ahead';
import { addCandidate, applyEdits, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { makeRequest } from '../builders';

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`ahead-${Math.random()}`);
  await db.open();
  await saveRequest(db, makeRequest({ id: 'r1', criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: 10 }] }));
  await saveRequest(db, makeRequest({ id: 'r2' }));
  await addCandidate(db, 'r1', { name: 'Anouk' });
  // Writes before the read began are in it; let their notifications pass first.
  await new Promise((resolve) => setTimeout(resolve, 0));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('readMatrixAhead / takeMatrixRead', () => {
  it('hands the read over once, for the same request and database', async () => {
    readMatrixAhead(db, 'r1');
    expect(takeMatrixRead(db, 'r2')).toBeUndefined();
    readMatrixAhead(db, 'r1');
    const read = takeMatrixRead(db, 'r1');
    expect(read).toBeDefined();
    expect((await read)?.candidates.map((c) => c.name)).toEqual(['Anouk']);
    expect(takeMatrixRead(db, 'r1')).toBeUndefined();
  });
  it('is not handed over when anything was written after it began', async () => {
    readMatrixAhead(db, 'r1');
    const anouk = (await db.candidates.toArray())[0]!;
    expect((await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk.id, criterionId: 'cr1', value: 7 }])).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(takeMatrixRead(db, 'r1')).toBeUndefined();
  });
  it('is not handed to another database of the same request id', async () => {
    const other = new ShortlistDb(`ahead-other-${Math.random()}`);
    readMatrixAhead(db, 'r1');
    expect(takeMatrixRead(other, 'r1')).toBeUndefined();
    await Dexie.delete(other.name);
  });
});
