import { expect, test } from '@playwright/test';
import { openApp, waitForServiceWorker, watchForeignRequests } from './helpers';

test('a first run lists both seed requests and keeps them offline after a reload', async ({ page, context }) => {
  const foreign = watchForeignRequests(page);
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Aanvragen' });
  await expect(nav.getByRole('button', { name: /25924.*SOR Ondersteuner.*Gemeente Westerveld/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /30601.*BI Specialist.*Samenwerkingsorganisatie/ })).toBeVisible();
  // The seed deadlines have passed (today is after June 2026), and the list says so.
  await expect(nav.getByText('verlopen')).toHaveCount(2);

  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(nav.getByRole('button', { name: /25924/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /30601/ })).toBeVisible();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('the first-run demo puts candidates on both requests', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /30601/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BI Specialist / Functioneel Adviseur Monitor Sociaal Domein');
  await expect(page.getByText('28 kandidaten')).toBeVisible();
  await page.getByRole('button', { name: /25924/ }).click();
  await expect(page.getByText('16 kandidaten')).toBeVisible();
});

test('the app asks the browser for persistent storage and shows the answer', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('[data-persistence]')).not.toHaveAttribute('data-persistence', 'pending');
  await expect(page.getByText(/Opslag (blijvend|niet blijvend|status onbekend)/)).toBeVisible();
});
