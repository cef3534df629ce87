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

/**
 * Every record of one table as this profile's IndexedDB holds it (Dexie's `shortlist` database,
 * read directly, not through the app): what a test checks the app really wrote or really removed.
 * A table the database does not have (yet) reads as empty.
 */
export function storedRecords<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    table,
  );
}

/**
 * Writes records into one table of this profile's IndexedDB directly, not through the app (as the
 * sync bridge of team mode would have): for what a test cannot easily make happen in one browser.
 * The page is reloaded after, so the app reads what is there.
 */
export async function putRecords(page: Page, table: string, records: object[]): Promise<void> {
  await page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: table, rows: records },
  );
  await page.reload();
}

/** As in Excel: F2 opens the cell with its value, which is replaced, and Enter commits. The cell, to check what it shows. */
export async function typeScore(page: Page, name: string, colId: string, text: string): Promise<Locator> {
  const target = await cell(page, name, colId);
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  return target;
}
