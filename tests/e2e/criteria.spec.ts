import { expect, test, type Page } from '@playwright/test';
import { openApp, storedRecords } from './helpers';

/** Opens the SOR request (criteria 10/30/40/20, 4 knock-outs, 7 competencies) on its Criteria tab. */
async function openCriteria(page: Page): Promise<void> {
  await page.getByRole('button', { name: /25924/ }).click();
  await page.getByRole('tab', { name: 'Criteria' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gunningscriteria' })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

/** The SOR request as IndexedDB holds it: saves are asynchronous, so a reload waits for them. */
async function storedRequest(page: Page): Promise<{ deadline?: string; knockOuts: { text: string; rule?: unknown }[] }> {
  const requests = await storedRecords<{ id: string; deadline?: string; knockOuts: { text: string; rule?: unknown }[] }>(page, 'requests');
  const found = requests.find((r) => r.id === 'seed-25924');
  if (!found) throw new Error('the SOR request is not in IndexedDB');
  return found;
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openCriteria(page);
});

test('weights that do not add up to 100 are warned about, and the warning goes when they do', async ({ page }) => {
  const criteria = section(page, 'Gunningscriteria');
  const third = criteria.getByRole('textbox', { name: 'Maximum punten criterium 3' });
  await expect(third).toHaveValue('40');
  await expect(criteria.getByRole('status')).toHaveCount(0);

  // Raised: lowered below the scores already given (up to 40 here), the maximum would be refused.
  await third.fill('50');
  await third.press('Tab');
  await expect(criteria.getByRole('status')).toContainText('110');
  await expect(criteria.getByText('110 punten')).toBeVisible();

  await third.fill('40');
  await third.press('Tab');
  await expect(criteria.getByRole('status')).toHaveCount(0);
  await expect(criteria.getByText('100 punten')).toBeVisible();
});

// QA walk 2026-12-03: 10 → 5 left 9,5 counting in full, Aafke first with 95 of 95.
test('a maximum below scores already given is refused, saying whose and how high; the old maximum stays', async ({ page }) => {
  const criteria = section(page, 'Gunningscriteria');
  const first = criteria.getByRole('textbox', { name: 'Maximum punten criterium 1' });
  const before = await first.inputValue();
  await first.fill('1');
  await first.press('Tab');
  await expect(criteria.getByRole('alert')).toContainText('staan al scores boven 1');
  await expect(criteria.getByRole('alert')).toContainText('Verlaag eerst die scores');
  await page.reload();
  await openCriteria(page);
  await expect(section(page, 'Gunningscriteria').getByRole('textbox', { name: 'Maximum punten criterium 1' })).toHaveValue(before);
});

test('a new knock-out with a minimum-hours rule is saved and survives a reload', async ({ page }) => {
  const knockOuts = section(page, 'Knock-outcriteria');
  await knockOuts.getByRole('button', { name: 'Knock-out toevoegen' }).click();
  const text = knockOuts.getByRole('textbox', { name: 'Tekst knock-out 5' });
  await expect(text).toBeFocused();
  await text.fill('Beschikbaar voor minimaal 12 uur per week');
  await text.press('Tab');

  await knockOuts.getByRole('combobox', { name: 'Regel knock-out 5' }).selectOption('min-hours');
  const hours = knockOuts.getByRole('textbox', { name: 'Minimum uren knock-out 5' });
  await expect(hours).toHaveValue('8'); // starts from the request's own hours per week
  await hours.fill('12');
  await hours.press('Tab');
  await expect(knockOuts.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await storedRequest(page)).knockOuts[4]?.rule).toEqual({ kind: 'min-hours', min: 12 });

  await page.reload();
  await openCriteria(page);
  await expect(knockOuts.getByRole('textbox', { name: 'Tekst knock-out 5' })).toHaveValue('Beschikbaar voor minimaal 12 uur per week');
  await expect(knockOuts.getByRole('combobox', { name: 'Regel knock-out 5' })).toHaveValue('min-hours');
  await expect(knockOuts.getByRole('textbox', { name: 'Minimum uren knock-out 5' })).toHaveValue('12');
  // The rate rule of the seed is still on knock-out 4.
  await expect(knockOuts.getByRole('combobox', { name: 'Regel knock-out 4' })).toHaveValue('max-rate');
});

test('criteria are reordered with the buttons and the keyboard, keeping their points', async ({ page }) => {
  const criteria = section(page, 'Gunningscriteria');
  const text = (n: number) => criteria.getByRole('textbox', { name: `Tekst criterium ${n}` });
  const max = (n: number) => criteria.getByRole('textbox', { name: `Maximum punten criterium ${n}` });
  await expect(text(1)).toHaveValue(/^Aantoonbaar afgeronde opleiding/);

  await criteria.getByRole('group', { name: 'Criterium 1' }).getByRole('button', { name: 'Omlaag' }).click();
  await expect(text(2)).toHaveValue(/^Aantoonbaar afgeronde opleiding/);
  await expect(max(2)).toHaveValue('10');
  await expect(max(1)).toHaveValue('30');
  // Focus follows the moved criterion, so the next key press moves it again.
  const down = criteria.getByRole('group', { name: 'Criterium 2' }).getByRole('button', { name: 'Omlaag' });
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(text(3)).toHaveValue(/^Aantoonbaar afgeronde opleiding/);
  await expect(max(3)).toHaveValue('10');

  await page.keyboard.press('Shift+Tab'); // to "Omhoog" of the same criterion
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(text(1)).toHaveValue(/^Aantoonbaar afgeronde opleiding/);
  await expect(max(1)).toHaveValue('10');
  // At the top, "Omhoog" does nothing and keeps focus.
  await page.keyboard.press('Enter');
  await expect(criteria.getByRole('group', { name: 'Criterium 1' }).getByRole('button', { name: 'Omhoog' })).toBeFocused();

  await page.reload();
  await openCriteria(page);
  await expect(text(1)).toHaveValue(/^Aantoonbaar afgeronde opleiding/);
  await expect(max(2)).toHaveValue('30');
  await expect(max(3)).toHaveValue('40');
  await expect(max(4)).toHaveValue('20');
});

test('a competency is deleted only after confirming', async ({ page }) => {
  const competencies = section(page, 'Competenties');
  const names = competencies.getByRole('textbox', { name: /^Naam competentie/ });
  await expect(names).toHaveCount(7);
  const second = competencies.getByRole('group', { name: 'Competentie 2' });
  await expect(second.getByRole('textbox', { name: 'Naam competentie 2' })).toHaveValue('Communicatief');

  await second.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(second.getByText('Competentie 2 verwijderen?')).toBeVisible();
  await second.getByRole('button', { name: 'Annuleren' }).click();
  await expect(names).toHaveCount(7);

  await second.getByRole('button', { name: 'Verwijderen' }).click();
  await second.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(names).toHaveCount(6);
  await expect(competencies.getByRole('textbox', { name: 'Naam competentie 2' })).toHaveValue('Verantwoordelijk');

  await page.reload();
  await openCriteria(page);
  await expect(names).toHaveCount(6);
  await expect(competencies.getByRole('textbox', { name: 'Naam competentie 1' })).toHaveValue('Zelfstandig');
  await expect(competencies.getByRole('textbox', { name: 'Naam competentie 2' })).toHaveValue('Verantwoordelijk');
});

test('a negative maximum is refused with a message, and the stored maximum stays', async ({ page }) => {
  const criteria = section(page, 'Gunningscriteria');
  const second = criteria.getByRole('textbox', { name: 'Maximum punten criterium 2' });
  await expect(second).toHaveValue('30');

  await second.fill('-5');
  await second.press('Tab');
  const alert = criteria.getByRole('alert');
  await expect(alert).toContainText('"-5" kan geen maximum zijn');
  await expect(second).toHaveValue('-5'); // what was typed stays, to be corrected
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(criteria.getByRole('status')).toHaveCount(0); // the stored weights still make 100

  // Another edit is saved meanwhile: the refused entry and its message stay until corrected.
  const firstText = criteria.getByRole('textbox', { name: 'Tekst criterium 1' });
  await firstText.fill('Afgeronde HBO-opleiding');
  await firstText.press('Tab');
  await page.getByRole('region', { name: 'Competenties' }).getByRole('group', { name: 'Competentie 1' }).getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('region', { name: 'Knock-outcriteria' }).getByRole('combobox', { name: 'Regel knock-out 1' }).selectOption('min-hours');
  await expect(page.getByRole('region', { name: 'Knock-outcriteria' }).getByRole('textbox', { name: 'Minimum uren knock-out 1' })).toHaveValue('8');
  await expect(second).toHaveValue('-5');
  await expect(alert).toContainText('"-5" kan geen maximum zijn');
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeVisible();

  await page.reload();
  await openCriteria(page);
  await expect(criteria.getByRole('textbox', { name: 'Maximum punten criterium 2' })).toHaveValue('30');
  await expect(criteria.getByRole('alert')).toHaveCount(0);
  await expect(firstText).toHaveValue('Afgeronde HBO-opleiding');
});

test('details accept Dutch numbers and show the deadline in Dutch time', async ({ page }) => {
  const details = section(page, 'Gegevens');
  const deadline = details.getByLabel('Deadline (Nederlandse tijd)');
  await expect(deadline).toHaveValue('2025-12-22T09:00');

  const hours = details.getByRole('textbox', { name: 'Uren per week' });
  await hours.fill('7,5');
  await hours.press('Tab');
  await deadline.fill('2026-07-01T12:00');
  await deadline.press('Tab');
  const shortlist = details.getByRole('textbox', { name: 'Shortlistgrootte' });
  await shortlist.fill('0');
  await shortlist.press('Tab');
  await expect(details.getByRole('alert')).toContainText('geheel getal van 1 of meer');

  await page.reload();
  await openCriteria(page);
  await expect(details.getByRole('textbox', { name: 'Uren per week' })).toHaveValue('7,5');
  await expect(details.getByLabel('Deadline (Nederlandse tijd)')).toHaveValue('2026-07-01T12:00');
  await expect(details.getByRole('textbox', { name: 'Shortlistgrootte' })).toHaveValue('5');
  expect((await storedRequest(page)).deadline).toBe('2026-07-01T12:00:00+02:00');
});

// QA walk 2026-12-03: the request's cap set to € 70 left K4 eliminating only above € 75, unsaid.
test('the rate cap moves the knock-out that enforced it; a knock-out set apart from the cap is warned about in the tab and the header', async ({ page }) => {
  const details = section(page, 'Gegevens');
  const knockOuts = section(page, 'Knock-outcriteria');
  const capRule = knockOuts.getByRole('textbox', { name: 'Maximumtarief knock-out 4' });
  await expect(capRule).toHaveValue('75');
  const cap = details.getByRole('textbox', { name: 'Max. uurtarief (€)' });
  await cap.fill('70');
  await cap.press('Tab');
  await expect(capRule).toHaveValue('70');
  await expect(page.getByText(/maximumtarief van de aanvraag/)).toHaveCount(0);
  // Set apart on purpose: allowed, and said wherever the weights warning would be.
  await capRule.fill('80');
  await capRule.press('Tab');
  await expect(knockOuts.getByRole('status')).toHaveText('Let op: het maximumtarief van de aanvraag (€\u00a070,00) verschilt van K4 (max €\u00a080,00).');
  await expect(page.locator('.request-header').getByText('verschilt van K4')).toBeVisible();
  await capRule.fill('70');
  await capRule.press('Tab');
  await expect(page.getByText('verschilt van K4')).toHaveCount(0);
});
