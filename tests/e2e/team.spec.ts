// Team mode through the app's own screens (PRODUCT §12): two browser profiles (two devices, two
// assessors) connected to a real team server on 127.0.0.1, started here and stopped by its PID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { startTeamServer, type TeamServer } from '../sync/team-server';
import { cell, nameRow, storedRecords, typeScore as typeInCell, watchForeignRequests } from './helpers';

let team: TeamServer;
let scratch = '';

// A team server of its own for each test, so one test's documents are not the next one's.
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'team-e2e-'));
});
test.beforeEach(async () => {
  team = await startTeamServer();
});
test.afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Device = { context: BrowserContext; page: Page; foreign: string[]; dir: string };
const opened: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of opened.splice(0)) await context.close().catch(() => undefined);
  await team?.stop();
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

/** A score typed as a user does, and shown by its cell. */
async function typeScore(page: Page, name: string, colId: string, text: string) {
  await expect(await typeInCell(page, name, colId, text)).toHaveText(text);
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
  // The copy opens on its Criteria tab once it is written (its code loads with the first write):
  // a click on "Matrix" before that lands on the original and is then undone by the switch.
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('SOR Ondersteuner (kopie)');
  await expect(a.getByRole('tab', { name: 'Criteria' })).toHaveAttribute('aria-selected', 'true');
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

/** The records of this profile's IndexedDB (Dexie's `shortlist` database) for one person. */
async function personInIndexedDb(page: Page, id: string): Promise<{ candidate: boolean; evaluations: number }> {
  const candidates = await storedRecords<{ id: string }>(page, 'candidates');
  const evaluations = await storedRecords<{ candidateId: string }>(page, 'evaluations');
  return { candidate: candidates.some((c) => c.id === id), evaluations: evaluations.filter((e) => e.candidateId === id).length };
}

test('A erases a person while B is offline and edits them: after B is back the person is gone on both and on the server', async ({}, testInfo) => {
  test.setTimeout(180_000);
  const a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await connect(b.page, 'bob');
  await inSync(a.page);
  await inSync(b.page);
  await teamRequest(a.page, ['Cor Wissen', 'Dirk Blijft']);
  const id = (await nameRow(a.page, 'Cor Wissen').first().getAttribute('row-id')) ?? '';
  expect(id).not.toBe('');
  await openRequest(b.page, /\(kopie\)/);
  await expect(nameRow(b.page, 'Cor Wissen')).toHaveCount(1, { timeout: 15_000 });
  await expect.poll(async () => (await onServer(`candidate:${id}`)).status, { timeout: 15_000 }).toBe(200);

  await b.context.setOffline(true);
  // A: "Overal wissen" from the details panel.
  await (await cell(a.page, 'Cor Wissen', 'name')).click();
  await a.page.getByRole('button', { name: 'Details' }).click();
  a.page.once('dialog', (dialog) => void dialog.accept());
  await a.page.getByRole('button', { name: 'Overal wissen' }).click();
  await expect(nameRow(a.page, 'Cor Wissen')).toHaveCount(0);
  // B, offline, still scores Cor.
  await typeScore(b.page, 'Cor Wissen', 'cr:cr1', '4');
  await b.context.setOffline(false);

  await expect(nameRow(b.page, 'Cor Wissen')).toHaveCount(0, { timeout: 30_000 });
  await expect(nameRow(b.page, 'Dirk Blijft')).toHaveCount(1);
  await expect(nameRow(a.page, 'Cor Wissen')).toHaveCount(0);
  for (const d of [a, b]) await expect.poll(() => personInIndexedDb(d.page, id), { timeout: 30_000 }).toEqual({ candidate: false, evaluations: 0 });
  // The server holds only the deletion: no name, no score.
  await expect.poll(async () => (await onServer(`candidate:${id}`)).status, { timeout: 30_000 }).toBe(404);
  await expect.poll(async () => (await onServer(`evaluation:${encodeURIComponent((await a.page.evaluate(() => location.hash)).split('/')[2] ?? '')}:${id}`)).status, { timeout: 30_000 }).toBe(404);
  expect((await onServer(`erasure:${id}`)).json).toMatchObject({ body: { candidateId: id } });
  expect(JSON.stringify((await onServer(`erasure:${id}`)).json)).not.toContain('Cor');
});

test('a wrong password, a user who is no member, an address that is no CouchDB and one where nothing answers: each said, nothing changed', async ({}, testInfo) => {
  const a = await device('a', testInfo);
  const requests = a.page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button');
  await expect(requests).toHaveCount(2);
  // Someone with an account on the server who is no member of the team database.
  const created = await fetch(`${team.url}/_users/org.couchdb.user:mallory`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` },
    body: JSON.stringify({ _id: 'org.couchdb.user:mallory', name: 'mallory', password: 'mallory-secret', type: 'user', roles: [] }),
  });
  expect([201, 409]).toContain(created.status);

  const cases: { user: string; password: string; address?: string; says: RegExp; field: string }[] = [
    { user: 'alice', password: 'wrong', says: /gebruikersnaam of het wachtwoord klopt niet/, field: 'Wachtwoord' },
    { user: 'mallory', password: 'mallory-secret', says: /Geen toegang tot dit team/, field: 'Gebruikersnaam' },
    { user: 'alice', password: 'alice-secret', address: `${testInfo.project.use.baseURL}/shortlist-team`, says: /geen CouchDB-server/, field: 'Serveradres' },
    { user: 'alice', password: 'alice-secret', address: 'http://127.0.0.1:9/shortlist-team', says: /niet bereikbaar/, field: 'Serveradres' },
    { user: 'alice', password: 'alice-secret', address: 'ftp://example.nl/team', says: /geen adres van een teamdatabase/, field: 'Serveradres' },
  ];
  for (const c of cases) {
    const dialog = await connect(a.page, c.user, c.password, c.address);
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(c.says);
    await expect(alert).toContainText('Uw gegevens op dit apparaat zijn ongewijzigd.');
    // The field to fix has the focus and says it is wrong.
    await expect(dialog.getByLabel(c.field, { exact: true })).toBeFocused();
    await expect(dialog.getByLabel(c.field, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    await expect(sidebar(a.page).getByRole('button', { name: 'Verbinden met team' })).toBeVisible();
  }
  await expect(requests).toHaveCount(2);
  expect(a.foreign).toEqual([]);
});

test('the server killed mid-sync and started again: sync resumes by itself, nothing lost and nothing doubled', async ({}, testInfo) => {
  test.setTimeout(180_000);
  await team.stop();
  team = await startTeamServer({ TEAM_DATA: join(scratch, 'kill-data') });
  const a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await connect(b.page, 'bob');
  await inSync(a.page);
  await inSync(b.page);
  await teamRequest(a.page, ['Eva Een']);
  await openRequest(b.page, /\(kopie\)/);
  await expect(nameRow(b.page, 'Eva Een')).toHaveCount(1, { timeout: 15_000 });

  await team.kill();
  await addPerson(a.page, 'Fien Twee');
  await addPerson(a.page, 'Gijs Drie');
  await typeScore(a.page, 'Eva Een', 'cr:cr1', '3');
  await expect(teamState(a.page)).toContainText('Offline', { timeout: 45_000 });
  await expect(teamState(a.page)).toContainText(/\d+ wijzigingen wachten op verzending/);

  team = await startTeamServer(team.env);
  await inSync(a.page);
  await expect(nameRow(b.page, 'Gijs Drie')).toHaveCount(1, { timeout: 45_000 });
  await expect(nameRow(b.page, 'Fien Twee')).toHaveCount(1);
  await expect(nameRow(b.page, 'Eva Een')).toHaveCount(1);
  const rowsAtB = () => b.page.evaluate(() => new Set([...document.querySelectorAll('.ag-row[row-id]')].map((r) => r.getAttribute('row-id'))).size);
  await expect.poll(rowsAtB).toBe(3);
  await expect(await cell(b.page, 'Eva Een', 'cr:cr1')).toHaveText('3', { timeout: 30_000 });
  await inSync(b.page);
});

test('after a browser restart the session is gone: "Afgemeld", sign in with only the password, and the changes made meanwhile go up', async ({}, testInfo) => {
  test.setTimeout(120_000);
  let a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await connect(b.page, 'bob');
  await inSync(a.page);
  await teamRequest(a.page, ['Hans Herstart']);
  await openRequest(b.page, /\(kopie\)/);
  await expect(nameRow(b.page, 'Hans Herstart')).toHaveCount(1, { timeout: 15_000 });

  await a.context.close();
  a = await device('a', testInfo);
  await expect(teamState(a.page)).toContainText('Afgemeld', { timeout: 20_000 });
  await openRequest(a.page, /\(kopie\)/);
  await typeScore(a.page, 'Hans Herstart', 'cr:cr2', '12');
  await sidebar(a.page).getByRole('button', { name: 'Opnieuw aanmelden' }).click();
  const dialog = a.page.getByRole('dialog', { name: 'Verbinden met een team' });
  await expect(dialog.getByRole('textbox', { name: 'Serveradres' })).toHaveValue(team.dbUrl);
  await expect(dialog.getByRole('textbox', { name: 'Gebruikersnaam' })).toHaveValue('alice');
  await expect(dialog.getByLabel('Wachtwoord')).toBeFocused();
  await dialog.getByLabel('Wachtwoord').fill('alice-secret');
  await dialog.getByRole('button', { name: 'Verbinden' }).click();
  await inSync(a.page);
  await expect(await cell(b.page, 'Hans Herstart', 'cr:cr2')).toHaveText('12', { timeout: 20_000 });

  // "Verbinding verbreken": sync stops, the data stays, and nothing more reaches the team.
  a.page.once('dialog', (dialog) => void dialog.accept());
  await sidebar(a.page).getByRole('button', { name: 'Verbinding verbreken' }).click();
  await expect(sidebar(a.page).getByRole('button', { name: 'Verbinden met team' })).toBeVisible();
  await typeScore(a.page, 'Hans Herstart', 'cr:cr2', '13');
  await a.page.reload();
  await openRequest(a.page, /\(kopie\)/);
  await expect(await cell(a.page, 'Hans Herstart', 'cr:cr2')).toHaveText('13');
  await expect(sidebar(a.page).getByRole('button', { name: 'Verbinden met team' })).toBeVisible();
  await b.page.waitForTimeout(3000);
  await expect(await cell(b.page, 'Hans Herstart', 'cr:cr2')).toHaveText('12');
});

test('a member taken off the team stops syncing with a clear message, and keeps their work', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const b = await device('b', testInfo);
  await connect(b.page, 'bob');
  await inSync(b.page);
  await teamRequest(b.page, ['Ilse Eruit']);
  await inSync(b.page);
  const admin = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` };
  const security = { admins: { names: ['admin'], roles: [] }, members: { names: ['alice'], roles: [] } };
  expect((await fetch(`${team.dbUrl}/_security`, { method: 'PUT', headers: admin, body: JSON.stringify(security) })).status).toBe(200);
  await typeScore(b.page, 'Ilse Eruit', 'cr:cr1', '2');
  await expect(teamState(b.page)).toContainText('Geen toegang tot dit team', { timeout: 30_000 });
  await expect(await cell(b.page, 'Ilse Eruit', 'cr:cr1')).toHaveText('2');
});

/** The assessors whose sheets are in this profile's IndexedDB for a request. */
async function sheetAssessors(page: Page): Promise<string[]> {
  return [...new Set((await storedRecords<{ assessor: string }>(page, 'sheets')).map((s) => s.assessor))].sort();
}

test("independent scoring: B cannot see A's scores until A is done; then the consensus shows both, and the agreed score ranks", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await connect(b.page, 'bob');
  await inSync(a.page);
  await inSync(b.page);
  await teamRequest(a.page, ['Anna Apart', 'Bram Apart']);
  await a.page.getByRole('tab', { name: 'Criteria' }).click();
  await a.page.getByRole('checkbox', { name: 'Onafhankelijk beoordelen' }).check();
  await a.page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'eigen scores als Alice' })).toBeVisible();
  await typeScore(a.page, 'Anna Apart', 'cr:cr1', '8');
  await typeScore(a.page, 'Anna Apart', 'cr:cr2', '20');

  await openRequest(b.page, /\(kopie\)/);
  await expect(b.page.getByRole('status').filter({ hasText: 'eigen scores als Bob' })).toBeVisible({ timeout: 15_000 });
  await expect(nameRow(b.page, 'Anna Apart')).toHaveCount(1);
  await typeScore(b.page, 'Anna Apart', 'cr:cr1', '3');
  await typeScore(b.page, 'Anna Apart', 'cr:cr2', '22');
  await inSync(a.page);
  await inSync(b.page);
  // B's UI shows B's own scores only; A's are on no device but A's, not even on the server.
  await expect(await cell(b.page, 'Anna Apart', 'cr:cr1')).toHaveText('3');
  await b.page.getByRole('tab', { name: 'Consensus' }).click();
  await expect(b.page.getByRole('region', { name: 'Consensus per kandidaat en criterium' })).toBeVisible();
  await expect(b.page.getByRole('group', { name: 'Beoordelaars' })).toContainText('Alice: nog bezig');
  await expect(await cell(b.page, 'Anna Apart', 'cr:cr1')).not.toContainText('Alice');
  expect(await sheetAssessors(b.page)).toEqual(['Bob']);
  const adminAuth = { authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` };
  const sheetsOnServer = async () => {
    const all = (await (await fetch(`${team.dbUrl}/_all_docs?include_docs=true`, { headers: adminAuth })).json()) as { rows: { id: string; doc: { body: { assessor?: string } } }[] };
    return all.rows.filter((r) => r.id.startsWith('sheet:')).map((r) => r.doc.body.assessor);
  };
  expect(await sheetsOnServer()).toEqual([]);

  // A is done: A's sheets go to the team; B's consensus shows both, and the cell where they
  // differ by more than a quarter of the points (8 against 3 of 10) is highlighted.
  a.page.once('dialog', (dialog) => void dialog.accept());
  await a.page.getByRole('button', { name: 'Klaar met beoordelen' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'klaar met beoordelen als Alice' })).toBeVisible();
  await expect(b.page.getByRole('group', { name: 'Beoordelaars' })).toContainText('Alice: klaar', { timeout: 20_000 });
  await expect(await cell(b.page, 'Anna Apart', 'cr:cr1')).toContainText('Alice 8 · Bob 3', { timeout: 20_000 });
  await expect(await cell(b.page, 'Anna Apart', 'cr:cr1')).toHaveClass(/consensus-differs/);
  await expect(await cell(b.page, 'Anna Apart', 'cr:cr2')).not.toHaveClass(/consensus-differs/);
  expect(await sheetAssessors(b.page)).toEqual(['Alice', 'Bob']);
  expect(await sheetsOnServer()).toEqual(['Alice']); // one sheet: A scored Anna only

  // The agreed scores: the mean fills the empty cells, one is typed; they rank in the matrix.
  await b.page.getByRole('button', { name: 'Lege vastgestelde scores invullen met het gemiddelde' }).click();
  await expect(b.page.getByRole('status').filter({ hasText: 'ingevuld met het gemiddelde' })).toBeVisible();
  const agreed = await cell(b.page, 'Anna Apart', 'cr:cr1');
  await expect(agreed.locator('.consensus-agreed')).toHaveText('5,5');
  await agreed.click();
  await b.page.keyboard.press('F2');
  await b.page.keyboard.press('ControlOrMeta+A');
  await b.page.keyboard.type('6');
  await b.page.keyboard.press('Enter');
  await expect(agreed.locator('.consensus-agreed')).toHaveText('6');
  await expect(await cell(b.page, 'Anna Apart', 'total')).toHaveText('27');
  // A (done) sees the agreed scores in the matrix, and Anna ranks first with them.
  await expect(await cell(a.page, 'Anna Apart', 'cr:cr1')).toHaveText('6', { timeout: 20_000 });
  await expect(await cell(a.page, 'Anna Apart', 'total')).toHaveText('27');
  await expect(await cell(a.page, 'Anna Apart', 'rank')).toHaveText('1');
  await expect(await cell(a.page, 'Bram Apart', 'rank')).toHaveText('2');
});

/** What this profile's IndexedDB holds of one candidate's interview panel: the shared ratings, and any draft ratings on sheets. */
async function panelInIndexedDb(page: Page, candidateId: string): Promise<{ panel: Record<string, Record<string, string>>; drafts: string[] }> {
  const evaluations = await storedRecords<{ candidateId: string; panel?: Record<string, Record<string, string>> }>(page, 'evaluations');
  const sheets = await storedRecords<{ assessor: string; ratings?: object }>(page, 'sheets');
  return { panel: evaluations.find((e) => e.candidateId === candidateId)?.panel ?? {}, drafts: sheets.filter((s) => s.ratings).map((s) => s.assessor) };
}

test("independent interview panel: B cannot see A's ratings until A marks them done; then they count, and alike they agree", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const a = await device('a', testInfo);
  const b = await device('b', testInfo);
  await connect(a.page, 'alice');
  await connect(b.page, 'bob');
  await inSync(a.page);
  await inSync(b.page);
  await teamRequest(a.page, ['Anna Panel']);
  const id = (await nameRow(a.page, 'Anna Panel').first().getAttribute('row-id')) ?? '';
  await a.page.getByRole('tab', { name: 'Criteria' }).click();
  await a.page.getByRole('checkbox', { name: 'Onafhankelijk beoordelen' }).check();
  await a.page.getByRole('tab', { name: 'Procedure' }).click();
  await a.page.getByRole('checkbox', { name: 'Anna Panel uitnodigen' }).click();
  await expect(a.page.getByRole('checkbox', { name: 'Uitnodiging van Anna Panel intrekken' })).toBeChecked();
  await a.page.getByRole('tab', { name: 'Stap 4 · Gesprekken' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'eigen beoordelingen als Alice' })).toBeVisible();
  // Only the own column is a choice; A rates one competency.
  await a.page.getByRole('combobox', { name: 'Alice: Zelfstandig (Anna Panel)' }).selectOption('goed');

  await b.page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: /\(kopie\)/ }).click({ timeout: 15_000 });
  await b.page.getByRole('tab', { name: 'Procedure' }).click();
  await b.page.getByRole('tab', { name: 'Stap 4 · Gesprekken' }).click();
  const card = b.page.getByRole('region', { name: 'Anna Panel' });
  const row = (competency: string) => card.locator('tr').filter({ has: b.page.getByRole('rowheader', { name: competency, exact: true }) });
  // A is on the panel (that much is shared), A's rating is not.
  await expect(card.getByRole('columnheader', { name: 'Alice' })).toBeVisible({ timeout: 20_000 });
  await expect(row('Zelfstandig')).toContainText('nog bezig (verborgen)');
  await expect(card.getByRole('combobox', { name: 'Alice: Zelfstandig (Anna Panel)' })).toHaveCount(0);
  await expect(card.getByRole('combobox', { name: 'Bob: Zelfstandig (Anna Panel)' })).toBeVisible();
  await inSync(a.page);
  await inSync(b.page);
  expect(await panelInIndexedDb(b.page, id)).toEqual({ panel: { Alice: {} }, drafts: [] });
  expect(await panelInIndexedDb(a.page, id)).toEqual({ panel: { Alice: {} }, drafts: ['Alice'] });
  const adminAuth = { authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` };
  const serverText = async () => JSON.stringify(await (await fetch(`${team.dbUrl}/_all_docs?include_docs=true`, { headers: adminAuth })).json());
  expect(await serverText()).not.toContain('"ratings"');

  // B rates alike, still as a draft: nothing is agreed while neither is done.
  await card.getByRole('combobox', { name: 'Bob: Zelfstandig (Anna Panel)' }).selectOption('goed');
  const agreed = card.getByRole('combobox', { name: 'Oordeel Zelfstandig (Anna Panel)' });
  await expect(agreed.locator('option').first()).toHaveText('—');

  // A is done: A's rating goes to the team and shows at B; it counts once B is done too.
  a.page.once('dialog', (dialog) => void dialog.accept());
  await a.page.getByRole('button', { name: 'Klaar met gesprekken' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'klaar met de gesprekken als Alice' })).toBeVisible();
  await expect(row('Zelfstandig')).toContainText('goed', { timeout: 20_000 });
  await expect(row('Zelfstandig')).not.toContainText('verborgen');
  expect(Object.values((await panelInIndexedDb(b.page, id)).panel.Alice ?? {})).toEqual(['goed']);
  await expect(agreed.locator('option').first()).toHaveText('—');
  b.page.once('dialog', (dialog) => void dialog.accept());
  await b.page.getByRole('button', { name: 'Klaar met gesprekken' }).click();
  await expect(agreed.locator('option').first()).toHaveText('goed (eensgezind)');
  // And at A, where B's column was hidden until now.
  const cardAtA = a.page.getByRole('region', { name: 'Anna Panel' });
  await expect(cardAtA.getByRole('combobox', { name: 'Oordeel Zelfstandig (Anna Panel)' }).locator('option').first()).toHaveText('goed (eensgezind)', { timeout: 20_000 });
  expect(a.foreign).toEqual([]);
  expect(b.foreign).toEqual([]);
});
