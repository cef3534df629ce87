// Team mode through the app's own screens (PRODUCT §12): two browser profiles (two devices, two
// assessors) connected to a real team server on 127.0.0.1, started here and stopped by its PID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { startTeamServer, type TeamServer } from '../sync/team-server';
import { cell, nameRow, watchForeignRequests } from './helpers';

let team: TeamServer;
let scratch = '';

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'team-e2e-'));
  team = await startTeamServer();
});
test.afterAll(async () => {
  await team?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Device = { context: BrowserContext; page: Page; foreign: string[]; dir: string };
const opened: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of opened.splice(0)) await context.close().catch(() => undefined);
});

/** A browser profile of its own (its own IndexedDB, cookies and service worker), on the app. */
async function device(name: string, testInfo: TestInfo): Promise<Device> {
  const dir = join(scratch, `${testInfo.title.slice(0, 20).replace(/\W+/g, '-')}-${name}`);
  const use = testInfo.project.use;
  const context = await chromium.launchPersistentContext(dir, {
    ...use.launchOptions,
    headless: true,
    baseURL: use.baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1440, height: 900 },
  });
  opened.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    throw error;
  });
  const foreign = watchForeignRequests(page);
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeVisible();
  return { context, page, foreign, dir };
}

const sidebar = (page: Page) => page.getByRole('complementary');
const teamState = (page: Page) => sidebar(page).locator('.team-state');

async function connect(page: Page, user: string, password = `${user}-secret`, address = team.dbUrl) {
  await sidebar(page).getByRole('button', { name: 'Verbinden met team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verbinden met een team' });
  await dialog.getByRole('textbox', { name: 'Serveradres' }).fill(address);
  await dialog.getByRole('textbox', { name: 'Gebruikersnaam' }).fill(user);
  await dialog.getByLabel('Wachtwoord').fill(password);
  await dialog.getByRole('textbox', { name: 'Naam als beoordelaar' }).fill(user[0]?.toUpperCase() + user.slice(1));
  await dialog.getByRole('button', { name: 'Verbinden' }).click();
  return dialog;
}

async function inSync(page: Page) {
  await expect(teamState(page)).toContainText('Gesynchroniseerd', { timeout: 30_000 });
}

async function openRequest(page: Page, title: RegExp) {
  await page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: title }).click();
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.locator('.ag-root').first()).toBeVisible();
}

async function typeScore(page: Page, name: string, colId: string, text: string) {
  const target = await cell(page, name, colId);
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(target).toHaveText(text);
}

async function addPerson(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Naam nieuwe kandidaat' }).fill(name);
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(nameRow(page, name)).toHaveCount(1);
}

/** The team server's copy of a document, read over HTTP as its administrator. */
async function onServer(id: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${team.dbUrl}/${encodeURIComponent(id)}`, { headers: { authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` } });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A new request on device A, made from seed 25924 by "Dupliceren" (the copy is team data, the seed is not). */
async function teamRequest(a: Page, people: string[]): Promise<void> {
  await a.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: /25924/ }).click();
  await a.getByRole('button', { name: 'Dupliceren' }).click();
  await a.getByRole('tab', { name: 'Matrix' }).click();
  for (const name of people) await addPerson(a, name);
}

test('A scores and B sees it; edits made apart on both merge, the same cell is marked with its other value; sample data stays home', async ({}, testInfo) => {
  test.setTimeout(180_000);
  const a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await inSync(a.page);
  await expect(sidebar(a.page)).toContainText('alice op 127.0.0.1');
  await connect(b.page, 'bob');
  await inSync(b.page);

  await teamRequest(a.page, ['Anna Teamlid', 'Bram Teamlid']);
  await typeScore(a.page, 'Anna Teamlid', 'cr:cr1', '5');
  // B sees the copy, both people and A's score within seconds.
  const copy = /25924.*\(kopie\)|\(kopie\)/;
  await expect(b.page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: copy })).toBeVisible({ timeout: 15_000 });
  await openRequest(b.page, copy);
  await expect(nameRow(b.page, 'Bram Teamlid')).toHaveCount(1, { timeout: 15_000 });
  await expect(await cell(b.page, 'Anna Teamlid', 'cr:cr1')).toHaveText('5', { timeout: 15_000 });
  // The sample requests never left either device: each has its own two, nobody else's.
  await expect(b.page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button')).toHaveCount(3);
  expect((await onServer('request:seed-25924')).status).toBe(404);

  // Both go offline and edit: different cells, and one cell on both (B's change is the later one).
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await typeScore(a.page, 'Anna Teamlid', 'cr:cr1', '6');
  await typeScore(a.page, 'Bram Teamlid', 'cr:cr2', '15');
  await expect(teamState(a.page)).toContainText(/wijziging(en)? wacht/, { timeout: 30_000 });
  await a.page.waitForTimeout(50);
  await typeScore(b.page, 'Anna Teamlid', 'cr:cr1', '7');
  await typeScore(b.page, 'Anna Teamlid', 'cr:cr2', '10');
  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await inSync(a.page);
  await inSync(b.page);

  for (const d of [a, b]) {
    await expect(await cell(d.page, 'Anna Teamlid', 'cr:cr1')).toHaveText('7', { timeout: 30_000 });
    await expect(await cell(d.page, 'Anna Teamlid', 'cr:cr2')).toHaveText('10', { timeout: 30_000 });
    await expect(await cell(d.page, 'Bram Teamlid', 'cr:cr2')).toHaveText('15', { timeout: 30_000 });
    // The same-cell conflict: marked, with A's 6 kept in the change log and the details panel.
    await expect(await cell(d.page, 'Anna Teamlid', 'cr:cr1')).toHaveClass(/cell-marked/, { timeout: 30_000 });
    await expect(await cell(d.page, 'Anna Teamlid', 'cr:cr2')).not.toHaveClass(/cell-marked/);
    await (await cell(d.page, 'Anna Teamlid', 'name')).click();
    await d.page.getByRole('button', { name: 'Details' }).click();
    const details = d.page.getByRole('complementary', { name: 'Details van Anna Teamlid' });
    await expect(details.locator('.marks-list')).toContainText('op twee apparaten tegelijk gewijzigd (G1');
    await expect(details.locator('.marks-list')).toContainText(': 6');
    await expect(details.locator('.change-log')).toContainText(/G1.*6 → 7/);
  }
  // Someone looked at it: the mark goes, on the other device too.
  await a.page.getByRole('complementary', { name: 'Details van Anna Teamlid' }).getByRole('button', { name: /^Gezien: / }).click();
  await expect(await cell(a.page, 'Anna Teamlid', 'cr:cr1')).not.toHaveClass(/cell-marked/);
  await expect(await cell(b.page, 'Anna Teamlid', 'cr:cr1')).not.toHaveClass(/cell-marked/, { timeout: 20_000 });
  expect(a.foreign).toEqual([]);
  expect(b.foreign).toEqual([]);
});
