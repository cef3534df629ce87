import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { openApp } from './helpers';

// Issue 10 part 6: the JavaScript a start loads before its first paint — the entry and its static
// imports, fetched before the app's own code runs (the mark 'shortlist:start' in src/main.tsx) — is
// at most 60 kB gzip. AG Grid, the tabs, the seeding with PapaParse, the posting parser and the texts
// beyond the app frame load after it.
const BUDGET = 60_000;

interface Script {
  path: string;
  /** Fetched before the app's code started: part of what the first paint waits for. */
  beforeStart: boolean;
  startTime: number;
  gzip: number;
  text: string;
}

async function scriptsOf(page: Page): Promise<Script[]> {
  const entries = await page.evaluate(() => {
    const start = performance.getEntriesByName('shortlist:start')[0]?.startTime ?? NaN;
    return performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ url: e.name, startTime: e.startTime, beforeStart: e.startTime <= start }));
  });
  const scripts: Script[] = [];
  for (const e of entries) {
    const body = await (await page.request.get(e.url)).body();
    scripts.push({ path: new URL(e.url).pathname, beforeStart: e.beforeStart, startTime: e.startTime, gzip: gzipSync(body).length, text: body.toString('utf8') });
  }
  return scripts.sort((a, b) => a.startTime - b.startTime);
}

const sum = (scripts: Script[]) => scripts.reduce((n, s) => n + s.gzip, 0);
const isGrid = (s: Script) => /\/ag-grid-[^/]*\.js$/.test(s.path);

test('a start loads at most 60 kB of gzipped JavaScript before its first paint, and AG Grid only after it', async ({ page }) => {
  const report: string[] = [];
  await openApp(page);
  for (const visit of ['first run', 'later start']) {
    if (visit === 'later start') await page.reload();
    await expect(page.locator('.ag-row[row-id]').first()).toBeVisible();
    const scripts = await scriptsOf(page);
    const firstPaint = scripts.filter((s) => s.beforeStart);
    const grid = scripts.find(isGrid);
    expect(grid, 'the matrix loads AG Grid as a chunk of its own').toBeDefined();
    const beforeGrid = scripts.filter((s) => s.startTime < (grid?.startTime ?? Infinity));
    report.push(
      `${visit}: first paint ${sum(firstPaint)} B gzip (${firstPaint.map((s) => s.path.replace('/assets/', '')).join(', ')}); ` +
        `everything requested before the AG Grid chunk ${sum(beforeGrid)} B; AG Grid ${grid?.gzip} B`,
    );
    expect(firstPaint.length, 'the entry script is measured').toBeGreaterThan(0);
    expect(sum(firstPaint), `${visit}: the first paint's JavaScript`).toBeLessThanOrEqual(BUDGET);
    expect(firstPaint.filter(isGrid), 'AG Grid is not part of the first paint').toEqual([]);
    // PapaParse (its error codes are in its code) comes with the seeding or an import, never first.
    expect(firstPaint.filter((s) => s.text.includes('UndetectableDelimiter')).map((s) => s.path)).toEqual([]);
  }
  console.log(report.join('\n'));
  test.info().annotations.push({ type: 'first paint', description: report.join(' | ') });
});

// One language at a time: a start loads the whole dictionary of the chosen language only; the other
// loads when the user switches to it, and the switch waits for it, so no screen shows half of it.
test('a start loads the texts of the chosen language only, and a switch loads the other before it shows', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: /30601/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Zoeken in de matrix' }).or(page.getByRole('textbox', { name: 'Zoeken in de matrix' }))).toBeVisible();
  const dictionaries = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\/assets\/(nl|en)-[\w-]+\.js$/.test(p))
        .map((p) => p.split('/').pop()?.split('-')[0]),
    );
  expect(await dictionaries()).toEqual(['nl']);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  // The app frame and the matrix's own texts (beyond the frame's) switch together.
  await expect(page.getByRole('navigation', { name: 'Requests' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the matrix' }).or(page.getByRole('textbox', { name: 'Search the matrix' }))).toBeVisible();
  expect(await dictionaries()).toEqual(['nl', 'en']);
  // And back: nothing more to load.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeVisible();
  expect(await dictionaries()).toEqual(['nl', 'en']);
});
