// Every change of a score, knock-out value, rating or decision is kept with when, where and old →
// new (PRODUCT §4); the procedure's edits are held to the shortlist when they are written.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, applyEdits, listChanges, saveRequest } from '../../src/db/repository';
import { deviceId } from '../../src/db/device';
import { createBackup, readBackup } from '../../src/db/backup';
import { ShortlistDb } from '../../src/db/schema';
import { makeRequest } from '../builders';

const request = makeRequest({
  id: 'r1',
  shortlistSize: 1,
  knockOuts: [],
  criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 10 }],
  clientCriteria: [{ id: 'cc1', text: 'Soortgelijke opdrachten', maxPoints: 10 }],
  competencies: [{ id: 'p1', name: 'Zelfstandig' }],
  interviewSize: 1,
});

let db: ShortlistDb;
let anna: string;
let bas: string;
beforeEach(async () => {
  db = new ShortlistDb(`log-${Math.random()}`);
  await saveRequest(db, request);
  const a = await addCandidate(db, 'r1', { name: 'Anna', hourlyRate: 70 });
  const b = await addCandidate(db, 'r1', { name: 'Bas', hourlyRate: 80 });
  if (!a.ok || !b.ok) throw new Error('setup');
  anna = a.value.id;
  bas = b.value.id;
  // Anna 8 points (shortlist of 1), Bas 5 (reserve).
  await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 8 }, { kind: 'score', candidateId: bas, criterionId: 'c1', value: 5 }]);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the change log', () => {
  it('keeps each change with its time, this device and old → new', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 9.5 }], '2030-07-01T10:00:00.000Z');
    const [latest] = await listChanges(db, 'r1', anna);
    expect(latest).toMatchObject({ at: '2030-07-01T10:00:00.000Z', device: await deviceId(db), requestId: 'r1', candidateId: anna, kind: 'score', target: 'c1', old: 8, new: 9.5 });
  });
  it('logs a paste cell by cell, each from what was there just before', async () => {
    await applyEdits(db, 'r1', [
      { kind: 'score', candidateId: anna, criterionId: 'c1', value: 1 },
      { kind: 'score', candidateId: anna, criterionId: 'c1', value: 2 },
    ]);
    expect((await listChanges(db, 'r1', anna)).slice(0, 2).map((c) => [c.old, c.new])).toEqual([[1, 2], [8, 1]]);
  });
  it('reads changes of the same millisecond newest first, in the order they were written', async () => {
    const at = '2030-07-01T10:00:00.000Z';
    for (const value of [1, 2, 3, 4, 5, 6, 7]) await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value }], at);
    const read = (await listChanges(db, 'r1', anna)).slice(0, 7).map((c) => c.new);
    expect(read).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });
  it('logs nothing for an edit that changes nothing, and nothing for a refused one', async () => {
    const before = await db.changes.count();
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 8 }]);
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 11 }]);
    expect(await db.changes.count()).toBe(before);
  });
  it('logs a panel rating under its assessor, and an agreed rating and an invitation as decisions', async () => {
    await applyEdits(db, 'r1', [{ kind: 'invite', candidateId: anna, value: '2026-07-02' }]);
    await applyEdits(db, 'r1', [{ kind: 'panelRating', candidateId: anna, assessor: ' Anne de Wit ', competencyId: 'p1', value: 'goed' }]);
    await applyEdits(db, 'r1', [{ kind: 'competency', candidateId: anna, competencyId: 'p1', value: 'voldoende' }]);
    const kinds = (await listChanges(db, 'r1', anna)).map((c) => [c.kind, c.target ?? null, c.assessor ?? null, c.new]);
    // Newest first, also when the three land in the same millisecond as the setup's score.
    expect(kinds).toEqual([
      ['competency', 'p1', null, 'voldoende'],
      ['panelRating', 'Anne de Wit/p1', 'Anne de Wit', 'goed'],
      ['invite', null, null, '2026-07-02'],
      ['score', 'c1', null, 8],
    ]);
    expect((await db.evaluations.get(['r1', anna]))?.panel).toEqual({ 'Anne de Wit': { p1: 'goed' } });
  });
  it('travels in a backup', async () => {
    const backup = readBackup(JSON.stringify(await createBackup(db)));
    expect(backup.ok && backup.value.tables.changes.length).toBe(await db.changes.count());
  });
});

describe('procedure edits are held to the shortlist when written', () => {
  it('refuses a client score for someone on reserve, with a message, and keeps the old state', async () => {
    const result = await applyEdits(db, 'r1', [{ kind: 'clientScore', candidateId: bas, criterionId: 'cc1', value: 7 }]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted' }] });
    expect((await db.evaluations.get(['r1', bas]))?.clientScores).toBeUndefined();
  });
  it('refuses a client score out of range', async () => {
    expect(await applyEdits(db, 'r1', [{ kind: 'clientScore', candidateId: anna, criterionId: 'cc1', value: 12 }])).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
  });
  it('refuses to invite someone not on the shortlist', async () => {
    expect(await applyEdits(db, 'r1', [{ kind: 'invite', candidateId: bas, value: '2026-07-02' }])).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted' }] });
    expect((await db.evaluations.get(['r1', bas]))?.invitedAt).toBeUndefined();
  });
  it('stores a client score and an invitation for someone on the shortlist, and takes an invitation back', async () => {
    expect(await applyEdits(db, 'r1', [{ kind: 'clientScore', candidateId: anna, criterionId: 'cc1', value: 7.5 }, { kind: 'invite', candidateId: anna, value: '2026-07-02' }])).toMatchObject({ ok: true });
    expect(await db.evaluations.get(['r1', anna])).toMatchObject({ clientScores: { cc1: 7.5 }, invitedAt: '2026-07-02' });
    await applyEdits(db, 'r1', [{ kind: 'invite', candidateId: anna, value: null }]);
    expect((await db.evaluations.get(['r1', anna]))?.invitedAt).toBeUndefined();
  });
  it('refuses a rating of an assessor without a name, or a rating that is none', async () => {
    expect(await applyEdits(db, 'r1', [{ kind: 'panelRating', candidateId: anna, assessor: ' ', competencyId: 'p1', value: 'goed' }])).toMatchObject({ ok: false, errors: [{ code: 'assessor-required' }] });
    expect(await applyEdits(db, 'r1', [{ kind: 'panelRating', candidateId: anna, assessor: 'Anne', competencyId: 'p1', value: 'matig' as 'goed' }])).toMatchObject({ ok: false, errors: [{ code: 'invalid-rating' }] });
  });
});
