import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../src/core';
import { createBackup, readBackup, restoreBackup } from '../../src/db/backup';
import { addCandidate, applyEdits, attachCandidate, eraseCandidate, saveRequest } from '../../src/db/repository';
import {
  SAMPLE_KEY,
  SEEDED_KEY,
  firstRunStep,
  isSample,
  markEarlierSample,
  mergeMarkers,
  sampleMarker,
  sampleTest,
  type SampleMarker,
} from '../../src/db/sample';
import { removeSampleData, sampleSummary } from '../../src/db/sample-removal';
import { ShortlistDb } from '../../src/db/schema';
import { seedIfEmpty, type SeedData } from '../../src/db/seed';
import { makeRequest } from '../builders';

const read = (path: string) => readFileSync(new URL(`../../seeds/${path}`, import.meta.url), 'utf8');
const seed: SeedData = {
  requests: JSON.parse(read('requests.json')) as Request[],
  candidateLists: [
    { requestId: 'seed-30601', csv: read('demo-candidates-30601.csv') },
    { requestId: 'seed-25924', csv: read('demo-candidates-25924.csv') },
  ],
};

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`sample-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const personOn = async (requestId: string, name: string) => {
  const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
  const people = await db.candidates.bulkGet(evaluations.map((e) => e.candidateId));
  const found = people.find((c) => c?.name === name);
  if (!found) throw new Error(`${name} is not on ${requestId}`);
  return found;
};

/** The user's own work beside the sample: a request with a person of their own and a sample person on it, scored. */
async function ownWork() {
  const mine = await saveRequest(db, makeRequest({ id: 'mine', title: 'Mijn aanvraag' }));
  if (!mine.ok) throw new Error('no request');
  const own = await addCandidate(db, 'mine', { name: 'Eigen Kandidaat', email: 'eigen@voorbeeld.test' });
  if (!own.ok) throw new Error('no candidate');
  const shared = await personOn('seed-30601', 'Anouk de Vries');
  await attachCandidate(db, 'mine', shared.id);
  await applyEdits(db, 'mine', [
    { kind: 'score', candidateId: own.value.id, criterionId: 'c1', value: 40 },
    { kind: 'score', candidateId: shared.id, criterionId: 'c1', value: 50 },
  ]);
  return { ownId: own.value.id, sharedId: shared.id };
}

describe('the sample marker', () => {
  it('lists exactly the requests and people the seeding wrote', async () => {
    await seedIfEmpty(db, seed);
    const marker = await sampleMarker(db);
    expect(marker?.requestIds.sort()).toEqual(['seed-25924', 'seed-30601']);
    expect(marker?.candidateIds.sort()).toEqual((await db.candidates.toCollection().primaryKeys()).sort());
    expect(marker?.seededAt).toBe((await db.settings.get(SEEDED_KEY))?.value);
  });

  it('is not written when the database already held data', async () => {
    await saveRequest(db, makeRequest({ id: 'mine' }));
    expect(await seedIfEmpty(db, seed)).toBe(false);
    expect(await sampleMarker(db)).toBeUndefined();
  });

  it('tells sample records from the user\'s in every table', () => {
    const marker: SampleMarker = { requestIds: ['seed-1'], candidateIds: ['p1'], seededAt: '2026-12-01T10:00:00.000Z' };
    const test = sampleTest(marker);
    expect(test('requests', { id: 'seed-1' })).toBe(true);
    expect(test('requests', { id: 'mine' })).toBe(false);
    expect(test('candidates', { id: 'p1' })).toBe(true);
    expect(test('candidates', { id: 'p2' })).toBe(false);
    // An evaluation, change, mark or sheet belongs to its request and its person.
    expect(test('evaluations', { requestId: 'seed-1', candidateId: 'p2' })).toBe(true);
    expect(test('evaluations', { requestId: 'mine', candidateId: 'p1' })).toBe(true);
    expect(test('evaluations', { requestId: 'mine', candidateId: 'p2' })).toBe(false);
    expect(test('changes', { id: 'x', requestId: 'seed-1', candidateId: 'p2' })).toBe(true);
    expect(test('sheetStatus', { requestId: 'mine', assessor: 'alice' })).toBe(false);
    expect(test('erasures', { candidateId: 'p1' })).toBe(true);
    // A request's id is no candidate's: the table decides which list is asked.
    expect(test('candidates', { id: 'seed-1' })).toBe(false);
    expect(test('settings', { key: SAMPLE_KEY })).toBe(false);
    expect(isSample(marker, 'requests', { id: 'seed-1' })).toBe(true);
    expect(isSample(undefined, 'requests', { id: 'seed-1' })).toBe(false);
  });

  it('is read only when it has a marker\'s shape', async () => {
    await db.settings.put({ key: SAMPLE_KEY, value: { requestIds: 'seed-1' } });
    expect(await sampleMarker(db)).toBeUndefined();
  });
});

describe('removing the sample data', () => {
  it('removes the sample requests, their evaluations and change log, and the sample people', async () => {
    await seedIfEmpty(db, seed);
    const anna = await personOn('seed-30601', 'Anouk de Vries');
    await applyEdits(db, 'seed-30601', [{ kind: 'score', candidateId: anna.id, criterionId: 'cr1', value: 3 }]);
    expect(await db.changes.count()).toBe(1);

    const removed = await removeSampleData(db);

    expect(removed).toEqual({ requests: 2, candidates: 40, keptCandidates: 0, ownOnSample: 0 });
    expect(await db.requests.count()).toBe(0);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.evaluations.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
    expect(await sampleSummary(db)).toBeNull();
  });

  it('leaves the user\'s request, their own person and a sample person they put on it, with scores and change log', async () => {
    await seedIfEmpty(db, seed);
    const { ownId, sharedId } = await ownWork();
    expect(await sampleSummary(db)).toEqual({ requests: 2, candidates: 39, keptCandidates: 1, ownOnSample: 0 });

    await removeSampleData(db);

    expect((await db.requests.toArray()).map((r) => r.id)).toEqual(['mine']);
    expect((await db.candidates.toArray()).map((c) => c.id).sort()).toEqual([ownId, sharedId].sort());
    const evaluations = await db.evaluations.toArray();
    expect(evaluations.map((e) => `${e.requestId}/${e.candidateId}`).sort()).toEqual([`mine/${ownId}`, `mine/${sharedId}`].sort());
    expect(evaluations.find((e) => e.candidateId === sharedId)?.scores).toEqual({ c1: 50 });
    expect((await db.changes.toArray()).map((c) => c.requestId)).toEqual(['mine', 'mine']);
    // What stayed is the user's now: nothing is sample any more.
    const marker = await sampleMarker(db);
    expect(marker).toMatchObject({ requestIds: [], candidateIds: [] });
    expect(isSample(marker, 'candidates', { id: sharedId })).toBe(false);
  });

  it('removes an edited sample request too, and keeps in the pool the people the user put on it', async () => {
    await seedIfEmpty(db, seed);
    const request = (await db.requests.get('seed-25924'))!;
    await saveRequest(db, { ...request, title: 'SOR Ondersteuner (mijn versie)', shortlistSize: 3 });
    const own = await addCandidate(db, 'seed-25924', { name: 'Eigen Kandidaat' });
    if (!own.ok) throw new Error('no candidate');
    await applyEdits(db, 'seed-25924', [{ kind: 'score', candidateId: own.value.id, criterionId: 'cr1', value: 5 }]);
    expect(await sampleSummary(db)).toMatchObject({ requests: 2, ownOnSample: 1 });

    await removeSampleData(db);

    expect(await db.requests.count()).toBe(0);
    expect((await db.candidates.toArray()).map((c) => c.name)).toEqual(['Eigen Kandidaat']);
    expect(await db.evaluations.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
  });

  it('is one transaction: when a delete fails, nothing is removed', async () => {
    await seedIfEmpty(db, seed);
    await ownWork();
    const before = { requests: await db.requests.count(), candidates: await db.candidates.count(), evaluations: await db.evaluations.count() };
    db.candidates.hook('deleting', () => {
      throw new Error('disk refused');
    });
    await expect(removeSampleData(db)).rejects.toThrow();
    expect({ requests: await db.requests.count(), candidates: await db.candidates.count(), evaluations: await db.evaluations.count() }).toEqual(before);
    expect((await sampleMarker(db))?.requestIds).toHaveLength(2);
  });

  it('does not bring the sample back: the next start seeds nothing', async () => {
    await seedIfEmpty(db, seed);
    await removeSampleData(db);
    expect(await firstRunStep(db)).toBe('none');
    expect(await seedIfEmpty(db, seed)).toBe(false);
    expect(await db.requests.count()).toBe(0);
  });

  it('counts a person erased with "Overal wissen" as gone', async () => {
    await seedIfEmpty(db, seed);
    await eraseCandidate(db, (await personOn('seed-30601', 'Anouk de Vries')).id);
    expect(await sampleSummary(db)).toMatchObject({ candidates: 39 });
  });
});

describe('a start', () => {
  it('seeds an untouched database, then never again', async () => {
    expect(await firstRunStep(db)).toBe('seed');
    await seedIfEmpty(db, seed);
    expect(await firstRunStep(db)).toBe('none');
  });

  it('marks the sample data of a database seeded before there was a marker', async () => {
    await seedIfEmpty(db, seed);
    await db.settings.delete(SAMPLE_KEY);
    const { ownId } = await ownWork();
    // The user's own person on a seed request, added an hour after the first run: not sample.
    const seededAt = (await db.settings.get(SEEDED_KEY))?.value as string;
    await db.candidates.update(ownId, { createdAt: new Date(Date.parse(seededAt) + 3_600_000).toISOString() });
    await attachCandidate(db, 'seed-30601', ownId);
    expect(await firstRunStep(db)).toBe('mark');

    const marker = await markEarlierSample(db);

    expect(marker?.requestIds.sort()).toEqual(['seed-25924', 'seed-30601']);
    expect(marker?.candidateIds).toHaveLength(40);
    expect(marker?.candidateIds).not.toContain(ownId);
    expect(await firstRunStep(db)).toBe('none');
  });
});

describe('sample data in a backup', () => {
  it('stays marked after a restore, and a merge keeps both sides marked', async () => {
    await seedIfEmpty(db, seed);
    const backup = readBackup(JSON.stringify(await createBackup(db)));
    if (!backup.ok) throw new Error('bad backup');
    const other = new ShortlistDb(`sample-other-${Math.random()}`);
    try {
      await seedIfEmpty(other, seed);
      const own = (await sampleMarker(other))!;
      await restoreBackup(other, backup.value, 'merge');
      const merged = (await sampleMarker(other))!;
      const theirs = (await sampleMarker(db))!;
      expect(merged.candidateIds.sort()).toEqual([...new Set([...own.candidateIds, ...theirs.candidateIds])].sort());
      await removeSampleData(other);
      expect(await other.candidates.count()).toBe(0);
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });

  it('merges markers as a union, and forgets a removal once there is sample data again', () => {
    const a: SampleMarker = { requestIds: [], candidateIds: [], seededAt: '2026-12-02T00:00:00.000Z', removedAt: '2026-12-03T00:00:00.000Z' };
    const b: SampleMarker = { requestIds: ['seed-1'], candidateIds: ['p1'], seededAt: '2026-12-01T00:00:00.000Z' };
    expect(mergeMarkers(a, b)).toEqual({ requestIds: ['seed-1'], candidateIds: ['p1'], seededAt: '2026-12-01T00:00:00.000Z' });
    expect(mergeMarkers(a, { ...a })).toEqual(a);
    expect(mergeMarkers(undefined, b)).toBe(b);
  });
});
