// `npm run team-server`: a CouchDB-compatible server (pouchdb-server 4.2) on 127.0.0.1 with one
// team database, its members and an admin, for trying team mode and for the tests (PRODUCT §12).
// Real teams run Apache CouchDB 3 instead: docs/team.md.
//
// Environment (defaults in brackets):
//   PORT [5984] · TEAM_DB [shortlist-team] · TEAM_USERS [alice:alice-secret,bob:bob-secret]
//   TEAM_ADMIN [admin:admin-secret] · TEAM_DATA [none: in memory, gone when it stops]
//   TEAM_SESSION_TIMEOUT [600] seconds a session cookie stays valid without use (CouchDB's default)
//
// pouchdb-server runs as a child process (so its own config.json and log.txt land in TEAM_DATA or
// a temp folder, never in the project). Setup goes through its HTTP API, as it would against
// CouchDB, and is idempotent: a restart on the same TEAM_DATA keeps data and users.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`team-server: ${message}`);
  process.exit(1);
}

/** "name:password" → { name, password }; the password may itself contain ':'. */
function credentials(text, what) {
  const at = text.indexOf(':');
  const name = at < 0 ? '' : text.slice(0, at).trim();
  const password = at < 0 ? '' : text.slice(at + 1);
  if (!name || !password) fail(`${what} must be name:password, got "${text}"`);
  return { name, password };
}

function readEnv(env) {
  const port = Number(env.PORT ?? 5984);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, got "${env.PORT}"`);
  const db = env.TEAM_DB ?? 'shortlist-team';
  // CouchDB's rule for database names; a name starting with "_" is reserved for the system.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(db)) fail(`TEAM_DB "${db}" is no valid CouchDB database name`);
  const users = (env.TEAM_USERS ?? 'alice:alice-secret,bob:bob-secret')
    .split(',').map((s) => s.trim()).filter(Boolean).map((s) => credentials(s, 'each of TEAM_USERS'));
  const admin = credentials(env.TEAM_ADMIN ?? 'admin:admin-secret', 'TEAM_ADMIN');
  if (users.some((u) => u.name === admin.name)) fail(`TEAM_ADMIN "${admin.name}" cannot also be in TEAM_USERS`);
  const timeout = env.TEAM_SESSION_TIMEOUT === undefined ? undefined : Number(env.TEAM_SESSION_TIMEOUT);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) fail('TEAM_SESSION_TIMEOUT must be whole seconds');
  const data = env.TEAM_DATA ? resolve(env.TEAM_DATA) : undefined;
  return { port, db, users, admin, timeout, data };
}

/** Refuses a port in use up front: otherwise the readiness check could be answered by someone else. */
function checkPortFree(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (e) => fail(`port ${port} on ${HOST} is not free (${e.code})`));
    probe.listen(port, HOST, () => probe.close(done));
  });
}

/**
 * The config file pouchdb-server reads at start. Written before it starts, so there is never an
 * "admin party" (a server where everyone is admin): a plaintext admin password here is hashed by
 * pouchdb-server when it loads the file. The cookie secret is kept, so sessions outlive a restart,
 * as they do on CouchDB.
 */
function writeConfig(path, dir, settings) {
  const config = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const section = (name) => (config[name] ??= {});
  section('couchdb').uuid ??= randomUUID().replaceAll('-', '');
  section('admins')[settings.admin.name] = settings.admin.password;
  section('log').file = join(dir, 'log.txt');
  const auth = section('couch_httpd_auth');
  auth.secret ??= randomBytes(16).toString('hex');
  if (settings.timeout !== undefined) auth.timeout = settings.timeout;
  // Origins are narrowed to loopback by team-server-hook.cjs; credentials must be on for cookies.
  Object.assign(section('httpd'), { enable_cors: true });
  Object.assign(section('cors'), {
    origins: '*',
    credentials: true,
    methods: 'GET, HEAD, POST, PUT, DELETE, COPY',
    headers: 'accept, authorization, content-type, origin, referer',
  });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return config.couchdb.uuid;
}

const settings = readEnv(process.env);
await checkPortFree(settings.port);

const dir = settings.data ?? mkdtempSync(join(tmpdir(), 'shortlist-team-'));
mkdirSync(dir, { recursive: true });
const configPath = join(dir, 'config.json');
const uuid = writeConfig(configPath, dir, settings);

const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
const child = spawn(
  process.execPath,
  [
    '--require', join(here, 'team-server-hook.cjs'),
    bin, '-o', HOST, '-p', String(settings.port), '-c', configPath, '-d', dir, '-n',
    ...(settings.data ? [] : ['-m']),
  ],
  // Its cwd is the data folder: whatever else it writes stays out of the project.
  { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'], env: { ...process.env, TEAM_SERVER_WATCH_STDIN: '1' } },
);

let stopping = false;
const childGone = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));

function cleanUp() {
  if (!settings.data) rmSync(dir, { recursive: true, force: true });
}

async function stop() {
  if (stopping) return;
  stopping = true;
  // pouchdb-server exits with 0 on SIGINT; give it a moment, then make sure.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await childGone;
  clearTimeout(timer);
  cleanUp();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
childGone.then(({ code, signal }) => {
  if (stopping) return;
  cleanUp();
  fail(`pouchdb-server stopped unexpectedly (${signal ?? `exit code ${code}`}); see its log in ${dir}`);
});

const base = `http://${HOST}:${settings.port}`;
const adminAuth = `Basic ${Buffer.from(`${settings.admin.name}:${settings.admin.password}`).toString('base64')}`;

async function call(method, path, body, headers = { authorization: adminAuth }) {
  const response = await fetch(base + path, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = text; }
  return { status: response.status, json };
}

async function expectStatus(what, promise, ok) {
  const { status, json } = await promise;
  if (!ok.includes(status)) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(json)}`);
  return { status, json };
}

/** Waits until our own server answers: the welcome must carry the uuid we wrote in its config. */
async function waitUntilUp() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const { status, json } = await call('GET', '/', undefined, {});
      if (status === 200 && json?.uuid === uuid) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not answer within 30 s');
}

async function ensureUser({ name, password }) {
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const doc = { _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: [] };
  const created = await expectStatus(`creating user ${name}`, call('PUT', path, doc), [201, 409]);
  if (created.status === 201) return;
  // It exists (a restart on TEAM_DATA): keep it, but let a changed password in TEAM_USERS count.
  const login = await call('POST', '/_session', { name, password }, {});
  if (login.status === 200) return;
  const current = await expectStatus(`reading user ${name}`, call('GET', path), [200]);
  await expectStatus(`updating user ${name}`, call('PUT', path, { ...current.json, password }), [201]);
}

try {
  await waitUntilUp();
  await expectStatus('creating _users', call('PUT', '/_users'), [201, 412]);
  await expectStatus(`creating ${settings.db}`, call('PUT', `/${encodeURIComponent(settings.db)}`), [201, 412]);
  for (const user of settings.users) await ensureUser(user);
  // TEAM_USERS is the truth about membership: one left out at a restart is no member any more.
  // pouchdb-server (unlike CouchDB 3) opens a database to everyone when members is empty; the
  // role "_admin", which only admins have, keeps an empty team closed.
  await expectStatus(`setting ${settings.db}/_security`, call('PUT', `/${encodeURIComponent(settings.db)}/_security`, {
    admins: { names: [settings.admin.name], roles: [] },
    members: { names: settings.users.map((u) => u.name), roles: settings.users.length ? [] : ['_admin'] },
  }), [200]);
} catch (error) {
  console.error(`team-server: setup failed: ${error instanceof Error ? error.message : error}`);
  stopping = true;
  child.kill('SIGKILL');
  await childGone;
  cleanUp();
  process.exit(1);
}

console.log([
  'Shortlist team server (pouchdb-server, CouchDB-compatible; for trials and tests, not production)',
  `  members: ${settings.users.map((u) => u.name).join(', ') || '(none)'} · admin: ${settings.admin.name}`,
  `  data: ${settings.data ?? 'in memory (gone when it stops)'} · log: ${join(dir, 'log.txt')}`,
  '  Ctrl+C to stop.',
  `Team server ready: ${base}/${settings.db}`,
].join('\n'));
