// PRODUCT §8 "Excel habits": the keys and the mouse of a spreadsheet on the matrix of request 30601,
// each habit with its own test, and the keystrokes it takes to score five candidates.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openMatrix(page: Page, number = '30601') {
  await openApp(page);
  await page.getByRole('button', { name: new RegExp(number) }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
}

/** A cell by its place in the grid (display order) and column id. */
const at = (page: Page, row: number, col: string): Locator => page.locator(`.ag-row[row-index="${row}"] [col-id="${col}"]`).first();

/** Where the keyboard is: the focused cell's row and column. */
function focused(page: Page) {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    return cell ? { row: Number(cell.closest('.ag-row')?.getAttribute('row-index')), col: cell.getAttribute('col-id') } : null;
  });
}

const texts = (page: Page, rows: number[], cols: string[]) => Promise.all(rows.map((r) => Promise.all(cols.map((c) => at(page, r, c).innerText()))));

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('typing replaces the cell, and Enter commits and moves down', async ({ page }) => {
  await openMatrix(page);
  const cell = at(page, 0, 'cr:cr1');
  await expect(cell).toHaveText('18,5');
  await cell.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('7');
  expect(await focused(page)).toEqual({ row: 1, col: 'cr:cr1' });
  // A cell started by typing is finished by an arrow too (Excel's Enter mode).
  await page.keyboard.type('9');
  await page.keyboard.press('ArrowRight');
  await expect(at(page, 1, 'cr:cr1')).toHaveText('9');
  expect(await focused(page)).toEqual({ row: 1, col: 'cr:cr2' });
});

test('Tab moves right, and Tab … Enter returns to the column where the row was started', async ({ page }) => {
  await openMatrix(page);
  await at(page, 0, 'cr:cr2').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ row: 0, col: 'cr:cr3' });
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ row: 0, col: 'cr:cr5' });
  await page.keyboard.press('Enter');
  expect(await focused(page)).toEqual({ row: 1, col: 'cr:cr2' });
  expect(await texts(page, [0], ['cr:cr2', 'cr:cr3'])).toEqual([['1', '2']]);
});

test('F2 edits with the decimal comma in Dutch and the point in English; Escape cancels', async ({ page }) => {
  await openMatrix(page);
  const cell = at(page, 2, 'cr:cr1');
  await expect(cell).toHaveText('17,5');
  await cell.click();
  await page.keyboard.press('F2');
  const editor = cell.locator('input');
  await expect(editor).toHaveValue('17,5');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('0');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(cell).toHaveText('17,5');
  // Typing replaces, and Escape takes that back too.
  await page.keyboard.type('3');
  await page.keyboard.press('Escape');
  await expect(cell).toHaveText('17,5');

  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(at(page, 2, 'cr:cr1')).toHaveText('17.5');
  await at(page, 2, 'cr:cr1').click();
  await page.keyboard.press('F2');
  await expect(at(page, 2, 'cr:cr1').locator('input')).toHaveValue('17.5');
});

test('Shift+arrows select a block, drawn with a 2 px frame; Delete clears it in one undo step', async ({ page }) => {
  await openMatrix(page);
  const rows = [0, 1];
  const cols = ['cr:cr1', 'cr:cr2', 'cr:cr3'];
  const before = await texts(page, rows, cols);
  await at(page, 0, 'cr:cr1').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  for (const r of rows) for (const c of cols) await expect(at(page, r, c)).toHaveClass(/in-range/);
  await expect(at(page, 2, 'cr:cr1')).not.toHaveClass(/in-range/);
  await expect(page.getByRole('group', { name: 'Actieve cel' })).toContainText('2 × 3 cellen');
  // The frame: 2 px on the block's outer edges only.
  const frame = (cell: Locator) =>
    cell.evaluate((el) => {
      const style = getComputedStyle(el);
      const edge = (width: string, color: string) => (parseFloat(width) >= 2 && color !== 'rgba(0, 0, 0, 0)' ? 'frame' : '-');
      return [edge(style.borderTopWidth, style.borderTopColor), edge(style.borderRightWidth, style.borderRightColor), edge(style.borderBottomWidth, style.borderBottomColor), edge(style.borderLeftWidth, style.borderLeftColor)];
    });
  expect(await frame(at(page, 0, 'cr:cr1'))).toEqual(['frame', '-', '-', 'frame']);
  expect(await frame(at(page, 1, 'cr:cr3'))).toEqual(['-', 'frame', 'frame', '-']);
  expect(await frame(at(page, 0, 'cr:cr2'))).toEqual(['frame', '-', '-', '-']);
  expect(await frame(at(page, 2, 'cr:cr2'))).toEqual(['-', '-', '-', '-']);
  // Shrinking the block takes the drawing off the cells it left, and frames the new edge.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(at(page, 0, 'cr:cr3')).not.toHaveClass(/in-range/);
  await expect(at(page, 1, 'cr:cr3')).not.toHaveClass(/in-range|range-/);
  expect(await frame(at(page, 1, 'cr:cr2'))).toEqual(['-', 'frame', 'frame', '-']);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(at(page, 1, 'cr:cr3')).toHaveClass(/in-range/);

  await page.keyboard.press('Delete');
  expect(await texts(page, rows, cols)).toEqual([['', '', ''], ['', '', '']]);
  await page.keyboard.press('Control+z');
  expect(await texts(page, rows, cols)).toEqual(before);
  await page.keyboard.press('Control+y');
  expect(await texts(page, rows, cols)).toEqual([['', '', ''], ['', '', '']]);
});

test('Backspace clears one cell, a knock-out to unknown', async ({ page }) => {
  await openMatrix(page);
  await at(page, 3, 'cr:cr4').click();
  await page.keyboard.press('Backspace');
  await expect(at(page, 3, 'cr:cr4')).toHaveText('');
  await at(page, 3, 'ko:ko2').click();
  await page.keyboard.press('Backspace');
  await expect(at(page, 3, 'ko:ko2')).toHaveText('?');
});

test('a mouse drag selects a block, and Ctrl+C copies it as tab-separated text that Excel pastes', async ({ page }) => {
  await openMatrix(page);
  const from = await at(page, 0, 'name').boundingBox();
  const to = await at(page, 2, 'cr:cr1').boundingBox();
  if (!from || !to) throw new Error('cells not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 5, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(at(page, 1, 'ko:ko3')).toHaveClass(/in-range/);
  // From the name to the first criterion: name, rate, hours, eight knock-outs and G1.
  await expect(page.getByRole('group', { name: 'Actieve cel' })).toContainText('3 × 12 cellen');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\r\n').map((line) => line.split('\t'));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toEqual(['Anouk de Vries', '€ 105', '24', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '18,5']);
  expect(lines[2]?.at(-1)).toBe('17,5');
});

test('Ctrl+V pastes a copied block where the cursor is, checked by the core, and one undo takes it back', async ({ page }) => {
  await openMatrix(page);
  await at(page, 0, 'cr:cr1').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+c');
  const source = await texts(page, [0, 1], ['cr:cr1', 'cr:cr2']);
  const before = await texts(page, [5, 6], ['cr:cr1', 'cr:cr2']);
  await at(page, 5, 'cr:cr1').click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('status').filter({ hasText: '4 cellen geplakt' })).toBeVisible();
  expect(await texts(page, [5, 6], ['cr:cr1', 'cr:cr2'])).toEqual(source);
  await page.keyboard.press('Control+z');
  expect(await texts(page, [5, 6], ['cr:cr1', 'cr:cr2'])).toEqual(before);
  // A score too high for its column is refused whole, as typing it would be.
  await page.evaluate(() => navigator.clipboard.writeText('99\t1'));
  await at(page, 5, 'cr:cr1').click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('1 cel geweigerd');
  expect(await texts(page, [5, 6], ['cr:cr1', 'cr:cr2'])).toEqual(before);
  // One copied cell on a selected block fills it.
  await page.evaluate(() => navigator.clipboard.writeText('4\r\n'));
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+v');
  expect(await texts(page, [5, 6], ['cr:cr1', 'cr:cr2'])).toEqual([['4', '4'], ['4', '4']]);
});

test('Ctrl+D fills the block down from its top row, in one undo step', async ({ page }) => {
  await openMatrix(page);
  const top = await texts(page, [0], ['cr:cr3', 'cr:cr4']);
  const before = await texts(page, [1, 2, 3], ['cr:cr3', 'cr:cr4']);
  await at(page, 0, 'cr:cr3').click();
  await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  expect(await texts(page, [1, 2, 3], ['cr:cr3', 'cr:cr4'])).toEqual([top[0], top[0], top[0]]);
  await page.keyboard.press('Control+z');
  expect(await texts(page, [1, 2, 3], ['cr:cr3', 'cr:cr4'])).toEqual(before);
});

test('Home and End go to the row’s first and last cell, Ctrl+Home and Ctrl+End to the sheet’s', async ({ page }) => {
  await openMatrix(page);
  await at(page, 3, 'cr:cr2').click();
  await page.keyboard.press('Home');
  expect(await focused(page)).toEqual({ row: 3, col: 'rank' });
  await page.keyboard.press('End');
  expect(await focused(page)).toEqual({ row: 3, col: 'status' });
  await page.keyboard.press('Control+Home');
  expect(await focused(page)).toEqual({ row: 0, col: 'rank' });
  await page.keyboard.press('Control+End');
  expect(await focused(page)).toEqual({ row: 27, col: 'status' });
});

test('j / n / ? set a knock-out in Dutch, y / n / ? in English, and the core refuses what a rule forbids', async ({ page }) => {
  await openMatrix(page);
  const ko = at(page, 0, 'ko:ko1');
  await ko.click();
  await page.keyboard.press('n');
  await expect(ko).toHaveText('✗');
  await page.keyboard.press('?');
  await expect(ko).toHaveText('?');
  await page.keyboard.press('j');
  await expect(ko).toHaveText('✓');
  // Tim Smits asks € 125: the rate rule fails him, and no letter makes that a pass.
  const tim = page.locator('.ag-row').filter({ has: page.locator('[col-id="name"]', { hasText: 'Tim Smits' }) }).first();
  const rule = page.locator(`.ag-row[row-id="${await tim.getAttribute('row-id')}"] [col-id="ko:ko8"]`).first();
  await expect(rule).toHaveText('✗');
  await rule.click();
  await page.keyboard.press('j');
  await expect(page.getByRole('alert')).toContainText('Kan niet op voldaan zetten');
  await expect(rule).toHaveText('✗');

  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  const english = at(page, 1, 'ko:ko2');
  await english.click();
  await page.keyboard.press('n');
  await expect(english).toHaveText('✗');
  await page.keyboard.press('j');
  await expect(english).toHaveText('✗');
  await page.keyboard.press('y');
  await expect(english).toHaveText('✓');
});

test('the focused cell has a frame of at least 2 px', async ({ page }) => {
  await openMatrix(page);
  for (const col of ['name', 'ko:ko3', 'cr:cr5', 'status']) {
    const cell = at(page, 4, col);
    await cell.click();
    const frame = await cell.evaluate((el) => {
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, focused: el.contains(document.activeElement) };
    });
    expect(frame.focused).toBe(true);
    expect(frame.style).toBe('solid');
    expect(frame.width).toBeGreaterThanOrEqual(2);
  }
});

test('scoring 5 candidates on 7 criteria takes no more keys than Excel: a digit and Tab per score, Enter per row', async ({ page }) => {
  await openMatrix(page);
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  await at(page, 0, 'cr:cr1').click();
  const scores = [
    [1, 2, 3, 4, 5, 6, 7],
    [7, 6, 5, 4, 3, 2, 1],
    [9, 9, 9, 9, 9, 9, 9],
    [0, 1, 0, 1, 0, 1, 0],
    [5, 5, 5, 5, 5, 5, 5],
  ];
  for (const row of scores) {
    for (const [i, digit] of row.entries()) {
      await press(String(digit));
      await press(i === row.length - 1 ? 'Enter' : 'Tab');
    }
  }
  for (const [r, row] of scores.entries()) {
    expect(await texts(page, [r], Array.from({ length: 7 }, (_, i) => `cr:cr${i + 1}`))).toEqual([row.map(String)]);
    await expect(at(page, r, 'total')).toHaveText(String(row.reduce((a, b) => a + b, 0)));
  }
  expect(await focused(page)).toEqual({ row: 5, col: 'cr:cr1' });
  // Excel: 35 digits, 30 Tabs and 5 Enters.
  expect(keys).toBe(70);
});
