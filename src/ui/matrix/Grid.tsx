// The one Solid wrapper around AG Grid's vanilla createGrid. It owns the grid's lifecycle, never
// the data: create on mount, push changes with setGridOption, destroy on cleanup.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  EventApiModule,
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
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  spacing: 6,
  accentColor: '#1f4e79',
  headerBackgroundColor: '#eef2f7',
  rowHoverColor: '#f3f6fa',
});

export interface GridProps<T> {
  options: GridOptions<T>;
  rowData: T[];
  columnDefs: (ColDef<T> | ColGroupDef<T>)[];
  quickFilter: string;
  label: string;
  onReady?: (api: GridApi<T>) => void;
}

export function Grid<T>(props: GridProps<T>) {
  let host!: HTMLDivElement;
  let api: GridApi<T> | undefined;
  onMount(() => {
    api = createGrid(host, { theme, ...props.options, rowData: props.rowData, columnDefs: props.columnDefs });
    props.onReady?.(api);
  });
  createEffect(on(() => props.rowData, (rows) => api?.setGridOption('rowData', rows), { defer: true }));
  createEffect(on(() => props.columnDefs, (defs) => api?.setGridOption('columnDefs', defs), { defer: true }));
  createEffect(on(() => props.quickFilter, (text) => api?.setGridOption('quickFilterText', text), { defer: true }));
  onCleanup(() => {
    api?.destroy();
    api = undefined;
  });
  return <div ref={host} class="grid-host" role="region" aria-label={props.label} />;
}
