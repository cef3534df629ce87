// The one Solid wrapper around AG Grid's vanilla createGrid. It owns the grid's lifecycle, never
// the data: create on mount, push changes, destroy on cleanup. Pushing is cheap when it can be:
// when the same rows stand in the same order, only the row objects that changed are handed over
// (one updateData each, no re-sort or re-filter, so an edited row stays under the cursor);
// otherwise the whole list is set. AG Grid reads its own texts (localeText) only when created, so
// another language makes a new grid.
import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  EventApiModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  createGrid,
  themeQuartz,
  type ColDef,
  type ColGroupDef,
  type GridApi,
  type GridOptions,
  type IRowNode,
} from 'ag-grid-community';
import { createEffect, on, onCleanup, onMount } from 'solid-js';

// Only the features the matrix uses (about 215 KB gzip instead of 314 KB for all of Community).
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TextEditorModule,
  CellStyleModule,
  RowStyleModule,
  TooltipModule,
  TextFilterModule,
  NumberFilterModule,
  QuickFilterModule,
  ColumnApiModule,
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  EventApiModule,
  CellApiModule,
  LocaleModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

// Compact, as a spreadsheet is: narrow cell padding so a knock-out column can be 30 px wide.
const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 11.5,
  spacing: 5,
  cellHorizontalPadding: 5,
  accentColor: '#1f4e79',
  rangeSelectionBorderColor: '#1f4e79',
  headerBackgroundColor: '#eef2f7',
  rowHoverColor: '#f3f6fa',
});

/** Beyond this many changed rows, setting the whole list beats updating row by row. */
const MAX_ROW_UPDATES = 1000;

export interface GridProps<T> {
  options: GridOptions<T>;
  rowData: T[];
  rowId: (row: T) => string;
  /**
   * Says which rendered rows show values derived from other rows (ranks, say) that changed: 'cells'
   * redraws `derivedColumns` of the row, 'row' the whole row with its classes. A new function
   * means "look again". Rows off screen are drawn with current values when they scroll in.
   */
  stale?: ((row: T) => 'row' | 'cells' | null) | undefined;
  derivedColumns?: string[] | undefined;
  columnDefs: (ColDef<T> | ColGroupDef<T>)[];
  quickFilter: string;
  /** AG Grid's own texts (filter menus, screen-reader hints) in the chosen language. */
  localeText: Record<string, string>;
  label: string;
  onReady?: (api: GridApi<T>) => void;
}

export function Grid<T>(props: GridProps<T>) {
  let host!: HTMLDivElement;
  let api: GridApi<T> | undefined;
  let shown: T[] = [];
  /** The `stale` that was current when every row was last handed over: those rows are drawn fresh. */
  let drawnWith: GridProps<T>['stale'];
  const create = () => {
    shown = props.rowData;
    drawnWith = props.stale;
    // User timing for the bench's timeline of a start (BENCH_TIMELINE=1).
    performance.mark('shortlist:grid');
    api = createGrid(host, {
      theme,
      ...props.options,
      localeText: props.localeText,
      getRowId: (p) => props.rowId(p.data),
      rowData: shown,
      columnDefs: props.columnDefs,
      quickFilterText: props.quickFilter,
    });
    performance.mark('shortlist:grid-made');
    props.onReady?.(api);
  };
  onMount(create);
  createEffect(
    on(
      () => props.localeText,
      () => {
        api?.destroy();
        create();
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.rowData,
      (rows) => {
        if (!api) return;
        const before = shown;
        shown = rows;
        const changed = sameOrder(before, rows, props.rowId) ? rows.filter((row, i) => row !== before[i]) : null;
        // Many changed rows at once (an import, other criteria): one full hand-over is cheaper.
        if (!changed || changed.length > MAX_ROW_UPDATES) {
          api.setGridOption('rowData', rows);
          drawnWith = props.stale;
          return;
        }
        for (const row of changed) api.getRowNode(props.rowId(row))?.updateData(row);
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.stale,
      (stale) => {
        // Rows handed over in this same change already show what `stale` would redraw.
        if (!api || !stale || stale === drawnWith) return;
        const cells: IRowNode<T>[] = [];
        for (const node of api.getRenderedNodes()) {
          const need = node.data === undefined ? null : stale(node.data);
          if (need === 'row') node.updateData(node.data as T);
          else if (need === 'cells') cells.push(node);
        }
        if (cells.length) api.refreshCells({ rowNodes: cells, columns: props.derivedColumns });
      },
      { defer: true },
    ),
  );
  createEffect(on(() => props.columnDefs, (defs) => api?.setGridOption('columnDefs', defs), { defer: true }));
  createEffect(on(() => props.quickFilter, (text) => api?.setGridOption('quickFilterText', text), { defer: true }));
  onCleanup(() => {
    api?.destroy();
    api = undefined;
  });
  return <div ref={host} class="grid-host" role="region" aria-label={props.label} />;
}

function sameOrder<T>(a: readonly T[], b: readonly T[], id: (row: T) => string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as T;
    const y = b[i] as T;
    if (x !== y && id(x) !== id(y)) return false;
  }
  return true;
}
