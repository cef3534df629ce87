import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../../src/ui/matrix/columns';
import { sheetAction, type CellState, type KeyPress } from '../../src/ui/matrix/keys';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, shift: false, ctrl: false, alt: false, ...mods });
const score: ColumnKind = { kind: 'criterion', id: 'c1' };
const knockOut: ColumnKind = { kind: 'knockOut', id: 'k1' };
const cell = (over: Partial<CellState> = {}): CellState => ({ editing: false, typed: false, column: score, block: false, locale: 'nl', ...over });

describe('the keys of the matrix', () => {
  it('leaves typing, F2 and Escape in a cell to the grid (typing replaces, F2 edits, Escape cancels)', () => {
    expect(sheetAction(press('7'), cell())).toBeNull();
    expect(sheetAction(press('F2'), cell())).toBeNull();
    expect(sheetAction(press('Escape'), cell({ editing: true }))).toBeNull();
    expect(sheetAction(press('Backspace'), cell({ editing: true }))).toBeNull();
  });
  it('takes Tab and Enter, editing or not, so the cell is committed and the cursor moves', () => {
    expect(sheetAction(press('Tab'), cell({ editing: true }))).toEqual({ kind: 'tab', back: false });
    expect(sheetAction(press('Tab', { shift: true }), cell())).toEqual({ kind: 'tab', back: true });
    expect(sheetAction(press('Enter'), cell({ editing: true }))).toEqual({ kind: 'enter', back: false });
    expect(sheetAction(press('Enter'), cell())).toEqual({ kind: 'enter', back: false });
  });
  it('moves with arrows, extends with Shift, jumps with Ctrl, Home and End', () => {
    expect(sheetAction(press('ArrowDown'), cell())).toEqual({ kind: 'move', move: { kind: 'step', rows: 1, cols: 0 }, extend: false });
    expect(sheetAction(press('ArrowLeft', { shift: true }), cell())).toEqual({ kind: 'move', move: { kind: 'step', rows: 0, cols: -1 }, extend: true });
    expect(sheetAction(press('ArrowRight', { ctrl: true }), cell())).toEqual({ kind: 'move', move: { kind: 'edge', rows: 0, cols: 1 }, extend: false });
    expect(sheetAction(press('Home'), cell())).toEqual({ kind: 'move', move: { kind: 'rowStart' }, extend: false });
    expect(sheetAction(press('End', { ctrl: true }), cell())).toEqual({ kind: 'move', move: { kind: 'sheetEnd' }, extend: false });
  });
  it('lets arrows finish a cell that was started by typing, but move the caret after F2', () => {
    expect(sheetAction(press('ArrowRight'), cell({ editing: true, typed: true }))).toEqual({ kind: 'move', move: { kind: 'step', rows: 0, cols: 1 }, extend: false });
    expect(sheetAction(press('ArrowRight'), cell({ editing: true, typed: false }))).toBeNull();
  });
  it('clears with Delete and Backspace, fills with Ctrl+D, selects all with Ctrl+A', () => {
    expect(sheetAction(press('Delete'), cell())).toEqual({ kind: 'clear' });
    expect(sheetAction(press('Backspace'), cell())).toEqual({ kind: 'clear' });
    expect(sheetAction(press('d', { ctrl: true }), cell())).toEqual({ kind: 'fillDown' });
    expect(sheetAction(press('a', { ctrl: true }), cell())).toEqual({ kind: 'selectAll' });
    // Ctrl+C, Ctrl+V, Ctrl+Z are the clipboard's and the history's.
    expect(sheetAction(press('c', { ctrl: true }), cell())).toBeNull();
    expect(sheetAction(press('z', { ctrl: true }), cell())).toBeNull();
  });
  it('sets a knock-out with j / n / ? in Dutch and y / n / ? in English, and cycles it with Space', () => {
    expect(sheetAction(press('j'), cell({ column: knockOut }))).toEqual({ kind: 'knockOut', text: 'j' });
    expect(sheetAction(press('J', { shift: true }), cell({ column: knockOut }))).toEqual({ kind: 'knockOut', text: 'j' });
    expect(sheetAction(press('y'), cell({ column: knockOut }))).toBeNull();
    expect(sheetAction(press('y'), cell({ column: knockOut, locale: 'en' }))).toEqual({ kind: 'knockOut', text: 'y' });
    expect(sheetAction(press('n'), cell({ column: knockOut, locale: 'en' }))).toEqual({ kind: 'knockOut', text: 'n' });
    expect(sheetAction(press('?', { shift: true }), cell({ column: knockOut }))).toEqual({ kind: 'knockOut', text: '?' });
    expect(sheetAction(press(' '), cell({ column: knockOut }))).toEqual({ kind: 'cycleKnockOut' });
    // On a score the letters are typing, which the grid handles.
    expect(sheetAction(press('j'), cell())).toBeNull();
  });
  it('drops a block with Escape, and leaves Escape to the grid otherwise', () => {
    expect(sheetAction(press('Escape'), cell({ block: true }))).toEqual({ kind: 'collapse' });
    expect(sheetAction(press('Escape'), cell())).toBeNull();
  });
});
