// The matrix benchmark's floor: the same candidates from the app's database in a bare AG Grid
// with the same layout (pinned rank/name and total/status, all columns rendered, 32 px rows). For
// the first render the bench passes the app's grid box, row and header heights (?layout=…,
// measured in the app): then it draws there, with the app's column groups, so both draw the same
// rows in the same area.
// An edit recomputes that row's total and everyone's rank with a plain sort, then updates the
// changed rows with one applyTransaction — no framework, no validation, no undo, no database write.
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  RowApiModule,
  TextEditorModule,
  createGrid,
  themeQuartz,
  type ColDef,
  type ColGroupDef,
  type GridApi,
} from 'ag-grid-community';
import { ShortlistDb } from '../../src/db/schema';

ModuleRegistry.registerModules([ClientSideRowModelModule, ClientSideRowModelApiModule, TextEditorModule, RowApiModule, CellStyleModule]);

interface BareRow {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  supplier?: string;
  rate?: number;
  hours?: number;
  ko: Record<string, string>;
  scores: Record<string, number | null>;
  eliminated: boolean;
  total: number;
  rank: number | null;
}

const params = new URLSearchParams(location.search);
const requestId = params.get('request') ?? 'seed-30601';
/** The app's grid box and heights, when the bench measured them (the first render). */
const layout = params.get('layout') ? (JSON.parse(params.get('layout') as string) as { x: number; y: number; width: number; height: number; rowHeight: number; groupHeaderHeight: number; headerHeight: number }) : null;
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

async function start() {
  const db = new ShortlistDb('shortlist');
  const request = await db.requests.get(requestId);
  if (!request) throw new Error(`no request ${requestId}`);
  const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
  const candidates = await db.candidates.bulkGet(evaluations.map((e) => e.candidateId));
  db.close();

  const rows: BareRow[] = evaluations.map((e, i) => {
    const c = candidates[i]!;
    const rate = request.knockOuts.find((k) => k.rule?.kind === 'max-rate')?.rule;
    const hours = request.knockOuts.find((k) => k.rule?.kind === 'min-hours')?.rule;
    const eliminated =
      Object.values(e.knockOuts).includes('fail') ||
      (rate?.kind === 'max-rate' && c.hourlyRate !== undefined && c.hourlyRate > rate.max) ||
      (hours?.kind === 'min-hours' && c.hoursPerWeek !== undefined && c.hoursPerWeek < hours.min);
    const row: BareRow = { id: c.id, name: c.name, ko: e.knockOuts, scores: e.scores, eliminated, total: 0, rank: null };
    if (c.email !== undefined) row.email = c.email;
    if (c.phone !== undefined) row.phone = c.phone;
    if (c.supplier !== undefined) row.supplier = c.supplier;
    if (c.hourlyRate !== undefined) row.rate = c.hourlyRate;
    if (c.hoursPerWeek !== undefined) row.hours = c.hoursPerWeek;
    row.total = totalOf(row);
    return row;
  });
  rerank(rows);
  // The app shows rows in rank order at first; so does the floor.
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

  function totalOf(row: BareRow): number {
    let sum = 0;
    for (const c of request!.criteria) sum += row.scores[c.id] ?? 0;
    return Math.round(sum * 100) / 100;
  }
  /** Competition ranks by total, then the lower rate; returns the rows whose rank changed. */
  function rerank(all: BareRow[]): BareRow[] {
    const ranked = all.filter((r) => !r.eliminated).sort((a, b) => b.total - a.total || (a.rate ?? Infinity) - (b.rate ?? Infinity));
    const changed: BareRow[] = [];
    ranked.forEach((row, i) => {
      const prev = ranked[i - 1];
      const rank = prev && prev.total === row.total && prev.rate === row.rate ? prev.rank : i + 1;
      if (rank !== row.rank) {
        row.rank = rank;
        changed.push(row);
      }
    });
    return changed;
  }

  const n = request.shortlistSize;
  /** The total of the last place on the shortlist (0 while fewer are ranked). */
  const cutoffTotal = () => rows.filter((r) => r.rank !== null && r.rank <= n).reduce((low, r) => Math.min(low, r.total), Infinity) || 0;
  /** The app's column groups over these columns, when drawing the app's layout. */
  const grouped = (headerName: string, children: ColDef<BareRow>[]): (ColDef<BareRow> | ColGroupDef<BareRow>)[] => (layout ? [{ headerName, children }] : children);
  const columns: (ColDef<BareRow> | ColGroupDef<BareRow>)[] = [
    { colId: 'rank', headerName: 'Rang', pinned: 'left', width: 72, valueGetter: (p) => p.data?.rank ?? null, valueFormatter: (p) => (p.value == null ? '—' : String(p.value)) },
    { colId: 'name', headerName: 'Naam', pinned: 'left', width: 190, valueGetter: (p) => p.data?.name },
    { colId: 'hourlyRate', headerName: 'Uurtarief', width: 96, type: 'rightAligned', valueGetter: (p) => p.data?.rate, valueFormatter: (p) => (typeof p.value === 'number' ? `€ ${nl.format(p.value)}` : '') },
    { colId: 'hoursPerWeek', headerName: 'Uren', width: 84, type: 'rightAligned', valueGetter: (p) => p.data?.hours },
    ...grouped('Knock-out', request.knockOuts.map((k, i): ColDef<BareRow> => ({ colId: `ko:${k.id}`, headerName: `K${i + 1}`, width: 58, valueGetter: (p) => p.data?.ko[k.id] ?? 'unknown', valueFormatter: (p) => (p.value === 'pass' ? '✓' : p.value === 'fail' ? '✗' : '?') }))),
    ...grouped('Gunningscriteria', request.criteria.map((c, i): ColDef<BareRow> => ({
      colId: `cr:${c.id}`,
      headerName: `G${i + 1} (${c.maxPoints})`,
      width: 132,
      type: 'rightAligned',
      editable: true,
      cellEditor: 'agTextCellEditor',
      valueGetter: (p) => p.data?.scores[c.id] ?? null,
      valueFormatter: (p) => (typeof p.value === 'number' ? nl.format(p.value) : ''),
      valueSetter: (p) => {
        const text = String(p.newValue ?? '').trim().replace(',', '.');
        const value = text === '' ? null : Number(text);
        if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= c.maxPoints)) return false;
        p.data.scores = { ...p.data.scores, [c.id]: value };
        return true;
      },
    }))),
    { colId: 'total', headerName: 'Totaal', pinned: 'right', width: 84, type: 'rightAligned', valueGetter: (p) => p.data?.total ?? 0, valueFormatter: (p) => nl.format(p.value as number) },
    { colId: 'status', headerName: 'Status', pinned: 'right', width: 210, valueGetter: (p) => (!p.data ? '' : p.data.eliminated ? 'Afgewezen' : (p.data.rank ?? Infinity) <= n ? 'Shortlist' : 'Reserve') },
    // The app's two columns after the status: points behind the cut-off, and the interview (when the request has competencies).
    { colId: 'behind', headerName: 'Achter', width: 70, type: 'rightAligned', valueGetter: (p) => (!p.data || p.data.eliminated || (p.data.rank ?? Infinity) <= n ? null : Math.max(0, cutoffTotal() - p.data.total)), valueFormatter: (p) => (typeof p.value === 'number' ? `−${nl.format(p.value)}` : '') },
    ...(request.competencies.length ? [{ colId: 'interview', headerName: 'Gesprek', width: 96, valueGetter: () => 'Open' } satisfies ColDef<BareRow>] : []),
    { colId: 'email', headerName: 'E-mail', width: 200, valueGetter: (p) => p.data?.email },
    { colId: 'phone', headerName: 'Telefoon', width: 130, valueGetter: (p) => p.data?.phone },
    { colId: 'supplier', headerName: 'Leverancier', width: 170, valueGetter: (p) => p.data?.supplier },
  ];

  const host = document.getElementById('grid')!;
  if (layout) Object.assign(host.style, { top: `${layout.y}px`, left: `${layout.x}px`, right: 'auto', width: `${layout.width}px`, height: `${layout.height}px` });
  performance.mark('bare:grid');
  const api: GridApi<BareRow> = createGrid(host, {
    theme: themeQuartz,
    columnDefs: columns,
    rowData: rows,
    getRowId: (p) => p.data.id,
    ...(layout ? { rowHeight: layout.rowHeight, groupHeaderHeight: layout.groupHeaderHeight, headerHeight: layout.headerHeight } : { rowHeight: 32 }),
    suppressColumnVirtualisation: true,
    stopEditingWhenCellsLoseFocus: true,
    enterNavigatesVerticallyAfterEdit: true,
    animateRows: false,
    onCellValueChanged: (event) => {
      const row = event.data;
      row.total = totalOf(row);
      const changed = rerank(rows);
      api.applyTransaction({ update: changed.includes(row) ? changed : [row, ...changed] });
    },
  });
  performance.mark('bare:grid-made');
  document.body.dataset['rows'] = String(rows.length);
}

start().catch((error: unknown) => {
  document.body.dataset['error'] = error instanceof Error ? error.message : String(error);
  console.error(error);
});
