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
const count = (preview: Locator, kind: 'new' | 'update' | 'unchanged' | 'errors') => preview.locator(`[data-count="${kind}"]`);

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
  expect(file.suggestedFilename()).toBe(`shortlist-backup-${today()}.json`);
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
