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
    await db.settings.bulkPut([{ key: 'sync:seq', value: 42 }, { key: 'sync:purge', value: ['candidate:x'] }, { key: 'sync:unmerged', value: ['evaluation:r:x'] }, { key: 'sync:made-here', value: ['evaluation:r:y'] }]);
    await setLocalTeam(db, 'https://a.example.nl/team');
    expect((await db.settings.get('sync:seq'))?.value).toBe(42);
    await setLocalTeam(db, 'https://b.example.nl/team');
    expect(await localTeam(db)).toBe('https://b.example.nl/team');
    expect(await db.settings.get('sync:seq')).toBeUndefined();
    expect(await db.settings.get('sync:purge')).toBeUndefined();
    // The merge notes named the other team's documents too.
    expect(await db.settings.bulkGet(['sync:unmerged', 'sync:made-here'])).toEqual([undefined, undefined]);
  });
});

describe('localOnlyRecords: the sample data stays on the device', () => {
  it('keeps what the sample marker lists home, with everything on its requests; real requests, the user\'s own people and sample people on real requests go', async () => {
    await saveRequest(db, makeRequest({ id: 'demo' }));
    await saveRequest(db, makeRequest({ id: 'seed-but-own' }));
    const sample = await addCandidate(db, 'demo', { name: 'Voorbeeld Persoon' });
    const shared = await addCandidate(db, 'demo', { name: 'Gedeeld Persoon' });
    const added = await addCandidate(db, 'demo', { name: 'Zelf Toegevoegd' });
    const own = await addCandidate(db, 'seed-but-own', { name: 'Eigen Persoon' });
    if (!sample.ok || !shared.ok || !added.ok || !own.ok) throw new Error('add');
    await attachCandidate(db, 'seed-but-own', shared.value.id);
    await db.settings.put({ key: 'sample', value: { requestIds: ['demo'], candidateIds: [sample.value.id, shared.value.id], seededAt: '2026-12-01T09:00:00.000Z' } });
    const keep = await localOnlyRecords(db);
    expect(keep('requests', { id: 'demo' })).toBe(true);
    // The marker decides, not the id: a request of the user's whose id looks like a seed goes.
    expect(keep('requests', { id: 'seed-but-own' })).toBe(false);
    expect(keep('evaluations', { requestId: 'demo', candidateId: sample.value.id })).toBe(true);
    expect(keep('evaluations', { requestId: 'demo', candidateId: added.value.id })).toBe(true);
    expect(keep('changes', { requestId: 'demo' })).toBe(true);
    expect(keep('sheets', { requestId: 'demo', candidateId: sample.value.id, assessor: 'Alice' })).toBe(true);
    expect(keep('evaluations', { requestId: 'seed-but-own', candidateId: shared.value.id })).toBe(false);
    expect(keep('candidates', { id: sample.value.id })).toBe(true);
    // A sample person put on a real request is team data from then on.
    expect(keep('candidates', { id: shared.value.id })).toBe(false);
    // Someone the user added to a sample request is theirs (they stay when the sample goes).
    expect(keep('candidates', { id: added.value.id })).toBe(false);
    expect(keep('candidates', { id: own.value.id })).toBe(false);
    expect(keep('erasures', { candidateId: sample.value.id })).toBe(true);
    expect(keep('erasures', { candidateId: own.value.id })).toBe(false);
  });
  it('keeps nothing home once the sample data is removed (or when there never was any)', async () => {
    await saveRequest(db, makeRequest({ id: 'seed-30601' }));
    expect((await localOnlyRecords(db))('requests', { id: 'seed-30601' })).toBe(false);
    await db.settings.put({ key: 'sample', value: { requestIds: [], candidateIds: [], seededAt: '2026-12-01T09:00:00.000Z', removedAt: '2026-12-01T10:00:00.000Z' } });
    expect((await localOnlyRecords(db))('requests', { id: 'seed-30601' })).toBe(false);
  });
});
