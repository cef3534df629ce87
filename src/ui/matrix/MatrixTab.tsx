// The matrix tab: the grid of candidates × knock-outs and criteria, with live totals and ranking,
// keyboard editing, paste from Excel, undo/redo, the candidate panel and the totals chart.
import type { CellFocusedEvent, CellKeyDownEvent, FullWidthCellKeyDownEvent, GridApi, CellDoubleClickedEvent } from 'ag-grid-community';
import { For, Show, createEffect, createMemo, createSignal, on, onCleanup, untrack } from 'solid-js';
import { cycleKnockOut as cycleKnockOutValue, type InputError } from '../../core';
import type { MatrixEdit } from '../../core';
import { addCandidate, attachCandidate, detachCandidate, eraseCandidate, listPool } from '../../db/repository';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { TotalsChart } from '../chart/TotalsChart';
import { formatMoney, formatNumber, locale, t } from '../i18n';
import { NoticePanel, type Notice } from '../NoticePanel';
import { createLive } from '../live';
import { createSettled } from '../settled';
import { errorText, ruleReason } from '../i18n/errors';
import { CandidateDetails } from './CandidateDetails';
import { colId, columnKind, columnsFor, type CellEdit } from './columns';
import { createHistory, interpretCell, inverseOf, parseClipboard, planPaste, stillHolds } from './edits';
import { Grid } from './Grid';
import { createMatrixState } from './matrix-state';
import { MatrixModel, createRowOrder, type MatrixRow } from './rows';
import './matrix.css';


export default function MatrixTab(props: { request: StoredRequest }) {
  const app = useApp();
  const [message, setMessage] = createSignal<Notice | null>(null);
  const showErrors = (errors: InputError[], title = t('matrixRefused')) =>
    setMessage({ kind: 'error', text: title, details: errors.map((e) => (e.line ? `${e.column ?? ''} ${e.line}: ` : '') + errorText(e)) });

  const state = createMatrixState(app.db, () => props.request, (errors) => showErrors(errors));
  const model = new MatrixModel();
  let api: GridApi<MatrixRow> | undefined;

  // Rows and standings: derived from stored facts on every change, recomputed only where they changed.
  const view = createMemo(on([() => props.request, state.revision], ([request, revision]) => model.update(request, untrack(state.candidates), state.evaluationOf, revision)));
  // The row order changes only when asked ("Sort by rank"), so an edit never moves the row away.
  const [order, setOrder] = createSignal<string[]>([]);
  const resort = () => {
    // A column sort chosen in a header would keep overriding the rank order: it makes way.
    api?.applyColumnState({ defaultState: { sort: null } });
    setOrder(untrack(view).standings().map((s) => s.candidateId));
  };
  createEffect(on(state.loaded, (loaded) => loaded && untrack(order).length === 0 && resort()));
  const inOrder = createRowOrder();
  const rows = createMemo(() => inOrder(view(), order()));
  const candidateById = state.candidateById;
  // Rendered rows whose standing changed get their rank, total, status and distance redrawn, and
  // the whole row (its colour) when their status changed.
  const staleRows = createMemo(() => {
    const { changedStandings: standings, changedStatuses: statuses } = view();
    return (row: MatrixRow) =>
      statuses === 'all' || statuses.has(row.id) ? 'row' : standings === 'all' || standings.has(row.id) ? 'cells' : null;
  });
  // Read by the grid's callbacks, which must not subscribe whatever Solid computation is running.
  const standingOf = (row: MatrixRow | undefined) => (row ? untrack(view).standingOf(row.id) : undefined);
  // The chart follows once scoring pauses, so it is not in the way of the next key; a load or
  // people joining or leaving shows at once.
  const chartView = createSettled(view, 200, (v) => v.changedRows === 'all');
  const chartStandings = createMemo(() => chartView().standings());

  // Undo / redo: one cell edit or one paste is one step.
  const history = createHistory();
  const [sizes, setSizes] = createSignal(history.sizes());
  function commit(edits: MatrixEdit[]): boolean {
    const backward = edits
      .map((e) => inverseOf(e, candidateById().get(e.candidateId)!, state.evaluationOf(e.candidateId)))
      .reverse();
    const start = performance.now();
    const errors = state.edit(edits);
    if (errors.length) {
      showErrors(errors);
      return false;
    }
    // Our own share of an edit's frame, for `npm run bench` and DevTools (one entry kept).
    performance.clearMeasures('shortlist:edit');
    performance.measure('shortlist:edit', { start });
    history.push({ forward: edits, backward });
    setSizes(history.sizes());
    return true;
  }
  function step(direction: 'undo' | 'redo') {
    const entry = direction === 'undo' ? history.undo() : history.redo();
    if (!entry) return;
    const apply = direction === 'undo' ? entry.backward : entry.forward;
    const current = apply.map((e) => {
      const candidate = candidateById().get(e.candidateId);
      return candidate && inverseOf(e, candidate, state.evaluationOf(e.candidateId));
    });
    if (!stillHolds(direction === 'undo' ? entry.forward : entry.backward, current)) {
      history.clear();
      setSizes(history.sizes());
      showErrors([{ code: 'changed-since', message: t('matrixHistoryStale') }], t('matrixHistoryStaleTitle'));
      return;
    }
    const errors = state.edit(apply);
    if (errors.length) {
      history.restore(entry, direction);
      showErrors(errors);
    } else setMessage(null);
    setSizes(history.sizes());
  }

  const onCellEdit = (edit: CellEdit) => {
    // Leave AG Grid's call stack first: the grid is mid-edit while a value setter runs.
    queueMicrotask(() => {
      const column = edit.kind === 'score' ? ({ kind: 'criterion', id: edit.criterionId } as const) : ({ kind: 'field', field: edit.field } as const);
      const result = interpretCell(props.request, column, edit.candidateId, edit.text);
      if (!result.ok) return showErrors(result.errors);
      if (commit([result.value])) setMessage(null);
    });
  };

  const columns = createMemo(() => {
    locale();
    return columnsFor(props.request, { t, formatNumber: (n) => formatNumber(n), formatMoney, onEdit: onCellEdit, standingOf: (id) => untrack(view).standingOf(id), reason: ruleReason });
  });

  function cycleKnockOut(row: MatrixRow | undefined, columnId: string) {
    const kind = columnKind(columnId);
    if (!row || kind.kind !== 'knockOut') return;
    // The core says what the cell may become: the same rule a typed or pasted value meets.
    const next = cycleKnockOutValue(props.request, row.candidate, kind.id, row.evaluation?.knockOuts[kind.id]);
    if (!next.ok) {
      const outcome = row.outcomes[kind.id];
      setMessage({ kind: 'info', text: outcome ? t('matrixRuleReadOnly', { reason: ruleReason(outcome) }) : next.errors.map(errorText).join(' '), details: [] });
      return;
    }
    if (commit([{ kind: 'knockOut', candidateId: row.id, knockOutId: kind.id, value: next.value }])) setMessage(null);
  }

  const onCellKeyDown = (event: CellKeyDownEvent<MatrixRow> | FullWidthCellKeyDownEvent<MatrixRow>) => {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (!('column' in event) || (key !== ' ' && key !== 'Enter')) return;
    if (!event.column.getColId().startsWith('ko:')) return;
    event.event?.preventDefault();
    cycleKnockOut(event.data, event.column.getColId());
  };

  const [focusedId, setFocusedId] = createSignal<string | null>(null);
  const [detailsOpen, setDetailsOpen] = createSignal(false);
  const focusedRow = createMemo(() => {
    const id = focusedId();
    return id === null ? undefined : view().rowOf(id);
  });
  const onCellFocused = (event: CellFocusedEvent<MatrixRow>) => {
    if (event.rowIndex == null || !api) return;
    setFocusedId(api.getDisplayedRowAtIndex(event.rowIndex)?.id ?? null);
  };

  function onPaste(event: ClipboardEvent) {
    if (!api || api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const text = event.clipboardData?.getData('text/plain');
    if (!focused || !text) return;
    event.preventDefault();
    const grid = api;
    const displayed = grid.getAllDisplayedColumns().map((c) => ({ id: c.getColId(), kind: columnKind(c.getColId()), header: c.getColDef().headerName ?? c.getColId() }));
    const plan = planPaste(
      props.request,
      parseClipboard(text),
      { rowIndex: focused.rowIndex, columnIndex: displayed.findIndex((c) => c.id === focused.column.getColId()) },
      (i) => grid.getDisplayedRowAtIndex(i)?.id,
      displayed,
    );
    if (plan.rejected.length) {
      setMessage({
        kind: 'error',
        text: t('matrixPasteRejected', { n: plan.rejected.length }),
        details: plan.rejected.map((r) => `${t('matrixCellRef', { row: r.row, column: r.column ?? r.columnId })}: ${errorText(r)}`),
      });
      return;
    }
    if (commit(plan.edits)) setMessage({ kind: 'info', text: t('matrixPasteDone', { n: plan.edits.length }), details: [] });
  }

  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (!api || api.getEditingCells().length > 0 || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) step('undo');
    else if (key === 'y' || (key === 'z' && event.shiftKey)) step('redo');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const attachListeners = (el: HTMLDivElement) => {
    el.addEventListener('keydown', onKeyDownCapture, { capture: true });
    el.addEventListener('paste', onPaste, { capture: true });
    onCleanup(() => {
      el.removeEventListener('keydown', onKeyDownCapture, { capture: true });
      el.removeEventListener('paste', onPaste, { capture: true });
    });
  };

  // Before the app reloads into a new version, finish an open cell edit and wait for the write.
  onCleanup(app.registerPendingEdits(async () => {
    api?.stopEditing();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await state.settled();
  }));

  // Adding people: new, or from the pool (someone already on another request).
  const [newName, setNewName] = createSignal('');
  const [focusNewId, setFocusNewId] = createSignal<string | null>(null);
  async function addNew(event: Event) {
    event.preventDefault();
    const name = newName().trim();
    const result = await addCandidate(app.db, props.request.id, { name });
    if (!result.ok) return showErrors(result.errors);
    setNewName('');
    setFocusNewId(result.value.id);
  }
  createEffect(() => {
    const id = focusNewId();
    if (!id || !api) return;
    const index = rows().findIndex((r) => r.id === id);
    if (index < 0) return;
    setFocusNewId(null);
    queueMicrotask(() => {
      api?.ensureIndexVisible(index);
      api?.setFocusedCell(index, colId.rate);
    });
  });
  // The whole pool is read only once the matrix has loaded (not in the way of the first render),
  // and again only when the number of people here changes (not on every edit).
  const onRequest = createMemo(() => (state.loaded() ? state.candidates().length : null));
  const pool = createLive(onRequest, (count) => (count === null ? Promise.resolve([]) : listPool(app.db)));
  const poolOptions = createMemo(() => (pool() ?? []).filter((c) => !candidateById().has(c.id)));
  const [poolPick, setPoolPick] = createSignal('');
  async function addFromPool(event: Event) {
    event.preventDefault();
    if (!poolPick()) return;
    const result = await attachCandidate(app.db, props.request.id, poolPick());
    if (!result.ok) return showErrors(result.errors);
    setFocusNewId(poolPick());
    setPoolPick('');
  }
  async function remove(kind: 'detach' | 'erase') {
    const row = focusedRow();
    if (!row) return setMessage({ kind: 'info', text: t('detailsNoCandidate'), details: [] });
    const question = t(kind === 'detach' ? 'matrixRemoveConfirm' : 'matrixEraseConfirm', { name: row.candidate.name });
    if (!window.confirm(question)) return;
    if (kind === 'detach') await detachCandidate(app.db, props.request.id, row.id);
    else await eraseCandidate(app.db, row.id);
    setFocusedId(null);
  }

  const [filter, setFilter] = createSignal('');
  const names = createMemo(() => Object.fromEntries(state.candidates().map((c) => [c.id, c.name])));

  return (
    <div class="matrix">
      <div class="matrix-toolbar">
        <form class="inline-form" onSubmit={addNew}>
          <input aria-label={t('matrixNewCandidateName')} placeholder={t('matrixNewCandidateName')} value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} />
          <button type="submit" class="primary" disabled={newName().trim() === ''}>{t('matrixAddCandidate')}</button>
        </form>
        <form class="inline-form" onSubmit={addFromPool}>
          <select aria-label={t('matrixPoolPick')} value={poolPick()} onChange={(e) => setPoolPick(e.currentTarget.value)} disabled={poolOptions().length === 0}>
            <option value="">{poolOptions().length ? t('matrixPoolPick') : t('matrixPoolEmpty')}</option>
            <For each={poolOptions()}>{(c) => <option value={c.id}>{c.name}{c.supplier ? ` — ${c.supplier}` : ''}</option>}</For>
          </select>
          <button type="submit" disabled={!poolPick()}>{t('matrixAddFromPool')}</button>
        </form>
        <span class="toolbar-spacer" />
        <input type="search" class="matrix-filter" aria-label={t('matrixFilter')} placeholder={t('matrixFilter')} value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
        <button type="button" onClick={resort}>{t('matrixResort')}</button>
        <button type="button" onClick={() => step('undo')} disabled={sizes().undo === 0} aria-keyshortcuts="Control+Z">{t('matrixUndo')}</button>
        <button type="button" onClick={() => step('redo')} disabled={sizes().redo === 0} aria-keyshortcuts="Control+Y">{t('matrixRedo')}</button>
        <button type="button" onClick={() => setDetailsOpen(!detailsOpen())} aria-pressed={detailsOpen()} disabled={!focusedRow()}>{t('matrixDetails')}</button>
        <button type="button" class="danger" onClick={() => void remove('detach')} disabled={!focusedRow()}>{t('matrixRemove')}</button>
        <button type="button" class="danger" onClick={() => void remove('erase')} disabled={!focusedRow()}>{t('matrixErase')}</button>
      </div>
      <Show when={message()}>{(m) => <NoticePanel notice={m()} limit={12} onClose={() => setMessage(null)} />}</Show>
      <div class="matrix-body" classList={{ 'with-details': detailsOpen() && !!focusedRow() }}>
        <div class="grid-wrapper" ref={attachListeners}>
          <Grid<MatrixRow>
            label={t('matrixGridLabel')}
            rowData={rows()}
            rowId={(row) => row.id}
            stale={staleRows()}
            derivedColumns={[colId.rank, colId.total, colId.status, colId.behind]}
            columnDefs={columns()}
            quickFilter={filter()}
            options={{
              singleClickEdit: false,
              stopEditingWhenCellsLoseFocus: true,
              enterNavigatesVerticallyAfterEdit: true,
              tooltipShowDelay: 300,
              suppressMovableColumns: true,
              animateRows: false,
              rowClassRules: {
                'row-eliminated': (p) => standingOf(p.data)?.status === 'eliminated',
                'row-reserve': (p) => standingOf(p.data)?.status === 'reserve',
                'row-cutoff': (p) => standingOf(p.data)?.tieAtCutoff === true,
              },
              overlayNoRowsTemplate: `<span>${escapeHtml(t('matrixEmpty'))}</span>`,
              onCellKeyDown,
              onCellFocused,
              onCellDoubleClicked: (e: CellDoubleClickedEvent<MatrixRow>) => cycleKnockOut(e.data, e.column.getColId()),
              defaultColDef: { sortable: true, resizable: true, suppressHeaderMenuButton: true, wrapHeaderText: true, autoHeaderHeight: true },
              rowHeight: 32,
              // A request has a few dozen columns at most: rendering them all keeps every cell
              // reachable for screen readers and tests, while rows stay virtualised.
              suppressColumnVirtualisation: true,
            }}
            onReady={(ready) => {
              api = ready;
            }}
          />
        </div>
        <Show when={detailsOpen() && focusedRow()}>
          {(row) => <CandidateDetails request={props.request} row={row()} onEdit={(edit) => commit([edit])} onClose={() => setDetailsOpen(false)} />}
        </Show>
      </div>
      <p class="muted hint">{t('matrixKoHelp')}</p>
      <section aria-label={t('matrixChartTitle')}>
        <TotalsChart standings={chartStandings()} names={names()} shortlistSize={props.request.shortlistSize} maxPoints={props.request.criteria.reduce((s, c) => s + c.maxPoints, 0)} />
      </section>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
