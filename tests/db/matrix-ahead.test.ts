// The matrix read begun while the matrix's code loads: taken over once when nothing was written
// meanwhile, never when something was (the tab then reads again and sees the write).
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMatrixAhead, rememberWholePool, takeMatrixRead, wholePoolHint } from '../../src/db/matrix-ahead';
import { loadAgreedMatrix } from '../../src/db/matrix-read';
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

describe('the whole-pool hint', () => {
  const kept = new Map<string, string>();
  beforeEach(() => {
    kept.clear();
    // Node has no localStorage; the hint keeps to the same small surface a browser gives.
    Object.assign(globalThis, { localStorage: { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) } });
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  it('reads the same people and evaluations with the pool read beside, or after, the evaluations', async () => {
    await addCandidate(db, 'r2', { name: 'Bram' });
    await addCandidate(db, 'r1', { name: 'Cem' });
    const plain = await loadAgreedMatrix(db, 'r1');
    const whole = await loadAgreedMatrix(db, 'r1', true);
    expect(whole.candidates).toEqual(plain.candidates);
    expect(whole.evaluations).toEqual(plain.evaluations);
    expect(whole.candidates.map((c) => c.name)).toEqual(['Anouk', 'Cem']);
    expect([plain.poolSize, whole.poolSize]).toEqual([3, 3]);
  });
  it('is remembered per request from what the read found, and forgotten when it no longer holds', () => {
    expect(wholePoolHint('r1')).toBe(false);
    rememberWholePool('r1', true);
    rememberWholePool('r2', true);
    expect([wholePoolHint('r1'), wholePoolHint('r2')]).toEqual([true, true]);
    rememberWholePool('r1', false);
    expect([wholePoolHint('r1'), wholePoolHint('r2')]).toEqual([false, true]);
    // Only request ids are kept, and only the last twenty.
    for (let i = 0; i < 25; i++) rememberWholePool(`x${i}`, true);
    expect(JSON.parse(kept.get('shortlist.matrix-read') ?? '[]')).toHaveLength(20);
    expect(wholePoolHint('r2')).toBe(false);
  });
  it('counts as no hint when the stored value is not a list, or there is no storage', () => {
    kept.set('shortlist.matrix-read', '{"r1":true}');
    expect(wholePoolHint('r1')).toBe(false);
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(wholePoolHint('r1')).toBe(false);
    expect(() => rememberWholePool('r1', true)).not.toThrow();
  });
});
