// The matrix tab: the grid of candidates × knock-outs and criteria with live totals and ranking,
// the toolbar, the candidate panel and the totals chart. What happens on an edit, a paste, an undo,
// a key or to the people lives in its own module; this file wires them to the grid.
import type { CellDoubleClickedEvent, CellFocusedEvent, GridApi } from 'ag-grid-community';
import { Show, createEffect, createMemo, createSignal, on, onCleanup, untrack } from 'solid-js';
import { cycleKnockOut as cycleKnockOutValue, type InputError, type KnockOutValue, type MatrixEdit } from '../../core';
import { listMarks } from '../../db/marks';
import { markScoringDone, sheetStatusOf } from '../../db/sheets';
import { assessorName, saveAssessorName } from '../../db/team';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { TotalsChart } from '../chart/TotalsChart';
import { formatCellMoney, formatCellNumber, formatDateTime, locale, t } from '../i18n';
import { createLive } from '../live';
import { errorText, ruleReason } from '../i18n/errors';
import { NoticePanel, type Notice } from '../NoticePanel';
import { remembered } from '../preferences';
import { createSettled } from '../settled';
import { CandidateDetails } from './CandidateDetails';
import { interpretCell } from './cells';
import { pasteAt } from './clipboard';
import { KO_SYMBOL, colId, columnKind, columnsFor, type CellEdit } from './columns';
import { marksByCell, rowsWithChangedMarks, markValue } from './marks';
import { Grid } from './Grid';
import { gridLocaleText } from './grid-locale';
import { createEditHistory } from './history';
import { createMatrixState } from './matrix-state';
import { PeopleBar, RemoveButtons } from './PeopleBar';
import { MatrixModel, createRowOrder, type MatrixRow } from './rows';
import { createSheet } from './sheet';
import { SheetBar } from './SheetBar';
import './matrix.css';

// The chart stands beside the grid where the screen leaves room for both, else it waits for a click.
const [chartShown, setChartShown] = remembered('shortlist.chart', ['shown', 'hidden'], () => (typeof innerWidth === 'number' && innerWidth >= 1800 ? 'shown' : 'hidden'));

/**
 * The Matrix tab. A request scored independently (PRODUCT §12) first needs the name this person
 * scores under; until they are done, their matrix shows and edits their own scores, after that
 * the agreed ones. Each of those is its own matrix (a change of mode reads everything afresh).
 */
const NO_ROWS: MatrixRow[] = [];
/** The grid's header rows; a message stands over them, so it never moves the rows. */
const GROUP_HEADER_HEIGHT = 24;
// Tall enough for a knock-out's label written upwards (12 characters).
const HEADER_HEIGHT = 92;

export default function MatrixTab(props: { request: StoredRequest }) {
  const app = useApp();
  const assessor = createLive(() => 0, async () => ({ name: await assessorName(app.db) }));
  const status = createLive(
    () => `${props.request.id}|${assessor()?.name ?? ''}`,
    async () => {
      const name = assessor()?.name;
      return { done: name ? (await sheetStatusOf(app.db, props.request.id, name))?.done === true : false };
    },
  );
  const mode = createMemo((): string | null => {
    if (!props.request.independentScoring) return 'agreed';
    const who = assessor();
    const state = status();
    if (!who || !state) return null;
    if (!who.name) return 'need-name';
    return state.done ? `done:${who.name}` : `own:${who.name}`;
  });
  const [name, setName] = createSignal('');
  const done = async (who: string) => {
    if (!window.confirm(t('teamMarkDoneConfirm'))) return;
    await app.flushPendingEdits();
    await markScoringDone(app.db, props.request.id, who);
  };
  return (
    <Show when={mode()} keyed>
      {(current) => {
        const [kind, who = ''] = current.split(/:(.*)/s);
        if (kind === 'need-name') {
          return (
            <form class="scoring-notice" onSubmit={(e) => { e.preventDefault(); if (name().trim()) void saveAssessorName(app.db, name()); }}>
              <label for="assessor-name">{t('teamNeedAssessor')}</label>
              <input id="assessor-name" value={name()} onInput={(e) => setName(e.currentTarget.value)} autocomplete="name" />
              <button type="submit" class="primary" disabled={name().trim() === ''}>{t('teamSaveAssessor')}</button>
            </form>
          );
        }
        return (
          <div class="matrix-mode">
            <Show when={kind !== 'agreed'}>
              <div class="scoring-notice" role="status">
                <p>{t(kind === 'own' ? 'teamMyScores' : 'teamMyScoresDone', { assessor: who })}</p>
                <Show when={kind === 'own'}>
                  <button type="button" class="primary" onClick={() => void done(who)}>{t('teamMarkDone')}</button>
                </Show>
              </div>
            </Show>
            <MatrixSheet request={props.request} ownSheet={kind === 'own' ? who : null} />
          </div>
        );
      }}
    </Show>
  );
}

function MatrixSheet(props: { request: StoredRequest; ownSheet: string | null }) {
  const app = useApp();
  const [message, setMessage] = createSignal<Notice | null>(null);
  const showErrors = (errors: InputError[], title = t('matrixRefused')) =>
    setMessage({ kind: 'error', text: title, details: errors.map((e) => (e.line ? `${e.column ?? ''} ${e.line}: ` : '') + errorText(e)) });

  const state = createMatrixState(app.db, () => props.request, (errors) => showErrors(errors), props.ownSheet);
  const model = new MatrixModel();
  let api: GridApi<MatrixRow> | undefined;

  // Rows and standings: derived from stored facts on every change, recomputed only where they changed.
  const view = createMemo(on([() => props.request, state.revision], ([request, revision]) => model.update(request, untrack(state.candidates), state.evaluationOf, revision)));
  // The row order changes only when asked ("Sort by rank"), so an edit never moves the row away.
  // Null until the matrix has loaded: the grid then gets its rows once, already in rank order
  // (at 10 000 people handing them over costs a fifth of a second, so not twice).
  const [order, setOrder] = createSignal<string[] | null>(null);
  const resort = () => {
    // A column sort chosen in a header would keep overriding the rank order: it makes way.
    if (api?.getColumnState().some((c) => c.sort)) api.applyColumnState({ defaultState: { sort: null } });
    setOrder(untrack(view).standings().map((s) => s.candidateId));
  };
  createEffect(on(state.loaded, (loaded) => loaded && untrack(order) === null && resort()));
  const inOrder = createRowOrder();
  const rows = createMemo((): MatrixRow[] => {
    const ids = order();
    return ids === null ? NO_ROWS : inOrder(view(), ids);
  });
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
  // A folded chart ranks nobody: at 10 000 candidates that is a sort saved on every pause.
  const chartStandings = createMemo(() => (chartShown() === 'shown' ? chartView().standings() : []));

  // Undo / redo: one cell edit or one paste is one step.
  const history = createEditHistory(
    { candidateOf: (id) => state.candidateById().get(id), evaluationOf: state.evaluationOf, edit: state.edit },
    (errors) => showErrors(errors),
    () => showErrors([{ code: 'changed-since', message: t('matrixHistoryStale') }], t('matrixHistoryStaleTitle')),
    () => setMessage(null),
  );
  const commit = (edits: MatrixEdit[]) => history.commit(edits);

  const onCellEdit = (edit: CellEdit) => {
    // Leave AG Grid's call stack first: the grid is mid-edit while a value setter runs.
    queueMicrotask(() => {
      const column = edit.kind === 'score' ? ({ kind: 'criterion', id: edit.criterionId } as const) : ({ kind: 'field', field: edit.field } as const);
      // A refused edit keeps the cursor in its cell (the keys check before they move; this is the rest).
      const stay = () => sheet.stayAt(edit.candidateId, edit.kind === 'score' ? colId.criterion(edit.criterionId) : edit.field);
      const result = interpretCell(props.request, column, edit.candidateId, edit.text);
      if (!result.ok) {
        stay();
        return showErrors(result.errors);
      }
      if (commit([result.value])) setMessage(null);
      else stay();
    });
  };

  // Excel's keys and the selected block; every write it makes goes through `commit`, as typing does.
  const sheet = createSheet({
    request: () => props.request,
    locale,
    commit,
    refused: (errors) => showErrors(errors),
    cycleKnockOut,
  });

  // Cells two devices changed at once (team mode): marked until someone has looked at them.
  const marks = createLive(() => props.request.id, (id) => listMarks(app.db, id));
  const cellMarks = createMemo(() => marksByCell(marks() ?? []), new Map(), { equals: (a, b) => rowsWithChangedMarks(a, b).length === 0 });
  const markAt = (candidateId: string, column: string): string | undefined => {
    const mark = untrack(cellMarks).get(`${candidateId}|${column}`);
    if (!mark) return undefined;
    const other = markValue(mark.other, { empty: t('changeEmpty'), knockOut: (v) => KO_SYMBOL[v as KnockOutValue], number: formatCellNumber });
    return t('markCell', { other, device: mark.otherDevice.slice(0, 8), when: formatDateTime(mark.otherAt) });
  };
  createEffect(
    on(
      cellMarks,
      (now, before) => {
        const rowNodes = rowsWithChangedMarks(before ?? new Map(), now).flatMap((id) => api?.getRowNode(id) ?? []);
        if (rowNodes.length) api?.refreshCells({ rowNodes, force: true });
      },
      { defer: true },
    ),
  );

  const columns = createMemo(() => {
    locale();
    return columnsFor(props.request, {
      t,
      formatNumber: formatCellNumber,
      formatMoney: formatCellMoney,
      onEdit: onCellEdit,
      standingOf: (id) => untrack(view).standingOf(id),
      reason: ruleReason,
      rangeAt: sheet.rangeAt,
      markAt,
    });
  });
  const localeText = createMemo(gridLocaleText);

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

  const [focusedId, setFocusedId] = createSignal<string | null>(null);
  const [detailsOpen, setDetailsOpen] = createSignal(false);
  const focusedRow = createMemo(() => {
    const id = focusedId();
    return id === null ? undefined : view().rowOf(id);
  });
  const onCellFocused = (event: CellFocusedEvent<MatrixRow>) => {
    sheet.onCellFocused(event);
    if (event.rowIndex == null || !api) return;
    setFocusedId(api.getDisplayedRowAtIndex(event.rowIndex)?.id ?? null);
  };
  const focusedDescription = createMemo(() => {
    const id = sheet.focusedColumn();
    columns();
    const def = id && api ? api.getColumn(id)?.getColDef() : undefined;
    if (!def) return null;
    return typeof def.headerTooltip === 'string' ? def.headerTooltip : (def.headerName ?? null);
  });

  function onPaste(event: ClipboardEvent) {
    const grid = api;
    if (!grid) return;
    const outcome = pasteAt(
      props.request,
      {
        focused: () => sheet.pasteTarget(),
        editing: () => grid.getEditingCells().length > 0,
        columns: () => grid.getAllDisplayedColumns().map((c) => ({ id: c.getColId(), kind: columnKind(c.getColId()), header: c.getColDef().headerName ?? c.getColId() })),
        rowIdAt: (i) => grid.getDisplayedRowAtIndex(i)?.id,
      },
      event.clipboardData?.getData('text/plain'),
    );
    if (outcome.kind === 'none') return;
    event.preventDefault();
    if (outcome.kind === 'rejected') {
      setMessage({
        kind: 'error',
        text: t('matrixPasteRejected', { n: outcome.rejected.length }),
        details: outcome.rejected.map((r) => `${t('matrixCellRef', { row: r.row, column: r.column ?? r.columnId })}: ${errorText(r)}`),
      });
      return;
    }
    if (commit(outcome.edits)) setMessage({ kind: 'info', text: t('matrixPasteDone', { n: outcome.edits.length }), details: [] });
  }

  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (!api || api.getEditingCells().length > 0 || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) history.step('undo');
    else if (key === 'y' || (key === 'z' && event.shiftKey)) history.step('redo');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  let wrapper: HTMLDivElement | undefined;
  let detachSheet: (() => void) | undefined;
  const attachListeners = (el: HTMLDivElement) => {
    wrapper = el;
    el.addEventListener('keydown', onKeyDownCapture, { capture: true });
    el.addEventListener('paste', onPaste, { capture: true });
    el.addEventListener('copy', sheet.onCopy, { capture: true });
    onCleanup(() => {
      el.removeEventListener('keydown', onKeyDownCapture, { capture: true });
      el.removeEventListener('paste', onPaste, { capture: true });
      el.removeEventListener('copy', sheet.onCopy, { capture: true });
      detachSheet?.();
    });
  };

  // Before the app reloads into a new version (or gives the database up to one in another tab),
  // finish an open cell edit, wait for the writes, and say which failed.
  onCleanup(app.registerPendingEdits(async () => {
    api?.stopEditing();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return state.settled();
  }));

  // Someone who just joined gets the cursor, once their row is in the grid.
  const [focusNewId, setFocusNewId] = createSignal<string | null>(null);
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

  // The close button goes with the message: the keyboard goes back to the grid's cell, not to the page.
  const closeMessage = () => {
    setMessage(null);
    const cell = api?.getFocusedCell();
    if (cell) api?.setFocusedCell(cell.rowIndex, cell.column, cell.rowPinned);
  };

  const [filter, setFilter] = createSignal('');
  const names = createMemo(() => Object.fromEntries(state.candidates().map((c) => [c.id, c.name])));

  return (
    <div class="matrix">
      <div class="matrix-toolbar">
        <PeopleBar request={props.request} onRequest={() => (state.loaded() ? state.candidateById() : null)} onJoined={setFocusNewId} onRefused={(errors) => showErrors(errors)} />
        <span class="toolbar-spacer" />
        <input type="search" class="matrix-filter" aria-label={t('matrixFilter')} placeholder={t('matrixFilterPlaceholder')} value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
        <button type="button" onClick={() => resort()}>{t('matrixResort')}</button>
        <button type="button" class="icon-button" onClick={() => history.step('undo')} disabled={history.sizes().undo === 0} aria-label={t('matrixUndo')} title={`${t('matrixUndo')} (Ctrl+Z)`} aria-keyshortcuts="Control+Z">
          <span aria-hidden="true">↶</span>
        </button>
        <button type="button" class="icon-button" onClick={() => history.step('redo')} disabled={history.sizes().redo === 0} aria-label={t('matrixRedo')} title={`${t('matrixRedo')} (Ctrl+Y)`} aria-keyshortcuts="Control+Y">
          <span aria-hidden="true">↷</span>
        </button>
        <button type="button" onClick={() => setDetailsOpen(!detailsOpen())} aria-pressed={detailsOpen()} disabled={!focusedRow()}>{t('matrixDetails')}</button>
        <button type="button" onClick={() => setChartShown(chartShown() === 'shown' ? 'hidden' : 'shown')} aria-pressed={chartShown() === 'shown'} aria-controls="matrix-chart">{t('matrixChart')}</button>
      </div>
      <div class="matrix-body" classList={{ 'with-details': detailsOpen() && !!focusedRow(), 'with-chart': chartShown() === 'shown' }}>
        <div class="grid-column">
          {/* Over the column headers, not above the grid: a message never pushes the rows down
              under the cursor (PRODUCT §8). */}
          <Show when={message()}>
            {(m) => (
              <div class="matrix-message" style={{ 'max-height': `${GROUP_HEADER_HEIGHT + HEADER_HEIGHT}px` }}>
                <NoticePanel notice={m()} limit={12} onClose={closeMessage} />
              </div>
            )}
          </Show>
          <div class="grid-wrapper" ref={attachListeners}>
            {/* The grid is made once the rows are read and ranked, with them: made empty and then
                handed its rows, it would lay out twice. */}
            <Show when={order() !== null}>
            <Grid<MatrixRow>
              label={t('matrixGridLabel')}
              rowData={rows()}
              rowId={(row) => row.id}
              stale={staleRows()}
              derivedColumns={[colId.rank, colId.total, colId.status, colId.behind]}
              columnDefs={columns()}
              quickFilter={filter()}
              localeText={localeText()}
              options={{
                singleClickEdit: false,
                stopEditingWhenCellsLoseFocus: true,
                tooltipShowDelay: 300,
                suppressMovableColumns: true,
                animateRows: false,
                rowClassRules: {
                  'row-eliminated': (p) => standingOf(p.data)?.status === 'eliminated',
                  'row-reserve': (p) => standingOf(p.data)?.status === 'reserve',
                  'row-cutoff': (p) => standingOf(p.data)?.tieAtCutoff === true,
                },
                overlayNoRowsTemplate: `<span>${escapeHtml(t('matrixEmpty'))}</span>`,
                onCellFocused,
                onCellEditingStopped: () => sheet.onCellEditingStopped(),
                onSortChanged: () => sheet.reset(),
                onFilterChanged: () => sheet.reset(),
                onDisplayedColumnsChanged: () => sheet.reset(),
                // Rows handed over anew (an import, someone joining): a block's places may hold others.
                onRowDataUpdated: () => sheet.reset(),
                onCellDoubleClicked: (e: CellDoubleClickedEvent<MatrixRow>) => cycleKnockOut(e.data, e.column.getColId()),
                defaultColDef: { sortable: true, resizable: true, suppressHeaderMenuButton: true, wrapHeaderText: true, suppressKeyboardEvent: (p) => sheet.suppressKeyboardEvent(p) },
                rowHeight: 28,
                groupHeaderHeight: GROUP_HEADER_HEIGHT,
                headerHeight: HEADER_HEIGHT,
                // A request has a few dozen columns at most: rendering them all keeps every cell
                // reachable for screen readers and tests, while rows stay virtualised.
                suppressColumnVirtualisation: true,
              }}
              onReady={(ready) => {
                api = ready;
                detachSheet?.();
                if (wrapper) detachSheet = sheet.attach(ready, wrapper);
              }}
            />
            </Show>
          </div>
          <SheetBar description={focusedDescription()} knockOut={sheet.focusedColumn()?.startsWith('ko:') ?? false} block={sheet.block()} />
        </div>
        <Show when={detailsOpen() && focusedRow()}>
          {(row) => (
            <CandidateDetails request={props.request} row={row()} marks={(marks() ?? []).filter((m) => m.candidateId === row().id)} onEdit={(edit) => commit([edit])} onClose={() => setDetailsOpen(false)}>
              {/* Taking someone off, or erasing them, is done where that person is shown. */}
              <RemoveButtons
                request={props.request}
                person={() => focusedRow()?.candidate}
                onRemoved={() => setFocusedId(null)}
                onNoPerson={() => setMessage({ kind: 'info', text: t('detailsNoCandidate'), details: [] })}
                onRefused={(errors) => showErrors(errors)}
              />
            </CandidateDetails>
          )}
        </Show>
        {/* Focusable: it scrolls when the chart is taller than the grid, and the keyboard must scroll it too. */}
        <section id="matrix-chart" class="chart-panel" aria-label={t('matrixChartTitle')} hidden={chartShown() !== 'shown'} tabIndex={0}>
          {/* Drawn only while shown: at 10 000 candidates a hidden chart would still cost every pause. */}
          <Show when={chartShown() === 'shown'}>
            <TotalsChart standings={chartStandings()} names={names()} shortlistSize={props.request.shortlistSize} maxPoints={props.request.criteria.reduce((s, c) => s + c.maxPoints, 0)} />
          </Show>
        </section>
      </div>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
