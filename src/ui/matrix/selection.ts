// The matrix's selected block, as Excel has one: the active cell where the selection began (the
// anchor) and the opposite corner that Shift+arrows and the mouse move. Positions are display
// indexes (rows and columns in the order the grid shows them). Plain data and pure functions, so
// the rules are tested without a browser; MatrixTab's sheet binds them to AG Grid.

export interface Cell {
  row: number;
  col: number;
}

export interface Block {
  anchor: Cell;
  corner: Cell;
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** How many rows and columns the grid shows. */
export interface Bounds {
  rows: number;
  cols: number;
}

/** How a cell's drawing depends on the block: inside it, and which of its outer edges it carries. */
export const EDGE = { inside: 1, top: 2, bottom: 4, left: 8, right: 16 } as const;

/**
 * A move of the active cell: one step, to the edge of the sheet in a direction (Ctrl+arrow), to the
 * row's first or last cell (Home / End), or to the sheet's (Ctrl+Home / Ctrl+End).
 */
export type Move =
  | { kind: 'step'; rows: -1 | 0 | 1; cols: -1 | 0 | 1 }
  | { kind: 'edge'; rows: -1 | 0 | 1; cols: -1 | 0 | 1 }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'sheetStart' }
  | { kind: 'sheetEnd' };

export const single = (cell: Cell): Block => ({ anchor: cell, corner: cell });

export function rectOf(block: Block): Rect {
  return {
    top: Math.min(block.anchor.row, block.corner.row),
    bottom: Math.max(block.anchor.row, block.corner.row),
    left: Math.min(block.anchor.col, block.corner.col),
    right: Math.max(block.anchor.col, block.corner.col),
  };
}

export const isSingle = (block: Block): boolean => block.anchor.row === block.corner.row && block.anchor.col === block.corner.col;

export const sizeOf = (rect: Rect): { rows: number; cols: number } => ({ rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 });

/**
 * The EDGE bits of a cell for a drawn block; 0 outside it. A block of one cell is not drawn: the
 * focus frame already shows it, as in Excel.
 */
export function edgesAt(rect: Rect | null, row: number, col: number): number {
  if (!rect || row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) return 0;
  if (rect.top === rect.bottom && rect.left === rect.right) return 0;
  return (
    EDGE.inside |
    (row === rect.top ? EDGE.top : 0) |
    (row === rect.bottom ? EDGE.bottom : 0) |
    (col === rect.left ? EDGE.left : 0) |
    (col === rect.right ? EDGE.right : 0)
  );
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), Math.max(max, 0));

export function clampCell(cell: Cell, bounds: Bounds): Cell {
  return { row: clamp(cell.row, bounds.rows - 1), col: clamp(cell.col, bounds.cols - 1) };
}

/** Where a move takes a cell; it stops at the sheet's edges. */
export function moveCell(cell: Cell, move: Move, bounds: Bounds): Cell {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  switch (move.kind) {
    case 'step':
      return clampCell({ row: cell.row + move.rows, col: cell.col + move.cols }, bounds);
    case 'edge':
      return clampCell(
        {
          row: move.rows === 0 ? cell.row : move.rows < 0 ? 0 : lastRow,
          col: move.cols === 0 ? cell.col : move.cols < 0 ? 0 : lastCol,
        },
        bounds,
      );
    case 'rowStart':
      return clampCell({ row: cell.row, col: 0 }, bounds);
    case 'rowEnd':
      return clampCell({ row: cell.row, col: lastCol }, bounds);
    case 'sheetStart':
      return { row: 0, col: 0 };
    case 'sheetEnd':
      return clampCell({ row: lastRow, col: lastCol }, bounds);
  }
}

/** Shift with a move: the anchor stays, the corner moves. */
export function extend(block: Block, move: Move, bounds: Bounds): Block {
  return { anchor: block.anchor, corner: moveCell(block.corner, move, bounds) };
}

/**
 * Tab moves right and remembers the column where the row's Tabs began; Enter then goes down to
 * that column (Excel's "Tab … Enter"). Shift reverses either. Returns the next cell and what to
 * remember; null when Tab would leave the sheet (so focus may leave the grid).
 */
export function tabFrom(cell: Cell, tabStart: number | null, back: boolean, bounds: Bounds): { cell: Cell; tabStart: number | null } | null {
  const col = cell.col + (back ? -1 : 1);
  if (col >= 0 && col < bounds.cols) return { cell: { row: cell.row, col }, tabStart: tabStart ?? cell.col };
  // Past the row's end: on to the next row's first cell (or back to the previous row's last).
  const row = cell.row + (back ? -1 : 1);
  if (row < 0 || row >= bounds.rows) return null;
  return { cell: { row, col: back ? bounds.cols - 1 : 0 }, tabStart: null };
}

export function enterFrom(cell: Cell, tabStart: number | null, back: boolean, bounds: Bounds): Cell {
  return clampCell({ row: cell.row + (back ? -1 : 1), col: tabStart ?? cell.col }, bounds);
}

/**
 * The cells whose drawing differs between two blocks, by row: what a repaint must refresh. Only
 * rows in `window` (the rendered ones) are looked at; others are drawn afresh when they scroll in.
 */
export function repaintCells(before: Rect | null, after: Rect | null, window: { first: number; last: number }): Map<number, number[]> {
  const changed = new Map<number, number[]>();
  const rects = [before, after].filter((r): r is Rect => r !== null);
  if (rects.length === 0) return changed;
  const top = Math.max(window.first, Math.min(...rects.map((r) => r.top)));
  const bottom = Math.min(window.last, Math.max(...rects.map((r) => r.bottom)));
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  for (let row = top; row <= bottom; row++) {
    const cols: number[] = [];
    for (let col = left; col <= right; col++) if (edgesAt(before, row, col) !== edgesAt(after, row, col)) cols.push(col);
    if (cols.length) changed.set(row, cols);
  }
  return changed;
}

/**
 * Ctrl+D: each column of the block takes the value of its top cell. With one row selected, the
 * row takes the values of the row above it (as in Excel). Pairs of source and target cells.
 */
export function fillDown(rect: Rect): { from: Cell; to: Cell }[] {
  const pairs: { from: Cell; to: Cell }[] = [];
  const source = rect.top === rect.bottom ? rect.top - 1 : rect.top;
  if (source < 0) return pairs;
  for (let col = rect.left; col <= rect.right; col++) {
    for (let row = Math.max(rect.top, source + 1); row <= rect.bottom; row++) pairs.push({ from: { row: source, col }, to: { row, col } });
  }
  return pairs;
}

/** Every cell of a block, row by row. */
export function cellsOf(rect: Rect): Cell[] {
  const cells: Cell[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col });
  return cells;
}

/**
 * Cells as Excel puts them on the clipboard and reads them back: tabs between cells, CRLF between
 * rows; a cell holding a tab, a line break or a quote is quoted, its quotes doubled.
 */
export function toTsv(rows: string[][]): string {
  const cell = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(cell).join('\t')).join('\r\n');
}
