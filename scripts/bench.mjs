// `npm run bench`: times the import (100 000 rows × 30 columns), the matrix's edit-to-repaint
// (1 000 and 10 000 candidates), the matrix's first render (up to 100 000 candidates) and the
// posting parser on a ~200 KB pasted text in Debian's Chromium, each against a baseline measured in
// the same run, same browser, same bytes. Prints a
// table and writes test-results/bench.json. Any failure ends the run with exit code 1: no figure
// is ever printed for something that did not work.
//
// What runs where:
// - The app is built into /tmp/dist-bench; a helper bundle (scripts/bench/*.html, *.ts) into
//   /tmp/dist-bench/__bench; one `vite preview` serves both on 127.0.0.1:4333 (same origin, so
//   the helper pages share the app's IndexedDB). The CSVs are written beside the helper bundle.
// - Chromium runs with an on-disk profile (launchPersistentContext in a fresh temp folder), so
//   IndexedDB is the real, disk-backed one; service workers are blocked so they cannot compete.
// - The bare grid page (scripts/bench/grid.html) draws the app's grid area: the app's grid fills
//   the screen under its header (at 1440 × 900 about 24 rows of 28 px), so each round measures the
//   app's grid box, row and header heights and hands them to the bare page, and checks that both
//   drew the same rows; a fixed smaller box would charge the app for drawing more.
// - scripts/bench/page-probe.js is injected into every page: long tasks, event time stamps,
//   MutationObserver + requestAnimationFrame watchers. All times are taken inside the page.
//
// - Team mode (BENCH_ONLY=team, and in the full run): `scripts/team-server.mjs` on a free port; the
//   app connects through its sidebar form; edits and an import are timed local only and connected.
//
// - The procedure part seeds a request with BENCH_PROC_ROWS candidates and a whole procedure
//   (client scores, invitations, a panel of two, an award), opens the Procedure tab and times each
//   step from the click to its content painted; then the matrix's edit-to-repaint with those
//   facts on the request and without them, in turns, in the same browser.
//
// Environment: BENCH_PORT (default 4333), BENCH_ROWS (default 100000), BENCH_EDITS (default 20),
// BENCH_FLOOR_ROWS (default 20000), BENCH_ONLY=import|matrix|parser|procedure|team (one part only; the parser
// part times parsePosting on two ~200 KB pastes made from tests/fixtures/postings/corpus/, the
// postings repeated and one posting with a long description, BENCH_PARSER_RUNS times each (default
// 15), against text.split('\n'); the procedure part: BENCH_PROC_ROWS candidates, default 10000,
// BENCH_PROC_RUNS openings of the tab, default 5), BENCH_STEPS=1 (adds
// the import step by step in a worker: several minutes more), BENCH_OUT (default
// test-results/bench.json), BENCH_BUILD_DIR (default /tmp/dist-bench), CHROMIUM_PATH (default /usr/bin/chromium), BENCH_PROFILE=1 (builds the
// app unminified and records a CPU profile of the app's edits at the largest size and of the last
// first-render round of the app and the bare page: prints the
// functions that take the time and writes test-results/edit-<n>.cpuprofile for DevTools),
// BENCH_MATRIX_SIZES (default 1000,10000), BENCH_RENDER_ROUNDS (first-render rounds, default 15:
// the ratio at 1 000 swings from run to run, so the table adds paired and fastest-round ratios),
// BENCH_TIMELINE=1 (logs each app start's scripts and marks, ms from navigation), BENCH_TRACE_DIR (with
// BENCH_PROFILE=trace: writes each traced round's events there as <label>.json, for reading by hand).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { makeImportCsv } from './bench/make-csv.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4333);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const FLOOR_ROWS = Number(process.env.BENCH_FLOOR_ROWS ?? 20_000);
/** The step-by-step import in a worker (both sides, plus a rewrite of our records) takes minutes. */
const STEPS = process.env.BENCH_STEPS === '1';
const PROFILE = process.env.BENCH_PROFILE === '1';
/** BENCH_ONLY=import, matrix, parser or procedure runs one part (for working on it); the default runs all. */
const ONLY = process.env.BENCH_ONLY ?? 'all';
const runs = (part) => ONLY === 'all' || ONLY === part;
const PARSER_RUNS = Number(process.env.BENCH_PARSER_RUNS ?? 15);
const PARSER_BYTES = 200_000;
const WARMUP_EDITS = 2;
const MATRIX_SIZES = (process.env.BENCH_MATRIX_SIZES ?? '1000,10000').split(',').map(Number);
/** BENCH_TIMELINE=1: each first render of the app also logs when its scripts arrived and its marks were set. */
const TIMELINE = process.env.BENCH_TIMELINE === '1';
/** Rounds of the first render, app and bare page in turns; the median counts (the spread is wide at 1 000). */
const RENDER_ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 15);
/** Team mode is timed at the larger matrix size (edits, and an import of as many rows). */
const TEAM_SIZE = 10_000;
/** Rounds of local-only and connected edits, in turns. */
const TEAM_ROUNDS = 2;
const PROC_ROWS = Number(process.env.BENCH_PROC_ROWS ?? 10_000);
const PROC_RUNS = Number(process.env.BENCH_PROC_RUNS ?? 5);
/** The goal of the procedure issue: each step of the tab painted within a second of the click. */
const PROC_GOAL_MS = 1000;
const OUT_JSON = resolve(ROOT, process.env.BENCH_OUT ?? 'test-results/bench.json');
// BENCH_BUILD_DIR lets two worktrees bench at once without building over each other's files.
const DIST = process.env.BENCH_BUILD_DIR ?? '/tmp/dist-bench';
const BENCH_DIST = join(DIST, '__bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE = `http://127.0.0.1:${PORT}`;
const REQUEST_ID = 'seed-30601';
const PROBE = join(ROOT, 'scripts/bench/page-probe.js');

const T0 = performance.now();
const results = { startedAt: new Date().toISOString(), machine: {}, noise: {}, import: {}, matrix: {}, firstRender: {}, parser: {}, team: {}, procedure: {} };
const log = (...args) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s]`, ...args);

class BenchError extends Error {}
const check = (condition, message) => {
  if (!condition) throw new BenchError(message);
};

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const longestIn = (tasks, from, to) => tasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((m, t) => Math.max(m, t.duration), 0);
const countOver = (tasks, from, to, limit) => tasks.filter((t) => t.start + t.duration >= from && t.start <= to && t.duration > limit).length;

// ---------------------------------------------------------------- build and serve

async function buildAll() {
  log('building the app into', DIST);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true, ...(PROFILE ? { minify: false } : {}), rollupOptions: { checks: { pluginTimings: false } } } });
  log('building the helper pages into', BENCH_DIST);
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench'),
    base: '/__bench/',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      outDir: BENCH_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { checks: { pluginTimings: false }, input: { bench: join(ROOT, 'scripts/bench/bench.html'), grid: join(ROOT, 'scripts/bench/grid.html') } },
    },
  });
}

function writeCsvs() {
  const requests = JSON.parse(readFileSync(join(ROOT, 'seeds/requests.json'), 'utf8'));
  const request = requests.find((r) => r.id === REQUEST_ID);
  check(request, `seeds/requests.json has no request ${REQUEST_ID}`);
  const files = {};
  const sizes = new Set([...(runs('matrix') ? MATRIX_SIZES : []), ...(runs('team') ? [TEAM_SIZE] : []), ...(runs('procedure') ? [PROC_ROWS] : [])]);
  for (const [key, n] of [...(runs('import') ? [['import', ROWS]] : []), ...[...sizes].map((m) => [m, m])]) {
    const name = key === 'import' ? `import-${n}.csv` : `matrix-${n}.csv`;
    const text = makeImportCsv(request, n);
    writeFileSync(join(BENCH_DIST, name), text);
    files[key] = { name, path: join(BENCH_DIST, name), url: `${BASE}/__bench/${name}`, bytes: Buffer.byteLength(text) };
  }
  return { request, files };
}

// ---------------------------------------------------------------- browser

const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 1440, height: 900 },
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  serviceWorkers: 'block',
};

/** A browser with its own on-disk profile (real IndexedDB on disk), removed afterwards. */
async function withBrowser(label, body) {
  const dir = mkdtempSync(join(tmpdir(), `shortlist-bench-${label}-`));
  const context = await chromium.launchPersistentContext(dir, LAUNCH);
  const pageErrors = [];
  try {
    await context.addInitScript({ path: PROBE });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (error) => {
      // Service workers are blocked (see LAUNCH), so workbox-window's register() finds no
      // registration; that is the bench's doing, not the app's.
      if (!/reading 'waiting'/.test(String(error))) pageErrors.push(String(error));
    });
    page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && pageErrors.push(`console: ${m.text()}`));
    // PouchDB asks the team server for its replication checkpoints (_local/…) and expects a 404 the first time.
    const expected = (response) => response.status() === 404 && /\/_local\//.test(response.url());
    page.on('response', (response) => response.status() >= 400 && !expected(response) && pageErrors.push(`HTTP ${response.status()} ${response.url()}`));
    results.machine.chromium ??= context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    const value = await body(page);
    check(pageErrors.length === 0, `errors in the page during "${label}":\n  ${pageErrors.join('\n  ')}`);
    return value;
  } catch (error) {
    // What the page said is often the reason a step failed.
    if (pageErrors.length && error instanceof Error && !error.message.startsWith('errors in the page')) {
      error.message += `\n  errors in the page during "${label}":\n  ${pageErrors.join('\n  ')}`;
    }
    throw error;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openApp(page) {
  await page.goto(`${BASE}/`);
  await page.getByRole('navigation', { name: /Aanvragen|Requests/ }).getByRole('button', { name: /30601/ }).waitFor();
}

async function openHelpers(page) {
  await page.goto(`${BASE}/__bench/bench.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

/** A fresh document (never a same-document hash change), so navigation timing starts at 0. */
async function navigate(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

async function noiseCheck(page, label) {
  await openHelpers(page);
  const times = await page.evaluate(() => window.__bench.noise());
  results.noise[label] = { runsMs: times, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
  log(`noise check (${label}): median ${ms(median(times))}, min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}`);
}

/**
 * One import through the app's Import tab, as a user does it: choose the file, wait for the
 * preview (which must show `rows` new rows and no errors), click import, wait for "Import klaar".
 */
async function importThroughApp(page, file, rows) {
  await navigate(page, `${BASE}/#/r/${REQUEST_ID}/import`);
  await page.getByRole('navigation', { name: /Aanvragen|Requests/ }).getByRole('button', { name: /30601/ }).waitFor();
  const input = page.getByLabel('CSV importeren', { exact: true });
  await input.waitFor({ state: 'attached' });
  await page.evaluate(() => {
    window.__previewShown = window.__probe.watch(() => !!document.querySelector('section.preview .actions button.primary'), 180_000);
  });
  await input.setInputFiles(file.path);
  const preview = await page.evaluate(() => window.__previewShown);
  check(!preview.timeout, 'the import preview did not appear within 3 minutes');
  const counts = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count'), Number(e.textContent)])));
  check(counts.new === rows && counts.errors === 0, `the preview should show ${rows} new rows and no errors, it shows ${JSON.stringify(counts)}`);
  await page.evaluate(() => {
    window.__doneShown = window.__probe.watch(() => [...document.querySelectorAll('[role=status]')].some((e) => /Import klaar/.test(e.textContent ?? '')), 300_000);
  });
  await page.getByRole('button', { name: /rijen importeren/ }).click();
  const done = await page.evaluate(() => window.__doneShown);
  check(!done.timeout, 'the import did not finish within 5 minutes');
  const probe = await page.evaluate(() => ({ changeAt: window.__probe.changeAt, clickAt: window.__probe.clickAt, longTasks: window.__probe.longTasks, workerMessages: window.__probe.workerMessages, longTaskError: window.__probe.longTaskError ?? null }));
  check(!probe.longTaskError, `no long-task observer in this Chromium: ${probe.longTaskError}`);
  check(probe.changeAt != null && probe.clickAt != null, 'the file choice or the commit click was not seen in the page');
  return { preview, done, probe };
}

// ---------------------------------------------------------------- 1. import

async function importBench(page, files) {
  const file = files.import;
  await openApp(page);

  // Baseline A: the bare stack on the main thread of a page.
  log(`import baseline (main thread): TextDecoder + Papa.parse + Dexie bulkPut of ${ROWS} rows`);
  await openHelpers(page);
  const bare = await page.evaluate((url) => window.__bench.bareImportMain(url), file.url);
  const bareTasks = await page.evaluate(() => window.__probe.longTasks);
  check(bare.rows === ROWS, `bare import read ${bare.rows} rows, expected ${ROWS}`);
  const baseline = { ...bare, totalMs: bare.parseMs + bare.writeMs, longestTaskMs: longestIn(bareTasks, bare.start, bare.end) };
  log(`  parse ${ms(bare.parseMs)}, bulkPut ${ms(bare.writeMs)}, longest task ${ms(baseline.longestTaskMs)}`);

  // Ours: the app itself, through the Import tab.
  log(`import through the app's Import tab (${(file.bytes / 1e6).toFixed(1)} MB)`);
  const { preview, done, probe } = await importThroughApp(page, file, ROWS);
  const at = (type, phase) => probe.workerMessages.find((m) => m.type === type && (phase === undefined || m.phase === phase))?.at;
  const phases = {
    fileToWorkerMs: at('progress', 'read') - probe.changeAt,
    sha256Ms: at('progress', 'parse') - at('progress', 'read'),
    parseMs: at('progress', 'plan') - at('progress', 'parse'),
    planAndSummaryMs: at('preview') - at('progress', 'plan'),
    previewRenderMs: preview.painted - at('preview'),
    writeMs: at('committed') - at('progress', 'write'),
    noticeMs: done.painted - at('committed'),
  };
  for (const [k, v] of Object.entries(phases)) check(Number.isFinite(v), `import phase ${k} could not be timed (worker messages: ${JSON.stringify(probe.workerMessages)})`);
  const previewMs = preview.painted - probe.changeAt;
  const commitMs = done.painted - probe.clickAt;
  // Each long task during the import, with the phase it started in: [phase, time the phase ends].
  const marks = [
    ['file read + worker start', at('progress', 'read')],
    ['worker: SHA-256', at('progress', 'parse')],
    ['worker: parse', at('progress', 'plan')],
    ['worker: plan', at('preview')],
    ['preview message + render', preview.dom],
    ['waiting for the click', probe.clickAt],
    ['worker: write', at('committed')],
    ['committed → notice', done.painted],
  ];
  const phaseOf = (t) => (t < probe.changeAt ? 'before the file choice' : marks.find(([, end]) => t < end)?.[0] ?? 'after the notice');
  const longTasks = probe.longTasks
    .filter((t) => t.start + t.duration >= probe.changeAt && t.start <= done.painted && t.duration > 50)
    .map((t) => ({ atMs: t.start - probe.changeAt, durationMs: t.duration, phase: phaseOf(t.start) }));
  const ours = {
    longTasks,
    previewMs,
    commitMs,
    totalMs: previewMs + commitMs,
    userWaitMs: done.painted - probe.changeAt,
    phases,
    longestTaskMs: longestIn(probe.longTasks, probe.changeAt, done.painted),
    tasksOver50: countOver(probe.longTasks, probe.changeAt, done.painted, 50),
    tasksOver100: countOver(probe.longTasks, probe.changeAt, done.painted, 100),
  };
  log(`  preview ${ms(previewMs)}, commit ${ms(commitMs)}, longest task ${ms(ours.longestTaskMs)}`);

  await openHelpers(page);
  const stored = await page.evaluate((id) => window.__bench.countOn(id), REQUEST_ID);
  check(stored >= ROWS, `after the import the request has ${stored} candidates, expected at least ${ROWS}`);

  // What IndexedDB alone charges for each way of storing rows: the floor under the write ratio.
  log(`storage floor: ${FLOOR_ROWS} rows as bare records vs as our candidates + evaluations (raw IndexedDB, then Dexie)`);
  const floor = await page.evaluate((n) => window.__bench.storageFloor(n), FLOOR_ROWS);
  log(`  bare ${ms(floor.bareMs)}, ours raw ${ms(floor.oursRawMs)} (${ratio(floor.oursRawMs, floor.bareMs)}), ours with one index ${ms(floor.oursLeanRawMs)} (${ratio(floor.oursLeanRawMs, floor.bareMs)}), ours via Dexie ${ms(floor.oursDexieMs)} (${ratio(floor.oursDexieMs, floor.bareMs)})`);

  let steps = null;
  if (STEPS) {
    // Baseline B and ours again, step by step, in a module worker: where the difference comes from.
    log('import steps in a worker: bare stack, then parseCandidatesCsv → planImport → commitImport');
    steps = await page.evaluate(({ url, id }) => window.__bench.workerSteps(url, id), { url: file.url, id: REQUEST_ID });
    check(steps.ours.added === ROWS && steps.ours.errors === 0, `worker steps: ${steps.ours.added} added, ${steps.ours.errors} errors`);
    log(`  bare parse ${ms(steps.bare.parseMs)}, bare bulkPut ${ms(steps.bare.writeMs)}; ours parse ${ms(steps.ours.parseMs)}, plan ${ms(steps.ours.planMs)}, commit ${ms(steps.ours.commitMs)} (same records rewritten: ${ms(steps.ours.rewriteMs)})`);
  }

  results.import = { rows: ROWS, columns: 30, bytes: file.bytes, baseline, ours, ratio: ours.totalMs / baseline.totalMs, floor: { rows: FLOOR_ROWS, ...floor }, steps, storedCandidates: stored };
  return stored;
}

// ---------------------------------------------------------------- 2/3. matrix

/** Waits for the first grid rows of the current page; returns times and the grid's row count. */
async function firstRows(page) {
  const shown = await page.evaluate(() => window.__probe.firstRowsDone);
  check(shown && !shown.timeout, 'no grid rows appeared within 2 minutes');
  const rowCount = await page.evaluate(() => Number(document.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount') ?? NaN));
  const tasks = await page.evaluate(() => window.__probe.longTasks);
  return { ...shown, rowCount, longestTaskMs: longestIn(tasks, 0, shown.painted) };
}

/**
 * Where and how the page drew its grid: the box, the row and header heights, and how many rows
 * are in the DOM (visible ones plus AG Grid's buffer). The bare page is given the app's, so both
 * draw the same rows in the same area (the app's grid fills the screen under its header).
 */
async function gridLayout(page) {
  return page.evaluate(() => {
    // The largest of each: AG Grid also keeps empty header rows (the pinned parts) and hidden helpers.
    const largest = (selector) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)[0];
    const tallest = (selector) => Math.max(0, ...[...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().height));
    const host = largest('.ag-root-wrapper');
    const rowHeight = tallest('.ag-row[row-id]');
    if (!host || !rowHeight) return null;
    return {
      x: Math.round(host.x), y: Math.round(host.y), width: Math.round(host.width), height: Math.round(host.height),
      rowHeight: Math.round(rowHeight), groupHeaderHeight: Math.round(tallest('.ag-header-row-group')), headerHeight: Math.round(tallest('.ag-header-row-column')),
      rowsDrawn: new Set([...document.querySelectorAll('.ag-row[row-index]')].map((e) => e.getAttribute('row-index'))).size,
      cellsDrawn: document.querySelectorAll('.ag-cell').length,
      columnsDrawn: new Set([...document.querySelectorAll('.ag-cell[col-id]')].map((e) => e.getAttribute('col-id'))).size,
    };
  });
}

async function firstRenderApp(page, expected, profile = false) {
  const open = async () => {
    await navigate(page, `${BASE}/#/r/${REQUEST_ID}/matrix`);
    return firstRows(page);
  };
  const nav = await (profile ? withProfile(page, 'first-render-app', open) : open());
  if (TIMELINE) log(`  timeline: ${await startTimeline(page)}; rows in the DOM ${ms(nav.dom)}, painted ${ms(nav.painted)}`);
  // aria-rowcount counts the header rows too.
  check(nav.rowCount >= expected, `the matrix grid reports ${nav.rowCount} rows, expected ${expected} candidates`);
  const layout = await gridLayout(page);
  check(layout, 'the app\'s grid could not be measured');
  // Opening the tab again in the running app: from the click on "Matrix" to rows on screen.
  await page.getByRole('tab', { name: 'Criteria' }).click();
  await page.waitForFunction(() => !document.querySelector('.ag-row'));
  await page.evaluate(() => window.__probe.quiet(300));
  await page.evaluate(() => window.__probe.armFirstRows());
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const tab = await firstRows(page);
  const clickAt = await page.evaluate(() => window.__probe.clickAt);
  return { navigationMs: nav.painted, navigationDomMs: nav.dom, navigationLongestTaskMs: nav.longestTaskMs, tabMs: tab.painted - clickAt, rowCount: nav.rowCount, layout };
}

/** When each script arrived and each mark was set (ms from navigation): where a start spends its time. */
function startTimeline(page) {
  return page.evaluate(() => [
    ...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => `${e.name.split('/').pop().replace(/-[\w-]{8}\.js$/, '')} ${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`),
    ...[...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')].map((e) => `${e.name} ${Math.round(e.startTime)}`),
  ].join(', '));
}

async function firstRenderBare(page, expected, layout, profile = false) {
  const open = async () => {
    await navigate(page, `${BASE}/__bench/grid.html?request=${REQUEST_ID}&layout=${encodeURIComponent(JSON.stringify(layout))}`);
    return firstRows(page);
  };
  const nav = await (profile ? withProfile(page, 'first-render-bare', open) : open());
  if (TIMELINE) log(`  bare timeline: ${await startTimeline(page)}; rows in the DOM ${ms(nav.dom)}, painted ${ms(nav.painted)}`);
  check(nav.rowCount >= expected, `the bare grid reports ${nav.rowCount} rows, expected ${expected}`);
  const drawn = await gridLayout(page);
  // Same area, same rows: otherwise the comparison measures a different amount of drawing.
  check(drawn && Math.abs(drawn.rowsDrawn - layout.rowsDrawn) <= 1 && drawn.columnsDrawn === layout.columnsDrawn && drawn.rowHeight === layout.rowHeight && Math.abs(drawn.height - layout.height) <= 1,
    `the bare grid drew ${JSON.stringify(drawn)}, the app ${JSON.stringify(layout)}`);
  return { navigationMs: nav.painted, navigationDomMs: nav.dom, navigationLongestTaskMs: nav.longestTaskMs, rowCount: nav.rowCount, layout: drawn };
}

/** Ours and the bare grid in turns (so background work such as LevelDB compaction hits both). */
async function firstRenderCompare(page, expected, rounds) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < rounds; i++) {
    const profile = (PROFILE || process.env.BENCH_PROFILE === 'trace' || process.env.BENCH_PROFILE === 'heap') && i === rounds - 1;
    ours.push(await firstRenderApp(page, expected, profile));
    bare.push(await firstRenderBare(page, expected, ours[i].layout, profile));
  }
  const summary = (list) => {
    const out = { rounds: list };
    for (const key of Object.keys(list[0])) out[key] = typeof list[0][key] === 'number' ? median(list.map((x) => x[key])) : list[0][key];
    return out;
  };
  return { ours: summary(ours), bare: summary(bare) };
}

const readNl = (text) => Number(text.replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

/**
 * Types scores into the G1 column, row after row (Enter moves down), and times each from the
 * Enter keydown to the moment the row's total and rank cells both show new text, then to the
 * frame that paints them. Each edit lowers the score to 0 (or raises it to the max from 0), so
 * the total always changes and the rank nearly always does.
 */
async function editBench(page, label, max) {
  await page.evaluate(() => window.__probe.quiet(400));
  await page.locator('.ag-row[row-index="0"] [col-id="cr:cr1"]').click();
  const samples = [];
  let rankUnchanged = 0;
  for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
    const target = await page.evaluate(() => {
      const cell = document.activeElement?.closest('.ag-cell');
      const row = cell?.closest('.ag-row');
      const id = row?.getAttribute('row-id');
      if (!cell || !id || cell.getAttribute('col-id') !== 'cr:cr1') return null;
      const text = (col) => document.querySelector(`.ag-row[row-id="${CSS.escape(id)}"] [col-id="${col}"]`)?.textContent ?? null;
      const before = { id, score: cell.textContent ?? '', total: text('total'), rank: text('rank') };
      window.__edit = window.__probe.watch(() => {
        const total = text('total');
        const rank = text('rank');
        return total !== null && rank !== null && total !== before.total && rank !== before.rank;
      }, 3000);
      return before;
    });
    check(target && target.total !== null && target.rank !== null, `${label}: the focused cell is not a G1 cell of a row with total and rank (edit ${i})`);
    const oldScore = target.score.trim() === '' ? 0 : readNl(target.score);
    const value = oldScore > 0 ? 0 : max;
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    let seen = await page.evaluate(() => window.__edit);
    const after = await page.evaluate((id) => {
      const text = (col) => document.querySelector(`.ag-row[row-id="${CSS.escape(id)}"] [col-id="${col}"]`)?.textContent ?? null;
      return { total: text('total'), rank: text('rank'), enterAt: window.__probe.enterAt };
    }, target.id);
    const expected = Math.round((readNl(target.total) - oldScore + value) * 100) / 100;
    check(readNl(after.total ?? '') === expected, `${label}: after typing ${value} in G1 (was ${target.score}) the total shows "${after.total}", expected ${expected}`);
    if (seen.timeout) {
      // The total changed but the rank stayed (a top row raised further): not an edit-to-rank sample.
      rankUnchanged++;
      seen = null;
    }
    // The app marks its own synchronous work per edit (check, apply, re-rank, grid refresh).
    const workMs = await page.evaluate(() => performance.getEntriesByName('shortlist:edit').at(-1)?.duration ?? null);
    const lastLongTaskEnd = await page.evaluate(() => window.__probe.quiet(300));
    const tasks = await page.evaluate(() => window.__probe.longTasks);
    if (i >= WARMUP_EDITS && seen) {
      // Busy until: the end of the edit's last long task (e.g. the echo of its own database write).
      const busyUntil = Math.max(seen.painted, lastLongTaskEnd);
      samples.push({
        domMs: seen.dom - after.enterAt,
        paintedMs: seen.painted - after.enterAt,
        busyMs: busyUntil - after.enterAt,
        longestTaskMs: longestIn(tasks, after.enterAt, busyUntil),
        workMs,
      });
    }
  }
  check(samples.length >= Math.ceil(EDITS * 0.75), `${label}: only ${samples.length} of ${EDITS} edits changed both total and rank`);
  const pick = (key) => samples.map((s) => s[key]);
  return {
    edits: samples.length,
    rankUnchanged,
    domMedianMs: median(pick('domMs')),
    domP95Ms: percentile(pick('domMs'), 95),
    paintedMedianMs: median(pick('paintedMs')),
    paintedP95Ms: percentile(pick('paintedMs'), 95),
    paintedMaxMs: Math.max(...pick('paintedMs')),
    busyMedianMs: median(pick('busyMs')),
    longestTaskMedianMs: median(pick('longestTaskMs')),
    longestTaskMaxMs: Math.max(...pick('longestTaskMs')),
    workMedianMs: samples[0]?.workMs == null ? null : median(pick('workMs')),
    workP95Ms: samples[0]?.workMs == null ? null : percentile(pick('workMs'), 95),
    samples,
  };
}

/** CPU profile through the DevTools protocol, sampled every 100 µs. */
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

/**
 * `work` under the profiler (BENCH_PROFILE=1: the last first-render round of the app and of the
 * bare page); BENCH_PROFILE=trace records a trace instead and prints the main thread's self time
 * by kind of work (script, compile, style, layout, paint, GC): where "(program)" goes;
 * BENCH_PROFILE=heap samples what the round allocates, by function (what the garbage collector
 * then has to clear).
 */
async function withProfile(page, label, work) {
  if (process.env.BENCH_PROFILE === 'trace') return withTrace(page, label, work);
  if (process.env.BENCH_PROFILE === 'heap') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 8192 });
    const result = await work();
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const self = new Map();
    const walk = (node, path) => {
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + node.selfSize);
      for (const c of node.children) walk(c, path);
    };
    walk(profile.head, []);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    log(`  heap of ${label}: ${(total / 1e6).toFixed(1)} MB sampled; ${[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${(v / 1e3).toFixed(0)}k`).join('; ')}`);
    return result;
  }
  const cdp = await startProfile(page);
  const result = await work();
  await stopProfile(cdp, 0, label);
  return result;
}

const windows16 = () => Array.from({ length: 16 }, (_, i) => String(i * 50).padStart(3)).join(' ');

async function withTrace(page, label, work) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: process.env.BENCH_TRACE_TASKS === '1' ? 'toplevel,devtools.timeline,v8,blink,loading,IndexedDB,disabled-by-default-v8.compile' : 'devtools.timeline,v8,blink,loading', transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `${label}.json`), JSON.stringify(events));
  // The renderer's main thread: of the threads named CrRendererMain, the one that was busiest.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const spans = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const top = [...self].filter(([, v]) => v > 500).sort((a, b) => b[1] - a[1]).slice(0, 18);
  log(`  trace of ${label}, main thread self time: ${top.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}`);
  // BENCH_TRACE_TASKS=1: the main thread's tasks of 3 ms or more in order, ms from the first request,
  // each with the three of its parts that took longest (what a start waits on, and when).
  if (process.env.BENCH_TRACE_TASKS === '1') {
    const sent = events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts);
    const origin = sent.length ? Math.min(...sent) : (spans[0]?.ts ?? 0);
    const isTask = (e) => e.name.endsWith('RunTask');
    const tasks = spans.filter((e) => isTask(e) && e.dur >= 3000 && !spans.some((o) => o !== e && isTask(o) && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
    const lines = tasks.map((task) => {
      const inner = spans.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && !isTask(e));
      const parts = new Map();
      for (const e of inner) {
        const what = e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' ? `${e.name}(${String(e.args?.data?.url ?? e.args?.fileName ?? '').split('/').pop()})` : e.name === 'FunctionCall' ? `FunctionCall(${e.args?.data?.functionName ?? ''})` : e.name;
        parts.set(what, Math.max(parts.get(what) ?? 0, e.dur));
      }
      const top3 = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ');
      return `    ${((task.ts - origin) / 1000).toFixed(0).padStart(5)} +${(task.dur / 1000).toFixed(0).padStart(3)} ms  ${top3}`;
    });
    log(`  tasks of ${label}:\n${lines.join('\n')}`);
    // Every thread's busy time, by 50 ms window from the first request: what else the two cores did.
    const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
    const byThread = new Map();
    for (const e of events) if (e.ph === 'X' && e.dur > 0) (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)).push(e);
    const rowsOut = [];
    for (const [key, list] of byThread) {
      list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const windows = new Array(16).fill(0);
      let end = -Infinity;
      for (const e of list) {
        if (e.ts < end) continue; // nested in the one before
        end = e.ts + e.dur;
        for (let w = 0; w < windows.length; w++) {
          const from = origin + w * 50000, to = from + 50000;
          windows[w] += Math.max(0, Math.min(to, end) - Math.max(from, e.ts));
        }
      }
      const total = windows.reduce((a, b) => a + b, 0);
      if (total > 5000) rowsOut.push(`    ${(names.get(key) ?? key).padEnd(28).slice(0, 28)} ${windows.map((v) => String(Math.round(v / 1000)).padStart(3)).join(' ')}`);
    }
    log(`  busy ms per 50 ms window from the first request:\n    ${''.padEnd(28)} ${windows16()}\n${rowsOut.join('\n')}`);
  }
  return result;
}

async function stopProfile(cdp, n, label = `edit-${n}`) {
  const { profile } = await cdp.send('Profiler.stop');
  const file = resolve(ROOT, `test-results/${label}.cpuprofile`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  // Self and inclusive time per function, from the sample counts (idle and GC roots left out).
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(profile.samples.length, 1);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const inclusive = new Map();
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    const node = byId.get(id);
    if (['(idle)', '(program)', '(root)', '(garbage collector)'].includes(node.callFrame.functionName)) continue;
    self.set(name(node), (self.get(name(node)) ?? 0) + count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (seen.has(key) || byId.get(at).callFrame.functionName === '(root)') continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + count);
    }
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, c]) => `    ${(c * interval).toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  log(`  CPU profile (${label}) written to ${file}\n  self time:\n${top(self)}\n  inclusive time:\n${top(inclusive)}`);
}

async function matrixBench(page, n, file, g1Max) {
  await openApp(page);
  await openHelpers(page);
  log(`matrix with ${n} candidates: seeding through parse → plan → commit`);
  const count = await page.evaluate(({ url, id }) => window.__bench.seedMatrix(url, id), { url: file.url, id: REQUEST_ID });
  check(count === n, `seeding put ${count} candidates on the request, expected ${n}`);

  const render = await firstRenderCompare(page, n, RENDER_ROUNDS);
  log(`  first render (median of ${RENDER_ROUNDS}): app ${ms(render.ours.navigationMs)} from navigation, ${ms(render.ours.tabMs)} from the tab click; bare grid ${ms(render.bare.navigationMs)}`);
  results.firstRender[n] = render;

  await navigate(page, `${BASE}/#/r/${REQUEST_ID}/matrix`);
  await firstRows(page);
  const profiler = PROFILE && n === MATRIX_SIZES[MATRIX_SIZES.length - 1] ? await startProfile(page) : null;
  const ours = await editBench(page, `app ${n}`, g1Max);
  if (profiler) await stopProfile(profiler, n);
  log(`  app edit-to-repaint: median ${ms(ours.paintedMedianMs)}, p95 ${ms(ours.paintedP95Ms)}; main thread busy until ${ms(ours.busyMedianMs)}`);
  await navigate(page, `${BASE}/__bench/grid.html?request=${REQUEST_ID}`);
  await firstRows(page);
  const bare = await editBench(page, `bare ${n}`, g1Max);
  log(`  bare edit-to-repaint: median ${ms(bare.paintedMedianMs)}, p95 ${ms(bare.paintedP95Ms)}`);
  results.matrix[n] = { ours, bare };
}

async function firstRenderLarge(page, stored) {
  log(`first render with ${stored} candidates (the imported ones)`);
  const render = await firstRenderCompare(page, stored, 1);
  log(`  app ${ms(render.ours.navigationMs)} from navigation, ${ms(render.ours.tabMs)} from the tab click; bare grid ${ms(render.bare.navigationMs)}`);
  results.firstRender[stored] = render;
}

// ---------------------------------------------------------------- 4. posting parser

/**
 * Two pastes of PARSER_BYTES characters from the corpus (tests/fixtures/postings/corpus): all its
 * postings one after another, repeated (hundreds of lists and items: the parser's worst case), and
 * one posting (seed 002) followed by the corpus's prose paragraphs (one request with a very long
 * description, as a real paste of that size would be).
 */
function longPastes() {
  const dir = join(ROOT, 'tests/fixtures/postings/corpus');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  check(texts.length > 0, `no postings in ${dir}`);
  let corpus = '';
  for (let i = 0; corpus.length < PARSER_BYTES; i++) corpus += `${texts[i % texts.length]}\n\n`;
  const prose = texts.flatMap((t) => t.split('\n')).filter((l) => l.length > 80 && !/^\s*(?:\d{1,2}[.)]|[•*·▪–-]|[A-Z]{1,3}\d)/.test(l));
  let one = readFileSync(join(ROOT, 'tests/fixtures/postings/002_30b003ba387f8f1b.txt'), 'utf8');
  for (let i = 0; one.length < PARSER_BYTES; i++) one += `\n\n${prose[i % prose.length]}`;
  return [
    { key: 'corpus', label: `the ${texts.length} corpus postings repeated`, text: corpus },
    { key: 'prose', label: 'seed 002 with the corpus prose as its description', text: one },
  ];
}

async function parserBench(page) {
  await openHelpers(page);
  results.parser = { runs: PARSER_RUNS, texts: {} };
  for (const { key, label, text } of longPastes()) {
    log(`posting parser: ${(text.length / 1000).toFixed(0)} KB (${label}), ${PARSER_RUNS} runs`);
    const timing = await page.evaluate(({ t, n }) => window.__bench.parserTiming(t, n), { t: text, n: PARSER_RUNS });
    check(timing.knockOuts > 0 && timing.criteria > 0, `the parser found ${timing.knockOuts} knock-outs and ${timing.criteria} criteria in "${label}"`);
    const parse = { medianMs: median(timing.parseMs), p95Ms: percentile(timing.parseMs, 95), minMs: Math.min(...timing.parseMs), maxMs: Math.max(...timing.parseMs) };
    const split = { medianMs: median(timing.splitMs) };
    results.parser.texts[key] = { label, chars: text.length, bytes: Buffer.byteLength(text), parse, split, ratio: parse.medianMs / split.medianMs, found: { knockOuts: timing.knockOuts, criteria: timing.criteria, warnings: timing.warnings }, samples: timing };
    log(`  parsePosting median ${ms(parse.medianMs)} (p95 ${ms(parse.p95Ms)}), split('\\n') median ${split.medianMs.toFixed(3)} ms`);
  }
}

// ---------------------------------------------------------------- 5. procedure

/**
 * What "a step's content is painted" means, per step (the condition is tested on every DOM change,
 * then the next frame is waited for): the client's grid with a row for everyone on the shortlist
 * and the proposal; a panel card for everyone invited with all its selects; the award stated; the
 * outcome table's first rows with their sentences; the report with every candidate's section.
 * Each takes the counts the seeding returned, so a step that shows fewer people fails the bench.
 */
const PROC_STEPS = [
  { key: 'client', label: 'Step 3 · client round', tab: 'Stap 3 · Opdrachtgever' },
  { key: 'interviews', label: 'Step 4 · interviews', tab: 'Stap 4 · Gesprekken' },
  { key: 'award', label: 'Award', tab: 'Gunning' },
  { key: 'outcomes', label: 'Outcomes', tab: 'Uitslagen' },
];

function stepShown(key, facts) {
  return () => {
    const count = (selector) => document.querySelectorAll(selector).length;
    switch (key) {
      case 'client':
        return new Set([...document.querySelectorAll('.proc-grid .ag-row[row-id]')].map((r) => r.getAttribute('row-id'))).size >= facts.shortlisted
          && !!document.querySelector('.proc-grid .ag-row[row-id] [col-id="clientTotal"]')?.textContent?.trim()
          && !!document.getElementById('proc-proposal-heading');
      case 'interviews':
        return count('.proc-card') === facts.invited && count('.proc-card select') >= facts.invited * facts.competencies * (facts.assessors + 1);
      case 'award':
        return !!document.querySelector('.proc-awarded')?.textContent?.trim();
      case 'outcomes': {
        const rows = [...document.querySelectorAll('.proc-outcomes tbody tr')];
        return rows.length >= Math.min(20, facts.candidates) && rows.slice(0, 20).every((r) => (r.querySelector('.proc-reason')?.textContent ?? '').trim() !== '');
      }
      case 'report-first':
        return count('.report-dialog .report-candidate') >= Math.min(5, facts.candidates);
      case 'report':
        return count('.report-dialog .report-candidate') >= facts.candidates;
      default:
        return false;
    }
  };
}

/** Arms a watcher for a step's content in the page (before the click that opens it). */
async function armStep(page, key, facts, timeoutMs = 60_000) {
  await page.evaluate(({ source, key, facts, timeoutMs }) => {
    // The condition travels as source text: it runs in the page, on the page's DOM.
    const shown = new Function('key', 'facts', `return (${source})(key, facts);`)(key, facts);
    window.__procStep = window.__probe.watch(shown, timeoutMs);
  }, { source: stepShown.toString(), key, facts, timeoutMs });
}

/** Clicks, then waits for the armed step: from the click's own time stamp to painted, and the longest task in between. */
async function timeClickOnce(page, locator, what) {
  await locator.click();
  const seen = await page.evaluate(() => window.__procStep);
  check(!seen.timeout, `${what} did not show within the time allowed`);
  const { clickAt, tasks } = await page.evaluate(() => ({ clickAt: window.__probe.clickAt, tasks: window.__probe.longTasks }));
  return { ms: seen.painted - clickAt, domMs: seen.dom - clickAt, longestTaskMs: longestIn(tasks, clickAt, seen.painted) };
}

/**
 * One opening of the Procedure tab: from the Criteria tab (a light screen, as the first-render part
 * does for the matrix) a click on "Procedure", then on every step in turn, then on the report.
 * Then the same request opened by address straight on the Procedure tab (navigation start → step 3).
 */
async function procedureRound(page, facts, profile = false) {
  const round = {};
  // BENCH_PROFILE=1: a CPU profile of each click of the first round (test-results/procedure-<step>.cpuprofile).
  const timeClick = async (locator, what, name) => {
    const cdp = profile ? await startProfile(page) : null;
    const timing = await timeClickOnce(page, locator, what);
    if (cdp) await stopProfile(cdp, PROC_ROWS, `procedure-${name}`);
    return timing;
  };
  await navigate(page, `${BASE}/#/r/${REQUEST_ID}/criteria`);
  const tabs = page.getByRole('tablist', { name: /BI Specialist/ });
  await tabs.getByRole('tab', { name: 'Procedure', exact: true }).waitFor();
  await page.evaluate(() => window.__probe.quiet(300));
  await armStep(page, 'client', facts);
  round.tab = await timeClick(tabs.getByRole('tab', { name: 'Procedure', exact: true }), 'the client round (opening the Procedure tab)', 'tab');
  const steps = page.getByRole('tablist', { name: 'Stappen van de procedure' });
  for (const step of [...PROC_STEPS.slice(1), PROC_STEPS[0]]) {
    await page.evaluate(() => window.__probe.quiet(300));
    await armStep(page, step.key, facts);
    round[step.key] = await timeClick(steps.getByRole('tab', { name: step.tab, exact: true }), `step "${step.label}"`, step.key);
  }
  await page.evaluate(() => window.__probe.quiet(300));
  // Two watchers at once: the report's first candidates, and every candidate's section.
  await page.evaluate(({ source, facts }) => {
    const make = (key) => new Function('key', 'facts', `return (${source})(key, facts);`)(key, facts);
    window.__reportFirst = window.__probe.watch(make('report-first'), 120_000);
    window.__procStep = window.__probe.watch(make('report'), 300_000);
  }, { source: stepShown.toString(), facts });
  round.report = await timeClick(page.getByRole('button', { name: 'Beoordelingsverslag' }), 'the whole report', 'report');
  const first = await page.evaluate(() => window.__reportFirst);
  check(!first.timeout, 'the report showed no candidate');
  round.reportFirst = { ms: first.painted - (await page.evaluate(() => window.__probe.clickAt)) };
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

  // Opened by its address: a fresh document, the Procedure tab first.
  await page.goto('about:blank');
  // Armed as soon as the document exists: the app still has to load, open the database and read.
  await page.goto(`${BASE}/#/r/${REQUEST_ID}/procedure`, { waitUntil: 'commit' });
  await armStep(page, 'client', facts, 120_000);
  const nav = await page.evaluate(() => window.__procStep);
  check(!nav.timeout, 'the client round did not show after opening the Procedure tab by its address');
  round.navigation = { ms: nav.painted };
  return round;
}

/**
 * Scores typed in the client's grid (step 3), each in a clicked cell of the next shortlisted row:
 * from the Enter keydown to the row's client total painted with its new value. Each edit sets C1
 * to 0 or back to its maximum, so the total always changes.
 */
async function clientEdits(page, facts, edits) {
  await navigate(page, `${BASE}/#/r/${REQUEST_ID}/procedure`);
  await armStep(page, 'client', facts, 120_000);
  check(!(await page.evaluate(() => window.__procStep)).timeout, 'the client round did not show');
  await page.evaluate(() => window.__probe.quiet(300));
  const samples = [];
  for (let i = 0; i < WARMUP_EDITS + edits; i++) {
    const row = i % facts.shortlisted;
    const target = page.locator(`.proc-grid .ag-row[row-index="${row}"] [col-id="cc:cc1"]`).first();
    await target.click();
    const before = await page.evaluate((row) => {
      const id = document.querySelector(`.proc-grid .ag-row[row-index="${row}"]`)?.getAttribute('row-id');
      const text = (col) => document.querySelector(`.proc-grid .ag-row[row-id="${CSS.escape(id ?? '')}"] [col-id="${col}"]`)?.textContent ?? null;
      const start = { id, score: text('cc:cc1'), total: text('clientTotal') };
      window.__clientEdit = window.__probe.watch(() => text('clientTotal') !== null && text("clientTotal") !== start.total, 15_000);
      return start;
    }, row);
    check(before.id && before.total !== null, `client edit ${i}: no row ${row} with a client total`);
    const value = (readNl(before.score ?? '') || 0) > 0 ? 0 : 10;
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    const seen = await page.evaluate(() => window.__clientEdit);
    check(!seen.timeout, `client edit ${i}: the client total of row ${row} did not change after typing ${value} (was ${before.score})`);
    const enterAt = await page.evaluate(() => window.__probe.enterAt);
    await page.evaluate(() => window.__probe.quiet(300));
    if (i >= WARMUP_EDITS) samples.push(seen.painted - enterAt);
  }
  return { edits: samples.length, paintedMedianMs: median(samples), paintedP95Ms: percentile(samples, 95), samples };
}

/** Both sides of the matrix's edit bench, merged over rounds (medians of all samples). */
function mergeEdits(list) {
  const samples = list.flatMap((x) => x.samples);
  const pick = (key) => samples.map((s) => s[key]);
  return {
    rounds: list.length,
    edits: samples.length,
    paintedMedianMs: median(pick('paintedMs')),
    paintedP95Ms: percentile(pick('paintedMs'), 95),
    domMedianMs: median(pick('domMs')),
    workMedianMs: samples[0]?.workMs == null ? null : median(pick('workMs')),
    workP95Ms: samples[0]?.workMs == null ? null : percentile(pick('workMs'), 95),
    busyMedianMs: median(pick('busyMs')),
    roundMediansMs: list.map((x) => x.paintedMedianMs),
    samples,
  };
}

async function procedureBench(page, file, g1Max) {
  await openApp(page);
  await openHelpers(page);
  log(`procedure with ${PROC_ROWS} candidates: seeding the matrix through parse → plan → commit`);
  const count = await page.evaluate(({ url, id }) => window.__bench.seedMatrix(url, id), { url: file.url, id: REQUEST_ID });
  check(count === PROC_ROWS, `seeding put ${count} candidates on the request, expected ${PROC_ROWS}`);
  const request = await page.evaluate(async (id) => {
    const r = await new Promise((resolve, reject) => {
      const open = indexedDB.open('shortlist');
      open.onsuccess = () => {
        const get = open.result.transaction('requests').objectStore('requests').get(id);
        get.onsuccess = () => (open.result.close(), resolve(get.result));
        get.onerror = () => reject(get.error);
      };
      open.onerror = () => reject(open.error);
    });
    return { competencies: r.competencies.length, interviewSize: r.interviewSize };
  }, REQUEST_ID);
  const seeded = await page.evaluate((id) => window.__bench.seedProcedure(id), REQUEST_ID);
  const facts = { candidates: PROC_ROWS, ...seeded, competencies: request.competencies, assessors: 2 };
  log(`  procedure seeded: ${seeded.shortlisted} on the shortlist with client scores, ${seeded.invited} invited with a panel of 2, ${seeded.awarded} awarded`);

  const rounds = [];
  for (let i = 0; i < PROC_RUNS; i++) {
    const round = await procedureRound(page, facts, PROFILE && i === 0);
    rounds.push(round);
    log(`  round ${i + 1}: tab → step 3 ${ms(round.tab.ms)}, step 4 ${ms(round.interviews.ms)}, award ${ms(round.award.ms)}, outcomes ${ms(round.outcomes.ms)}, step 3 again ${ms(round.client.ms)}, report first ${ms(round.reportFirst.ms)} / whole ${ms(round.report.ms)}; by address ${ms(round.navigation.ms)}`);
  }
  const steps = {};
  for (const key of ['tab', 'interviews', 'award', 'outcomes', 'client', 'reportFirst', 'report', 'navigation']) {
    const xs = rounds.map((r) => r[key].ms);
    const tasks = rounds.map((r) => r[key].longestTaskMs).filter((x) => x != null);
    steps[key] = { medianMs: median(xs), minMs: Math.min(...xs), maxMs: Math.max(...xs), longestTaskMedianMs: tasks.length ? median(tasks) : null };
  }

  log('  client round: scores typed in the client grid');
  const client = await clientEdits(page, facts, 10);
  log(`  client-round edit-to-repaint: median ${ms(client.paintedMedianMs)}, p95 ${ms(client.paintedP95Ms)}`);

  // The matrix's edit-to-repaint, with the procedure's facts on the request and without, in turns.
  const edits = { with: [], without: [] };
  for (let i = 0; i < 2; i++) {
    for (const side of ['with', 'without']) {
      await openHelpers(page);
      if (side === 'with') await page.evaluate((id) => window.__bench.seedProcedure(id), REQUEST_ID);
      else await page.evaluate((id) => window.__bench.clearProcedure(id), REQUEST_ID);
      await navigate(page, `${BASE}/#/r/${REQUEST_ID}/matrix`);
      await firstRows(page);
      const result = await editBench(page, `matrix ${PROC_ROWS} ${side} procedure data`, g1Max);
      edits[side].push(result);
      log(`  matrix edit-to-repaint ${side} the procedure's facts (round ${i + 1}): median ${ms(result.paintedMedianMs)}, own work ${ms(result.workMedianMs)}`);
    }
  }
  results.procedure = { candidates: PROC_ROWS, runs: PROC_RUNS, seeded: facts, goalMs: PROC_GOAL_MS, steps, rounds, clientEdits: client, edits: { with: mergeEdits(edits.with), without: mergeEdits(edits.without) } };
}

// ---------------------------------------------------------------- report

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('   ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('   ')}` : line;
  }).join('\n');
}

function importReport(imp) {
  const out = ['', `1. Import: ${imp.rows.toLocaleString('en')} rows × 30 columns, ${(imp.bytes / 1e6).toFixed(1)} MB (goal: ours/baseline ≤ 1.5, no main-thread task > 100 ms)`];
  out.push(table([
    ['side', 'parse', 'write', 'total', 'ratio', 'longest task', 'tasks >100 ms'],
    ['baseline: TextDecoder + Papa.parse + Dexie bulkPut, main thread', ms(imp.baseline.parseMs), ms(imp.baseline.writeMs), ms(imp.baseline.totalMs), '1.00×', ms(imp.baseline.longestTaskMs), '—'],
    ['ours: app Import tab (file chosen → preview painted; commit click → notice painted)', ms(imp.ours.previewMs), ms(imp.ours.commitMs), ms(imp.ours.totalMs), ratio(imp.ours.totalMs, imp.baseline.totalMs), ms(imp.ours.longestTaskMs), String(imp.ours.tasksOver100)],
  ]));
  const p = imp.ours.phases;
  out.push(`   ours, phase by phase (worker messages as the page received them): file → worker ${ms(p.fileToWorkerMs)}, SHA-256 ${ms(p.sha256Ms)}, decode + parse + validate ${ms(p.parseMs)}, plan + summary ${ms(p.planAndSummaryMs)}, preview render ${ms(p.previewRenderMs)}, write ${ms(p.writeMs)}, notice ${ms(p.noticeMs)}; the user's whole wait incl. the bench's own click ${ms(imp.ours.userWaitMs)}`);
  for (const t of imp.ours.longTasks) out.push(`   main-thread task of ${ms(t.durationMs)} at +${ms(t.atMs)}, during: ${t.phase}`);
  const fl = imp.floor;
  out.push(`   storage floor, ${fl.rows.toLocaleString('en')} rows in one transaction, no parsing — what IndexedDB alone charges:`, table([
    ['records written', 'time', 'vs bare'],
    ['bare: one 30-field record per row, auto-increment key, no index (raw IndexedDB)', ms(fl.bareMs), '1.00×'],
    ['ours: a candidate + an evaluation per row, UUID / compound keys, the 5 indexes of schema v1 (raw IndexedDB)', ms(fl.oursRawMs), ratio(fl.oursRawMs, fl.bareMs)],
    ['   the same with only evaluations.candidateId indexed (raw IndexedDB)', ms(fl.oursLeanRawMs), ratio(fl.oursLeanRawMs, fl.bareMs)],
    ['   schema v1 through Dexie (ShortlistDb, two bulkPuts in one transaction)', ms(fl.oursDexieMs), ratio(fl.oursDexieMs, fl.bareMs)],
  ]));
  const s = imp.steps;
  if (s) {
    const bareTotal = s.bare.parseMs + s.bare.writeMs;
    const oursTotal = s.ours.shaMs + s.ours.parseMs + s.ours.planMs + s.ours.commitMs;
    out.push('   the same steps in a module worker, both sides:', table([
      ['step', 'bare', 'ours', 'ratio'],
      ['parse (bare: decode + Papa.parse; ours: parseCandidatesCsv = decode, dialect, Papa, map, validate)', ms(s.bare.parseMs), ms(s.ours.parseMs), ratio(s.ours.parseMs, s.bare.parseMs)],
      ['SHA-256 of the file (ours only)', '—', ms(s.ours.shaMs), '—'],
      ['plan (read pool, match, decide each row; ours only)', '—', ms(s.ours.planMs), '—'],
      ['write (bare: 1 bulkPut of the header objects, no index; ours: commitImport)', ms(s.bare.writeMs), ms(s.ours.commitMs), ratio(s.ours.commitMs, s.bare.writeMs)],
      ['   the records commitImport wrote, bulkPut again into a fresh db with our schema', '—', ms(s.ours.rewriteMs), ratio(s.ours.rewriteMs, s.bare.writeMs)],
      ['total', ms(bareTotal), ms(oursTotal), ratio(oursTotal, bareTotal)],
    ]));
  }
  return out;
}

function matrixReport(matrix) {
  const out = ['', `2. Matrix edit-to-repaint: Enter keydown → total and rank cells of the row show new text (DOM) → the frame after (painted); ${EDITS} edits each after ${WARMUP_EDITS} warm-up (goal: ≤ 16 ms at 10 000)`];
  const rows = [['candidates', 'side', 'DOM median', 'DOM p95', 'painted median', 'painted p95', 'painted max', 'ratio (painted median)', 'main thread busy until', 'longest task per edit (median / max)', 'own work per edit (median / p95)']];
  for (const n of MATRIX_SIZES) {
    const { ours, bare } = matrix[n];
    const line = (label, x, r) => [label, ms(x.domMedianMs), ms(x.domP95Ms), ms(x.paintedMedianMs), ms(x.paintedP95Ms), ms(x.paintedMaxMs), r, ms(x.busyMedianMs), `${ms(x.longestTaskMedianMs)} / ${ms(x.longestTaskMaxMs)}`, x.workMedianMs == null ? '—' : `${ms(x.workMedianMs)} / ${ms(x.workP95Ms)}`];
    rows.push([n.toLocaleString('en'), ...line('ours (app)', ours, ratio(ours.paintedMedianMs, bare.paintedMedianMs))]);
    rows.push(['', ...line('bare AG Grid', bare, '1.00×')]);
  }
  out.push(table(rows));
  out.push('   bare AG Grid = same rows and column layout, valueSetter + plain re-sort for ranks + one applyTransaction; no Solid, no validation, no undo, no IndexedDB write.');
  out.push('   own work = the app\'s synchronous work for one edit (user timing "shortlist:edit": check, apply, re-rank, refresh the grid), the part of the frame that is ours.');
  return out;
}

function firstRenderRows(firstRender) {
  return Object.fromEntries(Object.entries(firstRender).map(([n, r]) => [n, r.ours.layout]));
}

function firstRenderReport(firstRender) {
  const out = ['', '3. First render: navigation start (or the click on the Matrix tab) → first grid rows painted'];
  const rows = [['candidates', 'ours: navigation', 'bare: navigation', 'ratio', 'paired ratio (p25–p75)', 'fastest rounds', 'ours: tab click', 'ours: longest task', 'bare: longest task', 'rounds']];
  for (const [n, { ours, bare }] of Object.entries(firstRender)) {
    const spread = pairedRatios(ours.rounds, bare.rounds);
    const fastest = (list) => Math.min(...list.map((r) => r.navigationMs));
    rows.push([
      Number(n).toLocaleString('en'), ms(ours.navigationMs), ms(bare.navigationMs), ratio(ours.navigationMs, bare.navigationMs),
      spread ? `${spread.median.toFixed(2)}× (${spread.p25.toFixed(2)}–${spread.p75.toFixed(2)})` : '—',
      `${ms(fastest(ours.rounds))} / ${ms(fastest(bare.rounds))} = ${ratio(fastest(ours.rounds), fastest(bare.rounds))}`,
      ms(ours.tabMs), ms(ours.navigationLongestTaskMs), ms(bare.navigationLongestTaskMs), `median of ${ours.rounds.length}`,
    ]);
  }
  out.push(table(rows));
  out.push('   ratio = median over median (the goal\'s figure); paired ratio = each app round over the bare round right after it, median and');
  out.push('   quartiles (slow drifts of the machine cancel out); fastest rounds = the quickest of each side, the least disturbed by noise.');
  out.push('   bare = a static page that reads the same evaluations and candidates with Dexie and hands them to a bare AG Grid,');
  const layout = Object.values(firstRenderRows(firstRender))[0];
  out.push(`   drawing the app's grid area and rows: ${layout ? `${layout.width} × ${layout.height} px at (${layout.x}, ${layout.y}), rows of ${layout.rowHeight} px under a ${layout.groupHeaderHeight} + ${layout.headerHeight} px header, ${layout.rowsDrawn} rows and ${layout.cellsDrawn ?? "?"} cells (${layout.columnsDrawn ?? "?"} columns) in the DOM` : '—'} (measured in the app each round).`);
  return out;
}

/** Each app round over the bare round run right after it: the median and quartiles of those ratios. */
function pairedRatios(ours, bare) {
  const ratios = ours.map((o, i) => o.navigationMs / bare[i]?.navigationMs).filter(Number.isFinite).sort((a, b) => a - b);
  if (!ratios.length) return null;
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * (ratios.length - 1) + 0.5))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75) };
}

function parserReport(p) {
  const out = ['', `4. Posting parser: one pasted text of ~${(PARSER_BYTES / 1000).toFixed(0)} KB, ${p.runs} runs each in the helper page, in turns with text.split('\\n') of the same text (goal: median < 50 ms)`];
  const rows = [['paste', 'parse median', 'p95', 'min', 'max', "split('\\n') median", 'ratio', 'found']];
  for (const t of Object.values(p.texts)) {
    rows.push([`${t.label} (${(t.chars / 1000).toFixed(0)} KB)`, ms(t.parse.medianMs), ms(t.parse.p95Ms), ms(t.parse.minMs), ms(t.parse.maxMs), `${t.split.medianMs.toFixed(3)} ms`, `${t.ratio.toFixed(0)}×`, `${t.found.knockOuts} knock-outs, ${t.found.criteria} criteria`]);
  }
  out.push(table(rows));
  out.push('   each split sample is a batch of 20 splits of 20 distinct copies (V8 caches a split of the same string), divided by 20; the parser gets a fresh string each run too.');
  return out;
}

function procedureReport(p) {
  const out = ['', `5. Procedure tab: ${p.candidates.toLocaleString('en')} candidates, ${p.seeded.shortlisted} on the shortlist with client scores, ${p.seeded.invited} invited with a panel of ${p.seeded.assessors}, an award; click → the step's content painted, median of ${p.runs} (goal: < ${ms(p.goalMs)} each)`];
  const rows = [['step', 'median', 'min', 'max', 'longest task (median)', 'goal']];
  const label = {
    tab: 'Procedure tab from the Criteria tab → step 3 (client grid, proposal)',
    interviews: 'Step 4 · interviews (a panel card per invited candidate)',
    award: 'Award (the award stated)',
    outcomes: 'Outcomes (the first 20 rows with their sentences)',
    client: 'Step 3 again (from the outcomes)',
    reportFirst: 'Report: the first candidates',
    report: `Report: all ${p.candidates.toLocaleString('en')} candidates' sections`,
    navigation: 'By address (#/r/…/procedure): navigation start → step 3',
  };
  for (const [key, text] of Object.entries(label)) {
    const x = p.steps[key];
    rows.push([text, ms(x.medianMs), ms(x.minMs), ms(x.maxMs), ms(x.longestTaskMedianMs), key === 'navigation' ? '—' : x.medianMs < p.goalMs ? 'met' : 'MISSED']);
  }
  out.push(table(rows));
  const c = p.clientEdits;
  out.push(`   a score typed in the client's grid (step 3) → the row's client total painted: median ${ms(c.paintedMedianMs)}, p95 ${ms(c.paintedP95Ms)} (${c.edits} edits)`);
  const w = p.edits.with;
  const wo = p.edits.without;
  out.push(`   matrix edit-to-repaint at ${p.candidates.toLocaleString('en')}, the procedure's facts on the request or not, ${w.rounds} rounds each in turns (Enter → total and rank painted):`);
  out.push(table([
    ['side', 'painted median', 'painted p95', 'own work (median / p95)', 'round medians', 'ratio'],
    ['without the procedure\'s facts', ms(wo.paintedMedianMs), ms(wo.paintedP95Ms), `${ms(wo.workMedianMs)} / ${ms(wo.workP95Ms)}`, wo.roundMediansMs.map(ms).join(', '), '1.00×'],
    ['with them (client scores, invitations, panel, award)', ms(w.paintedMedianMs), ms(w.paintedP95Ms), `${ms(w.workMedianMs)} / ${ms(w.workP95Ms)}`, w.roundMediansMs.map(ms).join(', '), ratio(w.paintedMedianMs, wo.paintedMedianMs)],
  ]));
  return out;
}

function report() {
  const r = results;
  const noise = Object.entries(r.noise).map(([when, n]) => `${when} ${ms(n.medianMs)} (${ms(n.minMs)}–${ms(n.maxMs)})`).join(', ');
  const out = [
    '',
    `Shortlist bench — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memGb} GB, Node ${process.version}, Chromium ${r.machine.chromium}, ${(r.durationS / 60).toFixed(1)} min`,
    `Machine noise (the same fixed JS loop, median of 7 and range): ${noise}. Compare ratios, not absolute times, when these differ.`,
  ];
  if (r.import.rows) out.push(...importReport(r.import));
  if (r.matrix[MATRIX_SIZES[0]]) out.push(...matrixReport(r.matrix));
  if (Object.keys(r.firstRender).length > 0) out.push(...firstRenderReport(r.firstRender));
  if (r.parser.runs) out.push(...parserReport(r.parser));
  if (r.procedure.candidates) out.push(...procedureReport(r.procedure));
  if (Object.keys(r.team).length > 0) out.push(...teamReport(r.team));
  out.push('', `JSON: ${OUT_JSON}`, '');
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------- 5. team mode

/** `npm run team-server` on a free port of 127.0.0.1, in memory; stopped (SIGTERM to its group) afterwards. */
async function startTeamServer() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const port = probe.address().port;
  await new Promise((done) => probe.close(done));
  const child = spawn(process.execPath, [join(ROOT, 'scripts/team-server.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const dbUrl = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new BenchError(`the team server did not start within 60 s:\n${output}`)), 60_000);
    const hear = (chunk) => {
      output += chunk;
      const ready = /Team server ready: (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        done(ready[1]);
      }
    };
    child.stdout.on('data', hear);
    child.stderr.on('data', hear);
    child.once('exit', (code) => fail(new BenchError(`the team server stopped (exit ${code}):\n${output}`)));
  });
  return {
    dbUrl,
    async stop() {
      const gone = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid, 'SIGTERM');
      await gone;
    },
  };
}

const teamState = (page) => page.locator('.team-state');

/** Connects the open app through its sidebar form, then waits until everything is on the server. */
async function connectTeam(page, dbUrl) {
  await page.getByRole('button', { name: 'Verbinden met team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verbinden met een team' });
  await dialog.getByRole('textbox', { name: 'Serveradres' }).fill(dbUrl);
  await dialog.getByRole('textbox', { name: 'Gebruikersnaam' }).fill('alice');
  await dialog.getByLabel('Wachtwoord').fill('alice-secret');
  await dialog.getByRole('textbox', { name: 'Naam als beoordelaar' }).fill('Alice');
  await dialog.getByRole('button', { name: 'Verbinden' }).click();
  await teamInSync(page);
}

async function disconnectTeam(page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Verbinding verbreken' }).click();
  await page.getByRole('button', { name: 'Verbinden met team' }).waitFor({ timeout: 60_000 });
}

async function teamInSync(page) {
  await teamState(page).filter({ hasText: 'Gesynchroniseerd' }).waitFor({ timeout: 600_000 });
}

/**
 * Edit-to-repaint at n candidates, local only and then connected to a team (every record on the
 * server, live sync running), in one browser profile; then an import of n rows into a fresh
 * profile of each kind. Team mode must not slow either (PRODUCT §12): the ratio is team / local.
 */
async function teamBench(n, file, g1Max, team) {
  const edits = await withBrowser(`team-edit-${n}`, async (page) => {
    await openApp(page);
    await openHelpers(page);
    log(`team mode: ${n} candidates seeded; edits local only, then connected`);
    // The sample request is the bench's: made the user's own, or team mode would keep it home.
    await page.evaluate(() => window.__bench.ownSample());
    const count = await page.evaluate(({ url, id }) => window.__bench.seedMatrix(url, id), { url: file.url, id: REQUEST_ID });
    check(count === n, `seeding put ${count} candidates on the request, expected ${n}`);
    // Local only and connected in turns (disconnecting stops sync and keeps everything), so that
    // a machine that gets busier during the run weighs on both sides alike.
    const sides = { local: [], team: [] };
    let upMs = 0;
    for (let round = 0; round < TEAM_ROUNDS; round++) {
      await navigate(page, `${BASE}/#/r/${REQUEST_ID}/matrix`);
      await firstRows(page);
      const local = await editBench(page, `local ${n}`, g1Max);
      sides.local.push(local);
      log(`  round ${round + 1}, local only: median ${ms(local.paintedMedianMs)}, p95 ${ms(local.paintedP95Ms)}`);
      const started = performance.now();
      await connectTeam(page, team.dbUrl);
      if (round === 0) {
        upMs = performance.now() - started;
        const info = await (await fetch(team.dbUrl, { headers: { authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` } })).json();
        check(info.doc_count >= 2 * n, `in sync, but the server holds ${info.doc_count} documents, fewer than ${2 * n}`);
        log(`  connected: ${info.doc_count} documents (${n} candidates, their evaluations and change log) on the server in ${ms(upMs)}`);
      }
      await navigate(page, `${BASE}/#/r/${REQUEST_ID}/matrix`);
      await firstRows(page);
      await teamInSync(page);
      const teamed = await editBench(page, `team ${n}`, g1Max);
      await teamInSync(page);
      sides.team.push(teamed);
      log(`  round ${round + 1}, in team mode: median ${ms(teamed.paintedMedianMs)}, p95 ${ms(teamed.paintedP95Ms)} (${ratio(teamed.paintedMedianMs, local.paintedMedianMs)})`);
      await disconnectTeam(page);
    }
    const local = mergeEdits(sides.local);
    const teamed = mergeEdits(sides.team);
    return { local, team: teamed, ratio: teamed.paintedMedianMs / local.paintedMedianMs, firstUploadMs: upMs };
  });
  const importOnce = (label, server) =>
    withBrowser(`team-import-${label}`, async (page) => {
      await openApp(page);
      await openHelpers(page);
      await page.evaluate(() => window.__bench.ownSample());
      await openApp(page);
      if (server) await connectTeam(page, server.dbUrl);
      const { preview, done, probe } = await importThroughApp(page, file, n);
      const result = { previewMs: preview.painted - probe.changeAt, commitMs: done.painted - probe.clickAt };
      log(`  import of ${n} rows ${label}: preview ${ms(result.previewMs)}, commit ${ms(result.commitMs)}`);
      return result;
    });
  const local = await importOnce('local only', null);
  // A team of its own, empty: on the first one the edit bench's people are there already, and the
  // import would find them all unchanged.
  const fresh = await startTeamServer();
  let teamed;
  try {
    teamed = await importOnce('in team mode', fresh);
  } finally {
    await fresh.stop();
  }
  results.team[n] = { edits, import: { local, team: teamed, ratio: (teamed.previewMs + teamed.commitMs) / (local.previewMs + local.commitMs) } };
}

function teamReport(team) {
  const out = ['', '6. Team mode (connected to a local team server, live sync running) against local only, same run'];
  const rows = [['candidates', 'edit-to-repaint local', 'in team mode', 'ratio', 'import local (preview + commit)', 'in team mode', 'ratio']];
  for (const [n, r] of Object.entries(team)) {
    rows.push([n, ms(r.edits.local.paintedMedianMs), ms(r.edits.team.paintedMedianMs), `${r.edits.ratio.toFixed(2)}×`, ms(r.import.local.previewMs + r.import.local.commitMs), ms(r.import.team.previewMs + r.import.team.commitMs), `${r.import.ratio.toFixed(2)}×`]);
  }
  out.push(table(rows));
  out.push(`   edits: ${TEAM_ROUNDS} rounds of local only and connected in turns, medians of all their edits; imports: a fresh profile each, the connected one on an empty team`);
  out.push('   the first upload of everything to the server (not part of either ratio): ' + Object.entries(team).map(([n, r]) => `${n}: ${ms(r.edits.firstUploadMs)}`).join(', '));
  return out;
}

// ---------------------------------------------------------------- main

async function main() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new BenchError(`Chromium is missing at ${CHROMIUM} (sudo apt-get install -y chromium, or set CHROMIUM_PATH). Never run 'npx playwright install' here.`);
  }
  results.machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  await buildAll();
  // The CSVs (100 000 rows) are only for the import, the matrix, team mode and the procedure.
  const csvs = runs('import') || runs('matrix') || runs('team') || runs('procedure') ? writeCsvs() : undefined;
  const files = csvs?.files ?? {};
  const g1Max = csvs?.request.criteria[0].maxPoints;
  if (csvs) log(`wrote ${Object.values(files).map((f) => `${f.name} (${(f.bytes / 1e6).toFixed(1)} MB)`).join(', ')}`);

  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: DIST }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
  try {
    await withBrowser('noise', (page) => noiseCheck(page, 'start'));
    if (runs('import')) {
      await withBrowser('import', async (page) => {
        const stored = await importBench(page, files);
        await firstRenderLarge(page, stored);
      });
    }
    await withBrowser('noise', (page) => noiseCheck(page, 'middle'));
    if (runs('matrix')) for (const n of MATRIX_SIZES) await withBrowser(`matrix-${n}`, (page) => matrixBench(page, n, files[n], g1Max));
    if (runs('parser')) await withBrowser('parser', (page) => parserBench(page));
    if (runs('procedure')) await withBrowser('procedure', (page) => procedureBench(page, files[PROC_ROWS], g1Max));
    if (runs('team')) {
      const team = await startTeamServer();
      try {
        await teamBench(TEAM_SIZE, files[TEAM_SIZE], g1Max, team);
      } finally {
        await team.stop();
      }
    }
    await withBrowser('noise', (page) => noiseCheck(page, 'end'));
  } finally {
    await new Promise((done) => server.httpServer.close(done));
  }
  results.finishedAt = new Date().toISOString();
  results.durationS = (performance.now() - T0) / 1000;
  mkdirSync(dirname(OUT_JSON), { recursive: true });
  writeFileSync(OUT_JSON, JSON.stringify(results, null, 2));
  report();
}

main().catch((error) => {
  console.error(`\nBENCH FAILED: ${error instanceof BenchError ? error.message : error?.stack ?? error}\nNo table and no JSON were written.\n`);
  process.exit(1);
});
