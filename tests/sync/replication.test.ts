// Two devices (PouchDB in memory, each with its own session cookie) replicating through a real
// team server: the engine facts that the Dexie bridge and its merge code rely on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncEvent } from '../../src/sync/pouch';
import { ADMIN, addressOf, device, docIn, eventually, http, type Device } from './helpers';
import { startTeamServer, type TeamServer } from './team-server';

const devices: Device[] = [];
async function pair(server: TeamServer, batchSize?: number): Promise<[Device, Device]> {
  const address = addressOf(server.dbUrl);
  const a = await device(address, 'alice', 'alice-secret', { batchSize });
  const b = await device(address, 'bob', 'bob-secret', { batchSize });
  devices.push(a, b);
  return [a, b];
}
afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop();
});

const kinds = (events: SyncEvent[]) => events.map((e) => e.type);

describe('live two-way replication through the team server', () => {
  let server: TeamServer;
  beforeAll(async () => {
    server = await startTeamServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('carries a document from alice to bob and bob\'s edit back to alice', async () => {
    const [alice, bob] = await pair(server);
    alice.start();
    bob.start();
    const written = await alice.local.put({ _id: 'candidate:one', name: 'Jansen', rate: 95 });
    const atBob = await eventually('alice\'s document at bob', () => docIn(bob.local, 'candidate:one', written.rev));
    expect(atBob).toMatchObject({ name: 'Jansen', rate: 95 });

    const edited = await bob.local.put({ ...atBob, _id: 'candidate:one', rate: 90 });
    expect(await eventually('bob\'s edit at alice', () => docIn(alice.local, 'candidate:one', edited.rev))).toMatchObject({ rate: 90 });
    expect((await http('GET', `${server.dbUrl}/candidate:one`, undefined, ADMIN)).json._rev).toBe(edited.rev);

    // The events are plain data: activity, batches with counts, and "paused" without a problem
    // once both directions are up to date (the sidebar's "In sync").
    expect(kinds(alice.events)).toContain('active');
    expect(alice.events).toContainEqual(expect.objectContaining({ type: 'change', direction: 'push', docs: 1 }));
    expect(alice.events).toContainEqual(expect.objectContaining({ type: 'change', direction: 'pull', docs: 1 }));
    const last = await eventually('alice up to date', async () => {
      const event = alice.events.at(-1);
      return event?.type === 'paused' ? event : undefined;
    });
    expect(last).toEqual({ type: 'paused', problem: null });
  });

  it('sends what was written while not syncing once sync starts (a local database joining the team)', async () => {
    const [alice, bob] = await pair(server);
    await alice.local.bulkDocs(Array.from({ length: 40 }, (_, i) => ({ _id: `joined:${String(i).padStart(2, '0')}`, n: i })));
    alice.start();
    bob.start();
    const rows = await eventually('all 40 at bob', async () => {
      const all = await bob.local.allDocs({ startkey: 'joined:', endkey: 'joined:\uffff' });
      return all.rows.length === 40 ? all.rows : undefined;
    });
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 40 }, (_, i) => `joined:${String(i).padStart(2, '0')}`));
  });

  it('stops with no-access when the member is removed from _security, and keeps the local data', async () => {
    const [, bob] = await pair(server);
    bob.start();
    await bob.local.put({ _id: 'before-removal', v: 1 });
    await eventually('bob\'s document on the server', async () =>
      (await http('GET', `${server.dbUrl}/before-removal`, undefined, ADMIN)).status === 200 ? true : undefined);

    const members = { admins: { names: ['admin'], roles: [] }, members: { names: ['alice'], roles: [] } };
    expect((await http('PUT', `${server.dbUrl}/_security`, members, ADMIN)).status).toBe(200);
    try {
      await bob.local.put({ _id: 'after-removal', v: 2 });
      const stopped = await eventually('bob\'s sync refused', async () => bob.events.find((e) => e.type === 'error'));
      expect(stopped).toEqual({ type: 'error', problem: expect.objectContaining({ kind: 'no-access', status: 401 }) });
      expect((await http('GET', `${server.dbUrl}/after-removal`, undefined, ADMIN)).status).toBe(404);
      expect(await docIn(bob.local, 'after-removal')).toMatchObject({ v: 2 });
    } finally {
      members.members.names.push('bob');
      await http('PUT', `${server.dbUrl}/_security`, members, ADMIN);
    }
  });
});

describe('sessions during sync', () => {
  it('an idle live sync keeps its session alive with GET /_session; without that the first edit after the timeout is refused', async () => {
    const server = await startTeamServer({ TEAM_SESSION_TIMEOUT: '3' });
    try {
      const address = addressOf(server.dbUrl);
      const renewing = await device(address, 'alice', 'alice-secret', { keepAliveInterval: 1_000 });
      // Replication alone: one request for changes kept open with heartbeats, nothing renews.
      const idle = await device(address, 'bob', 'bob-secret', { keepAliveInterval: 600_000 });
      devices.push(renewing, idle);
      renewing.start();
      idle.start();
      await new Promise((r) => setTimeout(r, 5_000)); // nobody edits for longer than the timeout
      await renewing.local.put({ _id: 'after-idle-renewing', v: 1 });
      await idle.local.put({ _id: 'after-idle-idle', v: 1 });
      await eventually('the renewing device\'s edit on the server', async () =>
        (await http('GET', `${server.dbUrl}/after-idle-renewing`, undefined, ADMIN)).status === 200 ? true : undefined);
      const refused = await eventually('the idle device refused', async () => idle.events.find((e) => e.type === 'error'));
      expect(refused).toEqual({ type: 'error', problem: expect.objectContaining({ kind: 'signed-out' }) });
      expect(renewing.events.some((e) => e.type === 'error')).toBe(false);
      expect((await http('GET', `${server.dbUrl}/after-idle-idle`, undefined, ADMIN)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('reports signed-out as soon as the session is gone, even while nobody edits', async () => {
    const server = await startTeamServer();
    try {
      const alice = await device(addressOf(server.dbUrl), 'alice', 'alice-secret', { keepAliveInterval: 500 });
      devices.push(alice);
      alice.start();
      await eventually('in sync', async () => alice.events.find((e) => e.type === 'paused'));
      // Changing the password ends every session of that user (the cookie is keyed to it).
      const user = await http('GET', `${server.url}/_users/org.couchdb.user:alice`, undefined, ADMIN);
      expect((await http('PUT', `${server.url}/_users/org.couchdb.user:alice`, { ...user.json, password: 'new-secret' }, ADMIN)).status).toBe(201);
      const refused = await eventually('alice told to sign in again', async () => alice.events.find((e) => e.type === 'error'));
      expect(refused).toEqual({ type: 'error', problem: expect.objectContaining({ kind: 'signed-out' }) });
      expect(alice.events.filter((e) => e.type === 'error')).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('stops with signed-out when the session has expired, and resumes after signing in again', async () => {
    const server = await startTeamServer({ TEAM_SESSION_TIMEOUT: '2' });
    try {
      const [alice] = await pair(server);
      await alice.local.put({ _id: 'written-while-away', v: 1 });
      await new Promise((r) => setTimeout(r, 3_500));
      alice.start();
      const stopped = await eventually('alice\'s sync refused', async () => alice.events.find((e) => e.type === 'error'));
      expect(stopped).toEqual({ type: 'error', problem: expect.objectContaining({ kind: 'signed-out', status: 401 }) });

      // Same local database, a new session: what was waiting goes up.
      const again = await device(addressOf(server.dbUrl), 'alice', 'alice-secret', { local: alice.local });
      devices.push(again);
      again.start();
      await eventually('the waiting document on the server', async () =>
        (await http('GET', `${server.dbUrl}/written-while-away`, undefined, ADMIN)).status === 200 ? true : undefined);
    } finally {
      await server.stop();
    }
  });
});

describe('a server killed mid-replication', () => {
  it('resumes after a restart on the same TEAM_DATA: every document arrives once, none lost or doubled', async () => {
    const data = mkdtempSync(join(tmpdir(), 'team-kill-'));
    let server = await startTeamServer({ TEAM_DATA: data });
    try {
      const [alice, bob] = await pair(server, 10);
      alice.start();
      bob.start();
      const COUNT = 300;
      const ids = Array.from({ length: COUNT }, (_, i) => `bulk:${String(i).padStart(4, '0')}`);
      await alice.local.bulkDocs(ids.map((id, n) => ({ _id: id, n })));

      // Kill -9 the whole server once the first batches went up, long before all of them did.
      await eventually('a first pushed batch', async () =>
        alice.events.some((e) => e.type === 'change' && e.direction === 'push') ? true : undefined);
      const before = await http('GET', server.dbUrl, undefined, ADMIN);
      await server.kill('SIGKILL');
      expect(before.json.doc_count).toBeLessThan(COUNT);

      // Offline: both devices pause with 'unreachable' and keep retrying.
      const offline = await eventually('alice paused as unreachable', async () =>
        alice.events.find((e) => e.type === 'paused' && e.problem?.kind === 'unreachable'));
      expect(offline).toBeDefined();

      server = await startTeamServer(server.env);
      const atBob = await eventually('all documents at bob', async () => {
        const all = await bob.local.allDocs({ startkey: 'bulk:', endkey: 'bulk:\uffff' });
        return all.rows.length === COUNT ? all.rows : undefined;
      }, 60_000);
      expect(atBob.map((r) => r.id)).toEqual(ids);
      // Once each: one revision per document, no conflicts, nothing under another id.
      expect(atBob.every((r) => r.value.rev.startsWith('1-'))).toBe(true);
      const onServer = await http('GET', `${server.dbUrl}/_all_docs?conflicts=true&include_docs=true`, undefined, ADMIN);
      const rows = onServer.json.rows as { id: string; doc: { _conflicts?: string[]; n: number } }[];
      expect(rows.map((r) => r.id)).toEqual(ids);
      expect(rows.filter((r) => r.doc._conflicts)).toEqual([]);
      expect(rows.map((r) => r.doc.n)).toEqual(ids.map((_, n) => n));
      // The session survived the crash (the cookie secret is in TEAM_DATA): no sign-in needed.
      expect(alice.events.some((e) => e.type === 'error')).toBe(false);
      expect(bob.events.some((e) => e.type === 'error')).toBe(false);
    } finally {
      for (const d of devices.splice(0)) await d.stop();
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe('what happens to edits made apart (the engine\'s rules, which our merge code builds on)', () => {
  let server: TeamServer;
  beforeAll(async () => {
    server = await startTeamServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  /** Both devices hold the same revision of a document; then both stop syncing ("offline"). */
  async function sharedThenApart(id: string, body: Record<string, unknown>): Promise<[Device, Device, string]> {
    const [alice, bob] = await pair(server);
    alice.start();
    bob.start();
    const first = await alice.local.put({ _id: id, ...body });
    await eventually('the shared document at bob', () => docIn(bob.local, id, first.rev));
    await alice.stop();
    await bob.stop();
    return [alice, bob, first.rev];
  }

  it('the same document edited on two offline copies: one winner, the same on both, the other kept in _conflicts', async () => {
    const [alice, bob, rev1] = await sharedThenApart('evaluation:x', { score: 5, note: 'start' });
    const byAlice = await alice.local.put({ _id: 'evaluation:x', _rev: rev1, score: 7, note: 'start' });
    const byBob = await bob.local.put({ _id: 'evaluation:x', _rev: rev1, score: 5, note: 'bob was here' });
    alice.start();
    bob.start();

    const settled = async (d: Device) => {
      const doc = await docIn(d.local, 'evaluation:x');
      return doc && Array.isArray(doc._conflicts) && doc._conflicts.length === 1 ? doc : undefined;
    };
    const atAlice = await eventually('the conflict at alice', () => settled(alice));
    const atBob = await eventually('the conflict at bob', () => settled(bob));
    // Both pick the same winner by the same rule (same depth: the higher revision id wins).
    const [winner = '', loser = ''] = [byAlice.rev, byBob.rev].sort().reverse();
    expect(atAlice._rev).toBe(winner);
    expect(atBob._rev).toBe(winner);
    expect(atAlice._conflicts).toEqual([loser]);
    expect(atBob._conflicts).toEqual([loser]);
    // Nothing merged, nothing lost: the winner is one side's whole document, the other is still there.
    const losing = await bob.local.get('evaluation:x', { rev: loser });
    const sides = { [byAlice.rev]: { score: 7, note: 'start' }, [byBob.rev]: { score: 5, note: 'bob was here' } };
    expect(atAlice).toMatchObject(sides[winner] ?? { missing: true });
    expect(losing).toMatchObject(sides[loser] ?? { missing: true });
    const onServer = await http('GET', `${server.dbUrl}/evaluation:x?conflicts=true`, undefined, ADMIN);
    expect(onServer.json).toMatchObject({ _rev: winner, _conflicts: [loser] });
  });

  it('a deeper edit history wins over a shallower one, whatever the revision ids', async () => {
    const [alice, bob, rev1] = await sharedThenApart('evaluation:y', { score: 1 });
    const a2 = await alice.local.put({ _id: 'evaluation:y', _rev: rev1, score: 2 });
    const a3 = await alice.local.put({ _id: 'evaluation:y', _rev: a2.rev, score: 3 });
    const b2 = await bob.local.put({ _id: 'evaluation:y', _rev: rev1, score: 9 });
    alice.start();
    bob.start();
    const atBob = await eventually('alice\'s history at bob', async () => {
      const doc = await docIn(bob.local, 'evaluation:y');
      return doc?._rev === a3.rev ? doc : undefined;
    });
    expect(atBob).toMatchObject({ score: 3, _conflicts: [b2.rev] });
  });

  it('an offline edit beats a deletion, even a later one with a longer history: the document comes back', async () => {
    const [alice, bob, rev1] = await sharedThenApart('candidate:erased', { name: 'Pietersen' });
    // Alice edits twice and then deletes (revision 4, deleted); bob edits once (revision 2).
    const a2 = await alice.local.put({ _id: 'candidate:erased', _rev: rev1, name: 'Pietersen', note: 'a' });
    const a3 = await alice.local.put({ _id: 'candidate:erased', _rev: a2.rev, name: 'Pietersen', note: 'b' });
    const deleted = await alice.local.remove({ _id: 'candidate:erased', _rev: a3.rev });
    const edited = await bob.local.put({ _id: 'candidate:erased', _rev: rev1, name: 'Pietersen', rate: 80 });
    alice.start();
    bob.start();

    const back = await eventually('the edited document alive again at alice', () => docIn(alice.local, 'candidate:erased', edited.rev));
    expect(back).toMatchObject({ name: 'Pietersen', rate: 80 });
    expect(back._conflicts).toBeUndefined(); // a deleted leaf is no conflict…
    // …but it is still a leaf of the tree (PouchDB has no deleted_conflicts option; open_revs shows it).
    const leaves = await alice.local.get('candidate:erased', { open_revs: 'all' });
    const revs = leaves.flatMap((leaf) => ('ok' in leaf ? [{ rev: leaf.ok._rev, deleted: leaf.ok._deleted === true }] : []));
    expect(revs.sort((x, y) => x.rev.localeCompare(y.rev))).toEqual([{ rev: edited.rev, deleted: false }, { rev: deleted.rev, deleted: true }]);
    expect(await docIn(bob.local, 'candidate:erased', edited.rev)).toMatchObject({ rate: 80 });
    expect((await http('GET', `${server.dbUrl}/candidate:erased`, undefined, ADMIN)).json._rev).toBe(edited.rev);
  });

  it('a deletion on one side with no edit on the other replicates as a deletion', async () => {
    const [alice, bob, rev1] = await sharedThenApart('candidate:gone', { name: 'Visser' });
    await alice.local.remove({ _id: 'candidate:gone', _rev: rev1 });
    alice.start();
    bob.start();
    await eventually('the deletion at bob', async () => ((await docIn(bob.local, 'candidate:gone')) === undefined ? true : undefined));
    const changes = await bob.local.changes({ since: 0 }).then((r) => r.results.filter((c) => c.id === 'candidate:gone'));
    expect(changes).toEqual([expect.objectContaining({ deleted: true })]);
  });
});
