// PRODUCT §8: a refused cell keeps the cursor, as Excel keeps you in the cell that failed, and the
// message says why without moving a row ("Editing never makes the row under the cursor jump away").
// On request 25924, whose first criterion has a maximum of 10, at the laptop size of §8.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './helpers';
import { axeViolations, describeViolations } from './page-text';

// The app's CSP allows no inline script: axe-core needs to be let in.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

async function openMatrix(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: /25924/ }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
}

/** A cell by its place in the grid (display order) and column id. */
const at = (page: Page, row: number, col: string): Locator => page.locator(`.ag-row[row-index="${row}"] [col-id="${col}"]`).first();

/** Where the keyboard is: the focused cell's row and column. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    return cell ? { row: Number(cell.closest('.ag-row')?.getAttribute('row-index')), col: cell.getAttribute('col-id') } : null;
  });

/** Whether the middle of a cell is the cell itself, not something drawn over it. */
const uncovered = (cell: Locator) =>
  cell.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  });

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('a score refused on Enter keeps the cursor in its cell, so the next number typed lands there', async ({ page }) => {
  await openMatrix(page);
  const cell = at(page, 0, 'cr:cr1');
  const before = await cell.innerText();
  await cell.click();
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('hoger dan het maximum van 10');
  await expect(cell).toHaveText(before);
  expect(await focused(page)).toEqual({ row: 0, col: 'cr:cr1' });
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('7');
  await expect(at(page, 1, 'cr:cr1')).not.toHaveText('7');
  expect(await focused(page)).toEqual({ row: 1, col: 'cr:cr1' });
  // A value that lands takes the message away.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('after F2, Tab and an arrow keep the cursor in a refused cell too, and so does a click on another cell', async ({ page }) => {
  await openMatrix(page);
  const cell = at(page, 2, 'cr:cr1');
  const before = await cell.innerText();
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert')).toContainText('hoger dan het maximum van 10');
  expect(await focused(page)).toEqual({ row: 2, col: 'cr:cr1' });
  await expect(cell).toHaveText(before);

  // Typed (Excel's Enter mode), an arrow finishes the cell: refused, it stays.
  await page.keyboard.type('abc');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('alert')).toContainText('"abc" is geen score');
  expect(await focused(page)).toEqual({ row: 2, col: 'cr:cr1' });

  // A click elsewhere in the grid ends the edit as well: the cursor comes back to the cell that failed.
  await page.keyboard.type('99');
  await at(page, 5, 'cr:cr2').click();
  await expect(page.getByRole('alert')).toContainText('hoger dan het maximum van 10');
  await expect.poll(() => focused(page)).toEqual({ row: 2, col: 'cr:cr1' });
  await expect(cell).toHaveText(before);

  // A name cannot be emptied: Enter leaves the cursor on it.
  const name = at(page, 1, 'name');
  const who = await name.innerText();
  await name.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('naam');
  expect(await focused(page)).toEqual({ row: 1, col: 'name' });
  await expect(name).toHaveText(who);
});

test('the message stands over the column headers: no row moves or is covered, it is announced, closable and axe-clean', async ({ page }, info) => {
  await openMatrix(page);
  const first = at(page, 0, 'name');
  const box = await first.boundingBox();
  const cell = at(page, 0, 'cr:cr1');
  await cell.click();
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  expect(await first.boundingBox()).toEqual(box);
  expect(await uncovered(first)).toBe(true);
  expect(await uncovered(cell)).toBe(true);
  await page.screenshot({ path: '/tmp/ui-shots/matrix-refused-nl.png' });
  expect(describeViolations(await axeViolations(page, 'matrix with a refusal')), 'axe-core').toBe(describeViolations([]));

  // Many refused cells at once: the list scrolls inside the message, the rows stay put.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', Array.from({ length: 14 }, () => '99').join('\n'));
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(alert).toContainText('14 cellen geweigerd');
  expect(await first.boundingBox()).toEqual(box);
  expect(await uncovered(first)).toBe(true);
  await page.screenshot({ path: '/tmp/ui-shots/matrix-paste-refused-nl.png' });

  // Closing it puts the keyboard back in the grid, on the cell it was on.
  await alert.getByRole('button', { name: 'Sluiten' }).click();
  await expect(alert).toHaveCount(0);
  expect(await first.boundingBox()).toEqual(box);
  expect(await focused(page)).toEqual({ row: 0, col: 'cr:cr1' });

  // In English the same, in English.
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Matrix' })).toBeVisible();
  const again = at(page, 0, 'cr:cr1');
  await again.click();
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  await expect(alert).toContainText('above the maximum of 10');
  expect(await focused(page)).toEqual({ row: 0, col: 'cr:cr1' });
  expect(await first.boundingBox()).toEqual(box);
  await page.screenshot({ path: '/tmp/ui-shots/matrix-refused-en.png' });
  expect(describeViolations(await axeViolations(page, 'matrix with a refusal (en)')), 'axe-core').toBe(describeViolations([]));
  info.annotations.push({ type: 'screenshots', description: '/tmp/ui-shots/matrix-*.png' });
});
