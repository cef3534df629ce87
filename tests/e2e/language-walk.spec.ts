// One language at a time, and accessible (issue 10, parts 4 and 5; PRODUCT §8): a walk over every
// screen and dialog, once in Dutch and once in English. At each stop it reads what the page says —
// visible text, accessible names and descriptions, titles, placeholders, the browser dialogs it
// opens and the file names it makes — takes out what the user wrote (marked translate="no" in the
// UI, or found in the user's own stored and pasted texts), and fails on any word of the other
// language. At each stop axe-core must find no violation either.
//
// The app is served by a small server of this spec's own, so that the walk can also publish a new
// version (a changed sw.js) and reach the update banner.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { en } from '../../src/ui/i18n/en';
import { nl, type Dict } from '../../src/ui/i18n/nl';
import { cell, nameRow, putRecords, waitForServiceWorker } from './helpers';
import { USER, UserData, describeHits, fileNameText, foreignWords, type Found, type Language } from './language';
import { axeViolations, collectTexts, describeViolations, storedUserTexts, type Violation } from './page-text';
import { startVersionServer, type VersionServer } from './version-server';

let server: VersionServer;
let origin = '';

test.beforeAll(async () => {
  server = await startVersionServer();
  origin = server.origin;
});
test.afterAll(async () => {
  await server.close();
});

const fixturePath = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const fixture = (path: string) => readFileSync(fixturePath(path));
const POSTING = fixture('postings/002_30b003ba387f8f1b.txt').toString('utf8');
const NO_POSTING = fixture('postings/own-12-recipe.txt').toString('utf8');
const IMPORT_FILE = 'csv/e2e-import-25924.csv';
const IMPORT_TEXT = new TextDecoder('windows-1252').decode(fixture(IMPORT_FILE));
/** Pasted into the Import tab: an unlikely rate, an unreadable rate, a name too long, a look-alike column, an update. */
const PASTED_CSV = [
  'Naam;E-mail;Uurtarief;Uren p/w;G1',
  'Tess Typo;tess@example.nl;€ 1.250,00;24;7',
  'Uri Unread;uri@example.nl;n.v.t.;32;8',
  `${'x'.repeat(201)};long@example.nl;70;;`,
  'Noor Bosman;noor.bosman@example.nl;€ 61,00;;',
].join('\n');
/**
 * The literal values of the backup format ("pass", "lowest-rate", "onvoldoende"): a refused backup
 * quotes them as what a field must hold, in either language, as it quotes the file's own keys.
 */
const BACKUP_CODES = ['pass', 'fail', 'unknown', 'onvoldoende', 'voldoende', 'goed', 'lowest-rate', 'none', 'max-rate', 'min-hours'];
/** Every cell of a CSV text: the user's data when the preview shows it. */
const cells = (text: string) => text.split(/\r?\n/).flatMap((line) => line.split(/[;\t]/));

const SHORTLIST_30601 = ['Anouk de Vries', 'Bram Jansen', 'Cor van Dijk', 'Daan Bakker', 'Eva Visser', 'Femke Smit', 'Gert Meijer', 'Hanna de Boer', 'Ilse Mulder', 'Joost de Groot', 'Karin Bos'];
const ASSESSORS = ['Anne de Wit', 'Bas Kok'];

/** The walk's record: what each stop said, what axe found, the browser dialogs and file names. */
class Walk {
  found: Found[] = [];
  violations: Violation[] = [];
  user = new UserData(
    [...cells(IMPORT_TEXT), ...cells(PASTED_CSV), ...ASSESSORS, 'e2e-import-25924.csv', 'png-renamed.csv', 'kapot.json', 'nieuwer.json', 'onvolledig.json', 'ongeldig.json', 'zeventig', 'veel', 'loting'],
    [POSTING, NO_POSTING, IMPORT_TEXT, PASTED_CSV],
  );
  /** Browser dialogs (confirm) since the last stop, and the answer the next one gets. */
  dialogs: string[] = [];
  answer: 'accept' | 'dismiss' = 'accept';
  files: string[] = [];

  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void (this.answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
    page.on('download', (download) => this.files.push(download.suggestedFilename()));
  }

  /** The cells of a CSV file the app made, judged as its screens are (a code plus the request's own text counts as user data). */
  async csv(stop: string, download: Download): Promise<void> {
    this.user.add(await storedUserTexts(this.page));
    const text = (await readFile((await download.path()) ?? '')).toString('utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        // "K1 <the knock-out's text, cut at 40>", "G2 <the criterion's text> (max 30)".
        const judged = cell.replace(/^([KGC]\d+) (.+?)( \(max [\d.,]+\))?$/, (whole, code: string, own: string, max: string | undefined) => (this.user.quotes(own) ? `${code} ${USER}${max ?? ''}` : whole));
        if (judged.trim()) this.found.push({ stop, where: `${download.suggestedFilename()} row ${r + 1} column ${c + 1}`, source: 'file', text: judged });
      }),
    );
  }

  async stop(name: string, options: { hover?: boolean } = {}): Promise<void> {
    const page = this.page;
    // The pointer out of the way (unless the stop is about what it hovers), and AG Grid's tooltip gone with it.
    if (!options.hover) {
      await page.mouse.move(1, 1);
      await expect(page.locator('.ag-tooltip')).toHaveCount(0);
    }
    // Let the page settle: no pending animation frame, fonts laid out.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => document.documentElement.lang), `${name}: the page's language`).toBe(this.language);
    for (const text of await collectTexts(page)) this.found.push({ stop: name, ...text });
    for (const text of this.dialogs.splice(0)) this.found.push({ stop: name, where: 'browser dialog', source: 'message', text });
    for (const file of this.files.splice(0)) this.found.push({ stop: name, where: 'download', source: 'file name', text: fileNameText(file) });
    this.user.add(await storedUserTexts(page));
    this.violations.push(...(await axeViolations(page, name)));
    // WALK_SCREENSHOTS=1 keeps a picture of every stop, to look at what was judged.
    if (process.env['WALK_SCREENSHOTS']) await page.screenshot({ path: test.info().outputPath(`${String(++this.#shots).padStart(2, '0')} ${name.replace(/[^\p{L}\p{N} ,()-]+/gu, ' ')}.png`) });
  }
  #shots = 0;
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
    // The language follows the browser's (PRODUCT §8); clipboard access for pasting into the grid.
    // The app's CSP allows no inline script: the walk's axe-core needs to be let in.
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1366, height: 768 } });

    test(`every screen and dialog speaks ${language === 'nl' ? 'Dutch' : 'English'} only, and axe-core finds no violation`, async ({ page, context }) => {
      test.setTimeout(600_000);
      page.on('pageerror', (error) => {
        throw error;
      });
      const d: Dict = language === 'nl' ? nl : en;
      const say = (key: keyof Dict, params: Record<string, string | number> = {}) => d[key].replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? `{${p}}`));
      /** A dictionary sentence with any value in its places: finds a message without trusting the values the app put in. */
      const like = (key: keyof Dict) => new RegExp(d[key].split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
      const walk = new Walk(page, language);
      const sidebar = page.getByRole('complementary').first();
      const requestButton = (number: string) => page.getByRole('navigation', { name: d.requests }).getByRole('button', { name: new RegExp(number) });
      const tab = (key: keyof Dict) => page.getByRole('tab', { name: d[key], exact: true });
      const alert = () => page.getByRole('alert');

      server.publish(1);
      await page.goto(`${origin}/`);
      await expect(page.getByRole('navigation', { name: d.requests })).toBeVisible();
      await waitForServiceWorker(page);

      await test.step('the requests and the matrix', async () => {
        await requestButton('30601').click();
        await expect(page.locator('.ag-row').first()).toBeVisible();
        await walk.stop('matrix of 30601');

        // One score changed, so the candidate's change log has a line to show.
        await (await cell(page, 'Anouk de Vries', 'cr:cr1')).click();
        await page.keyboard.type('19');
        await page.keyboard.press('Enter');
        await (await cell(page, 'Anouk de Vries', 'cr:cr1')).click();
        await page.getByRole('button', { name: d.matrixDetails }).click();
        await expect(page.getByRole('complementary', { name: say('detailsTitle', { name: 'Anouk de Vries' }) })).toBeVisible();
        await walk.stop('candidate details');

        await page.getByRole('button', { name: d.matrixChart }).click();
        await expect(page.locator('.totals-chart svg')).toBeVisible();
        await walk.stop('chart');
        await page.getByRole('button', { name: d.matrixChart }).click();
        await page.getByRole('button', { name: d.matrixDetails }).click();

        // The sheet bar: the focused knock-out's full text, its keys, and a selected block.
        await (await cell(page, 'Anouk de Vries', 'ko:ko1')).click();
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.press('Shift+ArrowDown');
        await expect(page.locator('.sheet-bar-block')).toBeVisible();
        await walk.stop('sheet bar');

        // AG Grid's tooltip on the status of an eliminated candidate.
        await (await cell(page, 'Tim Smits', 'status')).hover();
        // Judged once it has faded in (and, after, once it is gone): half-faded text fails any contrast.
        const tooltip = page.locator('.ag-tooltip');
        await expect(tooltip).toBeVisible();
        await expect.poll(() => tooltip.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
        await walk.stop('status tooltip', { hover: true });

        // A refused score: too high for its criterion.
        await (await cell(page, 'Bram Jansen', 'cr:cr1')).click();
        await page.keyboard.type('99');
        await page.keyboard.press('Enter');
        await expect(alert()).toContainText(d.matrixRefused);
        await walk.stop('refused score');

        // A bad paste: text where scores go.
        await page.evaluate(() => navigator.clipboard.writeText('veel\t99'));
        await (await cell(page, 'Bram Jansen', 'cr:cr1')).click();
        await page.keyboard.press('Control+v');
        await expect(alert()).toContainText(say('matrixPasteRejected', { n: 2 }));
        await walk.stop('refused paste');

        // A knock-out decided by its rule cannot be cycled by hand.
        await (await cell(page, 'Tim Smits', 'ko:ko8')).click();
        await page.keyboard.press('Space');
        await expect(page.getByRole('status').filter({ hasText: /./ }).first()).toBeVisible();
        await walk.stop('rule-decided knock-out');

        // A search that finds nobody: AG Grid's own "no rows" text.
        await page.getByRole('searchbox', { name: d.matrixFilter }).fill('qqqq');
        await walk.stop('search without a match');
        await page.getByRole('searchbox', { name: d.matrixFilter }).fill('');

        await page.getByRole('button', { name: d.sidebarToggle }).click();
        await walk.stop('sidebar folded');
        await page.getByRole('button', { name: d.sidebarToggle }).click();
      });

      await test.step('a request back after its deletion elsewhere (team mode), and its notice read', async () => {
        // As the sync bridge writes it when a score on the request beat its deletion on another device.
        const entry = { id: 'restored-walk', at: '2026-12-02T10:00:00.000Z', device: 'dev-here0', requestId: 'seed-30601', kind: 'restored', target: 'dev-else1', old: '2026-12-02T09:30:00.000Z', new: null };
        await putRecords(page, 'changes', [entry]);
        const notice = page.getByRole('status').filter({ hasText: like('teamRequestRestored') });
        await expect(notice).toBeVisible();
        await expect(notice).toContainText('dev-else');
        await walk.stop('restored request');
        await notice.getByRole('button', { name: d.teamRequestRestoredSeen }).click();
        await expect(notice).toHaveCount(0);
        // Read on this device: it stays read, and the log keeps the entry.
        await page.reload();
        await expect(page.locator('.ag-row').first()).toBeVisible();
        await expect(page.locator('.restored-notice')).toHaveCount(0);
      });

      await test.step('the Criteria tab', async () => {
        await tab('tabCriteria').click();
        const criteria = page.getByRole('region', { name: d.criteriaWeighted });
        await expect(criteria).toBeVisible();
        await walk.stop('criteria of 30601');
        const first = criteria.getByRole('textbox', { name: say('criteriaCriterionMax', { n: 1 }) });
        await first.fill('veel');
        await first.press('Tab');
        await expect(criteria.getByRole('alert')).toBeVisible();
        const knockOuts = page.getByRole('region', { name: d.criteriaKnockOuts });
        await knockOuts.getByRole('button', { name: say('postingRemoveKnockOut', { n: 1 }) }).click();
        await expect(knockOuts.getByRole('button', { name: d.criteriaConfirmDelete })).toBeVisible();
        await walk.stop('criteria: refused maximum, delete asked');
        await knockOuts.getByRole('button', { name: d.criteriaCancel }).click();
        // A maximum below scores already given is refused, naming who has them.
        await first.fill('10');
        await first.press('Tab');
        const refusal = d.errScoresAboveMaxPoints.split(/\{[^}]+\}/).sort((a, b) => b.length - a.length)[0] ?? '';
        await expect(criteria.getByRole('alert')).toContainText(refusal.trim());
        await walk.stop('criteria: a maximum below given scores refused');
        // Weights that do not add up to 100 are warned about, in the header and beside the points.
        await first.fill('30');
        await first.press('Tab');
        await expect(criteria.getByRole('status')).toBeVisible();
        await walk.stop('criteria: weights add up to 110');
        await first.fill('20');
        await first.press('Tab');
        await expect(criteria.getByRole('alert')).toHaveCount(0);
        await expect(criteria.getByRole('status')).toHaveCount(0);
      });

      await test.step('the procedure: client round, interviews, award, outcomes, report', async () => {
        await tab('tabProcedure').click();
        const grid = page.getByRole('region', { name: d.procClientGrid });
        await expect(grid.locator('.ag-row').first()).toBeVisible();
        await walk.stop('procedure: client round');
        const clientCell = async (name: string, colId: string): Promise<Locator> => {
          const id = await grid.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: name }) }).first().getAttribute('row-id');
          return grid.locator(`.ag-row[row-id="${id}"] [col-id="${colId}"]`).first();
        };
        for (const column of ['cc:cc1', 'cc:cc2']) {
          await (await clientCell(SHORTLIST_30601[0]!, column)).click();
          for (const score of [9, 8, 7, 3, 3, 3, 3, 3, 3, 3, 3]) {
            await page.keyboard.type(String(score));
            await page.keyboard.press('Enter');
          }
        }
        await expect(await clientCell('Cor van Dijk', 'clientRank')).toHaveText('3');
        // Right after the burst: the refusal stays said while the burst's last writes land (once
        // cleared by them: ProcedureTab's refusal count). Typed again if the keys went nowhere.
        await expect(async () => {
          const bram = await clientCell('Bram Jansen', 'cc:cc1');
          await bram.click();
          await expect(bram).toBeFocused({ timeout: 1_000 });
          await page.keyboard.type('11');
          await page.keyboard.press('Enter');
          await expect(alert()).toContainText(d.procRefused, { timeout: 2_000 });
        }).toPass({ timeout: 20_000 });
        await walk.stop('procedure: client score refused, proposal');
        await page.getByRole('button', { name: d.procInvite, exact: true }).click();
        await expect(page.getByRole('checkbox', { name: say('procUninviteOne', { name: 'Cor van Dijk' }) })).toBeChecked();
        await walk.stop('procedure: invited');

        await page.getByRole('tab', { name: d.procStepInterviews }).click();
        await walk.stop('procedure: interviews, no assessors');
        for (const assessor of ASSESSORS) {
          await page.getByPlaceholder(d.procAssessorName).fill(assessor);
          await page.getByRole('button', { name: d.procAddAssessor }).click();
          await expect(page.getByRole('columnheader', { name: assessor }).first()).toBeVisible();
        }
        const rate = (assessor: string, competency: string, name: string, rating: string) =>
          page.getByRole('combobox', { name: say('procRatingOf', { assessor, competency, name }) }).selectOption(rating);
        for (const competency of ['Analytisch sterk', 'Verbindend', 'Resultaatgericht', 'Communicatief vaardig', 'Zelfstandig en proactief']) {
          await rate(ASSESSORS[0]!, competency, 'Anouk de Vries', 'goed');
          await rate(ASSESSORS[1]!, competency, 'Anouk de Vries', competency === 'Verbindend' ? 'onvoldoende' : 'goed');
        }
        await rate(ASSESSORS[0]!, 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
        await rate(ASSESSORS[1]!, 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
        await walk.stop('procedure: interviews, assessors differ');
        await page.getByRole('combobox', { name: say('procAgreedOf', { competency: 'Verbindend', name: 'Anouk de Vries' }) }).selectOption('voldoende');

        await page.getByRole('tab', { name: d.procStepAward, exact: true }).click();
        await walk.stop('procedure: award form');
        await page.getByRole('button', { name: d.procAward, exact: true }).click();
        await expect(alert()).toBeVisible();
        await page.getByRole('checkbox', { name: say('procAwardPick', { name: 'Anouk de Vries' }) }).check();
        await page.getByLabel(d.procAwardDays).fill('-3');
        await page.getByRole('button', { name: d.procAward, exact: true }).click();
        await walk.stop('procedure: award refused');
        await page.getByLabel(d.procAwardDays).fill('20');
        await page.getByRole('button', { name: d.procAward, exact: true }).click();
        await expect(page.getByRole('button', { name: d.procAwardWithdraw })).toBeVisible();
        await walk.stop('procedure: awarded');

        await page.getByRole('tab', { name: d.procStepOutcomes }).click();
        const [outcomes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: d.procExportOutcomes }).click()]);
        await walk.csv('procedure: the outcomes file', outcomes);
        await expect(page.getByRole('status').filter({ hasText: /\.csv/ })).toBeVisible();
        await walk.stop('procedure: outcomes, exported');

        await page.getByRole('button', { name: d.procReport }).click();
        const report = page.getByRole('dialog', { name: say('reportTitle', { number: '30601' }) });
        await expect(report).toBeVisible();
        await walk.stop('procedure: assessment report');
        await report.getByRole('button', { name: d.reportClose }).click();
      });

      await test.step('the Import tab: a file, a paste, a refused file, an undo', async () => {
        await requestButton('25924').click();
        await tab('tabImport').click();
        await walk.stop('import: empty');
        const input = page.getByRole('tabpanel').getByLabel(d.importCsv);
        await input.setInputFiles(fixturePath(IMPORT_FILE));
        const preview = page.getByRole('region', { name: say('importPreviewTitle', { file: 'e2e-import-25924.csv' }) });
        await expect(preview).toBeVisible();
        for (const summary of await preview.locator('details.rows > summary').all()) await summary.click();
        await walk.stop('import: file preview (new, updated, unchanged, bad rows)');
        await preview.getByRole('button', { name: d.importCancel }).click();
        await expect(preview).toBeHidden();

        await page.getByRole('tabpanel').getByText(d.importPasteLabel).click();
        await page.getByRole('tabpanel').getByLabel(d.importPasteLabel).fill(PASTED_CSV);
        await page.getByRole('button', { name: d.importPasteButton }).click();
        const pasted = page.getByRole('region', { name: like('importPreviewTitle') });
        await expect(pasted).toBeVisible();
        for (const summary of await pasted.locator('details.rows > summary').all()) await summary.click();
        await walk.stop('import: paste preview (flags, look-alike, unreadable cells)');
        await pasted.getByRole('radio', { name: d.importPartialImport }).check();
        await pasted.locator('.actions button.primary').click();
        await expect(page.getByRole('status').filter({ hasText: like('importDone') })).toBeVisible();
        await walk.stop('import: done');

        await input.setInputFiles(fixturePath('csv/png-renamed.csv'));
        await expect(page.getByRole('tabpanel').getByRole('alert')).toContainText(d.importFailed);
        await walk.stop('import: not a CSV');

        await page.getByRole('button', { name: d.importUndo }).click();
        await expect(page.getByRole('status').filter({ hasText: like('importUndone') })).toBeVisible();
        await walk.stop('import: undone');
      });

      await test.step('the Export tab', async () => {
        await tab('tabExport').click();
        await walk.stop('export');
        const [shortlist] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: d.exportShortlist }).click()]);
        await walk.csv('export: the shortlist file', shortlist);
        const [matrix] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: d.exportMatrix }).click()]);
        await walk.csv('export: the matrix file', matrix);
        await page.getByRole('tabpanel').getByText(d.exportPreview).click();
        await expect(page.locator('.csv-preview')).toBeVisible();
        await walk.stop('export: saved, first lines');
      });

      await test.step('backup and restore, and their errors', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), sidebar.getByRole('button', { name: d.backUp }).click()]);
        const backup = await readFile((await download.path()) ?? '');
        // The file is the user's; a refusal quotes its keys and the format's values.
        walk.user.add([], [backup.toString('utf8'), ...BACKUP_CODES]);
        await walk.stop('backup made');
        const restore = sidebar.getByLabel(d.restore, { exact: true });
        await restore.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: backup });
        const dialog = page.getByRole('dialog', { name: d.restoreDialogTitle });
        await expect(dialog).toBeVisible();
        await walk.stop('restore: replace or merge');
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await walk.stop('restore: cancelled');

        await restore.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: backup.subarray(0, backup.length / 2) });
        await expect(sidebar.getByRole('alert')).toContainText(d.restoreInvalid);
        await walk.stop('restore: a broken file');
        const parsed = JSON.parse(backup.toString('utf8')) as { schemaVersion: number; tables: Record<string, Record<string, unknown>[]>; counts: Record<string, number> };
        const newer = { ...parsed, schemaVersion: 999 };
        await restore.setInputFiles({ name: 'nieuwer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
        await expect(sidebar.getByRole('alert')).toContainText(d.restoreInvalid);
        await walk.stop('restore: from a newer version');
        const incomplete = structuredClone(parsed);
        delete incomplete.tables['settings'];
        incomplete.tables['candidates']!.pop();
        await restore.setInputFiles({ name: 'onvolledig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(incomplete)) });
        await expect(sidebar.getByRole('alert')).toContainText(d.restoreInvalid);
        await walk.stop('restore: tables missing or cut short');
        const invalid = structuredClone(parsed);
        invalid.tables['candidates']![0]!['hourlyRate'] = 'zeventig';
        invalid.tables['evaluations']![0]!['scores'] = 'veel';
        invalid.tables['requests']![0]!['tieBreak'] = 'loting';
        await restore.setInputFiles({ name: 'ongeldig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
        await expect(sidebar.getByRole('alert')).toContainText(d.restoreInvalid);
        await walk.stop('restore: invalid fields');
      });

      await test.step('the posting paste dialog', async () => {
        await page.getByRole('button', { name: d.pastePosting }).click();
        const dialog = page.getByRole('dialog', { name: d.pastePosting });
        await expect(dialog).toBeVisible();
        await walk.stop('posting: text');
        await dialog.getByRole('textbox', { name: d.postingTextLabel }).fill(POSTING);
        await dialog.getByRole('button', { name: d.postingMakeProposal }).click();
        await expect(dialog.getByRole('textbox', { name: d.criteriaFieldNumber })).toHaveValue('30601');
        await walk.stop('posting: review with warnings');
        await dialog.getByRole('button', { name: d.postingBackToText }).click();
        await dialog.getByRole('textbox', { name: d.postingTextLabel }).fill(NO_POSTING);
        await dialog.getByRole('button', { name: d.postingMakeProposal }).click();
        await dialog.getByRole('button', { name: d.postingSave }).click();
        await expect(dialog.getByRole('alert').first()).toBeVisible();
        await walk.stop('posting: no posting, refused save');
        await dialog.getByRole('button', { name: d.postingCancel }).click();
        await expect(dialog).toBeHidden();
      });

      await test.step('a new, empty request', async () => {
        await sidebar.getByRole('button', { name: d.newRequest }).click();
        await expect(page.getByRole('heading', { level: 1, name: d.newRequestTitle })).toBeVisible();
        await walk.stop('new request: criteria');
        await tab('tabMatrix').click();
        await expect(page.locator('.ag-overlay')).toBeVisible();
        await walk.stop('new request: empty matrix');
        await tab('tabProcedure').click();
        await walk.stop('new request: procedure');
        await tab('tabImport').click();
        await tab('tabExport').click();
        walk.answer = 'accept';
        await page.getByRole('button', { name: d.deleteRequest }).click();
        await expect(page.getByRole('heading', { level: 1, name: d.newRequestTitle })).toHaveCount(0);
        // Remove and erase ask first (their questions are dialogs too); both answered "no".
        await requestButton('25924').click();
        await tab('tabMatrix').click();
        await (await cell(page, 'Noor Bosman', 'name')).click();
        await page.getByRole('button', { name: d.matrixDetails }).click();
        walk.answer = 'dismiss';
        await page.getByRole('button', { name: d.matrixRemove }).click();
        await page.getByRole('button', { name: d.matrixErase }).click();
        walk.answer = 'accept';
        await expect(nameRow(page, 'Noor Bosman')).toHaveCount(1);
        await walk.stop('remove and erase asked');
      });

      await test.step('team mode: the connect form, a refused sign-in, independent scoring and its consensus', async () => {
        const address = 'http://127.0.0.1:9/shortlist-team';
        walk.user.add([address, 'walker', ...ASSESSORS]);
        await sidebar.getByRole('button', { name: d.teamConnect }).click();
        const dialog = page.getByRole('dialog', { name: d.teamConnectTitle });
        await expect(dialog).toBeVisible();
        await walk.stop('team: connect form');
        await dialog.getByLabel(d.teamAddress, { exact: true }).fill(address);
        await dialog.getByLabel(d.teamUser, { exact: true }).fill('walker');
        await dialog.getByLabel(d.teamPassword, { exact: true }).fill('geheim-wachtwoord');
        await dialog.getByLabel(d.teamAssessor, { exact: true }).fill(ASSESSORS[0]!);
        await dialog.getByRole('button', { name: d.teamConnectButton }).click();
        // Nothing listens on port 9: the form says so, in words, and keeps what was typed.
        await expect(dialog.getByRole('alert')).toContainText(d.teamProblem_unreachable);
        await walk.stop('team: server unreachable');
        await dialog.getByRole('button', { name: d.teamCancel }).click();
        await expect(dialog).toBeHidden();

        // Independent scoring on 25924: the matrix first asks under which name, then shows the own sheet.
        await requestButton('25924').click();
        await tab('tabCriteria').click();
        await page.getByRole('checkbox', { name: d.teamIndependent }).check();
        await expect(tab('teamTabConsensus')).toBeVisible();
        await walk.stop('criteria: independent scoring');
        await tab('tabMatrix').click();
        await expect(page.getByLabel(d.teamNeedAssessor)).toBeVisible();
        await walk.stop('matrix: assessor name asked');
        await page.getByLabel(d.teamNeedAssessor).fill(ASSESSORS[1]!);
        await page.getByRole('button', { name: d.teamSaveAssessor }).click();
        await expect(page.getByRole('button', { name: d.teamMarkDone })).toBeVisible();
        await walk.stop('matrix: own scores');
        await tab('teamTabConsensus').click();
        await expect(page.getByRole('heading', { name: d.consensusTitle })).toBeVisible();
        await walk.stop('consensus: nobody done');
        // The interview panel the same way: this person's own ratings, shared once they are done.
        await tab('tabProcedure').click();
        await page.getByRole('tab', { name: d.procStepInterviews }).click();
        await expect(page.getByRole('status').filter({ hasText: say('procMyRatings', { assessor: ASSESSORS[1]! }) })).toBeVisible();
        await walk.stop('procedure: own interview ratings');
        await tab('tabCriteria').click();
        await page.getByRole('checkbox', { name: d.teamIndependent }).uncheck();
        await expect(tab('teamTabConsensus')).toHaveCount(0);
      });

      await test.step('the update and stale banners', async () => {
        server.publish(2);
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
        });
        await expect(page.getByRole('alertdialog', { name: d.updateAvailable })).toBeVisible();
        await walk.stop('update banner');
        await page.getByRole('button', { name: d.updateLater }).click();

        // A newer version of the app opens the database in another tab: this one stops writing.
        const other = await context.newPage();
        await other.goto(`${origin}/icons/icon.svg`);
        await other.evaluate(
          () =>
            new Promise<void>((resolve, reject) => {
              const open = indexedDB.open('shortlist', 990);
              open.onsuccess = () => (open.result.close(), resolve());
              open.onerror = () => reject(open.error);
            }),
        );
        await expect(page.locator('.banner.danger')).toBeVisible();
        await other.close();
        await walk.stop('stale banner');
      });

      // A count to compare, a readable list to read: every hit with its stop, element and text.
      const hits = foreignWords(language, walk.found, walk.user);
      // Everything judged, once per distinct text, for a reader who wants to see what the walk saw.
      const judged = [...new Set(walk.found.map((f) => `${f.where} (${f.source}): ${walk.user.strip(f.text)}`))];
      const judgedPath = test.info().outputPath('judged.txt');
      await writeFile(judgedPath, `${walk.found.length} texts at ${new Set(walk.found.map((f) => f.stop)).size} stops; ${judged.length} distinct:\n${judged.join('\n')}\n`);
      await test.info().attach('judged', { path: judgedPath, contentType: 'text/plain' });
      await test.info().attach('language', { body: describeHits(language, hits), contentType: 'text/plain' });
      await test.info().attach('axe', { body: describeViolations(walk.violations), contentType: 'text/plain' });
      expect.soft(hits.length, describeHits(language, hits)).toBe(0);
      expect.soft(walk.violations.length, describeViolations(walk.violations)).toBe(0);
    });
  });
}
