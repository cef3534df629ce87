// The keyboard stays where the user was: a sidebar action that finishes the open edits first (which
// takes the focus off the button) gives the focus back to its button when it is done or said no to.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await openApp(page);
});

test('saying no to "Voorbeeldgegevens verwijderen" leaves the focus on the button, as "Aanvraag verwijderen" does', async ({ page }) => {
  for (const name of ['Voorbeeldgegevens verwijderen', 'Aanvraag verwijderen']) {
    const button = page.getByRole('button', { name });
    const asked = new Promise<void>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(resolve)));
    await button.click();
    await asked;
    await expect(button, name).toBeFocused();
  }
  await expect(page.getByRole('navigation', { name: 'Aanvragen' }).getByRole('button')).toHaveCount(2);
});

test('after "Back-up maken" the focus is back on the button', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Back-up maken' });
  const download = page.waitForEvent('download');
  await button.click();
  await download;
  await expect(page.getByRole('status').filter({ hasText: /shortlist-back-up-/ })).toBeVisible();
  await expect(button).toBeFocused();
});
