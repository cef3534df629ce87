// Screenshots of every step of the Procedure tab and the report, at a laptop's and a desktop's size,
// in Dutch and in English, for looking at them: seed 30601 is carried through the procedure with the
// steps of tests/e2e/procedure.spec.ts (through the UI only), seed 25924 shows the empty states.
//   npx vite build --outDir dist-procbench && node scripts/procedure-screenshots.mjs [outDir] [distDir]
// SHOTS_PORT (default 4394). Each screenshot is the viewport; the main pane scrolls, so a long step
// gets "-2", "-3" … for the screens below the first.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const out = process.argv[2] ?? 'test-results/procedure-screenshots';
const dist = process.argv[3] ?? 'dist';
const port = Number(process.env.SHOTS_PORT ?? 4394);
mkdirSync(out, { recursive: true });
const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const SIZES = [[1366, 768], [1920, 1080]];
const STEPS = { nl: ['Stap 3 · Opdrachtgever', 'Stap 4 · Gesprekken', 'Gunning', 'Uitslagen'], en: ['Step 3 · Client', 'Step 4 · Interviews', 'Award', 'Outcomes'] };
const KEYS = ['1-client', '2-interviews', '3-award', '4-outcomes'];
/** The viewport, then the main pane scrolled down a screen at a time (at most four). */
async function shots(page, path) {
  const main = page.locator('main, .main').first();
  const { height, view } = await main.evaluate((e) => (e.scrollTo(0, 0), { height: e.scrollHeight, view: e.clientHeight }));
  await page.screenshot({ path: `${path}.png` });
  const last = height - view;
  for (let i = 1; i < 4 && (i - 1) * (view - 40) < last; i++) {
    await main.evaluate((e, top) => e.scrollTo(0, top), Math.min(i * (view - 40), last));
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${path}-${i + 1}.png` });
  }
  await main.evaluate((e) => e.scrollTo(0, 0));
}
const LONG = 'Maria-Magdalena Alexandrina van Oldenbarnevelt-Tot Nijenrode van der Hoeven de Jonge';

try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`http://127.0.0.1:${port}/`);
  const list = page.getByRole('navigation', { name: /Aanvragen|Requests/ });

  // Empty states first: 25924 has no procedure yet.
  await list.getByRole('button', { name: /25924/ }).click();
  await page.locator('.ag-row').first().waitFor();
  await page.getByRole('tab', { name: 'Procedure' }).click();
  await page.locator('.proc-step').waitFor();
  for (const [i, step] of STEPS.nl.entries()) {
    await page.getByRole('tab', { name: step, exact: true }).click();
    await page.waitForTimeout(300);
    await shots(page, `${out}/empty-${KEYS[i]}-nl-1366`);
  }

  // 30601 through the procedure, as the e2e test does it; one shortlisted name made long.
  await list.getByRole('button', { name: /30601/ }).click();
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.locator('.ag-row').first().waitFor();
  const row = (name) => page.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: name }) }).first();
  const id = await row('Eva Visser').getAttribute('row-id');
  await page.locator(`.ag-row[row-id="${id}"] [col-id="name"]`).first().dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(LONG);
  await page.keyboard.press('Enter');
  await row(LONG).waitFor();
  await page.getByRole('tab', { name: 'Procedure' }).click();
  const grid = page.getByRole('region', { name: 'Scores van de opdrachtgever' });
  await grid.locator('.ag-row').first().waitFor();
  await shots(page, `${out}/before-1-client-nl-1366`);
  for (const col of ['cc:cc1', 'cc:cc2']) {
    await grid.locator(`.ag-row[row-index="0"] [col-id="${col}"]`).first().click();
    for (const score of [9, 8, 7, 3, 3, 3, 3, 3, 3, 3, 3]) {
      await page.keyboard.type(String(score));
      await page.keyboard.press('Enter');
    }
  }
  await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Uitnodiging van Cor van Dijk intrekken' }).waitFor();
  await page.getByRole('tab', { name: 'Stap 4 · Gesprekken' }).click();
  await shots(page, `${out}/before-2-interviews-nl-1366`);
  for (const assessor of ['Anne de Wit', 'Bas Kok']) {
    await page.getByPlaceholder('Naam van de beoordelaar').fill(assessor);
    await page.getByRole('button', { name: 'Beoordelaar toevoegen' }).click();
    await page.getByRole('columnheader', { name: assessor }).first().waitFor();
  }
  const rate = (assessor, competency, name, rating) => page.getByRole('combobox', { name: `${assessor}: ${competency} (${name})` }).selectOption(rating);
  for (const competency of ['Analytisch sterk', 'Verbindend', 'Resultaatgericht', 'Communicatief vaardig', 'Zelfstandig en proactief']) {
    await rate('Anne de Wit', competency, 'Anouk de Vries', 'goed');
    await rate('Bas Kok', competency, 'Anouk de Vries', competency === 'Verbindend' ? 'onvoldoende' : 'goed');
    await rate('Anne de Wit', competency, 'Cor van Dijk', 'voldoende');
  }
  await rate('Anne de Wit', 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
  await rate('Bas Kok', 'Analytisch sterk', 'Bram Jansen', 'onvoldoende');
  await shots(page, `${out}/pending-2-interviews-nl-1366`);
  await page.getByRole('combobox', { name: 'Oordeel Verbindend (Anouk de Vries)' }).selectOption('voldoende');
  await page.getByRole('tab', { name: 'Gunning', exact: true }).click();
  await shots(page, `${out}/before-3-award-nl-1366`);
  await page.getByRole('checkbox', { name: 'Gunnen aan Anouk de Vries' }).check();
  await page.getByLabel('Datum van de gunning').fill('2026-07-20');
  await page.getByLabel('Bezwaartermijn (dagen)').fill('20');
  await page.getByRole('button', { name: 'Gunnen', exact: true }).click();
  await page.getByText('Gegund aan Anouk de Vries op 20 jul 2026.').waitFor();

  for (const lang of ['nl', 'en']) {
    await page.getByRole('combobox', { name: /^(Taal|Language)$/ }).first().selectOption(lang);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.getByRole('tab', { name: 'Procedure' }).click();
      for (const [i, step] of STEPS[lang].entries()) {
        await page.getByRole('tab', { name: step, exact: true }).click();
        await page.waitForTimeout(300);
        await shots(page, `${out}/${KEYS[i]}-${lang}-${width}`);
      }
      await page.getByRole('button', { name: lang === 'nl' ? 'Beoordelingsverslag' : 'Assessment report' }).click();
      const report = page.getByRole('dialog');
      await report.waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/5-report-${lang}-${width}.png` });
      await report.locator('.report').evaluate((e) => e.scrollTo(0, e.scrollHeight / 3));
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/5-report-${lang}-${width}-middle.png` });
      if (width === 1366) {
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: `${out}/5-report-${lang}.pdf`, format: 'A4' });
        await page.emulateMedia({ media: 'screen' });
      }
      await report.getByRole('button', { name: lang === 'nl' ? 'Sluiten' : 'Close' }).click();
    }
  }
  console.log('screenshots in', out);
} finally {
  await browser.close();
  server.httpServer.close();
}
