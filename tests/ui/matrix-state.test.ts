import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createEffect, createRoot, on } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import type { InputError, Request } from '../../src/core';
import { addCandidate, applyEdits, detachCandidate, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { createMatrixState, type MatrixState } from '../../src/ui/matrix/matrix-state';
import type { Revision } from '../../src/ui/matrix/rows';

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
/** Every reactive root a test opened, disposed after it so no effect leaks into the next test. */
const roots: (() => void)[] = [];
beforeEach(async () => {
  db = new ShortlistDb(`state-${Math.random()}`);
  await db.open();
  await saveRequest(db, request);
});
afterEach(async () => {
  for (const dispose of roots.splice(0)) dispose();
  db.close();
  await Dexie.delete(db.name);
});

async function person(name: string): Promise<string> {
  const result = await addCandidate(db, 'r1', { name });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.id;
}

/** A matrix state in its own reactive root, recording every revision and every write error. */
async function open() {
  const revisions: Revision[] = [];
  const errors: InputError[][] = [];
  const state = createRoot((dispose) => {
    roots.push(dispose);
    return createMatrixState(db, () => request, (e) => errors.push(e));
  });
  await until(() => state.loaded());
  createRoot((dispose) => {
    roots.push(dispose);
    createEffect(on(state.revision, (r) => revisions.push(r), { defer: true }));
  });
  await settle(state);
  revisions.length = 0;
  return { state, revisions, errors };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

/** Lets storagemutated events and read-backs run out. */
async function settle(state: MatrixState): Promise<void> {
  await state.settled();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await state.settled();
}

const ids = (r: Revision | undefined) => (r && !r.all ? [...r.ids].sort() : r);

describe('matrix state', () => {
  it('shows an edit at once, as one revision for that person, and writes it', async () => {
    const a = await person('Anna');
    await person('Bas');
    const { state, revisions } = await open();
    expect(state.edit([{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 7 }])).toEqual([]);
    expect(state.evaluationOf(a)?.scores['cr1']).toBe(7);
    expect(ids(revisions[0])).toEqual([a]);
    await settle(state);
    expect((await db.evaluations.get(['r1', a]))?.scores['cr1']).toBe(7);
    // The echo of its own write is read back but changes nothing, so nothing re-renders.
    expect(revisions).toHaveLength(1);
  });

  it('refuses an edit the core refuses, changes nothing and writes nothing', async () => {
    const a = await person('Anna');
    const { state, revisions } = await open();
    const refused = state.edit([{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 11 }]);
    expect(refused[0]?.code).toBe('score-above-max');
    expect(state.evaluationOf(a)?.scores['cr1']).toBeUndefined();
    expect(revisions).toHaveLength(0);
  });

  it('reads back only the person another connection (a tab, the import worker) changed', async () => {
    const a = await person('Anna');
    const b = await person('Bas');
    const { state, revisions } = await open();
    const elsewhere = new ShortlistDb(db.name);
    await applyEdits(elsewhere, 'r1', [{ kind: 'score', candidateId: b, criterionId: 'cr1', value: 4 }]);
    elsewhere.close();
    await until(() => state.evaluationOf(b)?.scores['cr1'] === 4);
    expect(ids(revisions.at(-1))).toEqual([b]);
    expect(state.evaluationOf(a)?.scores['cr1']).toBeUndefined();
  });

  it('hears of people joining and leaving, as a full revision', async () => {
    const a = await person('Anna');
    const { state, revisions } = await open();
    const c = await person('Cor');
    await until(() => state.candidateById().has(c));
    await detachCandidate(db, 'r1', a);
    await until(() => !state.candidateById().has(a));
    expect(state.candidates().map((x) => x.name)).toEqual(['Cor']);
    expect(state.evaluationOf(a)).toBeUndefined();
    // Both changes were heard (an empty list would pass `every` for nothing), each as a full revision.
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    expect(revisions.every((r) => r.all)).toBe(true);
  });

  it('rolls an edit back when the database refuses the write, says why, and reads the truth back', async () => {
    const a = await person('Anna');
    const { state, errors } = await open();
    // The request disappears underneath the matrix (deleted in another tab): the write cannot land.
    await db.requests.delete('r1');
    state.edit([{ kind: 'score', candidateId: a, criterionId: 'cr1', value: 5 }]);
    expect(state.evaluationOf(a)?.scores['cr1']).toBe(5);
    await settle(state);
    expect(errors.flat().map((e) => e.code)).toContain('unknown-request');
    expect(state.evaluationOf(a)?.scores['cr1']).toBeUndefined();
  });
});
