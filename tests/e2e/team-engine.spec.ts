// Team mode's engine in Chromium, below the app's UI: src/sync/pouch.ts bundled by a Vite
// production build into a test page (tests/e2e/team-engine/, never part of the app's build) that
// carries the app's own Content-Security-Policy, served on one port, signing in to a real team
// server on another port, and replicating between two browser profiles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { freePort, startTeamServer, type TeamServer } from '../sync/team-server';
import { watchForeignRequests } from './helpers';
import type { TeamEngine } from './team-engine/main';

const PAGE_ROOT = resolve('tests/e2e/team-engine');

let team: TeamServer;
let site: PreviewServer;
let siteUrl = '';
let scratch = '';

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'team-engine-'));
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync('index.html', 'utf8'))?.[0];
  if (!csp) throw new Error('index.html has no Content-Security-Policy');
  const outDir = join(scratch, 'dist');
  await build({
    root: PAGE_ROOT,
    configFile: false,
    logLevel: 'warn',
    plugins: [{ name: 'app-csp', transformIndexHtml: (html: string) => html.replace('<title>', `${csp}\n    <title>`) }],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const port = await freePort();
  site = await preview({ root: PAGE_ROOT, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  siteUrl = `http://127.0.0.1:${port}/`;
  team = await startTeamServer();
});

test.afterAll(async () => {
  await team?.stop();
  await site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Profile = { context: BrowserContext; page: Page; foreign: string[] };
const opened: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of opened.splice(0)) await context.close();
});

/** A browser profile of its own (its own IndexedDB and cookies), on the test page. */
async function profile(dir: string, testInfo: TestInfo): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, { ...testInfo.project.use.launchOptions, headless: true });
  opened.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const foreign = watchForeignRequests(page);
  await page.goto(siteUrl);
  await expect(page).toHaveTitle('team engine ready');
  return { context, page, foreign };
}

type Method = keyof TeamEngine;
type Args<M extends Method> = Parameters<TeamEngine[M]>;
type Result<M extends Method> = Awaited<ReturnType<TeamEngine[M]>>;

/** Calls one function of the page's engine with plain-data arguments. */
function run<M extends Method>(page: Page, method: M, ...args: Args<M>): Promise<Result<M>> {
  return page.evaluate(
    ([name, list]) => {
      const engine = (window as unknown as { teamEngine: Record<string, (...a: unknown[]) => unknown> }).teamEngine;
      return engine[name]?.(...list);
    },
    [method, args as unknown[]] as const,
  ) as Promise<Result<M>>;
}

test('signs in across ports with a session cookie the page cannot read, and says wrong-password', async ({}, testInfo) => {
  const a = await profile(join(scratch, 'alone'), testInfo);
  expect(await run(a.page, 'connect', team.dbUrl, 'alice', 'wrong')).toEqual({ ok: false, kind: 'wrong-password', status: 401 });
  expect(await run(a.page, 'connect', team.dbUrl, 'alice', 'alice-secret')).toEqual({ ok: true });
  expect(await run(a.page, 'whoAmI', team.dbUrl)).toBe('alice');
  expect(await a.page.evaluate(() => document.cookie)).toBe(''); // HttpOnly: script never sees it
  const cookies = await a.context.cookies(team.url);
  expect(cookies).toEqual([expect.objectContaining({ name: 'AuthSession', httpOnly: true, expires: -1 })]);
  expect(a.foreign).toEqual([]);
});

test('two profiles replicate both ways through the team server', async ({}, testInfo) => {
  const a = await profile(join(scratch, 'a'), testInfo);
  const b = await profile(join(scratch, 'b'), testInfo);
  expect(await run(a.page, 'connect', team.dbUrl, 'alice', 'alice-secret')).toEqual({ ok: true });
  expect(await run(b.page, 'connect', team.dbUrl, 'bob', 'bob-secret')).toEqual({ ok: true });

  await run(a.page, 'put', 'candidate:1', { name: 'Jansen', score: 7 });
  await expect.poll(() => run(b.page, 'get', 'candidate:1')).toMatchObject({ name: 'Jansen', score: 7 });
  await run(b.page, 'put', 'candidate:1', { name: 'Jansen', score: 8 });
  await expect.poll(() => run(a.page, 'get', 'candidate:1')).toMatchObject({ score: 8 });
  await expect.poll(async () => (await run(a.page, 'events')).at(-1)).toEqual({ type: 'paused', problem: null });
  expect(a.foreign).toEqual([]);
  expect(b.foreign).toEqual([]);
});

test('purge removes a document from one profile only, and another device\'s edit brings it back', async ({}, testInfo) => {
  const a = await profile(join(scratch, 'purge-a'), testInfo);
  const b = await profile(join(scratch, 'purge-b'), testInfo);
  expect(await run(a.page, 'connect', team.dbUrl, 'alice', 'alice-secret')).toEqual({ ok: true });
  expect(await run(b.page, 'connect', team.dbUrl, 'bob', 'bob-secret')).toEqual({ ok: true });
  await run(a.page, 'put', 'candidate:purged', { name: 'Visser' });
  await expect.poll(() => run(b.page, 'get', 'candidate:purged')).toMatchObject({ name: 'Visser' });

  // Purged while not syncing: a live pull that has not yet passed the document's place in the
  // server's changes fetches it straight back (it did in 2 of 7 runs here).
  await run(a.page, 'disconnect');
  expect(await run(a.page, 'purge', 'candidate:purged')).toEqual({ ok: true, value: 1 });
  expect(await run(a.page, 'get', 'candidate:purged')).toBeNull();
  expect(await run(a.page, 'ids')).not.toContain('candidate:purged');
  // Not replicated: the server and bob still have it.
  const onServer = await fetch(`${team.dbUrl}/candidate:purged`, { headers: { authorization: `Basic ${btoa('admin:admin-secret')}` } });
  expect(onServer.status).toBe(200);
  expect(await run(b.page, 'get', 'candidate:purged')).toMatchObject({ name: 'Visser' });

  // Bob still edits the person: once alice syncs again, the document is back on her device.
  await run(b.page, 'put', 'candidate:purged', { name: 'Visser', rate: 80 });
  expect(await run(a.page, 'connect', team.dbUrl, 'alice', 'alice-secret')).toEqual({ ok: true });
  await expect.poll(() => run(a.page, 'get', 'candidate:purged')).toMatchObject({ name: 'Visser', rate: 80 });
  expect(a.foreign).toEqual([]);
  expect(b.foreign).toEqual([]);
});

test('after a browser restart the local data is there but the session is not: sign in again', async ({}, testInfo) => {
  const dir = join(scratch, 'restart');
  const first = await profile(dir, testInfo);
  expect(await run(first.page, 'connect', team.dbUrl, 'alice', 'alice-secret')).toEqual({ ok: true });
  await run(first.page, 'put', 'kept-locally', { v: 1 });
  await run(first.page, 'disconnect');
  await first.context.close();

  const again = await profile(dir, testInfo);
  expect(await run(again.page, 'get', 'kept-locally')).toMatchObject({ v: 1 });
  // pouchdb-server's cookie has no Max-Age, so it ends with the browser (CouchDB: see docs/team.md).
  expect(await run(again.page, 'whoAmI', team.dbUrl)).toBeNull();
});
