// Import, export and backup end to end (issue 4): what goes in through a file lands as the preview
// showed, what comes out opens safely in Excel, a round trip keeps every score, and a bad file
// changes nothing.
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cell, nameRow, openApp } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));

/** Today in Amsterdam as YYYY-MM-DD, as the export and backup file names carry it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function openRequest(page: Page, number: string) {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: new RegExp(number) }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
}

async function openTab(page: Page, name: 'Matrix' | 'Import' | 'Export') {
  await page.getByRole('tab', { name }).click();
  if (name === 'Matrix') await expect(page.locator('.ag-row').first()).toBeVisible();
}

/** The Import tab's file input (scoped to the tab: the sidebar may hold a button of that name). */
const csvInput = (page: Page) => page.getByRole('tabpanel').getByLabel('CSV importeren');
const previewOf = (page: Page, file: string) => page.getByRole('region', { name: `Voorbeeld: ${file}` });
const count = (preview: Locator, kind: 'new' | 'update' | 'unchanged' | 'errors' | 'partial') => preview.locator(`[data-count="${kind}"]`);

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { download: file, bytes: await readFile(path) };
}

/** Parses exported CSV text (after its BOM) with a known delimiter, the way Excel would split it. */
function parseCsv(text: string, delimiter: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

async function exportFile(page: Page, kind: 'shortlist' | 'matrix', dialect: 'excel-nl' | 'rfc4180') {
  await page.getByRole('radio', { name: dialect === 'excel-nl' ? /Excel \(NL\)/ : /RFC 4180/ }).check();
  const button = kind === 'shortlist' ? 'Shortlist exporteren' : 'Volledige matrix exporteren';
  return download(page, () => page.getByRole('button', { name: button }).click());
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('a Dutch Excel file (Windows-1252, sep=;) previews new, updated, unchanged and bad rows, imports, and undoes', async ({ page }) => {
  await openRequest(page, '25924');
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await openTab(page, 'Import');
  await csvInput(page).setInputFiles(fixture('e2e-import-25924.csv'));

  const preview = previewOf(page, 'e2e-import-25924.csv');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('windows-1252');
  await expect(preview).toContainText('scheidingsteken ";"');
  await expect(count(preview, 'new')).toHaveText('1');
  await expect(count(preview, 'update')).toHaveText('1');
  await expect(count(preview, 'unchanged')).toHaveText('1');
  await expect(count(preview, 'errors')).toHaveText('1');
  // The bad score is named by line (the sep= line and the header are lines 1 and 2) and column.
  await expect(preview.getByRole('alert')).toContainText('Regel 6, kolom "G2": Score 45 is hoger dan het maximum van 30');
  // Windows-1252 bytes arrive as the letters they were.
  await expect(preview.getByRole('row', { name: /Renée Doëlman/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Noor Bosman/ })).toContainText('G3');

  await preview.getByRole('button', { name: '2 rijen importeren (1 met fouten overslaan)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toHaveText(
    'Import klaar: 1 nieuw, 1 bijgewerkt, 1 ongewijzigd, 1 met fouten overgeslagen.',
  );
  await expect(page.getByText('17 kandidaten')).toBeVisible();

  await openTab(page, 'Matrix');
  await expect(nameRow(page, 'Renée Doëlman')).toHaveCount(1);
  await expect(await cell(page, 'Renée Doëlman', 'supplier')).toHaveText('Café Één B.V.');
  await expect(await cell(page, 'Renée Doëlman', 'hourlyRate')).toHaveText(/68,50/);
  await expect(await cell(page, 'Renée Doëlman', 'cr:cr2')).toHaveText('27,5');
  await expect(await cell(page, 'Renée Doëlman', 'total')).toHaveText('93,5');
  await expect(await cell(page, 'Noor Bosman', 'cr:cr3')).toHaveText('36');
  await expect(await cell(page, 'Noor Bosman', 'total')).toHaveText('60');
  await expect(nameRow(page, 'Joël Smit')).toHaveCount(0);

  await openTab(page, 'Import');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Laatste import ongedaan maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ongedaan gemaakt' })).toBeVisible();
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await openTab(page, 'Matrix');
  await expect(nameRow(page, 'Renée Doëlman')).toHaveCount(0);
  await expect(await cell(page, 'Noor Bosman', 'cr:cr3')).toHaveText('');
  await expect(await cell(page, 'Noor Bosman', 'total')).toHaveText('24');
});

test('a list pasted from Excel (tab-separated) previews and imports like a file', async ({ page }) => {
  await openRequest(page, '25924');
  await openTab(page, 'Import');
  const text = ['Naam\tUurtarief\tK1\tG1\tG2', 'Wessel Tabsma\t€ 61,00\tja\t8\t20,5', 'Yara Plak\t\tnee\t3\t4'].join('\n');
  // The paste box is folded away until asked for.
  await page.getByRole('tabpanel').getByText('CSV-tekst plakken').click();
  await page.getByRole('tabpanel').getByLabel('CSV-tekst plakken').fill(text);
  await page.getByRole('button', { name: 'Geplakte tekst bekijken' }).click();
  const preview = previewOf(page, 'geplakt.csv');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('scheidingsteken "tab"');
  await expect(count(preview, 'new')).toHaveText('2');
  await preview.getByRole('button', { name: '2 rijen importeren' }).click();
  await expect(page.getByText('18 kandidaten')).toBeVisible();
  await openTab(page, 'Matrix');
  await expect(await cell(page, 'Wessel Tabsma', 'total')).toHaveText('28,5');
  await expect(await cell(page, 'Yara Plak', 'status')).toHaveAccessibleName('Afgevallen (K1 HBO)');
});

test('the shortlist and the full matrix export in both dialects, named, ordered and formula-safe', async ({ page }) => {
  await openRequest(page, '25924');
  await page.getByRole('textbox', { name: 'Naam nieuwe kandidaat' }).fill('=HYPERLINK("x")');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(nameRow(page, '=HYPERLINK("x")')).toHaveCount(1);
  await openTab(page, 'Export');

  const shortlist = ['Aafke Vermeulen', 'Bas van den Heuvel', 'Chantal van der Veen', 'Dirk van den Berg', 'Esther Schouten', 'Frank Willems'];
  const reserve = ['Greet Hoekstra', 'Lotte Kuipers', 'Hidde Koster', 'Sanne Dijkstra', 'Mees Veenstra', 'Zeger de Haan', 'Noor Bosman'];
  const eliminated = ['Iris Prins', 'Jelle Huisman', 'Kim Postma'];

  for (const dialect of ['excel-nl', 'rfc4180'] as const) {
    const excel = dialect === 'excel-nl';
    const delimiter = excel ? ';' : ',';
    for (const kind of ['shortlist', 'matrix'] as const) {
      const { download: file, bytes } = await exportFile(page, kind, dialect);
      expect(file.suggestedFilename()).toBe(`${kind}-25924-${today()}.csv`);
      // Excel (NL): UTF-8 with BOM; RFC 4180: no BOM. Both end every record with CRLF.
      expect([...bytes.subarray(0, 3)].map((b) => b.toString(16)).join(' ') === 'ef bb bf').toBe(excel);
      const text = bytes.toString('utf8');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const rows = parseCsv(text, delimiter);
      const [header, ...data] = rows as [string[], ...string[][]];
      expect(header.slice(0, 3)).toEqual(['Rang', 'Status', 'Naam']);
      const column = (name: string) => header.findIndex((h) => h.startsWith(name));
      const byName = new Map(data.map((r) => [r[column('Naam')], r]));
      // Decimal comma in the Dutch dialect, decimal point in RFC 4180 (Aafke's G1 is 9.5).
      expect(byName.get('Aafke Vermeulen')?.[column('G1 ')]).toBe(excel ? '9,5' : '9.5');

      const names = data.map((r) => r[column('Naam')]);
      const statuses = data.map((r) => r[column('Status')]);
      if (kind === 'shortlist') {
        // Ranked, shortlist first (in rank order), then the reserves; no eliminated candidate.
        expect(names.filter((_, i) => statuses[i] === 'Shortlist')).toEqual(shortlist);
        expect(names.slice(0, shortlist.length)).toEqual(shortlist);
        expect(new Set(names.slice(shortlist.length))).toEqual(new Set([...reserve, "'=HYPERLINK(\"x\")"]));
        expect(data.map((r) => r[0]).slice(0, shortlist.length)).toEqual(['1', '2', '3', '4', '5', '5']);
        for (const name of eliminated) expect(names).not.toContain(name);
      } else {
        expect(data).toHaveLength(17);
        for (const name of [...shortlist, ...reserve, ...eliminated]) expect(names).toContain(name);
        expect(byName.get('Kim Postma')?.[column('Status')]).toBe('Afgevallen');
        expect(header.some((h) => h.startsWith('K4 Het maximale uurtarief'))).toBe(true);
      }
      // The formula-like name is neutralised with a leading quote (OWASP), so Excel shows text.
      expect(text).toContain(`"'=HYPERLINK(""x"")"`);
      for (const row of data) for (const value of row) expect(value).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  }
});

test('a full matrix exported and imported again keeps every score', async ({ page }) => {
  await openRequest(page, '25924');
  const names = ['Aafke Vermeulen', 'Chantal van der Veen', 'Kim Postma', 'Lotte Kuipers', 'Mees Veenstra', 'Noor Bosman'];
  const columns = ['hourlyRate', 'ko:ko1', 'ko:ko2', 'cr:cr1', 'cr:cr2', 'cr:cr3', 'cr:cr4', 'total', 'rank', 'status'];
  const snapshot = async () => Promise.all(names.flatMap((n) => columns.map(async (c) => `${n} ${c}: ${await (await cell(page, n, c)).textContent()}`)));
  const before = await snapshot();
  expect(before).toContain('Aafke Vermeulen total: 95');
  expect(before).toContain('Kim Postma ko:ko1: ✗');

  await openTab(page, 'Export');
  const { bytes } = await exportFile(page, 'matrix', 'excel-nl');
  const file = { name: `matrix-25924-${today()}.csv`, mimeType: 'text/csv', buffer: bytes };

  // Back into the same request: every row is recognised and nothing would change.
  await openTab(page, 'Import');
  await csvInput(page).setInputFiles(file);
  const preview = previewOf(page, file.name);
  await expect(count(preview, 'unchanged')).toHaveText('16');
  await expect(count(preview, 'new')).toHaveText('0');
  await expect(count(preview, 'update')).toHaveText('0');
  await expect(count(preview, 'errors')).toHaveText('0');
  await expect(preview.getByText('Er is niets te importeren.')).toBeVisible();
  await preview.getByRole('button', { name: 'Import annuleren' }).click();

  // Into a copy of the request (no candidates yet): the same people get the same scores there.
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOR Ondersteuner (kopie)');
  await openTab(page, 'Import');
  await csvInput(page).setInputFiles(file);
  const copyPreview = previewOf(page, file.name);
  await expect(count(copyPreview, 'update')).toHaveText('16');
  await expect(count(copyPreview, 'errors')).toHaveText('0');
  await copyPreview.getByRole('button', { name: '16 rijen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toBeVisible();
  await openTab(page, 'Matrix');
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  expect(await snapshot()).toEqual(before);
});

test('a file that is no CSV, an empty one or one too large is refused with a clear message and changes nothing', async ({ page }) => {
  await openRequest(page, '25924');
  const before = await (await cell(page, 'Noor Bosman', 'total')).textContent();
  expect(before).toBe('24');
  await openTab(page, 'Import');

  const alert = page.getByRole('tabpanel').getByRole('alert');
  await csvInput(page).setInputFiles(fixture('png-renamed.csv'));
  await expect(alert).toContainText('Import mislukt; er is niets opgeslagen.');
  await expect(alert).toContainText('Dit is geen CSV-bestand maar een PNG-afbeelding.');
  // No preview of a file that is no CSV: nothing to map, nothing to import.
  await expect(previewOf(page, 'png-renamed.csv')).toHaveCount(0);

  await csvInput(page).setInputFiles({ name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(alert).toContainText('Het bestand is leeg');
  await expect(previewOf(page, 'leeg.csv')).toHaveCount(0);

  // A file over the 64 MB limit, dropped on the tab, is refused by its size before it is read.
  const started = Date.now();
  await page.locator('.dropzone').evaluate((zone) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(65 * 1024 * 1024)], 'groot.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(alert).toContainText('Het bestand is te groot (65,0 MB); de grens is 64,0 MB.');
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(previewOf(page, 'groot.csv')).toHaveCount(0);

  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await expect(page.getByText('Laatste import')).toHaveCount(0);
  await openTab(page, 'Matrix');
  await expect(await cell(page, 'Noor Bosman', 'total')).toHaveText(before ?? '');
});

test('a backup holds everything, and restoring it with "replace" undoes later changes; a broken one changes nothing', async ({ page }) => {
  await openRequest(page, '25924');
  const sidebar = page.getByRole('complementary');
  await expect(sidebar.getByText('Nog nooit een back-up gemaakt')).toBeVisible();

  const { download: file, bytes } = await download(page, () => sidebar.getByRole('button', { name: 'Back-up maken' }).click());
  expect(file.suggestedFilename()).toBe(`shortlist-back-up-${today()}.json`);
  const backup = JSON.parse(bytes.toString('utf8')) as { format: string; schemaVersion: number; counts: Record<string, number>; tables: Record<string, unknown[]> };
  expect(backup.format).toBe('shortlist-backup');
  expect(backup.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(backup.counts).toMatchObject({ requests: 2, candidates: 40, evaluations: 44 });
  for (const [table, n] of Object.entries(backup.counts)) expect(backup.tables[table], table).toHaveLength(n);
  await expect(sidebar.getByText(/Laatste back-up: /)).toBeVisible();

  // Changes after the backup: a new person on 25924, and a new request (which opens at once).
  const requestButtons = page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button');
  await page.getByRole('textbox', { name: 'Naam nieuwe kandidaat' }).fill('Na de back-up');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(nameRow(page, 'Na de back-up')).toHaveCount(1);
  await expect(page.getByText('17 kandidaten')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Nieuwe aanvraag' }).click();
  await expect(requestButtons).toHaveCount(3);

  const restoreInput = sidebar.getByLabel('Back-up terugzetten', { exact: true });
  const backupFile = { name: file.suggestedFilename(), mimeType: 'application/json', buffer: bytes };
  const dialog = page.getByRole('dialog', { name: 'Hoe wil je de back-up terugzetten?' });

  // The database is not empty, so a dialog asks; Escape cancels and nothing changes.
  await restoreInput.setInputFiles(backupFile);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 aanvragen, 40 kandidaten');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sidebar.getByRole('status').filter({ hasText: 'geannuleerd' })).toBeVisible();
  await expect(requestButtons).toHaveCount(3);

  // "Samenvoegen" keeps what was added after the backup.
  await restoreInput.setInputFiles(backupFile);
  await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'samengevoegd' })).toContainText('2 aanvragen, 40 kandidaten, 44 beoordelingen');
  await expect(requestButtons).toHaveCount(3);

  // Chosen again, by keyboard: Shift+Tab from "Annuleren" reaches "Samenvoegen", then "Alles vervangen".
  await restoreInput.setInputFiles(backupFile);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Samenvoegen' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Alles vervangen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(sidebar.getByRole('status').filter({ hasText: 'teruggezet' })).toHaveText('Back-up teruggezet: 2 aanvragen, 40 kandidaten, 44 beoordelingen.');
  // The request list and the open request follow at once: the new request is gone, and so is the person.
  await expect(requestButtons).toHaveCount(2);
  await requestButtons.filter({ hasText: '25924' }).click();
  await openTab(page, 'Matrix');
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await expect(nameRow(page, 'Aafke Vermeulen')).toHaveCount(1);
  await expect(nameRow(page, 'Na de back-up')).toHaveCount(0);
  // Replacing the data does not forget that a backup was made.
  await expect(sidebar.getByText(/Laatste back-up: /)).toBeVisible();

  // A broken backup (cut off halfway): a message says what is wrong, no dialog, nothing written.
  await restoreInput.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: bytes.subarray(0, bytes.length / 2) });
  await expect(sidebar.getByRole('alert')).toContainText('Dit bestand kan niet worden teruggezet; er is niets gewijzigd.');
  await expect(sidebar.getByRole('alert')).toContainText('geen geldig back-upbestand');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await expect(nameRow(page, 'Aafke Vermeulen')).toHaveCount(1);
});

// Issue 10, part 3 (PRODUCT §5): the preview shows what it read, flags what is unlikely, names
// what an unmapped column looks like, and lets the user decide about rows with unreadable cells.

/** A CSV as Dutch Excel saves it with "CSV UTF-8": BOM, semicolons, CRLF. */
const excelFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8') });
/** Text as the page shows it: Intl puts a no-break space between "€" and the amount. */
const plain = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');

test('the preview shows the values of new rows, old → new of updates, and flags € 1.250 per hour before anything is written', async ({ page }) => {
  await openRequest(page, '25924');
  await openTab(page, 'Import');
  const file = excelFile('voorbeeld-25924.csv', [
    'Naam;E-mail;Leverancier;Uurtarief;Uren per week;K1;G1;G2',
    'Renée Doëlman;renee.doelman@example.nl;Café Één B.V.;€ 68,50;24;ja;9,5;27,5',
    'Joost Tikfout;joost.tikfout@example.nl;Zelfstandige;€ 1.250,00;32;ja;8;20',
    'Noor Bosman;noor.bosman@example.nl;Zelfstandige;€ 61,00;16;ja;4;14',
    `${'Lange Naam '.repeat(19)}Zonder Einde;lang@example.nl;;70;;;;`,
  ]);
  await csvInput(page).setInputFiles(file);
  const preview = previewOf(page, file.name);
  await expect(count(preview, 'new')).toHaveText('2');
  await expect(count(preview, 'update')).toHaveText('1');
  await expect(count(preview, 'errors')).toHaveText('1');

  // New rows: what was read, value by value.
  const renee = preview.getByRole('row', { name: /Renée Doëlman/ });
  for (const value of ['renee.doelman@example.nl', 'Café Één B.V.', '€ 68,50', '24 uur', 'voldaan', '9,5', '27,5']) expect(await plain(renee)).toContain(value);
  // The unlikely rate, flagged beside the value and listed with its line and column.
  const joost = preview.getByRole('row', { name: /Joost Tikfout/ });
  expect(await plain(joost)).toContain('€ 1.250,00 ⚠ ongebruikelijk');
  expect(await plain(renee)).not.toContain('ongebruikelijk');
  const flags = preview.locator('.flags');
  expect(await plain(flags)).toContain('Regel 3, kolom "Uurtarief": Een uurtarief van € 1.250,00 is ongebruikelijk (meestal € 15,00 tot € 400,00); kijk of het goed gelezen is.');
  // The update, field by field, old → new.
  const noor = preview.getByRole('row', { name: /Noor Bosman/ });
  const noorText = await plain(noor);
  for (const change of ['Uurtarief: € 58,00 → € 61,00', 'Uren per week: (leeg) → 16 uur', 'criterium G2: 12 → 14']) expect(noorText).toContain(change);
  expect(noorText).not.toContain('criterium G1');
  // A name past 200 characters: refused, with its line and column.
  await expect(preview.getByRole('alert')).toContainText('Regel 5, kolom "Naam": Naam is 221 tekens lang; de grens is 200 tekens.');

  // Nothing is written before the commit.
  await expect(page.getByText('16 kandidaten')).toBeVisible();
  await preview.getByRole('button', { name: '3 rijen importeren (1 met fouten overslaan)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toHaveText('Import klaar: 2 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 met fouten overgeslagen.');
  await openTab(page, 'Matrix');
  // The matrix writes money without thousands grouping, to fit its narrow column.
  await expect(await cell(page, 'Joost Tikfout', 'hourlyRate')).toHaveText(/€\s1250$/);
  await expect(await cell(page, 'Noor Bosman', 'cr:cr2')).toHaveText('14');
});

test('a column that looks like a known field is named in the preview and mapped from there', async ({ page }) => {
  await openRequest(page, '25924');
  await openTab(page, 'Import');
  const file = excelFile('lijkt-op.csv', ['Naam;E-mail;Tarief excl. btw;Uren p/w;Wens 2;BSN', 'Wessel Gelijkend;wessel@example.nl;€ 64,00;24;25;123456782']);
  await csvInput(page).setInputFiles(file);
  const preview = previewOf(page, file.name);
  const looks = preview.locator('.look-alikes');
  await expect(looks).toContainText('Kolom "Tarief excl. btw" lijkt op Uurtarief; hij wordt niet ingelezen zolang je hem niet koppelt.');
  await expect(looks).toContainText('Kolom "Uren p/w" lijkt op Uren per week');
  await expect(looks).toContainText('Kolom "Wens 2" lijkt op criterium G2');
  await expect(looks).not.toContainText('BSN');
  // Beside the column's own select, too.
  await expect(preview.getByRole('row', { name: /Tarief excl\. btw/ })).toContainText('Niet gekoppeld; lijkt op Uurtarief.');
  // Not read yet: the new row has no rate.
  expect(await plain(preview.getByRole('row', { name: /Wessel Gelijkend/ }))).not.toContain('€ 64,00');

  await preview.getByRole('button', { name: '"Tarief excl. btw" inlezen als Uurtarief' }).click();
  await expect(preview.getByRole('combobox', { name: 'Doel van kolom "Tarief excl. btw"' })).toHaveValue(JSON.stringify({ kind: 'field', field: 'hourlyRate' }));
  await expect.poll(() => plain(preview.getByRole('row', { name: /Wessel Gelijkend/ }))).toContain('€ 64,00');
  await preview.getByRole('button', { name: '"Wens 2" inlezen als criterium G2' }).click();
  await expect(preview.getByRole('combobox', { name: 'Doel van kolom "Wens 2"' })).toHaveValue(JSON.stringify({ kind: 'score', id: 'cr2' }));
  await expect(looks).not.toContainText('Wens 2');
  await expect(looks).toContainText('Uren p/w');

  await preview.getByRole('button', { name: '1 rij importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toBeVisible();
  await openTab(page, 'Matrix');
  await expect(await cell(page, 'Wessel Gelijkend', 'hourlyRate')).toHaveText(/€\s64$/);
  await expect(await cell(page, 'Wessel Gelijkend', 'cr:cr2')).toHaveText('25');
});

test('rows with unreadable cells wait for a choice: skipped, or imported with those cells left empty', async ({ page }) => {
  await openRequest(page, '25924');
  await openTab(page, 'Import');
  const file = excelFile('onleesbaar.csv', [
    'Naam;E-mail;Uurtarief;Uren per week;G1',
    'Pien Leeg;pien@example.nl;n.v.t.;32;7',
    'Quinten Bereik;quinten@example.nl;€ 66,00;20-24;8',
    'Rik Heel;rik@example.nl;€ 70,00;24;6',
  ]);

  // First: skip them. Until a choice is made, nothing can be imported.
  await csvInput(page).setInputFiles(file);
  let preview = previewOf(page, file.name);
  await expect(count(preview, 'partial')).toHaveText('2');
  await expect(count(preview, 'new')).toHaveText('1');
  const partial = preview.getByRole('region', { name: 'Rijen met onleesbare cellen (2)' });
  await expect(partial.getByRole('row', { name: /Pien Leeg/ })).toContainText('leeg ("n.v.t." onleesbaar)');
  await expect(partial.getByRole('row', { name: /Quinten Bereik/ })).toContainText('leeg ("20-24" onleesbaar)');
  // Not errors: the error list does not name them.
  await expect(preview.getByRole('alert')).toHaveCount(0);
  const commit = preview.locator('.actions button.primary');
  await expect(commit).toBeDisabled();
  await expect(preview).toContainText('Kies eerst wat er met de rijen met onleesbare cellen gebeurt.');
  await partial.getByRole('radio', { name: 'Overslaan' }).check();
  await expect(count(preview, 'errors')).toHaveText('2');
  await preview.getByRole('button', { name: '1 rij importeren (2 met fouten overslaan)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toHaveText('Import klaar: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 met fouten overgeslagen.');
  await expect(page.getByText('17 kandidaten')).toBeVisible();

  // Then the same file again: import them with the unreadable cells left empty.
  await csvInput(page).setInputFiles(file);
  preview = previewOf(page, file.name);
  await expect(count(preview, 'unchanged')).toHaveText('1');
  await expect(preview.locator('.actions button.primary')).toBeDisabled();
  await preview.getByRole('radio', { name: 'Importeren met de onleesbare cellen leeg' }).check();
  await expect(count(preview, 'new')).toHaveText('2');
  await preview.getByRole('button', { name: '2 rijen importeren' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Import klaar' });
  await expect(done).toContainText('Import klaar: 2 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 met fouten overgeslagen.');
  await expect(done).toContainText('2 rijen zijn geïmporteerd met hun onleesbare cellen leeg.');

  await openTab(page, 'Matrix');
  await expect(page.getByText('19 kandidaten')).toBeVisible();
  await expect(await cell(page, 'Pien Leeg', 'hourlyRate')).toHaveText('');
  await expect(await cell(page, 'Pien Leeg', 'cr:cr1')).toHaveText('7');
  await expect(await cell(page, 'Quinten Bereik', 'hourlyRate')).toHaveText(/€\s66$/);
  await expect(await cell(page, 'Rik Heel', 'cr:cr1')).toHaveText('6');
});

test('in English the Import and Export tabs speak English only: preview, flags, choices, errors, pasted text and export headers', async ({ page }) => {
  await openRequest(page, '25924');
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await page.getByRole('tab', { name: 'Import' }).click();
  const text = [
    'Naam;E-mail;Uurtarief;Uren p/w;G1',
    'Tess Typo;tess@example.nl;€ 1.250,00;24;7',
    'Uri Unread;uri@example.nl;n.v.t.;32;8',
    `${'x'.repeat(201)};long@example.nl;70;;`,
    'Noor Bosman;noor.bosman@example.nl;€ 61,00;;',
  ].join('\n');
  await page.getByRole('tabpanel').getByText('Paste CSV text').click();
  await page.getByRole('tabpanel').getByLabel('Paste CSV text').fill(text);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  const preview = page.getByRole('region', { name: 'Preview: pasted.csv' });
  await expect(preview).toBeVisible();
  expect(await plain(preview.locator('.flags'))).toContain('Line 2, column "Uurtarief": An hourly rate of €1,250.00 is unusual (usually €15.00 to €400.00); check that it was read correctly.');
  expect(await plain(preview.getByRole('row', { name: /Tess Typo/ }))).toContain('€1,250.00 ⚠ unusual');
  await expect(preview.getByRole('alert')).toContainText('Line 4, column "Naam": Name is 201 characters long; the limit is 200 characters.');
  await expect(preview.locator('.look-alikes')).toContainText('Column "Uren p/w" looks like Hours per week; it is not read unless you map it.');
  expect(await plain(preview.getByRole('row', { name: /Noor Bosman/ }))).toContain('Hourly rate: €58.00 → €61.00');
  const partial = preview.getByRole('region', { name: 'Rows with unreadable cells (1)' });
  await expect(partial.getByRole('row', { name: /Uri Unread/ })).toContainText('empty ("n.v.t." unreadable)');
  await expect(preview).toContainText('First choose what happens to the rows with unreadable cells.');
  const words = (await preview.innerText()).replace(/Naam|Uurtarief|Uren p\/w|n\.v\.t\./g, '');
  for (const dutch of ['Regel', 'kolom', 'Nieuw', 'Bijwerken', 'leeg', 'uur', 'lijkt op', 'onleesbaar', 'ongebruikelijk', 'rijen', 'Kies']) expect(words, dutch).not.toContain(dutch);

  await partial.getByRole('radio', { name: 'Import with the unreadable cells left empty' }).check();
  await preview.getByRole('button', { name: 'Import 3 rows (skip 1 with errors)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import done' })).toContainText('1 row was imported with its unreadable cells left empty.');

  // The export follows the language of the interface unless another is picked in its form.
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  const { download: english, bytes } = await download(page, () => page.getByRole('button', { name: 'Export shortlist' }).click());
  expect(english.suggestedFilename()).toBe(`shortlist-25924-${today()}.csv`);
  const [header] = parseCsv(bytes.toString('utf8'), ';');
  expect(header?.slice(0, 9)).toEqual(['Rank', 'Status', 'Name', 'E-mail', 'Phone', 'Supplier', 'Hourly rate', 'Hours per week', 'Total']);
  expect(header?.slice(-2)).toEqual(['Points behind cut-off', 'Remark']);
  await page.getByRole('radio', { name: 'Dutch' }).check();
  const { bytes: dutchBytes } = await download(page, () => page.getByRole('button', { name: 'Export full matrix' }).click());
  const [dutchHeader] = parseCsv(dutchBytes.toString('utf8'), ';');
  expect(dutchHeader?.slice(0, 3)).toEqual(['Rang', 'Status', 'Naam']);
  expect(dutchHeader).toContain('G1 toelichting');
});
