// Excel's habits on the matrix grid (PRODUCT §8): the selected block (Shift+arrows, mouse drag),
// Tab … Enter, Home / End, Delete on a block, Ctrl+D, Ctrl+C as tab-separated text, and the
// knock-out letters. AG Grid Community has none of this; it is built here over the grid's cell
// events. What a key means is decided in ./keys and ./selection (pure); every write goes the one
// way typing goes: interpretCell → commit (history → working copy → the core's applyEdit).
//
// Keys are handled in the column defs' suppressKeyboardEvent, not in onCellKeyDown: AG Grid hands
// its events to grid options a task later (setTimeout 0), too late to stop Tab leaving the grid,
// and a fast "7 Tab 5" would put the 5 in the cell the Tab had not yet left. The mouse is read
// from the DOM for the same reason: a Shift+click must be seen before the grid moves the focus.
import type { CellFocusedEvent, Column, GridApi, IRowNode, SuppressKeyboardEventParams } from 'ag-grid-community';
import { createSignal, type Accessor } from 'solid-js';
import { inverseEdit, type InputError, type MatrixEdit, type Request } from '../../core';
import { interpretCell } from './cells';
import { columnKind } from './columns';
import { ShortTextCell } from './grid-text';
import { sheetAction, type SheetAction } from './keys';
import type { MatrixRow } from './rows';
import {
  cellsOf,
  edgesAt,
  enterFrom,
  extend,
  fillDown,
  isSingle,
  moveCell,
  rectOf,
  repaintCells,
  single,
  tabFrom,
  toTsv,
  type Block,
  type Bounds,
  type Cell,
  type Rect,
} from './selection';

export interface SheetHost {
  request(): Request;
  locale(): 'nl' | 'en';
  /** Applies edits as one undo step; false when the core refused them (and says so). */
  commit(edits: MatrixEdit[]): boolean;
  refused(errors: InputError[]): void;
  /** Space on a knock-out: the core's cycle. */
  cycleKnockOut(row: MatrixRow | undefined, columnId: string): void;
}

export interface Sheet {
  /** For the column definitions: where a cell lies in the drawn block (EDGE bits). */
  rangeAt(rowIndex: number | null, colId: string): number;
  /** The selected block when it is more than one cell; null otherwise. */
  block: Accessor<Rect | null>;
  /** The focused cell's column id, for the bar under the grid. */
  focusedColumn: Accessor<string | null>;
  /** Where a paste lands: the block's top-left cell, or the focused cell. */
  pasteTarget(): { rowIndex: number; columnId: string; rows: number; cols: number } | null;
  /** For the default column def: takes the keys of ./keys (and carries them out at once). */
  suppressKeyboardEvent(params: SuppressKeyboardEventParams<MatrixRow>): boolean;
  onCellFocused(event: CellFocusedEvent<MatrixRow>): void;
  onCellEditingStopped(): void;
  /**
   * An edit of this cell was refused after its editor had closed (a click elsewhere, or the core
   * refusing it): the cursor goes back to it, as Excel keeps you in the cell that failed, while
   * the keyboard is still in the grid (a click on a button elsewhere keeps its focus).
   */
  stayAt(rowId: string, columnId: string): void;
  /** Rows or columns changed order or number (a sort, a filter, other columns): the block goes. */
  reset(): void;
  /** Ctrl+C: the block (or the cell) as Excel's tab-separated text. */
  onCopy(event: ClipboardEvent): void;
  /** Binds the sheet to a grid and the element around it (for the mouse); returns the unbinding. */
  attach(api: GridApi<MatrixRow>, element: HTMLElement): () => void;
}

const sameCell = (a: Cell, b: Cell) => a.row === b.row && a.col === b.col;

export function createSheet(host: SheetHost): Sheet {
  let api: GridApi<MatrixRow> | undefined;
  let current: Block | null = null;
  let drawn: Rect | null = null;
  const [block, setBlock] = createSignal<Rect | null>(null);
  const [focusedColumn, setFocusedColumn] = createSignal<string | null>(null);
  /** The column where the row's Tabs began, for Enter to return to. */
  let tabStart: number | null = null;
  /** The cell editor was opened by typing: arrows then finish the cell (Excel's Enter mode). */
  let typed = false;
  /** The mouse button is down on the grid: moving over cells stretches the block. */
  let dragging = false;
  /** The element around the grid, to tell whether the keyboard is still in it. */
  let around: HTMLElement | undefined;
  /**
   * A mouse button is down on the grid (AG Grid moves the focus on pointerdown, the browser again
   * on mousedown): what must happen after the click's focus waits for the button's release.
   */
  let pressed = false;
  let afterPress: (() => void) | null = null;

  let columns: Column[] = [];
  let indexOf = new Map<string, number>();
  const readColumns = () => {
    columns = api?.getAllDisplayedColumns() ?? [];
    indexOf = new Map(columns.map((c, i) => [c.getColId(), i]));
  };
  const bounds = (): Bounds => ({ rows: api?.getDisplayedRowCount() ?? 0, cols: columns.length });
  const focused = (): Cell | null => {
    const cell = api?.getFocusedCell();
    if (!cell || cell.rowPinned) return null;
    const col = indexOf.get(cell.column.getColId());
    return col === undefined ? null : { row: cell.rowIndex, col };
  };

  /** Sets the block and refreshes only the cells whose drawing changed. */
  function setCurrent(next: Block | null) {
    current = next;
    const rect = next && !isSingle(next) ? rectOf(next) : null;
    const before = drawn;
    drawn = rect;
    setBlock(rect);
    if (!api || (before === null && rect === null)) return;
    const changed = repaintCells(before, rect, { first: api.getFirstDisplayedRowIndex(), last: api.getLastDisplayedRowIndex() });
    // Rows that changed in the same columns are refreshed together.
    const groups = new Map<string, { nodes: IRowNode<MatrixRow>[]; cols: Column[] }>();
    for (const [row, cols] of changed) {
      const node = api.getDisplayedRowAtIndex(row);
      if (!node) continue;
      const key = cols.join(',');
      const group = groups.get(key) ?? { nodes: [], cols: cols.map((c) => columns[c]).filter((c): c is Column => c !== undefined) };
      group.nodes.push(node);
      groups.set(key, group);
    }
    // `force`: the block's classes come from each column's cellClass, which AG Grid asks again only
    // on a forced refresh (or a changed value), taking the old ones off first.
    for (const { nodes, cols } of groups.values()) api.refreshCells({ rowNodes: nodes, columns: cols, force: true });
  }

  /** Moves the active cell; the block becomes that cell. */
  function focusCell(cell: Cell) {
    const column = columns[cell.col];
    if (!api || !column) return;
    setCurrent(single(cell));
    api.ensureIndexVisible(cell.row);
    api.ensureColumnVisible(column);
    api.setFocusedCell(cell.row, column);
  }

  /** Shows the moving corner of a block without moving the active cell. */
  function reveal(cell: Cell) {
    const column = columns[cell.col];
    if (!api || !column) return;
    api.ensureIndexVisible(cell.row);
    api.ensureColumnVisible(column);
  }

  const rowAt = (row: number): MatrixRow | undefined => api?.getDisplayedRowAtIndex(row)?.data;

  /**
   * The block the active cell belongs to: the current one when the cell is its anchor or corner,
   * else the cell alone (the grid may have moved the focus before its focus event has reached us).
   */
  const blockAt = (at: Cell): Block => (current && (sameCell(current.anchor, at) || sameCell(current.corner, at)) ? current : single(at));

  /** What a cell shows, as a copy or a fill reads it: the formatted text, or a status in full. */
  function textAt(cell: Cell): string {
    const column = columns[cell.col];
    const node = api?.getDisplayedRowAtIndex(cell.row);
    if (!api || !column || !node) return '';
    const full = column.getColDef().cellRenderer === ShortTextCell;
    const value = api.getCellValue({ rowNode: node, colKey: column, useFormatter: !full });
    // Intl writes "€ 105" with a no-break space, which Excel does not read as a number.
    return value == null ? '' : String(value).replace(/[\u00a0\u202f]/g, ' ');
  }

  /**
   * Reads each (cell, text) through the same check as typing; applies them as one undo step, or
   * nothing when one is refused. Computed columns are skipped; edits that change nothing are left
   * out, so the change log holds only what changed.
   */
  function write(targets: { cell: Cell; text: string }[]) {
    const request = host.request();
    const edits: MatrixEdit[] = [];
    const errors: InputError[] = [];
    for (const { cell, text } of targets) {
      const column = columns[cell.col];
      const row = rowAt(cell.row);
      if (!column || !row) continue;
      const kind = columnKind(column.getColId());
      if (kind.kind === 'readonly') continue;
      const result = interpretCell(request, kind, row.id, text);
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      const before = inverseEdit(result.value, row.candidate, row.evaluation);
      if (JSON.stringify(before) !== JSON.stringify(result.value)) edits.push(result.value);
    }
    if (errors.length) return host.refused(errors);
    if (edits.length) host.commit(edits);
  }

  /**
   * The open editor's text when the core refuses it: the editor closes without writing, the message
   * says why, and true tells the key not to move on. Excel keeps you in the cell that failed, so
   * the next thing typed lands there, and no row scrolls away under the cursor.
   */
  function refusedEditor(): boolean {
    const [editing] = api?.getEditingCells() ?? [];
    const [editor] = api?.getCellEditorInstances() ?? [];
    if (!api || !editing?.column || !editor || editing.rowPinned) return false;
    const kind = columnKind(editing.column.getColId());
    const row = rowAt(editing.rowIndex);
    if (!row || kind.kind === 'readonly') return false;
    const text: unknown = editor.getValue();
    const result = interpretCell(host.request(), kind, row.id, text == null ? '' : String(text));
    if (result.ok) return false;
    api.stopEditing(true);
    host.refused(result.errors);
    return true;
  }

  function run(action: SheetAction, data: MatrixRow | undefined, columnId: string) {
    if (!api) return;
    const at = focused();
    if (!at) return;
    const size = bounds();
    if ((action.kind === 'move' || action.kind === 'tab' || action.kind === 'enter') && refusedEditor()) return;
    switch (action.kind) {
      case 'move': {
        if (api.getEditingCells().length) api.stopEditing();
        tabStart = null;
        if (action.extend) {
          const next = extend(blockAt(at), action.move, size);
          setCurrent(next);
          reveal(next.corner);
        } else focusCell(moveCell(at, action.move, size));
        return;
      }
      case 'tab': {
        const next = tabFrom(at, tabStart, action.back, size);
        if (!next) return;
        if (api.getEditingCells().length) api.stopEditing();
        tabStart = next.tabStart;
        focusCell(next.cell);
        return;
      }
      case 'enter': {
        if (api.getEditingCells().length) api.stopEditing();
        const next = enterFrom(at, tabStart, action.back, size);
        tabStart = null;
        focusCell(next);
        return;
      }
      case 'clear':
        write(cellsOf(rectOf(blockAt(at))).map((cell) => ({ cell, text: '' })));
        return;
      case 'fillDown':
        write(fillDown(rectOf(blockAt(at))).map(({ from, to }) => ({ cell: to, text: textAt(from) })));
        return;
      case 'selectAll':
        setCurrent({ anchor: { row: 0, col: 0 }, corner: { row: size.rows - 1, col: size.cols - 1 } });
        return;
      case 'collapse':
        setCurrent(single(at));
        return;
      case 'knockOut':
        write([{ cell: at, text: action.text }]);
        return;
      case 'cycleKnockOut':
        host.cycleKnockOut(data, columnId);
        return;
    }
  }

  const actionFor = (event: KeyboardEvent, editing: boolean, columnId: string) =>
    sheetAction(
      { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey },
      { editing, typed, column: columnKind(columnId), block: current !== null && !isSingle(current), locale: host.locale() },
    );

  /** The cell under a mouse event, unless it is the open editor (where the mouse selects text). */
  function cellOf(event: MouseEvent): Cell | null {
    const target = event.target instanceof Element ? event.target : null;
    const element = target?.closest('.ag-cell');
    if (!element || element.classList.contains('ag-cell-inline-editing')) return null;
    const col = indexOf.get(element.getAttribute('col-id') ?? '');
    const row = Number(element.closest('.ag-row')?.getAttribute('row-index'));
    return col === undefined || !Number.isInteger(row) ? null : { row, col };
  }

  const onMouseDown = (event: MouseEvent) => {
    const cell = event.button === 0 ? cellOf(event) : null;
    if (!cell) return;
    if (event.shiftKey && current) {
      setCurrent({ anchor: current.anchor, corner: cell });
      return;
    }
    dragging = true;
    tabStart = null;
    setCurrent(single(cell));
  };
  const onMouseOver = (event: MouseEvent) => {
    if (!dragging || !current) return;
    if ((event.buttons & 1) === 0) {
      dragging = false;
      return;
    }
    const cell = cellOf(event);
    if (cell && !sameCell(cell, current.corner)) setCurrent({ anchor: current.anchor, corner: cell });
  };
  const onPointerDown = () => {
    pressed = true;
  };
  const onMouseUp = () => {
    dragging = false;
    pressed = false;
    const then = afterPress;
    afterPress = null;
    then?.();
  };

  return {
    rangeAt: (rowIndex, colId) => {
      if (drawn === null || rowIndex === null) return 0;
      const col = indexOf.get(colId);
      return col === undefined ? 0 : edgesAt(drawn, rowIndex, col);
    },
    block,
    focusedColumn,
    pasteTarget() {
      const at = focused();
      if (!at) return null;
      const rect = rectOf(blockAt(at));
      const column = columns[rect.left];
      return column ? { rowIndex: rect.top, columnId: column.getColId(), rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 } : null;
    },
    suppressKeyboardEvent(params) {
      const event = params.event;
      if (event.type !== 'keydown') return false;
      const columnId = params.column.getColId();
      let action = actionFor(event, params.editing, columnId);
      // Tab at the sheet's last cell is the grid's: focus may leave it (no keyboard trap). Up from
      // the first row is the grid's too: it goes to the column's header (its label and full text).
      const at = focused();
      if (action?.kind === 'tab' && (!at || !tabFrom(at, tabStart, action.back, bounds()))) action = null;
      if (action?.kind === 'move' && !action.extend && action.move.kind === 'step' && action.move.rows === -1 && at?.row === 0 && !params.editing) action = null;
      if (!action) {
        // A printable key on a cell that is not being edited opens the editor with that key.
        if (!params.editing && event.key === 'F2') typed = false;
        else if (!params.editing && event.key.length === 1 && !event.ctrlKey && !event.metaKey) typed = true;
        return false;
      }
      event.preventDefault();
      run(action, params.data, columnId);
      return true;
    },
    onCellFocused(event) {
      const id = event.column && typeof event.column === 'object' ? event.column.getColId() : null;
      setFocusedColumn(id);
      const col = id === null ? undefined : indexOf.get(id);
      if (event.rowIndex == null || col === undefined || dragging) return;
      // The grid moved the focus (a click, Page Down): the block is that one cell again, unless the
      // focus is on the block's own corner (a Shift+click) or anchor (the grid refocusing after a redraw).
      const cell = { row: event.rowIndex, col };
      if (!current || !(sameCell(current.anchor, cell) || sameCell(current.corner, cell))) setCurrent(single(cell));
    },
    onCellEditingStopped() {
      typed = false;
    },
    stayAt(rowId, columnId) {
      const back = () => {
        const row = api?.getRowNode(rowId)?.rowIndex;
        const col = indexOf.get(columnId);
        if (row == null || col === undefined || api?.getEditingCells().length || !around?.contains(document.activeElement)) return;
        tabStart = null;
        focusCell({ row, col });
      };
      // A click on another cell ended the edit: that cell gets the focus while the button is
      // down, so the cursor comes back once it is released.
      if (pressed) afterPress = back;
      else back();
    },
    reset() {
      readColumns();
      tabStart = null;
      setCurrent(null);
    },
    onCopy(event) {
      if (!api || api.getEditingCells().length) return;
      const at = focused();
      if (!at) return;
      const rect = rectOf(blockAt(at));
      const rows: string[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const texts: string[] = [];
        for (let col = rect.left; col <= rect.right; col++) texts.push(textAt({ row, col }));
        rows.push(texts);
      }
      event.clipboardData?.setData('text/plain', toTsv(rows));
      event.preventDefault();
    },
    attach(ready, element) {
      api = ready;
      around = element;
      readColumns();
      element.addEventListener('mousedown', onMouseDown, { capture: true });
      element.addEventListener('mouseover', onMouseOver);
      element.addEventListener('pointerdown', onPointerDown, { capture: true });
      document.addEventListener('mouseup', onMouseUp);
      return () => {
        element.removeEventListener('mousedown', onMouseDown, { capture: true });
        element.removeEventListener('mouseover', onMouseOver);
        element.removeEventListener('pointerdown', onPointerDown, { capture: true });
        document.removeEventListener('mouseup', onMouseUp);
        afterPress = null;
        api = undefined;
        around = undefined;
      };
    },
  };
}
