// The Procedure tab with many candidates and with other tabs (the procedure's speed): it keeps the
// matrix's working copy, so another tab's change shows without reading everyone again, and the
// assessment report is built in slices — printing waits until every candidate's section is in.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** A Dutch Excel CSV of `n` new candidates for 30601 (K1…K8, G1…G7 map onto its criteria). */
function manyCandidates(n: number): string {
  const header = ['Naam', 'E-mail', 'Uurtarief', 'Uren per week', ...Array.from({ length: 8 }, (_, i) => `K${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `G${i + 1}`)];
  const lines = [header.join(';')];
  for (let i = 1; i <= n; i++) {
    const knockOuts = Array.from({ length: 8 }, (_, k) => (k >= 6 ? '' : i % 17 === k ? 'nee' : 'ja'));
    const scores = [20, 15, 15, 15, 10, 10, 15].map((max, g) => String(((i * (g + 3)) % (max * 2 + 1)) / 2).replace('.', ','));
    lines.push([`Kandidaat ${i}`, `kandidaat.${i}@example.nl`, String(70 + (i % 56)), String(16 + (i % 5) * 4), ...knockOuts, ...scores].join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}

async function openProcedure(page: Page) {
  await page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: /30601/ }).click();
  await page.getByRole('tab', { name: 'Procedure' }).click();
  await expect(page.getByRole('region', { name: 'Scores van de opdrachtgever' }).locator('.ag-row').first()).toBeVisible();
}

/** A cell of the client's grid, found by the candidate's name. */
async function clientCell(page: Page, name: string, colId: string) {
  const grid = page.getByRole('region', { name: 'Scores van de opdrachtgever' });
  const id = await grid.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: name }) }).first().getAttribute('row-id');
  return grid.locator(`.ag-row[row-id="${id}"] [col-id="${colId}"]`).first();
}

test('a client score typed in another tab shows in this tab\'s client round', async ({ page, context }) => {
  await openApp(page);
  await openProcedure(page);
  await expect(await clientCell(page, 'Anouk de Vries', 'clientTotal')).toHaveText('0');

  const other = await context.newPage();
  await openApp(other);
  await openProcedure(other);
  await (await clientCell(other, 'Anouk de Vries', 'cc:cc1')).click();
  await other.keyboard.type('7,5');
  await other.keyboard.press('Enter');
  await expect(await clientCell(other, 'Anouk de Vries', 'clientTotal')).toHaveText('7,5');

  await expect(await clientCell(page, 'Anouk de Vries', 'cc:cc1')).toHaveText('7,5');
  await expect(await clientCell(page, 'Anouk de Vries', 'clientTotal')).toHaveText('7,5');
  await other.close();
});

test('the report of 1 228 candidates is built in slices, and printing waits for the last section', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button', { name: /30601/ }).click();
  await page.getByRole('tab', { name: 'Import' }).click();
  const file = { name: 'veel-kandidaten.csv', mimeType: 'text/csv', buffer: Buffer.from(manyCandidates(1_200)) };
  await page.getByRole('tabpanel').getByLabel('CSV importeren').setInputFiles(file);
  await page.getByRole('region', { name: `Voorbeeld: ${file.name}` }).getByRole('button', { name: /1\.200 rijen importeren|1200 rijen importeren/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import klaar' })).toBeVisible({ timeout: 60_000 });

  await page.getByRole('tab', { name: 'Procedure' }).click();
  await expect(page.getByRole('region', { name: 'Scores van de opdrachtgever' }).locator('.ag-row').first()).toBeVisible();
  // The browser's print dialog cannot be driven; what it would print is counted instead.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: number[] }).printed.push(document.querySelectorAll('.report-candidate').length);
    };
    (window as unknown as { printed: number[] }).printed = [];
  });
  await page.getByRole('button', { name: 'Beoordelingsverslag' }).click();
  const report = page.getByRole('dialog', { name: /Beoordelingsverslag 30601/ });
  // Asked at once, before the last slices are in: it prints once, when they are.
  await report.getByRole('button', { name: 'Afdrukken of als pdf bewaren' }).click();
  await expect(report.getByRole('heading', { name: 'Beoordeling per kandidaat (1.228)' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number[] }).printed), { timeout: 30_000 }).toEqual([1_228]);
  await expect(report.locator('.report-candidate')).toHaveCount(1_228);
  await expect(report).toHaveAttribute('aria-busy', 'false');
  await expect(report.getByRole('progressbar')).toHaveCount(0);
  // The last section is whole: a candidate who fell at a knock-out, with every row of the sheet.
  const last = report.locator('.report-candidate').last();
  await expect(last.getByRole('rowheader')).toHaveText(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']);
  await report.getByRole('button', { name: 'Sluiten' }).click();
  await expect(report).toHaveCount(0);
});
