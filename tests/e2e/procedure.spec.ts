// The seed procedure of request 30601 carried through the UI only (issue 12): the client's round,
// invitations, two assessors who disagree, the agreed rating, the award, the outcomes in both
// languages, their export, the printed report; then a reload and going offline keep it all.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cell, openApp, waitForServiceWorker } from './helpers';

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

const SHORTLIST = ['Anouk de Vries', 'Bram Jansen', 'Cor van Dijk', 'Daan Bakker', 'Eva Visser', 'Femke Smit', 'Gert Meijer', 'Hanna de Boer', 'Ilse Mulder', 'Joost de Groot', 'Karin Bos'];
const COMPETENCIES = ['Analytisch sterk', 'Verbindend', 'Resultaatgericht', 'Communicatief vaardig', 'Zelfstandig en proactief'];

/** A cell of the client's grid, found by the candidate's name. */
async function clientCell(page: Page, name: string, colId: string): Promise<Locator> {
  const grid = page.getByRole('region', { name: /Scores van de opdrachtgever|The client's scores/ });
  const id = await grid.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: name }) }).first().getAttribute('row-id');
  return grid.locator(`.ag-row[row-id="${id}"] [col-id="${colId}"]`).first();
}

/** Types scores down one client column, from the first row, with Enter after each (as in Excel). */
async function scoreColumn(page: Page, colId: string, scores: number[]) {
  await (await clientCell(page, SHORTLIST[0]!, colId)).click();
  for (const score of scores) {
    await page.keyboard.type(String(score));
    await page.keyboard.press('Enter');
  }
}

async function rate(page: Page, assessor: string, competency: string, name: string, rating: string) {
  await page.getByRole('combobox', { name: `${assessor}: ${competency} (${name})` }).selectOption(rating);
}

test('the seed procedure of 30601 from the client round to the award, its outcomes, export and report', async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: /30601/ }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
  // A name that Excel would run as a formula: the outcome export must neutralise it.
  const zeger = await cell(page, 'Zeger de Haan', 'name');
  await zeger.dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('=1+1 Zeger de Haan');
  await page.keyboard.press('Enter');
  await expect(await cell(page, '=1+1 Zeger de Haan', 'name')).toBeVisible();

  await page.getByRole('tab', { name: 'Procedure' }).click();

  await test.step('step 3: the client scores the shortlist; the best 3 are proposed and invited', async () => {
    const grid = page.getByRole('region', { name: 'Scores van de opdrachtgever' });
    await expect(grid.locator('[col-id="name"]').filter({ hasText: 'Karin Bos' })).toBeVisible();
    await scoreColumn(page, 'cc:cc1', [9, 8, 7, 3, 3, 3, 3, 3, 3, 3, 3]);
    await scoreColumn(page, 'cc:cc2', [9, 8, 7, 3, 3, 3, 3, 3, 3, 3, 3]);
    await expect(await clientCell(page, 'Anouk de Vries', 'clientTotal')).toHaveText('18');
    await expect(await clientCell(page, 'Cor van Dijk', 'clientRank')).toHaveText('3');
    // Out of range: refused with a message, the old score stays.
    await (await clientCell(page, 'Bram Jansen', 'cc:cc1')).click();
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('hoger dan het maximum');
    await expect(await clientCell(page, 'Bram Jansen', 'cc:cc1')).toHaveText('8');
    await expect(page.getByText('Voorgesteld voor een gesprek (de beste 3 van de opdrachtgever): Anouk de Vries, Bram Jansen, Cor van Dijk.')).toBeVisible();
    await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Uitnodiging van Anouk de Vries intrekken' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Uitnodiging van Cor van Dijk intrekken' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Daan Bakker uitnodigen' })).not.toBeChecked();
  });

  await test.step('step 4: two assessors, who differ on one competency; the agreed rating is recorded', async () => {
    await page.getByRole('tab', { name: 'Stap 4 · Gesprekken' }).click();
    for (const assessor of ['Anne de Wit', 'Bas Kok']) {
      // The next name is typed as soon as the column shows (from the working copy, before the
      // write lands): the first write's late answer must not wipe it.
      await page.getByPlaceholder('Naam van de beoordelaar').fill(assessor);
      await page.getByRole('button', { name: 'Beoordelaar toevoegen' }).click();
      await expect(page.getByRole('columnheader', { name: assessor }).first()).toBeVisible();
    }
    await expect(page.getByPlaceholder('Naam van de beoordelaar')).toHaveValue('');
    for (const competency of COMPETENCIES) {
      await rate(page, 'Anne de Wit', competency, 'Anouk de Vries', 'goed');
      await rate(page, 'Bas Kok', competency, 'Anouk de Vries', competency === 'Verbindend' ? 'onvoldoende' : 'goed');
    }
    const anouk = page.getByRole('region', { name: 'Anouk de Vries' });
    await expect(anouk.getByText('De beoordelaars verschillen: leg het oordeel vast.')).toBeVisible();
    await expect(anouk.getByRole('status')).toHaveText('Gesprek nog niet afgerond');
    await page.getByRole('combobox', { name: 'Oordeel Verbindend (Anouk de Vries)' }).selectOption('voldoende');
    await expect(anouk.getByRole('status')).toHaveText('Gesprek gehaald');
    // Bram: both say onvoldoende on one competency — unanimous, so he fails.
    await rate(page, 'Anne de Wit', 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
    await rate(page, 'Bas Kok', 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
    await expect(page.getByRole('region', { name: 'Bram Jansen' }).getByRole('status')).toHaveText('Gesprek niet gehaald');
  });

  await test.step('award: refused for nobody chosen or a negative period, then to the one who passed', async () => {
    await page.getByRole('tab', { name: 'Gunning', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Gunnen aan Bram Jansen' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Gunnen', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('minstens één kandidaat');
    await page.getByRole('checkbox', { name: 'Gunnen aan Anouk de Vries' }).check();
    await page.getByLabel('Datum van de gunning').fill('2026-07-20');
    await page.getByLabel('Bezwaartermijn (dagen)').fill('-3');
    await page.getByRole('button', { name: 'Gunnen', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('0 of meer dagen');
    await page.getByLabel('Bezwaartermijn (dagen)').fill('20');
    await expect(page.getByText('Einde bezwaartermijn: 9 aug 2026')).toBeVisible();
    await page.getByRole('button', { name: 'Gunnen', exact: true }).click();
    await expect(page.getByText('Gegund aan Anouk de Vries op 20 jul 2026.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Aanvragen' }).getByText('Gegund · bezwaar t/m 9 aug 2026')).toBeVisible();
  });

  await test.step('outcomes in full sentences, in Dutch and in English', async () => {
    await page.getByRole('tab', { name: 'Uitslagen' }).click();
    const row = (name: string) => page.locator('.proc-outcomes tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row('Anouk de Vries')).toContainText('De opdracht is aan u gegund.');
    await expect(row('Bram Jansen')).toContainText('In het gesprek is de competentie "Analytisch sterk" als onvoldoende beoordeeld.');
    // Cor was invited but never rated: his letter must not say he passed (it did, until the QA
    // walk of 2026-12-03), and the screen says whose interviews have no verdict.
    await expect(row('Cor van Dijk')).toContainText('U bent uitgenodigd voor een gesprek; de opdracht is gegund aan een andere kandidaat.');
    await expect(row('Cor van Dijk')).not.toContainText('gehaald');
    await expect(page.getByText('Niet (volledig) beoordeeld in het gesprek: Cor van Dijk.')).toBeVisible();
    await expect(row('Daan Bakker')).toContainText('alleen de beste 3 zijn uitgenodigd voor een gesprek');
    await expect(row('Lars Vos')).toContainText('U behaalde 68 van de 100 punten en staat op plaats 12');
    await expect(row('Tim Smits')).toContainText('(uurtarief € 125,00 > max € 120,00)');
    await expect(row('Tim Smits')).toContainText('Bezwaar is mogelijk tot en met 9 aug 2026.');
    await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('en');
    await expect(row('Tim Smits')).toContainText('You do not meet knock-out criterion K8');
    await expect(row('Daan Bakker')).toContainText('only the best 3 were invited to an interview');
    await expect(page.locator('.proc-outcomes')).not.toContainText('U behaalde');
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('nl');
  });

  await test.step('Uitslagen exporteren: a mail-merge CSV, Excel (NL), formula-safe', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitslagen exporteren' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^uitslagen-30601-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile((await file.path()) ?? '')).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Naam;E-mail;Fase;Uitslag;Toelichting');
    expect(lines).toHaveLength(28 + 2); // header, 28 candidates, the empty end
    expect(lines[1]).toMatch(/^Anouk de Vries;[^;]*;Gunning;Gegund;De opdracht is aan u gegund\.$/);
    expect(text).toContain(`"'=1+1 Zeger de Haan"`);
    expect(text).not.toMatch(/(^|;)=/m);
  });

  await test.step('the assessment report prints to PDF pages', async () => {
    await page.getByRole('button', { name: 'Beoordelingsverslag' }).click();
    const report = page.getByRole('dialog', { name: /Beoordelingsverslag 30601/ });
    await expect(report).toContainText('Gegund aan Anouk de Vries op 20 jul 2026.');
    await expect(report).toContainText('Anne de Wit');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: test.info().outputPath('beoordelingsverslag-30601.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1])).toBeGreaterThan(2);
    await report.getByRole('button', { name: 'Sluiten' }).click();
  });

  await test.step('a reload and going offline keep everything', async () => {
    await page.reload();
    await page.getByRole('tab', { name: 'Procedure' }).click();
    await page.getByRole('tab', { name: 'Gunning', exact: true }).click();
    await expect(page.getByText('Gegund aan Anouk de Vries op 20 jul 2026.')).toBeVisible();
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('tab', { name: 'Procedure' }).click();
    await page.getByRole('tab', { name: 'Uitslagen' }).click();
    await expect(page.locator('.proc-outcomes')).toContainText('In het gesprek is de competentie "Analytisch sterk" als onvoldoende beoordeeld.');
    await page.context().setOffline(false);
  });
});

// Only the interface's language is loaded at a start: outcomes exported in the other one load its
// texts first (a file of empty headers and sentences, or of keys, is what went wrong otherwise).
test('outcomes exported in the other language than the interface are worded in it, header and sentences', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /30601/ }).click();
  await page.getByRole('tab', { name: 'Procedure' }).click();
  await page.getByRole('tab', { name: 'Uitslagen' }).click();
  await page.getByRole('combobox', { name: 'Taal van de uitslagen' }).selectOption('en');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitslagen exporteren' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^outcomes-30601-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path()) ?? '')).toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Name;E-mail;Stage;Outcome;Explanation');
  expect(lines.slice(1, -1).every((line) => line.split(';').length >= 5 && !/;$/.test(line))).toBe(true);
  // The interface stays Dutch.
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeVisible();
});
