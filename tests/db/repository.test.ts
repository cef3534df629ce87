import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import { rankCandidates, type MatrixEdit, type Request } from '../../src/core';
import {
  addCandidate,
  attachCandidate,
  createRequest,
  deleteRequest,
  detachCandidate,
  duplicateRequest,
  eraseCandidate,
  listRequests,
  loadMatrix,
  saveRequest,
  applyEdits,
  candidatesByIds,
  updateCandidate,
} from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';

const request = makeRequest({
  id: 'r1',
  number: '25924',
  title: 'SOR Ondersteuner',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'ko1', text: 'HBO' }, { id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }],
  criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: 10 }],
  competencies: [{ id: 'cp1', name: 'Zelfstandig' }],
});

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`test-${Math.random()}`);
  await db.open();
  expect((await saveRequest(db, request)).ok).toBe(true);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function person(name: string, extra: { hourlyRate?: number; email?: string } = {}) {
  const result = await addCandidate(db, 'r1', { name, ...extra });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.id;
}

describe('requests', () => {
  it('refuses a request with a negative maximum and stores nothing', async () => {
    const result = await saveRequest(db, { ...request, id: 'r2', criteria: [{ id: 'c', text: 'x', maxPoints: -5 }] });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-max-points' }] });
    expect(await db.requests.get('r2')).toBeUndefined();
  });
  // QA walk 2026-12-03: a maximum lowered from 10 to 5 left 9,5 counting in full, first in rank.
  it('refuses a lower maximum while scores above it stand (evaluations and assessors\' sheets), naming them; the stored request stays', async () => {
    const anouk = await person('Anouk');
    const bram = await person('Bram');
    expect(await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 9.5 }, { kind: 'score', candidateId: bram, criterionId: 'cr1', value: 4 }])).toMatchObject({ ok: true });
    const lower = (max: number) => ({ ...request, criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: max }] });
    const refused = await saveRequest(db, lower(5));
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'scores-above-max-points', params: { criterion: 'Ervaring', max: 5, highest: 9.5, names: 'Anouk', count: 1 } }] });
    expect((await db.requests.get('r1'))?.criteria[0]?.maxPoints).toBe(10);
    // Down to the highest score is fine.
    expect(await saveRequest(db, lower(9.5))).toMatchObject({ ok: true });
    // An assessor's own sheet counts too.
    await db.sheets.put({ requestId: 'r1', candidateId: bram, assessor: 'Alice', scores: { cr1: 8 }, updatedAt: '2026-12-01T10:00:00.000Z' });
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk, criterionId: 'cr1', value: 3 }]);
    expect(await saveRequest(db, lower(6))).toMatchObject({ ok: false, errors: [{ params: { names: 'Bram', highest: 8 } }] });
  });
  it('creates a request from a proposal with a fresh id', async () => {
    const { id: _id, ...proposal } = request;
    const result = await createRequest(db, proposal);
    expect(result.ok && result.value.id).not.toBe('r1');
    expect(await listRequests(db)).toHaveLength(2);
  });
  it('duplicates the definition but not the candidates', async () => {
    await person('Anouk');
    const copy = await duplicateRequest(db, 'r1');
    expect(copy.ok && copy.value.title).toBe('SOR Ondersteuner (kopie)');
    expect(copy.ok && copy.value.criteria).toEqual(request.criteria);
    if (copy.ok) expect((await loadMatrix(db, copy.value.id)).candidates).toEqual([]);
  });
  it('deleting a request removes its evaluations and keeps the people in the pool', async () => {
    const id = await person('Anouk');
    await deleteRequest(db, 'r1');
    expect(await db.requests.count()).toBe(0);
    expect(await db.evaluations.count()).toBe(0);
    expect(await db.candidates.get(id)).toBeDefined();
  });
  it('deleting a request removes its assessors\' sheets and its conflict marks too, and no other request\'s', async () => {
    const id = await person('Anouk');
    await db.sheets.bulkPut([
      { requestId: 'r1', candidateId: id, assessor: 'Alice', scores: { c1: 4 }, updatedAt: '2026-12-01T10:00:00.000Z' },
      { requestId: 'r2', candidateId: id, assessor: 'Alice', scores: { c1: 2 }, updatedAt: '2026-12-01T10:00:00.000Z' },
    ]);
    await db.sheetStatus.bulkPut([{ requestId: 'r1', assessor: 'Alice', done: true }, { requestId: 'r2', assessor: 'Alice', done: false }]);
    await db.marks.bulkPut([
      { id: 'm1', requestId: 'r1', candidateId: id, table: 'evaluations', path: 'scores.c1', other: '3', otherAt: '2026-12-01T09:00:00.000Z', otherDevice: 'd2', at: '2026-12-01T10:00:00.000Z' },
      { id: 'm2', requestId: 'r2', candidateId: id, table: 'evaluations', path: 'scores.c1', other: '3', otherAt: '2026-12-01T09:00:00.000Z', otherDevice: 'd2', at: '2026-12-01T10:00:00.000Z' },
    ]);
    await deleteRequest(db, 'r1');
    expect((await db.sheets.toArray()).map((s) => s.requestId)).toEqual(['r2']);
    expect((await db.sheetStatus.toArray()).map((s) => s.requestId)).toEqual(['r2']);
    expect((await db.marks.toArray()).map((m) => m.id)).toEqual(['m2']);
  });
});

describe('candidates', () => {
  it('refuses a candidate without a name', async () => {
    expect(await addCandidate(db, 'r1', { name: ' ' })).toMatchObject({ ok: false, errors: [{ code: 'name-required' }] });
    expect(await db.candidates.count()).toBe(0);
  });
  it('refuses a negative rate on update and keeps the old one', async () => {
    const id = await person('Anouk', { hourlyRate: 70 });
    expect(await updateCandidate(db, id, { hourlyRate: -1 })).toMatchObject({ ok: false, errors: [{ code: 'invalid-rate' }] });
    expect((await db.candidates.get(id))?.hourlyRate).toBe(70);
  });
  it('clears a field that is updated to undefined', async () => {
    const id = await person('Anouk', { hourlyRate: 70 });
    await updateCandidate(db, id, { hourlyRate: undefined });
    expect(await db.candidates.get(id)).not.toHaveProperty('hourlyRate');
  });
  it('puts a person from the pool on a second request without copying them', async () => {
    const id = await person('Anouk');
    const { id: _id, ...proposal } = request;
    const second = await createRequest(db, proposal);
    if (!second.ok) throw new Error('no request');
    expect(await attachCandidate(db, second.value.id, id)).toEqual({ ok: true, value: null });
    expect((await loadMatrix(db, second.value.id)).candidates.map((c) => c.id)).toEqual([id]);
    expect(await db.candidates.count()).toBe(1);
  });
  it('takes a person off one request only', async () => {
    const id = await person('Anouk');
    await detachCandidate(db, 'r1', id);
    expect((await loadMatrix(db, 'r1')).candidates).toEqual([]);
    expect(await db.candidates.get(id)).toBeDefined();
  });
  it('erasing a candidate removes them from every request at once (right to erasure)', async () => {
    const id = await person('Anouk');
    const { id: _id, ...proposal } = request;
    const second = await createRequest(db, proposal);
    if (second.ok) await attachCandidate(db, second.value.id, id);
    await eraseCandidate(db, id);
    expect(await db.candidates.get(id)).toBeUndefined();
    expect(await db.evaluations.where('candidateId').equals(id).count()).toBe(0);
  });
});

describe('evaluations: applyEdits writes what the core allows, one transaction per list', () => {
  const edit = (e: MatrixEdit) => applyEdits(db, 'r1', [e]);
  it('stores a valid score and the ranking reads it', async () => {
    const id = await person('Anouk');
    expect(await edit({ candidateId: id, kind: 'score', criterionId: 'cr1', value: 7.5 })).toEqual({ ok: true, value: 1 });
    const { candidates, evaluations } = await loadMatrix(db, 'r1');
    expect(rankCandidates(request, candidates, evaluations)[0]?.total).toBe(7.5);
  });
  it('refuses a score above the maximum and keeps the previous value', async () => {
    const id = await person('Anouk');
    await edit({ candidateId: id, kind: 'score', criterionId: 'cr1', value: 6 });
    expect(await edit({ candidateId: id, kind: 'score', criterionId: 'cr1', value: 11 })).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    expect((await db.evaluations.get(['r1', id]))?.scores.cr1).toBe(6);
  });
  it('refuses a score for an unknown criterion', async () => {
    const id = await person('Anouk');
    expect(await edit({ candidateId: id, kind: 'score', criterionId: 'nope', value: 1 })).toMatchObject({ ok: false, errors: [{ code: 'unknown-criterion' }] });
  });
  it('refuses a score for someone not on the request', async () => {
    expect(await edit({ candidateId: 'ghost', kind: 'score', criterionId: 'cr1', value: 1 })).toMatchObject({ ok: false, errors: [{ code: 'unknown-candidate' }] });
  });
  it('clears a score with null', async () => {
    const id = await person('Anouk');
    await edit({ candidateId: id, kind: 'score', criterionId: 'cr1', value: 6 });
    await edit({ candidateId: id, kind: 'score', criterionId: 'cr1', value: null });
    expect((await db.evaluations.get(['r1', id]))?.scores.cr1).toBeNull();
  });
  it('refuses a manual pass that the rate contradicts', async () => {
    const id = await person('Anouk', { hourlyRate: 80 });
    expect(await edit({ candidateId: id, kind: 'knockOut', knockOutId: 'rate', value: 'pass' })).toMatchObject({ ok: false, errors: [{ code: 'rule-contradicts' }] });
    expect((await db.evaluations.get(['r1', id]))?.knockOuts.rate).toBeUndefined();
  });
  it('stores a manual knock-out value', async () => {
    const id = await person('Anouk');
    await edit({ candidateId: id, kind: 'knockOut', knockOutId: 'ko1', value: 'fail' });
    const { candidates, evaluations } = await loadMatrix(db, 'r1');
    expect(rankCandidates(request, candidates, evaluations)[0]).toMatchObject({ status: 'eliminated', failedKnockOuts: ['ko1'] });
  });
  it('keeps an evidence note per criterion and removes an empty one', async () => {
    const id = await person('Anouk');
    await edit({ candidateId: id, kind: 'note', criterionId: 'cr1', value: 'CV p. 2' });
    expect((await db.evaluations.get(['r1', id]))?.notes).toEqual({ cr1: 'CV p. 2' });
    await edit({ candidateId: id, kind: 'note', criterionId: 'cr1', value: '' });
    expect((await db.evaluations.get(['r1', id]))?.notes).toEqual({});
  });
  it('rates a competency and refuses an unknown one', async () => {
    const id = await person('Anouk');
    expect(await edit({ candidateId: id, kind: 'competency', competencyId: 'cp1', value: 'goed' })).toEqual({ ok: true, value: 1 });
    expect((await db.evaluations.get(['r1', id]))?.competencies).toEqual({ cp1: 'goed' });
    expect(await edit({ candidateId: id, kind: 'competency', competencyId: 'cpX', value: 'goed' })).toMatchObject({ ok: false, errors: [{ code: 'unknown-competency' }] });
  });
  it('writes nothing of a list when one edit is refused', async () => {
    const id = await person('Anouk');
    const result = await applyEdits(db, 'r1', [
      { kind: 'score', candidateId: id, criterionId: 'cr1', value: 4 },
      { kind: 'score', candidateId: id, criterionId: 'cr1', value: 40 },
    ]);
    expect(result.ok).toBe(false);
    expect((await db.evaluations.get(['r1', id]))?.scores.cr1).toBeUndefined();
  });
});

describe('candidatesByIds: the same records whichever way it reads', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const fill = (n: number) => db.candidates.bulkPut(Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Persoon ${i}`, createdAt: at, updatedAt: at })));
  const ids = [...Array.from({ length: 700 }, (_, i) => `p${(i * 7) % 1000}`), 'nobody'];
  const oneByOne = () => db.transaction('r', db.candidates, () => db.candidates.bulkGet(ids));
  it.each([
    ['the ids are most of the pool (read whole, then picked)', 1_000],
    ['the pool is far larger (one get per id)', 5_000],
  ])('%s', async (_, pool) => {
    await fill(pool);
    const found = await db.transaction('r', db.candidates, () => candidatesByIds(db, ids));
    expect(found).toEqual(await oneByOne());
    expect(found.at(-1)).toBeUndefined();
    expect(found[1]?.id).toBe('p7');
  });
});
