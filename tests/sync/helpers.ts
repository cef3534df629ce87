// Shared steps of the sync tests: HTTP as a given user, local PouchDB databases in memory, and
// waiting for replication to arrive.
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { openRemote, parseTeamAddress, signIn, startSync, type Db, type SyncEvent, type SyncHandle, type TeamAddress } from '../../src/sync/pouch';
import type { StoredDoc } from 'pouchdb-core';
import { cookieFetch, type CookieFetch } from './cookie-fetch';

PouchDB.plugin(memoryAdapter);

let serial = 0;
/** A fresh local database in memory (Node has no IndexedDB); names are global per process. */
export function memoryDb(label: string): Db {
  serial += 1;
  return new PouchDB(`${label}-${process.pid}-${serial}`, { adapter: 'memory' });
}

export function addressOf(dbUrl: string): TeamAddress {
  const parsed = parseTeamAddress(dbUrl);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.value;
}

export type Json = Record<string, unknown>;

/** One request with Basic auth (or none), answering status and JSON. */
export async function http(method: string, url: string, body?: unknown, user?: string): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (user) headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    json = { text };
  }
  return { status: response.status, json };
}

export const ADMIN = 'admin:admin-secret';

/** Polls until check() returns something other than undefined (or throws on time). */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A device: its own cookie jar, local database and (once started) live sync, with its events. */
export type Device = {
  name: string;
  fetch: CookieFetch;
  local: Db;
  events: SyncEvent[];
  sync: SyncHandle | null;
  start(): void;
  stop(): Promise<void>;
};

/** Signs in as user; `local` reuses a device's database (signing in again after a refusal). */
export async function device(
  address: TeamAddress,
  user: string,
  password: string,
  options: { local?: Db; batchSize?: number; keepAliveInterval?: number; pushFilter?: (doc: StoredDoc) => boolean } = {},
): Promise<Device> {
  const jar = cookieFetch();
  const signedIn = await signIn(address, user, password, jar);
  if (!signedIn.ok) throw new Error(`${user} could not sign in: ${signedIn.problem.message}`);
  const local = options.local ?? memoryDb(user);
  const remote = openRemote(address, jar);
  const d: Device = {
    name: user,
    fetch: jar,
    local,
    events: [],
    sync: null,
    start() {
      d.sync = startSync(local, remote, address, (e) => d.events.push(e), { fetch: jar, maxRetryDelay: 500, batchSize: options.batchSize ?? 25, ...(options.keepAliveInterval ? { keepAliveInterval: options.keepAliveInterval } : {}), ...(options.pushFilter ? { pushFilter: options.pushFilter } : {}) });
    },
    async stop() {
      await d.sync?.stop();
      d.sync = null;
    },
  };
  return d;
}

/** The document as this database has it now, or undefined while it has not arrived. */
export async function docIn(db: Db, id: string, rev?: string): Promise<Json | undefined> {
  try {
    const doc = await db.get(id, { conflicts: true });
    return rev === undefined || doc._rev === rev ? doc : undefined;
  } catch {
    return undefined;
  }
}
