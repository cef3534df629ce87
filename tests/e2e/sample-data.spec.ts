import { expect, test, type Page } from '@playwright/test';
import { nameRow, openApp } from './helpers';

const requestsNav = (page: Page) => page.getByRole('navigation', { name: 'Aanvragen' });

/** Clicks "Voorbeeldgegevens verwijderen" and answers the confirmation; returns its question. */
async function removeSample(page: Page, accept = true): Promise<string> {
  const question = new Promise<string>((resolve) => {
    page.once('dialog', async (dialog) => {
      resolve(dialog.message());
      await (accept ? dialog.accept() : dialog.dismiss());
    });
  });
  await page.getByRole('button', { name: 'Voorbeeldgegevens verwijderen' }).click();
  return question;
}

test('the sample data is marked, and removing it keeps a request of the user and a person shared with it', async ({ page }) => {
  await openApp(page);
  const nav = requestsNav(page);
  // Both seed requests carry the label in the list, and the open one in its header.
  await expect(nav.getByRole('button', { name: /30601.*Voorbeeld/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /25924.*Voorbeeld/ })).toBeVisible();
  await expect(page.locator('.request-heading').getByText('Voorbeeld', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Voorbeeldgegevens' })).toBeVisible();

  // The user's own request, with a person of their own and a sample person from the pool.
  await page.getByRole('button', { name: 'Nieuwe aanvraag' }).click();
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByRole('textbox', { name: 'Naam nieuwe kandidaat' }).fill('Eigen Kandidaat');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(nameRow(page, 'Eigen Kandidaat')).toBeVisible();
  await page.getByRole('combobox', { name: 'Kies iemand uit de pool' }).selectOption({ label: 'Anouk de Vries — Noorderlicht Detachering' });
  await page.getByRole('button', { name: 'Uit pool toevoegen' }).click();
  await expect(nameRow(page, 'Anouk de Vries')).toBeVisible();
  await expect(nav.getByRole('button', { name: /Nieuwe aanvraag/ })).not.toContainText('Voorbeeld');

  // Saying no changes nothing.
  await removeSample(page, false);
  await expect(nav.getByRole('button')).toHaveCount(3);

  const question = await removeSample(page);
  expect(question).toContain('2 voorbeeldaanvragen');
  expect(question).toContain('39 verzonnen kandidaten');
  expect(question).toContain('Voorbeeldkandidaten die je op een eigen aanvraag hebt gezet, blijven daar staan (1).');
  await expect(page.getByRole('status').filter({ hasText: 'Voorbeeldgegevens verwijderd: 2 voorbeeldaanvragen en 39 verzonnen kandidaten.' })).toBeVisible();

  const check = async () => {
    await expect(nav.getByRole('button')).toHaveCount(1);
    await expect(nav.getByRole('button', { name: /Nieuwe aanvraag/ })).toBeVisible();
    await expect(page.getByText('Voorbeeld', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Voorbeeldgegevens' })).toHaveCount(0);
    await expect(page.getByText('2 kandidaten')).toBeVisible();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(nameRow(page, 'Eigen Kandidaat')).toBeVisible();
    await expect(nameRow(page, 'Anouk de Vries')).toBeVisible();
  };
  await check();
  // Nothing comes back on a reload.
  await page.reload();
  await check();
});

test('a fresh profile is seeded once, and not again after the sample data is removed', async ({ page }) => {
  await openApp(page);
  const nav = requestsNav(page);
  await expect(nav.getByRole('button', { name: /Voorbeeld/ })).toHaveCount(2);
  await page.reload();
  await expect(nav.getByRole('button', { name: /Voorbeeld/ })).toHaveCount(2);

  const question = await removeSample(page);
  expect(question).toContain('2 voorbeeldaanvragen');
  expect(question).toContain('40 verzonnen kandidaten');
  await expect(nav.getByText('Nog geen aanvragen. Maak er een of plak een vacaturetekst.')).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(nav.getByText('Nog geen aanvragen. Maak er een of plak een vacaturetekst.')).toBeVisible();
    await expect(nav.getByRole('button')).toHaveCount(0);
  }
});

test('the sample data is labelled and removed in English too', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  const nav = page.getByRole('navigation', { name: 'Requests' });
  await expect(nav.getByRole('button', { name: /30601.*Sample/ })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample data removed: 2 sample requests and 40 made-up candidates.' })).toBeVisible();
  await expect(nav.getByRole('button')).toHaveCount(0);
});

test('a browser that does not keep the data gets told what to do', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persisted = async () => false;
    navigator.storage.persist = async () => false;
  });
  await openApp(page);
  const status = page.locator('.storage-status');
  await expect(status).toContainText('Opslag niet blijvend');
  await expect(status.getByRole('listitem')).toHaveText([
    'maak regelmatig een back-up („Back-up maken”, hieronder)',
    'houd schijfruimte vrij',
    'installeer Shortlist als app',
    'wis de sitegegevens van deze pagina niet: dan is alles weg',
  ]);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(status).toContainText('Storage not persistent');
  await expect(status.getByRole('listitem').first()).toHaveText('make a backup regularly (“Back up”, below)');
});

test('storage that is nearly full is said, with what to do', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.estimate = async () => ({ usage: 90, quota: 100 });
  });
  await openApp(page);
  await expect(page.locator('[data-storage="nearly-full"]')).toHaveText(
    'De opslag is bijna vol (90 % gebruikt). Maak een back-up met „Back-up maken”, maak ruimte vrij op de schijf en verwijder voorbeeldgegevens of oude aanvragen.',
  );
});
