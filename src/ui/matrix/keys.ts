// Which key does what in the matrix, as Excel users expect it (PRODUCT §8 "Excel habits"). Pure:
// a key and the state of the cell in, an action out; the sheet carries the action out on the grid.
// Keys that return null are left to AG Grid (typing into a cell, F2, Escape, Page Up / Down).
import type { Move } from './selection';
import type { ColumnKind } from './columns';

export type SheetAction =
  | { kind: 'move'; move: Move; extend: boolean }
  | { kind: 'tab'; back: boolean }
  | { kind: 'enter'; back: boolean }
  | { kind: 'clear' }
  | { kind: 'fillDown' }
  | { kind: 'selectAll' }
  | { kind: 'collapse' }
  /** A knock-out set by a letter: the text goes to the core like a typed or pasted value. */
  | { kind: 'knockOut'; text: string }
  | { kind: 'cycleKnockOut' };

export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl, or Cmd on a Mac. */
  ctrl: boolean;
  alt: boolean;
}

export interface CellState {
  /** The cell's editor is open. */
  editing: boolean;
  /** The editor was opened by typing (Excel's "Enter mode"): arrows then commit and move. */
  typed: boolean;
  column: ColumnKind;
  /** A block of more than one cell is selected. */
  block: boolean;
  locale: 'nl' | 'en';
}

const ARROWS: Record<string, { rows: -1 | 0 | 1; cols: -1 | 0 | 1 }> = {
  ArrowUp: { rows: -1, cols: 0 },
  ArrowDown: { rows: 1, cols: 0 },
  ArrowLeft: { rows: 0, cols: -1 },
  ArrowRight: { rows: 0, cols: 1 },
};

/** The letters that set a knock-out: Dutch j(a) / n(ee), English y(es) / n(o), and ? for unknown. */
export const KNOCK_OUT_KEYS: Record<'nl' | 'en', Record<string, string>> = {
  nl: { j: 'j', n: 'n', '?': '?' },
  en: { y: 'y', n: 'n', '?': '?' },
};

export function sheetAction(press: KeyPress, cell: CellState): SheetAction | null {
  const { key, shift, ctrl, alt } = press;
  if (alt) return null;
  if (key === 'Tab' && !ctrl) return { kind: 'tab', back: shift };
  if (key === 'Enter' && !ctrl) return { kind: 'enter', back: shift };
  const arrow = ARROWS[key];
  if (cell.editing) {
    // In Enter mode an arrow finishes the cell and moves on; after F2 it moves the caret.
    return arrow && cell.typed && !shift && !ctrl ? { kind: 'move', move: { kind: 'step', ...arrow }, extend: false } : null;
  }
  if (arrow) return { kind: 'move', move: { kind: ctrl ? 'edge' : 'step', ...arrow }, extend: shift };
  if (key === 'Home') return { kind: 'move', move: { kind: ctrl ? 'sheetStart' : 'rowStart' }, extend: shift };
  if (key === 'End') return { kind: 'move', move: { kind: ctrl ? 'sheetEnd' : 'rowEnd' }, extend: shift };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'clear' };
  if (key === 'Escape') return cell.block ? { kind: 'collapse' } : null;
  if (ctrl && !shift && key.toLowerCase() === 'd') return { kind: 'fillDown' };
  if (ctrl && !shift && key.toLowerCase() === 'a') return { kind: 'selectAll' };
  if (ctrl) return null;
  if (cell.column.kind === 'knockOut') {
    if (key === ' ') return { kind: 'cycleKnockOut' };
    const text = KNOCK_OUT_KEYS[cell.locale][key.toLowerCase()];
    if (text) return { kind: 'knockOut', text };
  }
  return null;
}
