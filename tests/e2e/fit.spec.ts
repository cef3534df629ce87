// PRODUCT §8 "It fits a laptop": request 30601 (8 knock-outs, 7 criteria) on the screens consultants
// have, the short labels that make it fit, and what stays reachable around the grid.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const KNOCK_OUTS = Array.from({ length: 8 }, (_, i) => `ko:ko${i + 1}`);
const CRITERIA = Array.from({ length: 7 }, (_, i) => `cr:cr${i + 1}`);

async function openMatrix(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: /30601/ }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
}

/**
 * The columns of the first row whose cell lies inside the viewport and is not covered (the point at
 * its centre is the cell itself), and how many rows show their whole name cell that way.
 */
function inView(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return false;
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('.ag-cell') === el;
    };
    const first = document.querySelector('.ag-row[row-index="0"]')?.getAttribute('row-id');
    const columns = [...document.querySelectorAll(`.ag-row[row-id="${first}"] .ag-cell`)].filter(visible).map((c) => c.getAttribute('col-id'));
    const rows = new Set([...document.querySelectorAll('.ag-row [col-id="name"]')].filter(visible).map((c) => c.closest('.ag-row')?.getAttribute('row-id')));
    const scrolled = [...document.querySelectorAll('.ag-body-horizontal-scroll-viewport, .ag-center-cols-viewport, .ag-grid-viewport')].some((el) => el.scrollLeft > 0);
    return { columns, rows: rows.size, pageWider: document.documentElement.scrollWidth > innerWidth, scrolled };
  });
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

for (const language of ['nl', 'en'] as const) {
  test.describe(`in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB' });

    test('at 1366 × 768 every knock-out and criterion, the name, total and status and 15 rows are in view, without scrolling sideways', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await openMatrix(page);
      const seen = await inView(page);
      expect(seen.columns).toEqual(expect.arrayContaining(['name', ...KNOCK_OUTS, ...CRITERIA, 'total', 'status']));
      expect(seen.rows).toBeGreaterThanOrEqual(15);
      expect(seen.scrolled).toBe(false);
      expect(seen.pageWider).toBe(false);
    });

    test('at 1920 × 1080 the points behind the cut-off are in view too, with the chart beside the grid', async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openMatrix(page);
      const seen = await inView(page);
      expect(seen.columns).toEqual(expect.arrayContaining(['name', ...KNOCK_OUTS, ...CRITERIA, 'total', 'status', 'behind']));
      expect(seen.rows).toBeGreaterThanOrEqual(25);
      await expect(page.getByRole('region', { name: language === 'nl' ? 'Totalen' : 'Totals' }).getByRole('img')).toBeVisible();
    });
  });
}

test('at 1366 the chart is one click away, and the choice is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMatrix(page);
  const button = page.getByRole('button', { name: 'Grafiek' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('img', { name: /^Totalen van 28 kandidaten/ })).toHaveCount(0);
  await button.click();
  await expect(page.getByRole('img', { name: /^Totalen van 28 kandidaten/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('img', { name: /^Totalen van 28 kandidaten/ })).toBeVisible();
});

test('the sidebar folds and unfolds from the keyboard, and stays as it was left', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMatrix(page);
  const toggle = page.getByRole('button', { name: 'Zijbalk' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeHidden();
  // The grid gets the width: every column up to the points behind the cut-off is in view.
  expect((await inView(page)).columns).toContain('behind');
  await page.reload();
  await expect(page.locator('.ag-row').first()).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // It is the first thing the keyboard reaches.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('navigation', { name: 'Aanvragen' })).toBeVisible();
});

test('a column header shows the short label; the full text comes on hover, on the header’s focus and in the bar under the grid', async ({ page }) => {
  await openMatrix(page);
  const header = page.getByRole('columnheader', { name: /BlinQt/ });
  await expect(header).toContainText('G1 · 20');
  const full = 'Aantoonbare werkervaring met BlinQt of een vergelijkbare gemeentelijke datawarehouse-oplossing';
  await expect(header).toHaveAttribute('aria-description', new RegExp(`^G1 · 20: ${full}`));
  await header.hover();
  await expect(page.locator('.ag-tooltip')).toContainText(full);

  // The keyboard: a cell of the column shows the text in the bar; one up from the first row is the header.
  const first = page.locator('.ag-row[row-index="0"] [col-id="cr:cr1"]').first();
  await first.click();
  await expect(page.getByRole('group', { name: 'Actieve cel' })).toContainText(full);
  await page.keyboard.press('ArrowUp');
  await expect(header).toBeFocused();

  // A knock-out's header reads upwards, its rule in words.
  await expect(page.getByRole('columnheader', { name: 'max. € 120' })).toHaveAttribute('aria-description', /^K8: Uurtarief maximaal € 120/);
});

test('the status is one word in the cell, the whole sentence in its tooltip and accessible name', async ({ page }) => {
  await openMatrix(page);
  const status = page.locator('.ag-row[row-index="9"] [col-id="status"]').first();
  await expect(status.locator('[aria-hidden="true"]')).toHaveText('= Grens');
  await expect(status).toHaveAccessibleName('Shortlist · gelijk op de grens');
  await status.hover();
  await expect(page.locator('.ag-tooltip')).toContainText('kies zelf wie doorgaat');
});

test('short names are edited in the Criteria tab, with the limit said beside the field, and head the matrix', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /30601/ }).click();
  await page.getByRole('tab', { name: 'Criteria' }).click();
  const field = page.getByRole('textbox', { name: 'Korte naam criterium 1' });
  await expect(field).toHaveAttribute('placeholder', 'BlinQt');
  await expect(field).toHaveAccessibleDescription(/max\. 12 tekens/);
  await field.fill('Datawarehouse');
  await field.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: '13 tekens' })).toBeVisible();
  await expect(field).toHaveValue('Datawarehouse');
  await field.fill('DWH');
  await field.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: '13 tekens' })).toHaveCount(0);
  const knockOut = page.getByRole('textbox', { name: 'Korte naam knock-out 6' });
  await knockOut.fill('PBI');
  await knockOut.press('Tab');
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(page.getByRole('columnheader', { name: /^DWH/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'PBI' })).toBeVisible();
});

test('AG Grid’s own texts follow the language', async ({ page }) => {
  await openMatrix(page);
  const nameHeader = page.getByRole('columnheader', { name: 'Naam' });
  await nameHeader.hover();
  await nameHeader.locator('.ag-header-cell-filter-button').click();
  await expect(page.locator('.ag-filter')).toContainText('Bevat');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zijbalk' }).focus();
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  const english = page.getByRole('columnheader', { name: 'Name' });
  await english.hover();
  await english.locator('.ag-header-cell-filter-button').click();
  await expect(page.locator('.ag-filter')).toContainText('Contains');
});
