// What team mode remembers on the device and what it keeps off the server (PRODUCT §12): the
// settings never hold a password; the sample data stays home, unless a sample person is put on a
// real request.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidate, attachCandidate, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { assessorName, disconnectTeam, localOnlyRecords, localTeam, saveAssessorName, saveTeamSettings, setLocalTeam, teamSettings } from '../../src/db/team';
import { makeRequest } from '../builders';

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`team-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the team settings', () => {
  it('keep address, user and whether to sync; disconnecting keeps address and user for next time', async () => {
    expect(await teamSettings(db)).toBeNull();
    await saveTeamSettings(db, { address: 'https://couch.example.nl/team', user: 'alice', connected: true, signedInAt: '2026-12-01T10:00:00.000Z' });
    await disconnectTeam(db);
    expect(await teamSettings(db)).toEqual({ address: 'https://couch.example.nl/team', user: 'alice', connected: false, signedInAt: '2026-12-01T10:00:00.000Z' });
    expect(JSON.stringify(await db.settings.toArray())).not.toMatch(/secret|password/i);
  });
  it('keep the assessor name trimmed, and none when empty', async () => {
    expect(await assessorName(db)).toBeNull();
    await saveAssessorName(db, '  Alice  ');
    expect(await assessorName(db)).toBe('Alice');
    await saveAssessorName(db, '   ');
    expect(await assessorName(db)).toBeNull();
  });
  it('forget the sync checkpoint when the local database is given to another team', async () => {
    await setLocalTeam(db, 'https://a.example.nl/team');
    await db.settings.bulkPut([{ key: 'sync:seq', value: 42 }, { key: 'sync:purge', value: ['candidate:x'] }]);
    await setLocalTeam(db, 'https://a.example.nl/team');
    expect((await db.settings.get('sync:seq'))?.value).toBe(42);
    await setLocalTeam(db, 'https://b.example.nl/team');
    expect(await localTeam(db)).toBe('https://b.example.nl/team');
    expect(await db.settings.get('sync:seq')).toBeUndefined();
    expect(await db.settings.get('sync:purge')).toBeUndefined();
  });
});

describe('localOnlyRecords: the sample data stays on the device', () => {
  it('keeps the sample requests, everything on them and their people home; real requests and people go', async () => {
    await saveRequest(db, makeRequest({ id: 'seed-25924' }));
    await saveRequest(db, makeRequest({ id: 'r-own' }));
    const sample = await addCandidate(db, 'seed-25924', { name: 'Voorbeeld Persoon' });
    const shared = await addCandidate(db, 'seed-25924', { name: 'Gedeeld Persoon' });
    const own = await addCandidate(db, 'r-own', { name: 'Eigen Persoon' });
    if (!sample.ok || !shared.ok || !own.ok) throw new Error('add');
    await attachCandidate(db, 'r-own', shared.value.id);
    const keep = await localOnlyRecords(db);
    expect(keep('requests', { id: 'seed-25924' })).toBe(true);
    expect(keep('requests', { id: 'r-own' })).toBe(false);
    expect(keep('evaluations', { requestId: 'seed-25924', candidateId: sample.value.id })).toBe(true);
    expect(keep('changes', { requestId: 'seed-25924' })).toBe(true);
    expect(keep('evaluations', { requestId: 'r-own', candidateId: shared.value.id })).toBe(false);
    expect(keep('candidates', { id: sample.value.id })).toBe(true);
    // A sample person put on a real request is team data from then on.
    expect(keep('candidates', { id: shared.value.id })).toBe(false);
    expect(keep('candidates', { id: own.value.id })).toBe(false);
    expect(keep('erasures', { candidateId: sample.value.id })).toBe(false);
  });
});
