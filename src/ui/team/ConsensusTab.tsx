// The consensus view of independent scoring (PRODUCT §12): per candidate and criterion each
// assessor's score (of those who are done, and this person's own), the spread, the cells where
// they differ by more than a quarter of the points highlighted, and the agreed score — editable
// here, and what ranks in the matrix.
import type { ColDef, ICellRendererParams, ValueSetterParams } from 'ag-grid-community';
import { For, Show, createMemo, createSignal } from 'solid-js';
import { createContentMemo } from '../same-content';
import { consensusOf, type ConsensusCell, type MatrixEdit } from '../../core';
import { applyEdits } from '../../db/repository';
import type { StoredRequest } from '../../db/schema';
import { loadConsensus } from '../../db/sheets';
import { storageError } from '../../db/storage-errors';
import { useApp } from '../app-context';
import { formatCellNumber, t } from '../i18n';
import { errorText } from '../i18n/errors';
import { createLive } from '../live';
import { interpretCell } from '../matrix/cells';
import { Grid } from '../matrix/Grid';
import { gridLocaleText } from '../matrix/grid-locale';
import { headerLabels, ruleLabel } from '../matrix/header-labels';
import { NoticePanel, type Notice } from '../NoticePanel';
import './consensus.css';

interface ConsensusGridRow {
  id: string;
  name: string;
  cells: Record<string, ConsensusCell>;
  total: number;
}

/** A cell: the agreed score large, every assessor's score and the spread small beneath it. */
class ConsensusCellView {
  #gui = document.createElement('div');
  init(params: ICellRendererParams<ConsensusGridRow> & { criterionId: string; assessors: string[] }) {
    this.#gui.className = 'consensus-cell';
    this.refresh(params);
  }
  getGui() {
    return this.#gui;
  }
  refresh(params: ICellRendererParams<ConsensusGridRow> & { criterionId: string; assessors: string[] }): boolean {
    const cell = params.data?.cells[params.criterionId];
    this.#gui.replaceChildren();
    if (!cell) return true;
    const agreed = document.createElement('span');
    agreed.className = 'consensus-agreed';
    agreed.textContent = cell.agreed === null ? t('consensusNoScore') : formatCellNumber(cell.agreed);
    const scores = document.createElement('span');
    scores.className = 'consensus-scores';
    const parts = params.assessors.map((a, i) => `${a} ${cell.scores[i] === null || cell.scores[i] === undefined ? t('consensusNoScore') : formatCellNumber(cell.scores[i] as number)}`);
    if (cell.spread !== null) parts.push(t('consensusSpread', { spread: formatCellNumber(cell.spread) }));
    scores.textContent = parts.join(' · ');
    this.#gui.append(agreed, scores);
    return true;
  }
}

export default function ConsensusTab(props: { request: StoredRequest }) {
  const app = useApp();
  const data = createLive(() => props.request.id, (id) => loadConsensus(app.db, id));
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const consensus = createMemo(() => {
    const d = data();
    if (!d) return null;
    const agreed = new Map(d.evaluations.map((e) => [e.candidateId, e.scores]));
    return { ...consensusOf(props.request, d.candidates.map((c) => c.id), d.sheets, (id) => agreed.get(id)), candidates: d.candidates, statuses: d.statuses };
  });
  const rows = createMemo((): ConsensusGridRow[] => {
    const c = consensus();
    if (!c) return [];
    const names = new Map(c.candidates.map((p) => [p.id, p.name]));
    return c.rows.map((row) => ({
      id: row.candidateId,
      name: names.get(row.candidateId) ?? '',
      cells: row.cells,
      total: Object.values(row.cells).reduce((sum, cell) => sum + (cell.agreed ?? 0), 0),
    }));
  });

  const write = async (edits: MatrixEdit[]) => {
    if (!edits.length) return;
    try {
      const result = await applyEdits(app.db, props.request.id, edits);
      if (!result.ok) setNotice({ kind: 'error', text: t('matrixRefused'), details: result.errors.map(errorText) });
      else setNotice(null);
    } catch (error) {
      setNotice({ kind: 'error', text: t('matrixRefused'), details: [errorText(storageError(error))] });
    }
  };

  // The columns depend on who scored, not on every score: new (equal) definitions on each edit
  // would redraw the grid under the typing.
  const assessorList = createContentMemo(() => consensus()?.assessors ?? []);
  const columns = createMemo((): ColDef<ConsensusGridRow>[] => {
    const assessors = assessorList();
    const labels = headerLabels(props.request, (rule) => ruleLabel(rule, t, formatCellNumber));
    return [
      { colId: 'name', headerName: t('consensusCandidate'), field: 'name', pinned: 'left', width: 180, editable: false, cellClass: 'name-cell' },
      ...props.request.criteria.map(
        (criterion, i): ColDef<ConsensusGridRow> => ({
          colId: `cr:${criterion.id}`,
          headerName: `G${i + 1} ${labels.criteria[i] ?? ''} · ${formatCellNumber(criterion.maxPoints)}`,
          headerTooltip: `G${i + 1}: ${criterion.text}`,
          width: Math.max(120, 60 + assessors.length * 50),
          editable: true,
          cellEditor: 'agTextCellEditor',
          valueGetter: (p) => p.data?.cells[criterion.id]?.agreed ?? null,
          valueFormatter: (p) => (typeof p.value === 'number' ? formatCellNumber(p.value) : ''),
          valueSetter: (p: ValueSetterParams<ConsensusGridRow>) => {
            const id = p.data?.id;
            if (!id) return false;
            const edit = interpretCell(props.request, { kind: 'criterion', id: criterion.id }, id, p.newValue == null ? '' : String(p.newValue));
            if (!edit.ok) setNotice({ kind: 'error', text: t('matrixRefused'), details: edit.errors.map(errorText) });
            else void write([edit.value]);
            return false;
          },
          cellRenderer: ConsensusCellView,
          cellRendererParams: { criterionId: criterion.id, assessors },
          tooltipValueGetter: (p) => {
            const cell = p.data?.cells[criterion.id];
            return cell?.differs ? t('consensusCellDiffers') : undefined;
          },
          cellClassRules: { 'consensus-differs': (p) => p.data?.cells[criterion.id]?.differs === true },
        }),
      ),
      { colId: 'total', headerName: t('matrixTotal'), field: 'total', pinned: 'right', width: 80, editable: false, type: 'rightAligned', valueFormatter: (p) => formatCellNumber(p.value as number) },
    ];
  });

  const fillWithMean = () => {
    const edits: MatrixEdit[] = [];
    for (const row of consensus()?.rows ?? []) {
      for (const [criterionId, cell] of Object.entries(row.cells)) {
        if (cell.agreed === null && cell.mean !== null) edits.push({ kind: 'score', candidateId: row.candidateId, criterionId, value: cell.mean });
      }
    }
    void write(edits).then(() => setNotice({ kind: 'info', text: t('consensusFilled', { n: edits.length }), details: [] }));
  };

  return (
    <div class="consensus">
      <header class="consensus-head">
        <h2>{t('consensusTitle')}</h2>
        <p class="muted">{t('consensusIntro')}</p>
        <Show when={consensus()}>
          {(c) => (
            <div class="consensus-assessors" role="group" aria-label={t('consensusAssessors')}>
              <Show when={c().statuses.length > 0} fallback={<p>{t('consensusNobody')}</p>}>
                <ul>
                  <For each={c().statuses}>
                    {(s) => (
                      <li classList={{ done: s.done }}>
                        <span translate="no">{t(s.done ? 'consensusDone' : 'consensusBusy', { assessor: s.assessor })}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <button type="button" onClick={fillWithMean}>{t('consensusFillMean')}</button>
            </div>
          )}
        </Show>
      </header>
      <Show when={notice()}>{(n) => <NoticePanel notice={n()} limit={8} onClose={() => setNotice(null)} />}</Show>
      <div class="consensus-grid">
        <Grid<ConsensusGridRow>
          label={t('consensusGrid')}
          rowData={rows()}
          rowId={(row) => row.id}
          columnDefs={columns()}
          quickFilter=""
          localeText={gridLocaleText()}
          options={{ singleClickEdit: false, stopEditingWhenCellsLoseFocus: true, suppressMovableColumns: true, animateRows: false, rowHeight: 46, tooltipShowDelay: 300, defaultColDef: { sortable: true, resizable: true, suppressHeaderMenuButton: true } }}
        />
      </div>
    </div>
  );
}
