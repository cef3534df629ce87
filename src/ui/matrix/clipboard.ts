// A block copied from Excel (tab-separated text) onto the grid: split it, and check every cell
// through the same reading as typing before anything is applied.
import type { InputError, MatrixEdit, Request } from '../../core';
import { interpretCell } from './cells';
import type { ColumnKind } from './columns';

/** Splits text copied from Excel: rows by newline, cells by tab, Excel's quoted cells honoured. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PastePlan {
  edits: MatrixEdit[];
  rejected: (InputError & { row: number; columnId: string })[];
}

/**
 * Maps a pasted block onto the grid from the focused cell rightwards and downwards, checking each
 * cell. Cells beyond the last row or column are refused, never dropped silently.
 */
export function planPaste(
  request: Request,
  block: string[][],
  start: { rowIndex: number; columnIndex: number },
  rowIdAt: (index: number) => string | undefined,
  columns: { id: string; kind: ColumnKind; header: string }[],
): PastePlan {
  const plan: PastePlan = { edits: [], rejected: [] };
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const rowIndex = start.rowIndex + r;
      const column = columns[start.columnIndex + c];
      const candidateId = rowIdAt(rowIndex);
      if (!column || candidateId === undefined) {
        plan.rejected.push({ code: 'outside-grid', message: 'Valt buiten de matrix.', row: rowIndex + 1, columnId: column?.id ?? '' });
        return;
      }
      const result = interpretCell(request, column.kind, candidateId, text);
      if (result.ok) plan.edits.push(result.value);
      else for (const e of result.errors) plan.rejected.push({ ...e, row: rowIndex + 1, columnId: column.id, column: column.header });
    });
  });
  return plan;
}


/**
 * The grid as a paste sees it: where it lands (the focused cell, or the top-left cell of the
 * selected block and its size), the displayed columns and rows.
 */
export interface PasteTarget {
  focused(): { rowIndex: number; columnId: string; rows?: number; cols?: number } | null;
  editing(): boolean;
  columns(): { id: string; kind: ColumnKind; header: string }[];
  rowIdAt(index: number): string | undefined;
}

export type PasteOutcome = { kind: 'none' } | { kind: 'rejected'; rejected: PastePlan['rejected'] } | { kind: 'edits'; edits: MatrixEdit[] };

/** What a paste of `text` at the focused cell would do; nothing while a cell is being edited. */
export function pasteAt(request: Request, target: PasteTarget, text: string | undefined): PasteOutcome {
  const focused = target.focused();
  if (target.editing() || !focused || !text) return { kind: 'none' };
  const columns = target.columns();
  const plan = planPaste(request, fitToBlock(parseClipboard(text), focused.rows ?? 1, focused.cols ?? 1), { rowIndex: focused.rowIndex, columnIndex: columns.findIndex((c) => c.id === focused.columnId) }, target.rowIdAt, columns);
  return plan.rejected.length ? { kind: 'rejected', rejected: plan.rejected } : { kind: 'edits', edits: plan.edits };
}

/** One copied cell pasted on a selected block fills the whole block, as in Excel; a larger copy lands as it is. */
export function fitToBlock(block: string[][], rows: number, cols: number): string[][] {
  const only = block.length === 1 && block[0]?.length === 1 ? block[0][0] : undefined;
  if (only === undefined || (rows === 1 && cols === 1)) return block;
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => only));
}
