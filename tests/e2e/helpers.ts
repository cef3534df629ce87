// Shared steps for end-to-end specs: a fresh page that fails on requests to any other host.
import { expect, type Locator, type Page } from '@playwright/test';

/** Records every request that leaves 127.0.0.1; a privacy rule says there must be none. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
  });
  return foreign;
}

/** Opens the app and waits until the seed data is listed. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: /Aanvragen|Requests/ })).toBeVisible();
}

/** Waits for the service worker to control the page (after one reload, as on a first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }
}

/** The grid row whose name cell holds this name (AG Grid 36 has no separate pinned container). */
export function nameRow(page: Page, name: string): Locator {
  return page.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: name }) });
}

/** The cell of a candidate (found by name) in a column, as AG Grid addresses it: [row-id] [col-id]. */
export async function cell(page: Page, name: string, colId: string): Promise<Locator> {
  const id = await nameRow(page, name).first().getAttribute('row-id');
  if (!id) throw new Error(`no row for ${name}`);
  return page.locator(`.ag-row[row-id="${id}"] [col-id="${colId}"]`).first();
}
