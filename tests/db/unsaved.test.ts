// Edits kept when the page goes away before their write is in (db/unsaved.ts), and written by the
// next start (db/unsaved-replay.ts) — only where the database does not hold them or something newer.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, applyEdits, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { UNSAVED_KEY, dropUnsaved, hasUnsaved, holdWrite, keepUnsaved, readUnsaved } from '../../src/db/unsaved';
import { replayUnsaved } from '../../src/db/unsaved-replay';
import { makeRequest } from '../builders';

class MemoryStorage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

let db: ShortlistDb;
let anouk: string;
const stamp = (minute: number) => `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
beforeEach(async () => {
  (globalThis as { localStorage?: Storage }).localStorage = new MemoryStorage() as unknown as Storage;
  db = new ShortlistDb(`unsaved-${Math.random()}`);
  await db.open();
  await saveRequest(db, makeRequest({ id: 'r1', criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: 10 }, { id: 'cr2', text: 'Kennis', maxPoints: 10 }] }));
  const added = await addCandidate(db, 'r1', { name: 'Anouk' });
  if (!added.ok) throw new Error('add');
  anouk = added.value.id;
  await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 5 }], stamp(0));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('the journal of unsaved writes', () => {
  it('holds a write while it is under way, keeps it when the page goes, and forgets it once it is in', () => {
    const release = holdWrite({ requestId: 'r1', edits: [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 7 }], at: stamp(5), assessor: null });
    expect(hasUnsaved()).toBe(false);
    keepUnsaved();
    expect(readUnsaved()).toMatchObject([{ requestId: 'r1', at: stamp(5), edits: [{ value: 7 }] }]);
    release();
    expect(hasUnsaved()).toBe(false);
    expect(localStorage.getItem(UNSAVED_KEY)).toBeNull();
  });
  it("keeps another tab's entries when this page keeps or forgets its own", () => {
    localStorage.setItem(UNSAVED_KEY, JSON.stringify([{ id: 'other-tab', requestId: 'r1', edits: [], at: stamp(1), assessor: null }]));
    const release = holdWrite({ requestId: 'r1', edits: [], at: stamp(2), assessor: null });
    keepUnsaved();
    expect(readUnsaved().map((w) => w.id)).toContain('other-tab');
    expect(readUnsaved()).toHaveLength(2);
    release();
    expect(readUnsaved().map((w) => w.id)).toEqual(['other-tab']);
    dropUnsaved(['other-tab']);
    expect(hasUnsaved()).toBe(false);
  });
  it('reads a damaged journal as empty', () => {
    localStorage.setItem(UNSAVED_KEY, '{not json');
    expect(readUnsaved()).toEqual([]);
    localStorage.setItem(UNSAVED_KEY, JSON.stringify([{ id: 1 }, 'x', null]));
    expect(readUnsaved()).toEqual([]);
  });
});

describe('replayUnsaved', () => {
  it('writes an edit the database does not hold, with the stamp the screen gave it, and empties the journal', async () => {
    localStorage.setItem(UNSAVED_KEY, JSON.stringify([{ id: 'w1', requestId: 'r1', edits: [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 8 }], at: stamp(5), assessor: null }]));
    expect(await replayUnsaved(db)).toBe(1);
    const evaluation = await db.evaluations.get(['r1', anouk]);
    expect(evaluation?.scores.cr1).toBe(8);
    expect(evaluation?.updatedAt).toBe(stamp(5));
    expect(hasUnsaved()).toBe(false);
  });
  it('leaves a record alone that already holds the write or something newer (its write made it, or another tab wrote later)', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 9 }], stamp(10));
    localStorage.setItem(
      UNSAVED_KEY,
      JSON.stringify([
        { id: 'made-it', requestId: 'r1', edits: [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 9 }], at: stamp(10), assessor: null },
        { id: 'older', requestId: 'r1', edits: [{ kind: 'score', candidateId: anouk, criterionId: 'cr2', value: 3 }], at: stamp(7), assessor: null },
      ]),
    );
    expect(await replayUnsaved(db)).toBe(0);
    expect((await db.evaluations.get(['r1', anouk]))?.scores).toEqual({ cr1: 9 });
    expect(hasUnsaved()).toBe(false);
  });
  it('judges a field edit by the person, a score by the evaluation', async () => {
    localStorage.setItem(UNSAVED_KEY, JSON.stringify([{ id: 'w', requestId: 'r1', edits: [{ kind: 'field', candidateId: anouk, field: 'hourlyRate', value: 85 }, { kind: 'score', candidateId: anouk, criterionId: 'cr2', value: 6 }], at: stamp(3), assessor: null }]));
    // The person was written after the stamp (elsewhere); the evaluation before it.
    await db.candidates.update(anouk, { updatedAt: stamp(4) });
    expect(await replayUnsaved(db)).toBe(1);
    expect((await db.candidates.get(anouk))?.hourlyRate).toBeUndefined();
    expect((await db.evaluations.get(['r1', anouk]))?.scores.cr2).toBe(6);
  });
  it('drops what is refused now (the request is gone) instead of trying again at every start', async () => {
    localStorage.setItem(UNSAVED_KEY, JSON.stringify([{ id: 'w', requestId: 'gone', edits: [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 1 }], at: stamp(5), assessor: null }]));
    expect(await replayUnsaved(db)).toBe(0);
    expect(hasUnsaved()).toBe(false);
  });
});
