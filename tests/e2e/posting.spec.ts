import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/postings/${name}`, import.meta.url), 'utf8');
const SEED_000 = fixture('000_b66ea57ac9e92ed7.txt');
const SEED_002 = fixture('002_30b003ba387f8f1b.txt');
const NO_POSTING = fixture('own-12-recipe.txt');

const requestButtons = (page: Page) => page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button');

/** Opens "Vacaturetekst plakken", pastes the text and makes the proposal; returns the dialog. */
async function propose(page: Page, text: string) {
  await page.getByRole('button', { name: 'Vacaturetekst plakken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vacaturetekst plakken' });
  const textarea = dialog.getByRole('textbox', { name: 'Vacaturetekst' });
  await expect(textarea).toBeFocused();
  await textarea.fill(text);
  await dialog.getByRole('button', { name: 'Voorstel maken' }).click();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await openApp(page);
  await expect(requestButtons(page).first()).toBeVisible();
});

test('a pasted posting becomes a proposal that lands in the matrix when saved', async ({ page }) => {
  const before = await requestButtons(page).count();
  const sameNumber = await page.getByRole('button', { name: /30601/ }).count();
  const dialog = await propose(page, SEED_002);

  await expect(dialog.getByRole('textbox', { name: 'Aanvraagnummer' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Aanvraagnummer' })).toHaveValue('30601');
  await expect(dialog.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue('BI Specialist / Functioneel Adviseur Monitor Sociaal Domein');
  await expect(dialog.getByRole('textbox', { name: 'Shortlistgrootte' })).toHaveValue('10');
  await expect(dialog.getByRole('textbox', { name: 'Deadline (Nederlandse tijd)' })).toHaveValue('2026-06-29T09:00');
  await expect(dialog.getByText('8 knock-outs, 7 criteria, 100 punten')).toBeVisible();

  const knockOuts = dialog.getByRole('region', { name: 'Knock-outcriteria' });
  await expect(knockOuts.getByRole('group')).toHaveCount(8);
  await expect(knockOuts.getByRole('combobox', { name: 'Regel knock-out 8' })).toHaveValue('max-rate');
  await expect(knockOuts.getByRole('textbox', { name: 'Maximumtarief knock-out 8' })).toHaveValue('120');
  await expect(knockOuts.getByRole('combobox', { name: 'Regel knock-out 7' })).toHaveValue('min-hours');
  await expect(knockOuts.getByRole('textbox', { name: 'Minimum uren knock-out 7' })).toHaveValue('16');

  const criteria = dialog.getByRole('region', { name: 'Gunningscriteria' });
  await expect(criteria.getByRole('group')).toHaveCount(7);
  await expect(criteria.getByText('100 punten')).toBeVisible();
  await expect(criteria.getByRole('status')).toHaveCount(0);
  // The parser's doubt about the client stands beside that field.
  await expect(dialog.getByRole('textbox', { name: 'Opdrachtgever', exact: true })).toHaveAccessibleDescription(/Opdrachtgever: afgeleid uit/);

  // A running total: one criterion lowered warns at once, and putting it back clears the warning.
  const first = criteria.getByRole('textbox', { name: 'Maximum punten criterium 1' });
  await first.fill('10');
  await first.press('Tab');
  await expect(criteria.getByRole('status')).toContainText('90');
  await expect(dialog.getByText('8 knock-outs, 7 criteria, 90 punten')).toBeVisible();
  await first.fill('20');
  await first.press('Tab');
  await expect(criteria.getByRole('status')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(requestButtons(page)).toHaveCount(before + 1);
  await expect(page.getByRole('button', { name: /30601/ })).toHaveCount(sameNumber + 1);
  await expect(page.getByRole('heading', { level: 1, name: 'BI Specialist / Functioneel Adviseur Monitor Sociaal Domein' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/r\/[^/]+\/matrix$/);

  // Each knock-out heads a column by its short label; its code and full text are the header's description.
  for (let k = 1; k <= 8; k++) await expect(page.locator(`[role=columnheader][aria-description^="K${k}: "]`)).toHaveCount(1);
  await expect(page.locator('[role=columnheader][col-id^="ko:"]')).toHaveCount(8);
  await expect(page.locator('[role=columnheader][col-id^="cr:"]')).toHaveCount(7);
  await expect(page.getByRole('columnheader', { name: /Gunningscriteria \(100\)/ })).toBeVisible();

  await page.reload();
  await expect(requestButtons(page)).toHaveCount(before + 1);
});

test('closing keeps the pasted text and the proposal with its edits for the next opening, until discarded; nothing is stored', async ({ page }) => {
  const before = await requestButtons(page).count();
  const open = page.getByRole('button', { name: 'Vacaturetekst plakken' });
  let dialog = await propose(page, SEED_002);
  const title = dialog.getByRole('textbox', { name: 'Titel', exact: true });
  await title.fill('Mijn eigen titel');
  await title.press('Tab');
  const rate = dialog.getByRole('textbox', { name: 'Maximumtarief knock-out 8' });
  await rate.fill('110');
  await rate.press('Tab');
  // Escape in a field holding a change takes back that change, and only that: the dialog stays.
  await title.fill('Half getypt');
  await page.keyboard.press('Escape');
  await expect(title).toHaveValue('Mijn eigen titel');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Opened again: the proposal as it was left, edits and all.
  await open.click();
  dialog = page.getByRole('dialog', { name: 'Vacaturetekst plakken' });
  await expect(dialog.getByRole('textbox', { name: 'Aanvraagnummer' })).toBeFocused();
  await expect(title).toHaveValue('Mijn eigen titel');
  await expect(rate).toHaveValue('110');

  // The text is still the pasted one; made into a proposal again unchanged, the edits are still there.
  await dialog.getByRole('button', { name: 'Tekst aanpassen' }).click();
  const textarea = dialog.getByRole('textbox', { name: 'Vacaturetekst' });
  await expect(textarea).toHaveValue(SEED_002);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await open.click();
  await expect(textarea).toBeFocused();
  await expect(textarea).toHaveValue(SEED_002);
  await dialog.getByRole('button', { name: 'Voorstel maken' }).click();
  await expect(title).toHaveValue('Mijn eigen titel');

  // Nothing was stored meanwhile.
  await expect(requestButtons(page)).toHaveCount(before);
  await expect(page.getByRole('button', { name: /Mijn eigen titel/ })).toHaveCount(0);

  // Thrown away when the user says so: the dialog starts afresh, and so does the next opening.
  await dialog.getByRole('button', { name: 'Concept weggooien' }).click();
  await expect(textarea).toBeFocused();
  await expect(textarea).toHaveValue('');
  await expect(dialog.getByRole('button', { name: 'Concept weggooien' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await open.click();
  await expect(textarea).toHaveValue('');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(requestButtons(page).first()).toBeVisible();
  await expect(requestButtons(page)).toHaveCount(before);
});

test('a request number that is already there is said before Save, which may still make a second one', async ({ page }) => {
  const before = await page.getByRole('button', { name: /25924/ }).count();
  expect(before).toBe(1);
  const dialog = await propose(page, SEED_000);
  await expect(dialog.getByRole('textbox', { name: 'Aanvraagnummer' })).toHaveValue('25924');
  const warning = dialog.getByRole('status').filter({ hasText: 'Er is al een aanvraag 25924' });
  await expect(warning).toHaveText('Er is al een aanvraag 25924: “SOR Ondersteuner”. Opslaan maakt een tweede met dit nummer.');
  const save = dialog.getByRole('button', { name: 'Opslaan' });
  await expect(save).toHaveAccessibleDescription(/Er is al een aanvraag 25924/);

  // Another number, and the warning goes; back to the number, and it is there again.
  const number = dialog.getByRole('textbox', { name: 'Aanvraagnummer' });
  await number.fill('25925');
  await number.press('Tab');
  await expect(warning).toHaveCount(0);
  await number.fill('25924');
  await number.press('Tab');
  await expect(warning).toBeVisible();

  await save.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /25924/ })).toHaveCount(2);
});

test('a text that is no posting shows the parser warning, invents nothing and can still be cancelled', async ({ page }) => {
  const before = await requestButtons(page).count();
  const dialog = await propose(page, NO_POSTING);
  await expect(dialog.getByRole('region', { name: 'Controleer dit' })).toContainText('Geen inhuuropdracht herkend');
  await expect(dialog.getByText('0 knock-outs, 0 criteria, 0 punten')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue('');
  await expect(dialog.getByRole('textbox', { name: 'Max. uurtarief (€)' })).toHaveValue('');

  // Saving without a title is refused beside the title, and nothing is written.
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Titel', exact: true })).toBeFocused();
  await expect(dialog.getByRole('alert').first()).toBeVisible();
  await expect(requestButtons(page)).toHaveCount(before);

  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await expect(requestButtons(page)).toHaveCount(before);
});

test('Ctrl+Enter in the text makes the proposal', async ({ page }) => {
  await page.getByRole('button', { name: 'Vacaturetekst plakken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vacaturetekst plakken' });
  await dialog.getByRole('textbox', { name: 'Vacaturetekst' }).fill(SEED_002);
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('textbox', { name: 'Aanvraagnummer' })).toBeFocused();
});

test('what the review form shows after corrections is what is saved', async ({ page }) => {
  const dialog = await propose(page, SEED_002);
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('BI Specialist Monitor');
  await dialog.getByRole('button', { name: 'Knock-out 1 verwijderen' }).click();
  await expect(dialog.getByRole('button', { name: 'Knock-out 1 verwijderen' })).toBeFocused();
  const rate = dialog.getByRole('textbox', { name: 'Maximumtarief knock-out 7' });
  await rate.fill('110');
  await rate.press('Tab');
  await expect(dialog.getByText('7 knock-outs, 7 criteria, 100 punten')).toBeVisible();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'BI Specialist Monitor' })).toBeVisible();
  await expect(page.locator('[role=columnheader][col-id^="ko:"]')).toHaveCount(7);
  await page.getByRole('tab', { name: 'Criteria' }).click();
  await expect(page.getByRole('textbox', { name: 'Maximumtarief knock-out 7' })).toHaveValue('110');
  await expect(page.getByRole('textbox', { name: 'Tekst knock-out 1' })).toHaveValue(/Power BI|dashboards/);
});
