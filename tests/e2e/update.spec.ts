// A new version of the app waits until the consultant agrees; it never reloads over their work.
// The built app is served by a small server of the test's own (version-server.ts), so the test
// can publish a "new version" (a changed sw.js) while the page is open.
import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';
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

test('a new version is offered, not forced, and taking it keeps the work', async ({ page }) => {
  server.publish(1);
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: /25924/ }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: /25924/ }).click();
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });

  server.publish(2);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const prompt = page.getByRole('alertdialog', { name: 'Er is een nieuwe versie van Shortlist.' });
  await expect(prompt).toBeVisible();
  // Offered, not forced: the page is still the same page, nothing reloaded by itself.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  // "Later" hides the offer and the page stays.
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  // Work done meanwhile, then the consultant agrees on the next check.
  await page.getByRole('textbox', { name: 'Naam nieuwe kandidaat' }).fill('Ruben Update');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(page.locator('[col-id="name"]', { hasText: 'Ruben Update' })).toHaveCount(1);
  await page.reload();
  await page.getByRole('button', { name: /25924/ }).click();
  // A waiting worker found at load is offered again.
  await expect(prompt).toBeVisible();
  const reloaded = page.waitForEvent('framenavigated');
  await prompt.getByRole('button', { name: 'Nu herladen' }).click();
  await reloaded;
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(prompt).toBeHidden();
  await page.getByRole('button', { name: /25924/ }).click();
  await page.getByRole('searchbox', { name: 'Zoeken in de matrix' }).fill('Ruben');
  await expect(page.locator('[col-id="name"]', { hasText: 'Ruben Update' })).toHaveCount(1);
  // The new version now controls the page and no further offer is pending.
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
});
