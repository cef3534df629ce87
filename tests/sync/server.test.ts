// The team server of `npm run team-server` as a real process: what team mode may rely on from it
// (sessions, _security, CORS) and what pouchdb-server 4.2 lacks. Run against 127.0.0.1 only.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServer, parseTeamAddress, sessionUser, signIn, signOut } from '../../src/sync/pouch';
import { cookieFetch } from './cookie-fetch';
import { ADMIN, addressOf, http } from './helpers';
import { freePort, startTeamServer, type TeamServer } from './team-server';

describe('the team server process', () => {
  it('starts on the port it is given, prints the address, and stops by its PID with exit code 0', async () => {
    const server = await startTeamServer();
    expect(server.dbUrl).toBe(`http://127.0.0.1:${server.port}/shortlist-team`);
    expect((await http('GET', `${server.url}/`)).json['express-pouchdb']).toBe('Welcome!');
    expect(await server.stop()).toBe(0);
    // Nothing of it is left: the port is free again.
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });

  it('refuses a port that is taken instead of answering for someone else', async () => {
    const port = await freePort();
    const other = createServer((_, res) => res.end('not couch')).listen(port, '127.0.0.1');
    try {
      await expect(startTeamServer({ PORT: String(port) })).rejects.toThrow(/not free/);
    } finally {
      other.close();
    }
  });

  it('keeps data and users over a restart on the same TEAM_DATA, and a session too', async () => {
    const data = mkdtempSync(join(tmpdir(), 'team-data-'));
    try {
      const first = await startTeamServer({ TEAM_DATA: data });
      const address = addressOf(first.dbUrl);
      const jar = cookieFetch();
      expect((await signIn(address, 'alice', 'alice-secret', jar)).ok).toBe(true);
      expect((await http('PUT', `${first.dbUrl}/kept`, { v: 1 }, 'alice:alice-secret')).status).toBe(201);
      expect(await first.stop()).toBe(0);

      const second = await startTeamServer(first.env);
      try {
        expect((await http('GET', `${second.dbUrl}/kept`, undefined, 'bob:bob-secret')).json.v).toBe(1);
        // The cookie secret is kept in TEAM_DATA, so a restart does not sign everyone out.
        expect(await sessionUser(address, jar)).toBe('alice');
        const users = await http('GET', `${second.url}/_users/_all_docs`, undefined, ADMIN);
        expect((users.json.rows as { id: string }[]).map((r) => r.id).filter((id) => id.startsWith('org.couchdb.user:'))).toEqual([
          'org.couchdb.user:alice',
          'org.couchdb.user:bob',
        ]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe('what team mode relies on from the team server', () => {
  let server: TeamServer;
  const addr = () => addressOf(server.dbUrl);

  beforeAll(async () => {
    server = await startTeamServer();
    // Someone with an account on the server who is no member of the team.
    const created = await http('PUT', `${server.url}/_users/org.couchdb.user:mallory`, {
      _id: 'org.couchdb.user:mallory', name: 'mallory', password: 'mallory-secret', type: 'user', roles: [],
    }, ADMIN);
    expect(created.status).toBe(201);
    expect((await http('PUT', `${server.dbUrl}/doc1`, { secret: 'team only' }, ADMIN)).status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('signs a member in with POST /_session: an HttpOnly AuthSession cookie carries the login', async () => {
    const response = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice', password: 'alice-secret' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, name: 'alice' });
    expect(response.headers.get('set-cookie')).toMatch(/^AuthSession=[^;]+; Path=\/; HttpOnly/);
  });

  it('lets each member read and write the team database with the cookie alone', async () => {
    for (const [name, password] of [['alice', 'alice-secret'], ['bob', 'bob-secret']] as const) {
      const jar = cookieFetch();
      expect(await signIn(addr(), name, password, jar)).toEqual({ ok: true, value: { name, roles: [] } });
      const write = await jar(`${server.dbUrl}/by-${name}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
      expect(write.status).toBe(201);
      const read = await jar(`${server.dbUrl}/doc1`);
      expect(await read.json()).toMatchObject({ secret: 'team only' });
    }
  });

  it('answers 401 to a wrong password and to an unknown user, and signIn says wrong-password', async () => {
    expect((await http('POST', `${server.url}/_session`, { name: 'alice', password: 'nope' })).status).toBe(401);
    expect((await http('POST', `${server.url}/_session`, { name: 'nobody', password: 'x' })).status).toBe(401);
    expect(await signIn(addr(), 'alice', 'nope', cookieFetch())).toMatchObject({ ok: false, problem: { kind: 'wrong-password', status: 401 } });
  });

  it('refuses a signed-in user who is no member on everything replication uses (401; CouchDB says 403)', async () => {
    const jar = cookieFetch();
    const signedIn = await signIn(addr(), 'mallory', 'mallory-secret', jar);
    expect(signedIn).toMatchObject({ ok: false, problem: { kind: 'no-access', status: 401 } });
    const json = { 'content-type': 'application/json' };
    const calls: [string, string, string?][] = [
      ['GET', ''],
      ['GET', '/doc1'],
      ['GET', '/_changes?since=0&include_docs=true'],
      ['GET', '/_changes?feed=longpoll&since=0&timeout=1000'],
      ['GET', '/_local/some-checkpoint'],
      ['POST', '/_revs_diff', '{"doc1":["1-abc"]}'],
      ['POST', '/_bulk_get', '{"docs":[{"id":"doc1"}]}'],
      ['POST', '/_all_docs', '{"keys":["doc1"]}'],
      ['POST', '/_find', '{"selector":{}}'],
      ['PUT', '/new-doc', '{}'],
      ['PUT', '/_local/some-checkpoint', '{}'],
    ];
    for (const [method, path, body] of calls) {
      const response = await jar(`${server.dbUrl}${path}`, { method, headers: json, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.text(), `${method} ${path}`).not.toContain('team only');
    }
    // _bulk_docs answers 201 but refuses each document.
    const bulk = await jar(`${server.dbUrl}/_bulk_docs`, { method: 'POST', headers: json, body: '{"docs":[{"_id":"intruder"}]}' });
    expect(await bulk.json()).toEqual([{ id: 'intruder', error: 'unauthorized', reason: 'You are not authorized to access this db.' }]);
    expect((await http('GET', `${server.dbUrl}/intruder`, undefined, ADMIN)).status).toBe(404);
  });

  it('refuses anonymous requests to the team database, _users hashes included', async () => {
    expect((await http('GET', server.dbUrl)).status).toBe(401);
    expect((await http('POST', `${server.dbUrl}/_bulk_get`, { docs: [{ id: 'doc1' }] })).status).toBe(401);
    expect((await http('POST', `${server.url}/_users/_find`, { selector: {} })).status).toBe(401);
    expect((await http('POST', `${server.url}/_users/_bulk_get`, { docs: [{ id: 'org.couchdb.user:alice' }] })).status).toBe(401);
  });

  it('lets only the admin create or delete databases, and keeps running when others try', async () => {
    for (const user of [undefined, 'alice:alice-secret']) {
      expect((await http('PUT', `${server.url}/another-db`, undefined, user)).status).toBe(401);
      expect((await http('DELETE', server.dbUrl, undefined, user)).status).toBe(401);
    }
    expect((await http('PUT', `${server.url}/_users/org.couchdb.user:carol`, {
      _id: 'org.couchdb.user:carol', name: 'carol', password: 'c', type: 'user', roles: [],
    }, ADMIN)).status).toBe(201);
    expect((await http('GET', `${server.url}/`)).status).toBe(200);
    expect((await http('PUT', `${server.url}/another-db`, undefined, ADMIN)).status).toBe(201);
  });

  it('lets anyone sign up in _users (as CouchDB does), but without roles and without team access', async () => {
    const withRole = await http('PUT', `${server.url}/_users/org.couchdb.user:eve`, {
      _id: 'org.couchdb.user:eve', name: 'eve', password: 'e', type: 'user', roles: ['_admin'],
    });
    expect(withRole.status).toBe(403);
    const plain = await http('PUT', `${server.url}/_users/org.couchdb.user:eve`, {
      _id: 'org.couchdb.user:eve', name: 'eve', password: 'e', type: 'user', roles: [],
    });
    expect(plain.status).toBe(201);
    expect((await http('GET', server.dbUrl, undefined, 'eve:e')).status).toBe(401);
  });

  it('only the admin may change _security', async () => {
    const security = { admins: { names: ['admin'], roles: [] }, members: { names: ['alice'], roles: [] } };
    expect((await http('PUT', `${server.dbUrl}/_security`, security, 'alice:alice-secret')).status).toBe(401);
    expect((await http('GET', `${server.dbUrl}/_security`, undefined, ADMIN)).json).toEqual({
      admins: { names: ['admin'], roles: [] },
      members: { names: ['alice', 'bob'], roles: [] },
    });
  });

  it('answers a CORS preflight with credentials for any loopback origin, and not for other sites', async () => {
    const preflight = (origin: string) => fetch(`${server.dbUrl}/_bulk_docs`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    for (const origin of ['http://127.0.0.1:4173', 'http://localhost:51234']) {
      const ok = await preflight(origin);
      expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
      expect(ok.headers.get('access-control-allow-headers')).toContain('content-type');
    }
    for (const origin of ['http://evil.example', 'null']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
    const login = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:4173', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bob', password: 'bob-secret' }),
    });
    expect(login.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('has no _purge (HTTP 400), so purging is local only', async () => {
    const doc = await http('GET', `${server.dbUrl}/doc1`, undefined, ADMIN);
    const purged = await http('POST', `${server.dbUrl}/_purge`, { doc1: [doc.json._rev] }, ADMIN);
    expect(purged.status).toBe(400);
    expect((await http('GET', `${server.dbUrl}/doc1`, undefined, ADMIN)).status).toBe(200);
  });

  it('signs out with DELETE /_session: the cookie is cleared and the session is gone', async () => {
    const jar = cookieFetch();
    await signIn(addr(), 'bob', 'bob-secret', jar);
    expect(await sessionUser(addr(), jar)).toBe('bob');
    await signOut(addr(), jar);
    expect(jar.cookies.has('AuthSession')).toBe(false);
    expect(await sessionUser(addr(), jar)).toBeNull();
  });

  it('tells a CouchDB from another web server and from no server at all', async () => {
    expect(await checkServer(addr())).toEqual({ ok: true, value: { vendor: 'pouchdb-server', version: '4.2.0' } });
    const plain: Server = createServer((req, res) => {
      if (req.url === '/locked/') {
        // What a CouchDB with require_valid_user = true answers to GET / without a login.
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized","reason":"Authentication required."}');
      } else {
        res.end('<html>Hello</html>');
      }
    });
    const port = await freePort();
    await new Promise<void>((done) => plain.listen(port, '127.0.0.1', done));
    try {
      const notCouch = addressOf(`http://127.0.0.1:${port}/shortlist-team`);
      expect(await checkServer(notCouch)).toMatchObject({ ok: false, problem: { kind: 'not-couchdb' } });
      expect(await signIn(notCouch, 'alice', 'alice-secret')).toMatchObject({ ok: false, problem: { kind: 'not-couchdb' } });
      const locked = addressOf(`http://127.0.0.1:${port}/locked/shortlist-team`);
      expect(await checkServer(locked)).toEqual({ ok: true, value: { vendor: 'couchdb', version: null } });
    } finally {
      plain.close();
    }
    const nobody = addressOf(`http://127.0.0.1:${await freePort()}/shortlist-team`);
    expect(await checkServer(nobody)).toMatchObject({ ok: false, problem: { kind: 'unreachable' } });
    expect(await signIn(nobody, 'alice', 'alice-secret')).toMatchObject({ ok: false, problem: { kind: 'unreachable' } });
  });

  it('says no-access for a database that does not exist on the server', async () => {
    const wrong = addressOf(`${server.url}/no-such-team`);
    expect(await signIn(wrong, 'alice', 'alice-secret', cookieFetch())).toMatchObject({ ok: false, problem: { kind: 'no-access', status: 404 } });
  });
});

describe('session cookies expire', () => {
  it('refuses a cookie unused for longer than the session timeout, and renews one that is used', async () => {
    const server = await startTeamServer({ TEAM_SESSION_TIMEOUT: '3' });
    try {
      const address = addressOf(server.dbUrl);
      const idle = cookieFetch();
      const used = cookieFetch();
      await signIn(address, 'alice', 'alice-secret', idle);
      await signIn(address, 'bob', 'bob-secret', used);
      for (let i = 0; i < 5; i += 1) {
        await new Promise((r) => setTimeout(r, 1_000));
        expect(await sessionUser(address, used)).toBe('bob'); // each request renews the cookie
      }
      expect(await sessionUser(address, idle)).toBeNull();
      expect((await idle(server.dbUrl)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});

describe('reading team addresses', () => {
  it.each([
    ['http://127.0.0.1:5984/shortlist-team', 'http://127.0.0.1:5984', 'shortlist-team'],
    ['https://couch.example.nl/team-a/', 'https://couch.example.nl', 'team-a'],
    ['https://example.nl/couch/team-a', 'https://example.nl/couch', 'team-a'],
  ])('reads %s as server %s and database %s', (text, server, db) => {
    expect(parseTeamAddress(text)).toMatchObject({ ok: true, value: { server, db } });
  });
  it.each(['couch.example.nl/team', 'ftp://x/team', 'https://alice:pw@couch.example.nl/team', 'https://couch.example.nl/', 'https://couch.example.nl/Team'])(
    'refuses %s',
    (text) => expect(parseTeamAddress(text)).toMatchObject({ ok: false, problem: { kind: 'bad-address' } }),
  );
});
