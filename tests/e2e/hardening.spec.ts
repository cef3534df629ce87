// Two ways data was lost or a message lied (issue 9): another tab upgrading the database while a
// score is being typed, and a full disk. Each replays the user's steps in the production build.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cell, openApp } from './helpers';

async function openMatrix(page: Page, number: string) {
  await openApp(page);
  await page.getByRole('button', { name: new RegExp(number) }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
}

/** The evaluation of a candidate as stored, read with a raw IndexedDB connection in `page`. */
async function storedScore(page: Page, version: number | undefined, requestId: string, candidateId: string, criterionId: string) {
  return page.evaluate(
    ({ version, requestId, candidateId, criterionId }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = version === undefined ? indexedDB.open('shortlist') : indexedDB.open('shortlist', version);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('evaluations').objectStore('evaluations').get([requestId, candidateId]);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { scores: Record<string, unknown> } | undefined)?.scores[criterionId]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { version, requestId, candidateId, criterionId },
  );
}

test('another tab upgrading the database while a score is typed: the value is saved first, and the banner says so truly', async ({ page, context }) => {
  await openMatrix(page, '25924');
  const target = await cell(page, 'Noor Bosman', 'cr:cr1');
  const noor = await page.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: 'Noor Bosman' }) }).first().getAttribute('row-id');
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7');

  // A newer version of the app opens the database in another tab of the same origin.
  const other = await context.newPage();
  await other.goto('/icons/icon.svg');
  const upgraded = other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('shortlist', 990);
        open.onupgradeneeded = () => undefined;
        open.onsuccess = () => {
          const version = open.result.version;
          open.result.close();
          resolve(version);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const banner = page.getByRole('alert').filter({ hasText: /ander tabblad/ });
  await expect(banner).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await upgraded).toBe(990);

  // What the banner says is true: the typed 7 is in the database the newer version opened.
  await expect(banner).toContainText('je laatste wijziging is bewaard');
  expect(await storedScore(other, undefined, 'seed-25924', noor ?? '', 'cr1')).toBe(7);

  // This tab writes no more: a further edit is refused with the reason, and nothing is stored.
  const second = await cell(page, 'Noor Bosman', 'cr:cr2');
  await second.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /niet bewaard/ })).toBeVisible();
  expect(await storedScore(other, undefined, 'seed-25924', noor ?? '', 'cr2')).not.toBe(3);
});

/** Fills the origin's storage (with an overridden quota) until a 128-byte write no longer fits. */
async function fillStorage(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('filler', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let key = 0;
    for (let size = 4 << 20; size >= 128; size >>= 1) {
      for (let tries = 0; tries < 64; tries++) {
        // Random bytes, so that no compression makes room again.
        const chunk = new Uint8Array(size);
        for (let at = 0; at < size; at += 65536) crypto.getRandomValues(chunk.subarray(at, Math.min(size, at + 65536)));
        const stored = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put(chunk, key++);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!stored) break;
      }
    }
    db.close();
  });
}

async function withSmallQuota(context: BrowserContext, page: Page) {
  // Chromium's own quota, made small before the origin first stores anything: the writes then fail
  // as on a full disk (the transaction aborts with a QuotaExceededError).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL ?? '').origin, quotaSize: 12 * 1024 * 1024 });
}

test('a full disk: a score edit says in words that storage is full, nothing was saved, and what to do; the old value stays', async ({ page, context }) => {
  await withSmallQuota(context, page);
  await openMatrix(page, '25924');
  const target = await cell(page, 'Noor Bosman', 'cr:cr1');
  const before = await target.textContent();
  await fillStorage(page);
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('De opslag van de browser is vol');
  await expect(alert).toContainText('niets bewaard');
  await expect(alert).toContainText(/back-up/i);
  await expect(alert).not.toContainText('QuotaExceededError');
  await expect(target).toHaveText(before ?? '');
  await page.reload();
  await expect(await cell(page, 'Noor Bosman', 'cr:cr1')).toHaveText(before ?? '');
});

test('a full disk in English: a new request is refused in English words', async ({ page, context }) => {
  await withSmallQuota(context, page);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await fillStorage(page);
  await page.getByRole('button', { name: 'New request' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("The browser's storage is full");
  await expect(alert).not.toContainText('QuotaExceededError');
});
