import { describe, expect, it } from 'vitest';
import { EDGE, edgesAt, enterFrom, extend, fillDown, moveCell, rectOf, repaintCells, single, tabFrom, toTsv, type Bounds, type Rect } from '../../src/ui/matrix/selection';
import { parseClipboard } from '../../src/ui/matrix/clipboard';

const bounds: Bounds = { rows: 10, cols: 6 };
const rect = (top: number, left: number, bottom: number, right: number): Rect => ({ top, left, bottom, right });

describe('moving the active cell', () => {
  it.each([
    [{ kind: 'step', rows: 1, cols: 0 } as const, { row: 4, col: 2 }],
    [{ kind: 'step', rows: 0, cols: -1 } as const, { row: 3, col: 1 }],
    [{ kind: 'edge', rows: 1, cols: 0 } as const, { row: 9, col: 2 }],
    [{ kind: 'edge', rows: 0, cols: 1 } as const, { row: 3, col: 5 }],
    [{ kind: 'rowStart' } as const, { row: 3, col: 0 }],
    [{ kind: 'rowEnd' } as const, { row: 3, col: 5 }],
    [{ kind: 'sheetStart' } as const, { row: 0, col: 0 }],
    [{ kind: 'sheetEnd' } as const, { row: 9, col: 5 }],
  ])('%j from row 3, column 2 goes to %j', (move, to) => {
    expect(moveCell({ row: 3, col: 2 }, move, bounds)).toEqual(to);
  });
  it('stops at the edges of the sheet', () => {
    expect(moveCell({ row: 0, col: 0 }, { kind: 'step', rows: -1, cols: -1 }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 9, col: 5 }, { kind: 'step', rows: 1, cols: 1 }, bounds)).toEqual({ row: 9, col: 5 });
  });
});

describe('the selected block', () => {
  it('grows from the anchor with Shift and an arrow, in any direction', () => {
    let block = single({ row: 4, col: 3 });
    block = extend(block, { kind: 'step', rows: 1, cols: 0 }, bounds);
    block = extend(block, { kind: 'step', rows: 0, cols: -1 }, bounds);
    block = extend(block, { kind: 'step', rows: 0, cols: -1 }, bounds);
    expect(block.anchor).toEqual({ row: 4, col: 3 });
    expect(rectOf(block)).toEqual(rect(4, 1, 5, 3));
  });
  it('draws the outer edges of a block and nothing for a single cell', () => {
    const r = rect(2, 1, 3, 2);
    expect(edgesAt(r, 2, 1)).toBe(EDGE.inside | EDGE.top | EDGE.left);
    expect(edgesAt(r, 3, 2)).toBe(EDGE.inside | EDGE.bottom | EDGE.right);
    expect(edgesAt(r, 4, 1)).toBe(0);
    expect(edgesAt(rect(2, 1, 2, 1), 2, 1)).toBe(0);
    expect(edgesAt(null, 2, 1)).toBe(0);
  });
  it('repaints only the cells whose drawing changed', () => {
    // One row more at the bottom: the old bottom row loses its edge, the new row appears.
    const changed = repaintCells(rect(2, 1, 3, 2), rect(2, 1, 4, 2), { first: 0, last: 9 });
    expect([...changed]).toEqual([
      [3, [1, 2]],
      [4, [1, 2]],
    ]);
    // The first block of two cells: both cells; clearing it: the same two.
    expect([...repaintCells(null, rect(0, 0, 0, 1), { first: 0, last: 9 })]).toEqual([[0, [0, 1]]]);
    expect([...repaintCells(rect(0, 0, 0, 1), null, { first: 0, last: 9 })]).toEqual([[0, [0, 1]]]);
  });
  it('leaves rows that are not rendered to be drawn when they scroll in', () => {
    const changed = repaintCells(null, rect(0, 0, 9999, 20), { first: 100, last: 130 });
    expect([...changed.keys()]).toEqual(Array.from({ length: 31 }, (_, i) => 100 + i));
  });
});

describe('Tab … Enter', () => {
  it('returns to the column where the row was started', () => {
    let at = { row: 2, col: 1 };
    let start: number | null = null;
    for (let i = 0; i < 3; i++) ({ cell: at, tabStart: start } = tabFrom(at, start, false, bounds)!);
    expect(at).toEqual({ row: 2, col: 4 });
    expect(enterFrom(at, start, false, bounds)).toEqual({ row: 3, col: 1 });
  });
  it('goes straight down without Tabs, and up with Shift', () => {
    expect(enterFrom({ row: 2, col: 4 }, null, false, bounds)).toEqual({ row: 3, col: 4 });
    expect(enterFrom({ row: 2, col: 4 }, null, true, bounds)).toEqual({ row: 1, col: 4 });
  });
  it('wraps at the end of a row and lets focus leave at the end of the sheet', () => {
    expect(tabFrom({ row: 2, col: 5 }, 1, false, bounds)).toEqual({ cell: { row: 3, col: 0 }, tabStart: null });
    expect(tabFrom({ row: 9, col: 5 }, null, false, bounds)).toBeNull();
    expect(tabFrom({ row: 0, col: 0 }, null, true, bounds)).toBeNull();
  });
});

describe('Ctrl+D', () => {
  it('fills each column of the block from its top cell', () => {
    expect(fillDown(rect(1, 2, 3, 3))).toEqual([
      { from: { row: 1, col: 2 }, to: { row: 2, col: 2 } },
      { from: { row: 1, col: 2 }, to: { row: 3, col: 2 } },
      { from: { row: 1, col: 3 }, to: { row: 2, col: 3 } },
      { from: { row: 1, col: 3 }, to: { row: 3, col: 3 } },
    ]);
  });
  it('fills a single row from the row above, and does nothing on the first row', () => {
    expect(fillDown(rect(4, 1, 4, 1))).toEqual([{ from: { row: 3, col: 1 }, to: { row: 4, col: 1 } }]);
    expect(fillDown(rect(0, 1, 0, 2))).toEqual([]);
  });
});

describe('copying as Excel does', () => {
  it('writes tab-separated rows that our own paste reads back the same', () => {
    const cells = [
      ['17,5', 'Anouk "AJ" de Vries', ''],
      ['✓', 'twee\nregels', 'a\tb'],
    ];
    const text = toTsv(cells);
    expect(text).toBe('17,5\t"Anouk ""AJ"" de Vries"\t\r\n✓\t"twee\nregels"\t"a\tb"');
    expect(parseClipboard(text)).toEqual(cells);
  });
});
