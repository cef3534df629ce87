// Signing in to a team's CouchDB, and telling what went wrong, with plain fetch: no PouchDB here,
// so the connect form can use it without loading the sync engine (src/sync/pouch.ts). See
// pouch.ts for the order of use and how the session cookie is kept alive.
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

