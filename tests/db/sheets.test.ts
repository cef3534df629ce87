// Independent scoring in the database (PRODUCT §12): while an assessor is not done, their scores
// go to their own sheet — not to the agreed scores, not to the change log the team reads — and
// their matrix reads them back in place of the agreed ones; once done, scores are agreed scores.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, applyEdits, loadMatrix, loadMatrixPart, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { loadConsensus, markScoringDone, ownSheetOf } from '../../src/db/sheets';
import { makeRequest } from '../builders';

const request = makeRequest({
  id: 'r1',
  independentScoring: true,
  knockOuts: [{ id: 'k1', text: 'HBO' }],
  criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 10 }, { id: 'c2', text: 'Kennis', maxPoints: 30 }],
});

let db: ShortlistDb;
let anna = '';
beforeEach(async () => {
  db = new ShortlistDb(`sheets-${Math.random()}`);
  await db.open();
  await saveRequest(db, request);
  const added = await addCandidate(db, 'r1', { name: 'Anna' });
  if (!added.ok) throw new Error('add');
  anna = added.value.id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('scores of an assessor who is not done', () => {
  it('go to their sheet, leave the agreed scores and the change log alone, and mark them as scoring', async () => {
    expect(await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], '2026-12-01T10:00:00.000Z', 'Alice')).toEqual({ ok: true, value: 1 });
    expect(await db.sheets.get(['r1', anna, 'Alice'])).toEqual({ requestId: 'r1', candidateId: anna, assessor: 'Alice', scores: { c1: 7 }, updatedAt: '2026-12-01T10:00:00.000Z' });
    expect((await db.evaluations.get(['r1', anna]))?.scores).toEqual({});
    expect((await db.changes.toArray()).filter((c) => c.kind === 'score').length).toBe(0);
    expect(await db.sheetStatus.get(['r1', 'Alice'])).toEqual({ requestId: 'r1', assessor: 'Alice', done: false });
  });
  it("are what their matrix reads, each assessor their own; the agreed scores for anyone else", async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], undefined, 'Alice');
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 2 }], undefined, 'Bob');
    expect((await loadMatrix(db, 'r1', 'Alice')).evaluations[0]?.scores).toEqual({ c1: 7 });
    expect((await loadMatrix(db, 'r1', 'Bob')).evaluations[0]?.scores).toEqual({ c1: 2 });
    expect((await loadMatrix(db, 'r1')).evaluations[0]?.scores).toEqual({});
    expect((await loadMatrixPart(db, 'r1', [anna], 'Alice'))[0]?.evaluation?.scores).toEqual({ c1: 7 });
  });
  it('are checked like any score: out of range is refused and nothing is written', async () => {
    const refused = await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 11 }], undefined, 'Alice');
    expect(refused.ok).toBe(false);
    expect(await db.sheets.count()).toBe(0);
  });
  it('leave a knock-out in the same paste to the shared evaluation (and its log), keeping the agreed scores', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c2', value: 20 }], undefined, 'Bob');
    await applyEdits(db, 'r1', [
      { kind: 'score', candidateId: anna, criterionId: 'c1', value: 5 },
      { kind: 'knockOut', candidateId: anna, knockOutId: 'k1', value: 'pass' },
    ], undefined, 'Alice');
    const evaluation = await db.evaluations.get(['r1', anna]);
    expect(evaluation).toMatchObject({ knockOuts: { k1: 'pass' }, scores: {} });
    expect((await db.sheets.get(['r1', anna, 'Alice']))?.scores).toEqual({ c1: 5 });
    expect((await db.changes.toArray()).filter((c) => c.kind === 'knockOut').length).toBe(1);
  });
});

describe('an assessor who is done', () => {
  it('scores the agreed scores from then on, and the consensus holds everyone\'s sheets', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], undefined, 'Alice');
    expect(await ownSheetOf(db, request, 'Alice')).toBe('Alice');
    await markScoringDone(db, 'r1', 'Alice');
    expect(await ownSheetOf(db, request, 'Alice')).toBeNull();
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 6 }], undefined, 'Alice');
    expect((await db.evaluations.get(['r1', anna]))?.scores).toEqual({ c1: 6 });
    expect((await db.sheets.get(['r1', anna, 'Alice']))?.scores).toEqual({ c1: 7 });
    const consensus = await loadConsensus(db, 'r1');
    expect(consensus.sheets.map((s) => s.assessor)).toEqual(['Alice']);
    expect(consensus.statuses).toMatchObject([{ assessor: 'Alice', done: true }]);
  });
  it('is not needed for a request scored as one: scores are agreed scores whatever the assessor', async () => {
    await saveRequest(db, { ...request, independentScoring: false });
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 4 }], undefined, 'Alice');
    expect((await db.evaluations.get(['r1', anna]))?.scores).toEqual({ c1: 4 });
    expect(await db.sheets.count()).toBe(0);
  });
});
