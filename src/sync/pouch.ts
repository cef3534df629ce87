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
import { classifyError, sessionUser, type FetchLike, type Outcome, type SyncProblem, type TeamAddress } from './session';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);

export type Db = Database;

export * from './session';

const browserFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

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
    return { ok: false, problem: { kind: 'other', status: null, message: `purge needs the indexeddb adapter, this database uses ${local.adapter}` } };
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
