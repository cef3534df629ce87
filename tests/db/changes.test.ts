import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import type { Request } from '../../src/core';
import { MAX_TARGETED, matrixChanges, mergeChanges, type MatrixChanges } from '../../src/db/changes';
import { addCandidate, applyEdits, attachCandidate, detachCandidate, loadMatrixPart, saveRequest, updateCandidate } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';

const request = makeRequest({
  id: 'r1',
  title: 'Aanvraag',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [],
  criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: 10 }],
  competencies: [],
});

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`changes-${Math.random()}`);
  await db.open();
  await saveRequest(db, request);
  await saveRequest(db, { ...request, id: 'r2', title: 'Andere aanvraag' });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function person(name: string, requestId = 'r1'): Promise<string> {
  const result = await addCandidate(db, requestId, { name });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.id;
}

/** The parts Dexie reports for the writes `work` makes, merged as a listener would see them. */
async function partsOf(work: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const seen: ObservabilitySet[] = [];
  const listen = (parts: ObservabilitySet) => seen.push(parts);
  Dexie.on('storagemutated', listen);
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    Dexie.on('storagemutated').unsubscribe(listen);
  }
  return seen.filter((parts) => Object.keys(parts).some((k) => k.startsWith(`idb://${db.name}/`)));
}

async function changesOf(work: () => Promise<unknown>, onRequest: (id: string) => boolean = () => true): Promise<MatrixChanges | null> {
  const seen = await partsOf(work);
  return seen.reduce<MatrixChanges | null>((sum, parts) => mergeChanges(sum, matrixChanges(db, 'r1', parts, onRequest)), null);
}
const ids = (changes: MatrixChanges | null) => (changes && !changes.all ? [...changes.candidateIds].sort() : changes);

describe('matrixChanges', () => {
  it('names the one person whose score was written', async () => {
    const a = await person('Anna');
    await person('Bas');
    expect(ids(await changesOf(() => applyEdits(db, 'r1', [{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 7 }])))).toEqual([a]);
  });

  it('ignores a score written on another request, even for a person who is on both', async () => {
    const a = await person('Anna');
    await attachCandidate(db, 'r2', a);
    expect(await changesOf(() => applyEdits(db, 'r2', [{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 7 }]))).toBeNull();
  });

  it('names a person on the request whose details changed elsewhere, and ignores one who is not on it', async () => {
    const a = await person('Anna');
    const z = await person('Zeger', 'r2');
    const onRequest = (id: string) => id === a;
    expect(ids(await changesOf(() => updateCandidate(db, a, { hourlyRate: 80 }), onRequest))).toEqual([a]);
    expect(await changesOf(() => updateCandidate(db, z, { hourlyRate: 80 }), onRequest)).toBeNull();
  });

  it('names people who join or leave the request', async () => {
    const z = await person('Zeger', 'r2');
    expect(ids(await changesOf(() => attachCandidate(db, 'r1', z), () => false))).toEqual([z]);
    expect(ids(await changesOf(() => detachCandidate(db, 'r1', z)))).toEqual([z]);
  });

  it('asks for a full read after a clear (a key range, not keys)', async () => {
    await person('Anna');
    expect(await changesOf(() => db.evaluations.clear())).toEqual({ all: true });
  });

  it(`asks for a full read when more than ${MAX_TARGETED} people changed at once`, async () => {
    const many = Array.from({ length: MAX_TARGETED + 1 }, (_, i) => ({ requestId: 'r1', candidateId: `p${i}`, knockOuts: {}, scores: {}, updatedAt: 'x' }));
    expect(await changesOf(() => db.evaluations.bulkPut(many))).toEqual({ all: true });
  });

  it('reads parts that arrive from another tab as plain copies', async () => {
    const a = await person('Anna');
    const seen = await partsOf(() => applyEdits(db, 'r1', [{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 3 }]));
    const parts = seen.find((p) => Object.keys(p).some((k) => k.endsWith('/evaluations/')));
    expect(ids(matrixChanges(db, 'r1', structuredClone(parts!), () => true))).toEqual([a]);
  });

  it('merges waiting changes; a full read swallows the rest', () => {
    const one: MatrixChanges = { all: false, candidateIds: new Set(['a']) };
    const two: MatrixChanges = { all: false, candidateIds: new Set(['b']) };
    expect(ids(mergeChanges(one, two))).toEqual(['a', 'b']);
    expect(mergeChanges(one, { all: true })).toEqual({ all: true });
    expect(mergeChanges(null, two)).toBe(two);
    expect(mergeChanges(null, null)).toBeNull();
  });
});

describe('loadMatrixPart', () => {
  it('reads the named people with their evaluation on this request; someone who left reads as missing', async () => {
    const a = await person('Anna');
    const b = await person('Bas');
    await detachCandidate(db, 'r1', b);
    const part = await loadMatrixPart(db, 'r1', [a, b, 'nobody']);
    expect(part.map((p) => [p.candidateId, p.candidate?.name, p.evaluation?.requestId])).toEqual([
      [a, 'Anna', 'r1'],
      [b, 'Bas', undefined],
      ['nobody', undefined, undefined],
    ]);
  });
});
