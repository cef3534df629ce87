// The interview panel scored independently (PRODUCT §12, §3.12): an assessor's ratings are drafts
// on their own sheets until they mark them done — not in the shared evaluation, not in the change
// log — and then become their ratings on the panel, where the core's agreed/unanimous rules read them.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { panelRatings } from '../../src/core';
import { readBackup, restoreBackup } from '../../src/db/backup';
import { markPanelDone, ownPanelOf, ownRatings, rateOwn } from '../../src/db/own-ratings';
import { addCandidate, applyEdits, eraseCandidate, saveRequest } from '../../src/db/repository';
import { ShortlistDb, type StoredEvaluation } from '../../src/db/schema';
import { loadConsensus, markScoringDone } from '../../src/db/sheets';
import { makeRequest } from '../builders';

const request = makeRequest({
  id: 'r1',
  independentScoring: true,
  competencies: [{ id: 'cp1', name: 'Zelfstandig' }, { id: 'cp2', name: 'Communicatie' }],
});
const AT = '2026-12-01T10:00:00.000Z';

let db: ShortlistDb;
let anna = '';
let bert = '';
beforeEach(async () => {
  db = new ShortlistDb(`own-ratings-${Math.random()}`);
  await db.open();
  await saveRequest(db, request);
  const ids: string[] = [];
  for (const name of ['Anna', 'Bert']) {
    const added = await addCandidate(db, 'r1', { name });
    if (!added.ok) throw new Error('add');
    ids.push(added.value.id);
    await db.evaluations.update(['r1', added.value.id], { invitedAt: '2026-12-01' });
  }
  [anna = '', bert = ''] = ids;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const evaluation = async (id: string) => (await db.evaluations.get(['r1', id])) as StoredEvaluation;

describe('whose panel ratings stay private', () => {
  it('the assessor of an independently scored request, until their interview ratings are done', async () => {
    expect(await ownPanelOf(db, request, 'Alice')).toBe('Alice');
    await markPanelDone(db, 'r1', 'Alice', AT);
    expect(await ownPanelOf(db, request, 'Alice')).toBeNull();
  });
  it.each([
    ['a request not scored independently', { ...request, independentScoring: false }, 'Alice'],
    ['a device without an assessor name', request, null],
  ])('nobody in %s: the panel is edited as before', async (_case, r, assessor) => {
    expect(await ownPanelOf(db, r, assessor)).toBeNull();
  });
  it("is apart from the scoring's done: marking scoring done leaves the panel private", async () => {
    await markScoringDone(db, 'r1', 'Alice', AT);
    expect(await ownPanelOf(db, request, 'Alice')).toBe('Alice');
  });
});

describe('a draft interview rating', () => {
  it('goes to the sheet, not to the shared ratings or the change log; the shared panel only learns who is on it', async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    expect(await db.sheets.get(['r1', anna, 'Alice'])).toEqual({ requestId: 'r1', candidateId: anna, assessor: 'Alice', scores: {}, ratings: { cp1: 'goed' }, updatedAt: AT });
    expect((await evaluation(anna)).panel).toEqual({ Alice: {} });
    // Everyone invited waits for Alice, not only the one she rated first.
    expect((await evaluation(bert)).panel).toEqual({ Alice: {} });
    expect(await db.changes.count()).toBe(0);
    expect(await ownRatings(db, 'r1', 'Alice')).toEqual(new Map([[anna, { cp1: 'goed' }]]));
  });
  it('keeps the scores on the same sheet, and a cleared draft leaves no empty sheet behind', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], AT, 'Alice');
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'voldoende', AT);
    expect((await db.sheets.get(['r1', anna, 'Alice']))?.scores).toEqual({ c1: 7 });
    await rateOwn(db, 'r1', bert, 'Alice', 'cp1', 'goed', AT);
    await rateOwn(db, 'r1', bert, 'Alice', 'cp1', null, AT);
    expect(await db.sheets.get(['r1', bert, 'Alice'])).toBeUndefined();
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', null, AT);
    expect(await db.sheets.get(['r1', anna, 'Alice'])).toEqual({ requestId: 'r1', candidateId: anna, assessor: 'Alice', scores: { c1: 7 }, updatedAt: AT });
  });
  it('stays when the assessor, still scoring, changes a score on the same sheet', async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], AT, 'Alice');
    expect(await db.sheets.get(['r1', anna, 'Alice'])).toMatchObject({ scores: { c1: 7 }, ratings: { cp1: 'goed' } });
  });
  it('goes with the person when they are erased', async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    await rateOwn(db, 'r1', bert, 'Alice', 'cp1', 'goed', AT);
    await eraseCandidate(db, anna, AT);
    expect((await db.sheets.toArray()).map((s) => s.candidateId)).toEqual([bert]);
  });
  it('counts for nothing yet: the colleague who rated alike does not make it unanimous', async () => {
    await applyEdits(db, 'r1', [{ kind: 'panelRating', candidateId: anna, assessor: 'Bob', competencyId: 'cp1', value: 'goed' }], AT);
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    const [cp1] = panelRatings(request, await evaluation(anna));
    expect(cp1).toMatchObject({ agreed: null, source: null, ratings: { Bob: 'goed' }, missing: ['Alice'] });
  });
  it('is not in the consensus view of the scores', async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    expect((await loadConsensus(db, 'r1')).sheets).toEqual([]);
  });
  it('is refused once the interview ratings are done, and for a competency the request lacks (mistakes of the caller)', async () => {
    await expect(rateOwn(db, 'r1', anna, 'Alice', 'cpX', 'goed', AT)).rejects.toThrow(/competency/);
    await markPanelDone(db, 'r1', 'Alice', AT);
    await expect(rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT)).rejects.toThrow(/not private/);
  });
});

describe('marking the interview ratings done', () => {
  it('shares the drafts as the assessor\'s ratings, logs each, empties the sheets and says so in the status', async () => {
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anna, criterionId: 'c1', value: 7 }], AT, 'Alice');
    await markScoringDone(db, 'r1', 'Alice', AT);
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    await rateOwn(db, 'r1', bert, 'Alice', 'cp2', 'onvoldoende', AT);
    const later = '2026-12-02T09:00:00.000Z';
    expect(await markPanelDone(db, 'r1', 'Alice', later)).toEqual({ ok: true, value: 2 });
    expect((await evaluation(anna)).panel).toEqual({ Alice: { cp1: 'goed' } });
    expect((await evaluation(bert)).panel).toEqual({ Alice: { cp2: 'onvoldoende' } });
    expect(await db.sheets.get(['r1', anna, 'Alice'])).toEqual({ requestId: 'r1', candidateId: anna, assessor: 'Alice', scores: { c1: 7 }, updatedAt: later });
    expect(await db.sheets.get(['r1', bert, 'Alice'])).toBeUndefined();
    expect(await db.sheetStatus.get(['r1', 'Alice'])).toEqual({ requestId: 'r1', assessor: 'Alice', done: true, doneAt: AT, panelDone: true, panelDoneAt: later });
    const logged = (await db.changes.toArray()).map((c) => [c.kind, c.assessor, c.target, c.old, c.new, c.at]);
    expect(logged).toEqual(expect.arrayContaining([['panelRating', 'Alice', 'Alice/cp1', null, 'goed', later], ['panelRating', 'Alice', 'Alice/cp2', null, 'onvoldoende', later]]));
  });
  it("works as this device's first logged change (the device's id is made on the way)", async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    expect(await markPanelDone(db, 'r1', 'Alice', AT)).toEqual({ ok: true, value: 1 });
    expect((await db.changes.toArray()).map((c) => typeof c.device)).toEqual(['string']);
  });
  it('lets the panel agree on the shared ratings: alike is unanimous, apart waits for the recorded rating', async () => {
    await applyEdits(db, 'r1', [
      { kind: 'panelRating', candidateId: anna, assessor: 'Bob', competencyId: 'cp1', value: 'goed' },
      { kind: 'panelRating', candidateId: anna, assessor: 'Bob', competencyId: 'cp2', value: 'goed' },
    ], AT);
    await rateOwn(db, 'r1', anna, 'Alice', 'cp1', 'goed', AT);
    await rateOwn(db, 'r1', anna, 'Alice', 'cp2', 'voldoende', AT);
    await markPanelDone(db, 'r1', 'Alice', AT);
    const [cp1, cp2] = panelRatings(request, await evaluation(anna));
    expect(cp1).toMatchObject({ agreed: 'goed', source: 'unanimous' });
    expect(cp2).toMatchObject({ agreed: null, differ: true });
  });
  it("keeps the scoring's done as it was, and marking scoring done later keeps the panel's", async () => {
    await markPanelDone(db, 'r1', 'Alice', AT);
    expect(await db.sheetStatus.get(['r1', 'Alice'])).toEqual({ requestId: 'r1', assessor: 'Alice', done: false, panelDone: true, panelDoneAt: AT });
    await markScoringDone(db, 'r1', 'Alice', AT);
    expect(await db.sheetStatus.get(['r1', 'Alice'])).toEqual({ requestId: 'r1', assessor: 'Alice', done: true, doneAt: AT, panelDone: true, panelDoneAt: AT });
  });
  it('drops drafts of a competency the request no longer has', async () => {
    await rateOwn(db, 'r1', anna, 'Alice', 'cp2', 'goed', AT);
    await saveRequest(db, { ...request, competencies: [{ id: 'cp1', name: 'Zelfstandig' }] });
    expect(await markPanelDone(db, 'r1', 'Alice', AT)).toEqual({ ok: true, value: 0 });
    expect((await evaluation(anna)).panel).toEqual({ Alice: {} });
    expect(await db.sheets.count()).toBe(0);
  });
});

describe('a backup with draft ratings', () => {
  const backup = (sheet: Record<string, unknown>, status: Record<string, unknown>) => ({
    format: 'shortlist-backup',
    schemaVersion: 3,
    exportedAt: AT,
    counts: { requests: 0, candidates: 0, evaluations: 0, importBatches: 0, settings: 0, changes: 0, erasures: 1, marks: 0, sheets: 1, sheetStatus: 1 },
    tables: { requests: [], candidates: [], evaluations: [], importBatches: [], settings: [], changes: [], erasures: [{ candidateId: 'gone', at: AT }], marks: [], sheets: [sheet], sheetStatus: [status] },
  });
  const sheet = { requestId: 'r1', candidateId: 'x', assessor: 'Alice', scores: {}, ratings: { cp1: 'goed' }, updatedAt: AT };
  const status = { requestId: 'r1', assessor: 'Alice', done: true, panelDone: false, panelDoneAt: AT };
  it('restores the drafts and the panel status (and, keyed by their fields too, the erasures)', async () => {
    const read = readBackup(JSON.stringify(backup(sheet, status)));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect((await restoreBackup(db, read.value, 'replace')).ok).toBe(true);
    expect(await db.sheets.get(['r1', 'x', 'Alice'])).toEqual(sheet);
    expect(await db.sheetStatus.get(['r1', 'Alice'])).toEqual(status);
    expect(await db.erasures.get('gone')).toEqual({ candidateId: 'gone', at: AT });
  });
  it.each([
    ['a rating that is none', { ...sheet, ratings: { cp1: 'prima' } }, status, 'ratings.cp1'],
    ['ratings that are no map', { ...sheet, ratings: ['goed'] }, status, 'ratings'],
    ['a panel status that is no yes or no', sheet, { ...status, panelDone: 'ja' }, 'panelDone'],
    ['a panel date that is no text', sheet, { ...status, panelDoneAt: 5 }, 'panelDoneAt'],
  ])('refuses %s, saying which field', (_case, s, st, field) => {
    const read = readBackup(JSON.stringify(backup(s, st)));
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).toContain(field);
  });
});
