// Team mode's engine (PRODUCT §12): the local PouchDB database, CouchDB session sign-in, and live
// two-way replication with the team's database, every outcome reported as plain data. We write
// no replication of our own; the Dexie bridge and the sidebar build on these functions.
//
// Order of use: parseTeamAddress → checkServer → signIn → openLocal/openRemote → startSync.
//
// Sign-in is CouchDB's cookie session: POST {server}/_session answers with an HttpOnly
// `AuthSession` cookie that the browser keeps and sends (credentials: 'include'); the password
// is used for that one request and never stored. The server renews the cookie on authenticated
// requests, and startSync asks GET /_session often enough to keep it alive (keepAliveInterval);
// once the device has been away for longer than the server's session timeout ([chttpd_auth]
// timeout, 600 s by default) or the browser was restarted (a cookie without Max-Age), the cookie
// is refused, replication stops with a 401 and startSync reports 'signed-out': the app must ask
// for the password again, sign in and start syncing anew (the checkpoints make it resume).
import PouchDB, { type Database, type StoredDoc } from 'pouchdb-core';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);

export type Db = Database;

/** The fetch the engine uses; Node tests pass one with a cookie jar, the browser has its own. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type ProblemKind =
  | 'bad-address' // the text typed is no http(s) database URL
  | 'wrong-password' // the server refused the name and password
  | 'no-access' // signed in, but not a member of this database (or it does not exist)
  | 'signed-out' // the session cookie expired or was removed: sign in again
  | 'unreachable' // no answer: offline, wrong host or port, or refused by CORS/CSP
  | 'not-couchdb' // something answered, but not CouchDB
  | 'other';
export type SyncProblem = { kind: ProblemKind; status: number | null; message: string };
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: SyncProblem };

/** A team database: the server's base URL (with any proxy path) and the database in it. */
export type TeamAddress = { server: string; db: string; dbUrl: string };
export type Session = { name: string; roles: string[] };
export type ServerInfo = { vendor: 'couchdb' | 'pouchdb-server'; version: string | null };

const problem = (kind: ProblemKind, message: string, status: number | null = null): { ok: false; problem: SyncProblem } => ({
  ok: false,
  problem: { kind, status, message },
});

const browserFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** CouchDB's rule for database names (the system's own start with "_"). */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/**
 * Reads "https://couch.example.nl/shortlist-team" (or ".../couch/shortlist-team" behind a proxy
 * path) into server and database. User and password inside the URL are refused, since the URL
 * is kept and a password must not be.
 */
export function parseTeamAddress(text: string): Outcome<TeamAddress> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return problem('bad-address', `"${text}" is no web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('bad-address', 'the address must start with https:// (or http://)');
  if (url.username || url.password) return problem('bad-address', 'the address must not contain a user name or password');
  if (url.search || url.hash) return problem('bad-address', 'the address must not contain ? or #');
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.pop();
  const db = last === undefined ? '' : decodeURIComponent(last);
  if (!DB_NAME.test(db)) return problem('bad-address', 'the address must end with the name of the team database');
  const server = `${url.origin}${segments.length ? `/${segments.join('/')}` : ''}`;
  return { ok: true, value: { server, db, dbUrl: `${server}/${encodeURIComponent(db)}` } };
}

type Json = Record<string, unknown>;
type Answer = { status: number; json: Json | null };

/** One request with the session cookie; null when nothing answered (offline, DNS, CORS, CSP). */
async function request(fetchImpl: FetchLike, url: string, init: RequestInit = {}): Promise<Answer | null> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, credentials: 'include', headers: { accept: 'application/json', ...init.headers } });
  } catch {
    return null;
  }
  let json: Json | null = null;
  try {
    const body: unknown = await response.json();
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) json = body as Json;
  } catch {
    json = null; // HTML, empty or cut off: not CouchDB speaking
  }
  return { status: response.status, json };
}

const UNREACHABLE = 'the server does not answer (offline, wrong address, or it does not allow this app: CORS)';

/** Tells a CouchDB (or pouchdb-server) from any other web server: GET {server}/ must welcome us. */
export async function checkServer(address: TeamAddress, fetchImpl: FetchLike = browserFetch): Promise<Outcome<ServerInfo>> {
  const answer = await request(fetchImpl, `${address.server}/`);
  if (answer === null) return problem('unreachable', UNREACHABLE);
  const { json } = answer;
  const version = typeof json?.version === 'string' ? json.version : null;
  if (answer.status === 200 && json && 'couchdb' in json) return { ok: true, value: { vendor: 'couchdb', version } };
  if (answer.status === 200 && json && 'express-pouchdb' in json) return { ok: true, value: { vendor: 'pouchdb-server', version } };
  // A CouchDB with [chttpd] require_valid_user = true refuses even its welcome to strangers.
  if (answer.status === 401 && json?.error === 'unauthorized') return { ok: true, value: { vendor: 'couchdb', version: null } };
  return problem('not-couchdb', `${address.server} answers, but it is no CouchDB server`, answer.status);
}

/**
 * Signs in with CouchDB's cookie session, then proves access by reading the team database's
 * info. The browser keeps the HttpOnly cookie; nothing else is kept.
 */
export async function signIn(address: TeamAddress, name: string, password: string, fetchImpl: FetchLike = browserFetch): Promise<Outcome<Session>> {
  const login = await request(fetchImpl, `${address.server}/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (login === null) return problem('unreachable', UNREACHABLE);
  if (login.status === 401) return problem('wrong-password', 'the user name or password is wrong', 401);
  if (login.status !== 200 || login.json?.ok !== true) return problem('not-couchdb', `${address.server} does not sign in like CouchDB`, login.status);
  const roles = Array.isArray(login.json.roles) ? login.json.roles.filter((r): r is string => typeof r === 'string') : [];

  const info = await request(fetchImpl, address.dbUrl);
  if (info === null) return problem('unreachable', UNREACHABLE);
  if (info.status === 200 && info.json && 'db_name' in info.json) return { ok: true, value: { name, roles } };
  return { ok: false, problem: classifyStatus(info.status, address) };
}

/** Who the session cookie speaks for now: a name, null when signed out, undefined when unreachable. */
export async function sessionUser(address: TeamAddress, fetchImpl: FetchLike = browserFetch): Promise<string | null | undefined> {
  const answer = await request(fetchImpl, `${address.server}/_session`);
  if (answer === null || answer.json === null) return undefined;
  const ctx = answer.json.userCtx;
  if (ctx === null || typeof ctx !== 'object') return undefined;
  const user = (ctx as Json).name;
  return typeof user === 'string' ? user : null;
}

/** Ends the session on the server (the cookie is cleared); local data stays. */
export async function signOut(address: TeamAddress, fetchImpl: FetchLike = browserFetch): Promise<void> {
  await request(fetchImpl, `${address.server}/_session`, { method: 'DELETE' });
}

function classifyStatus(status: number, address: TeamAddress): SyncProblem {
  if (status === 401 || status === 403) return { kind: 'no-access', status, message: `this user is no member of ${address.db}` };
  if (status === 404) return { kind: 'no-access', status, message: `there is no team database ${address.db} on this server` };
  return { kind: 'other', status, message: `the server answered HTTP ${status}` };
}

/** Classifies what PouchDB rejected or emitted: an HTTP error carries .status, a network one does not. */
export function classifyError(error: unknown, address: TeamAddress): SyncProblem {
  const e = (error ?? {}) as { status?: unknown; name?: unknown; message?: unknown; reason?: unknown };
  const status = typeof e.status === 'number' ? e.status : null;
  const text = [e.name, e.message, e.reason].filter((x) => typeof x === 'string').join(': ');
  if (status !== null && status > 0) return classifyStatus(status, address);
  if (e.name === 'SyntaxError') return { kind: 'not-couchdb', status, message: `${address.server} answered with something that is no CouchDB JSON` };
  // fetch rejects with a TypeError when nothing answers (Chromium: "Failed to fetch", Node: "fetch failed").
  if (e.name === 'TypeError' || /fetch|network|ECONNREFUSED|ECONNRESET|socket/i.test(text)) return { kind: 'unreachable', status, message: UNREACHABLE };
  return { kind: 'other', status, message: text || 'unknown error' };
}

/** The local database of team mode, in IndexedDB (the only browser adapter that can purge). */
export function openLocal(name: string): Db {
  return new PouchDB(name, { adapter: 'indexeddb' });
}

/**
 * The team database over HTTP, sending the session cookie with every request. skip_setup: a
 * member must never try to create the team's database (and pouchdb-server 4.2 fell over on it).
 */
export function openRemote(address: TeamAddress, fetchImpl: FetchLike = browserFetch): Db {
  const withCookie = (url: string | Request, init?: RequestInit): Promise<Response> =>
    // PouchDB passes its own Headers object; copying it into the platform's keeps Node's fetch happy.
    fetchImpl(typeof url === 'string' ? url : url.url, { ...init, headers: new Headers(init?.headers), credentials: 'include' });
  return new PouchDB(address.dbUrl, { adapter: 'http', skip_setup: true, fetch: withCookie });
}

export type Direction = 'push' | 'pull';
export type SyncEvent =
  /** Replication is moving documents. */
  | { type: 'active' }
  /** Both directions are idle: up to date when problem is null, else waiting to retry (offline). */
  | { type: 'paused'; problem: SyncProblem | null }
  /** A batch arrived (pull) or went up (push); pending is what the server says is left to pull. */
  | { type: 'change'; direction: Direction; docs: number; written: number; failures: number; pending: number | null }
  /** The server refused one document (validation or permission); replication goes on. */
  | { type: 'denied'; direction: Direction; id: string | null; status: number | null; reason: string }
  /** Replication stopped for good and will not retry: sign in again, or the user lost access. */
  | { type: 'error'; problem: SyncProblem }
  /** Stopped by stop(). */
  | { type: 'stopped' };

export type SyncOptions = {
  /** The longest wait between retries while the server cannot be reached (PouchDB's own grows to 10 min). */
  maxRetryDelay?: number;
  /** Documents per batch (PouchDB's default is 100). */
  batchSize?: number;
  /**
   * How often (ms) to renew the session with GET /_session. Live replication alone does not:
   * while nobody edits, PouchDB keeps one request for changes open indefinitely (with
   * heartbeats), so no new request renews the cookie, and the first edit after the server's
   * session timeout would be refused. Keep it well under [chttpd_auth] timeout (600 s default).
   * When it finds the session gone, sync stops at once with 'signed-out'.
   */
  keepAliveInterval?: number;
  fetch?: FetchLike;
  /** Only the local documents this answers true for go up (an assessor's private sheets stay). */
  pushFilter?: (doc: StoredDoc) => boolean;
};

export type SyncHandle = { stop(): Promise<void> };

// The two replications inside a sync, which PouchDB does not document: only they pause with the error.
type Emitter = { on(event: string, listener: (arg?: unknown) => void): unknown };
type SyncInternals = { push: Emitter; pull: Emitter };

function readChange(info: unknown): Omit<Extract<SyncEvent, { type: 'change' }>, 'type'> {
  const { direction, change } = (info ?? {}) as { direction?: unknown; change?: Record<string, unknown> };
  const count = (x: unknown): number => (typeof x === 'number' ? x : 0);
  return {
    direction: direction === 'pull' ? 'pull' : 'push',
    docs: Array.isArray(change?.docs) ? change.docs.length : 0,
    written: count(change?.docs_written),
    failures: count(change?.doc_write_failures),
    pending: typeof change?.pending === 'number' ? change.pending : null,
  };
}

function readDenied(info: unknown): Omit<Extract<SyncEvent, { type: 'denied' }>, 'type'> {
  const { direction, doc } = (info ?? {}) as { direction?: unknown; doc?: Record<string, unknown> };
  const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  return {
    direction: direction === 'pull' ? 'pull' : 'push',
    id: text(doc?.id),
    status: typeof doc?.status === 'number' ? doc.status : null,
    reason: text(doc?.reason) ?? text(doc?.message) ?? text(doc?.name) ?? 'refused',
  };
}

/**
 * Live two-way replication that retries while the server is away. Every event is handed to
 * onEvent as plain data. A 401 during sync means either an expired session or a removed member;
 * GET /_session tells which.
 */
export function startSync(local: Db, remote: Db, address: TeamAddress, onEvent: (event: SyncEvent) => void, options: SyncOptions = {}): SyncHandle {
  const maxDelay = options.maxRetryDelay ?? 30_000;
  const sync = PouchDB.sync(local, remote, {
    live: true,
    retry: true,
    batch_size: options.batchSize ?? 100,
    // 1 s, 2 s, 4 s … up to maxDelay, with jitter so that a team's devices do not retry in step.
    back_off_function: (delay: number) => Math.min(maxDelay, Math.max(1_000, delay * 2)) * (0.75 + Math.random() / 4),
    ...(options.pushFilter ? { push: { filter: options.pushFilter } } : {}),
  });
  const inner = sync as unknown as SyncInternals;
  const lastError: Record<Direction, unknown> = { push: undefined, pull: undefined };
  // Registered before sync's own 'paused' listener, so the error is known when it fires.
  for (const direction of ['push', 'pull'] as const) {
    inner[direction].on('paused', (error) => { lastError[direction] = error; });
    inner[direction].on('active', () => { lastError[direction] = undefined; });
  }
  const fetchImpl = options.fetch ?? browserFetch;
  let stopped = false;
  let failed = false;
  const fail = (found: SyncProblem) => {
    if (failed || stopped) return;
    failed = true;
    clearInterval(keepAlive);
    onEvent({ type: 'error', problem: found });
  };
  const signedOut: SyncProblem = { kind: 'signed-out', status: 401, message: 'the session has expired: sign in again' };
  const keepAlive = setInterval(() => {
    void sessionUser(address, fetchImpl).then((user) => {
      if (user !== null) return; // renewed, or unreachable (replication itself reports that)
      fail(signedOut);
      sync.cancel();
    });
  }, options.keepAliveInterval ?? 60_000);

  sync.on('active', () => onEvent({ type: 'active' }));
  sync.on('paused', () => {
    const error = lastError.push ?? lastError.pull;
    onEvent({ type: 'paused', problem: error === undefined ? null : classifyError(error, address) });
  });
  sync.on('change', (info) => onEvent({ type: 'change', ...readChange(info) }));
  sync.on('denied', (info) => onEvent({ type: 'denied', ...readDenied(info) }));
  sync.on('complete', () => {
    clearInterval(keepAlive);
    if (stopped) onEvent({ type: 'stopped' });
  });
  sync.on('error', (error) => {
    clearInterval(keepAlive);
    const found = classifyError(error, address);
    if (found.status !== 401) {
      fail(found);
      return;
    }
    void sessionUser(address, fetchImpl).then((user) => fail(user === null ? signedOut : found));
  });
  return {
    async stop() {
      stopped = true;
      clearInterval(keepAlive);
      sync.cancel();
      await Promise.resolve(sync).catch(() => undefined);
    },
  };
}

/** The leaf revisions of a document: its winner, its conflicts and deleted leaves. */
async function leafRevisions(local: Db, id: string): Promise<string[]> {
  const leaves = await local.get(id, { open_revs: 'all' });
  return leaves.flatMap((leaf) => ('ok' in leaf ? [leaf.ok._rev] : []));
}

/**
 * Removes one leaf revision of a document (with the revisions leading to it) from the local
 * database, leaving no tombstone. Purges are not replicated (neither to nor from the server):
 * erasure everywhere needs a marker that every device honours, and then each purges itself.
 * While the server still has the document, a live pull brings it back: at once if the pull had
 * not yet passed it in the server's changes (so purge with sync stopped), and whenever anyone
 * edits it later (tests/e2e/team-engine.spec.ts).
 */
export async function purge(local: Db, id: string, rev: string): Promise<Outcome<void>> {
  // pouchdb-core has purge() on every database, but only some adapters implement it.
  if (local.adapter !== 'indexeddb') {
    return problem('other', `purge needs the indexeddb adapter, this database uses ${local.adapter}`);
  }
  try {
    await local.purge(id, rev);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: classifyError(error, { server: '', db: local.name, dbUrl: '' }) };
  }
}

/** Purges every leaf of a document, conflicts included, so nothing of it is left locally. */
export async function purgeDocument(local: Db, id: string): Promise<Outcome<number>> {
  let revs: string[];
  try {
    revs = await leafRevisions(local, id);
  } catch (error) {
    return { ok: false, problem: classifyError(error, { server: '', db: local.name, dbUrl: '' }) };
  }
  for (const rev of revs) {
    const done = await purge(local, id, rev);
    if (!done.ok) return done;
  }
  return { ok: true, value: revs.length };
}
