// Step 3 (PRODUCT §3.10, §3.11): the shortlisted candidates scored on the client's own criteria in
// a grid that edits like the matrix, the client ranking, the proposed invitations, and the
// invitations themselves (confirm the proposal with "Uitnodigen", or tick one by hand).
import type { ColDef, GridApi, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { For, Show, createMemo } from 'solid-js';
import { createContentMemo } from '../same-content';
import { type ClientRank, type InputError, type MatrixEdit } from '../../core';
import { formatDate, formatNumber, t } from '../i18n';
import { interpretCell } from '../matrix/cells';
import { pasteAt } from '../matrix/clipboard';
import { colId, columnKind } from '../matrix/columns';
// AG Grid is most of the bundle; the Procedure tab is loaded lazily, like the matrix, so the grid
// comes with whichever is opened first.
import { Grid } from '../matrix/Grid';
import { gridLocaleText } from '../matrix/grid-locale';
import { nameOf, today, type ProcedureData } from './procedure-data';

interface ClientRow {
  id: string;
  name: string;
  matrixRank: number | null;
  /** The matrix rank is shared ("5=", as the matrix shows it). */
  matrixTied: boolean;
  rank: ClientRank;
  scores: Record<string, number | null>;
  invitedAt: string | undefined;
}

export function ClientRound(props: { data: ProcedureData; write: (edits: MatrixEdit[]) => Promise<boolean>; onRefused: (errors: InputError[]) => void }) {
  const request = () => props.data.request;
  // The columns follow the client's criteria, not every new reading of the request: each score
  // writes, and new (equal) column definitions would redraw the grid under the typing.
  const criteria = createContentMemo(() => request().clientCriteria ?? []);
  // In the matrix's order, which client scores do not change: a row never jumps away while scoring.
  const rows = createMemo((): ClientRow[] =>
    [...props.data.overview.clientRanking]
      .sort((a, b) => (props.data.standingOf.get(a.candidateId)?.rank ?? Infinity) - (props.data.standingOf.get(b.candidateId)?.rank ?? Infinity))
      .map((rank) => {
      const evaluation = props.data.evaluationOf.get(rank.candidateId);
      return {
        id: rank.candidateId,
        name: nameOf(props.data, rank.candidateId),
        matrixRank: props.data.standingOf.get(rank.candidateId)?.rank ?? null,
        matrixTied: props.data.standingOf.get(rank.candidateId)?.tied ?? false,
        rank,
        scores: evaluation?.clientScores ?? {},
        invitedAt: evaluation?.invitedAt,
      };
      }),
  );

  const edit = (candidateId: string, criterionId: string, text: string) => {
    // Leave AG Grid's call stack first: the grid is mid-edit while a value setter runs.
    queueMicrotask(() => {
      const read = interpretCell(request(), { kind: 'clientCriterion', id: criterionId }, candidateId, text);
      if (!read.ok) return props.onRefused(read.errors);
      void props.write([read.value]);
    });
  };

  const columns = createMemo((): ColDef<ClientRow>[] => [
    { colId: 'clientRank', headerName: t('procClientRank'), width: 96, pinned: 'left', cellClass: 'rank-cell', valueGetter: (p: ValueGetterParams<ClientRow>) => p.data?.rank.rank, valueFormatter: (p: ValueFormatterParams<ClientRow>) => `${String(p.value ?? '')}${p.data?.rank.tied ? '=' : ''}` },
    // A long name is cut with an ellipsis; the whole name shows on hover.
    { colId: 'name', headerName: t('matrixName'), width: 220, pinned: 'left', valueGetter: (p: ValueGetterParams<ClientRow>) => p.data?.name, tooltipValueGetter: (p) => p.data?.name, cellClass: 'name-cell notranslate' },
    { colId: 'matrixRank', headerName: t('procMatrixRank'), width: 100, cellClass: 'proc-rank-cell', valueGetter: (p: ValueGetterParams<ClientRow>) => p.data?.matrixRank, valueFormatter: (p: ValueFormatterParams<ClientRow>) => `${String(p.value ?? '')}${p.data?.matrixTied ? '=' : ''}` },
    // The client's criteria share the width that is left, and their headers wrap: the posting gives
    // them no short label, and two or three of them fit a laptop screen with their whole text.
    ...criteria().map(
      (c, i): ColDef<ClientRow> => ({
        colId: colId.clientCriterion(c.id),
        headerName: `C${i + 1} ${c.label ?? c.text} (${formatNumber(c.maxPoints)})`,
        headerTooltip: c.text,
        flex: 1,
        minWidth: 150,
        wrapHeaderText: true,
        autoHeaderHeight: true,
        editable: true,
        type: 'rightAligned',
        cellEditor: 'agTextCellEditor',
        valueGetter: (p: ValueGetterParams<ClientRow>) => p.data?.scores[c.id] ?? null,
        valueFormatter: (p: ValueFormatterParams<ClientRow>) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
        valueSetter: (p: ValueSetterParams<ClientRow>) => {
          if (p.data) edit(p.data.id, c.id, p.newValue == null ? '' : String(p.newValue));
          return false;
        },
      }),
    ),
    { colId: 'clientTotal', headerName: t('procClientTotal'), width: 110, type: 'rightAligned', pinned: 'right', cellClass: 'total-cell', valueGetter: (p: ValueGetterParams<ClientRow>) => p.data?.rank.total, valueFormatter: (p: ValueFormatterParams<ClientRow>) => formatNumber(Number(p.value ?? 0)) },
    { colId: 'invited', headerName: t('procInvited'), width: 150, pinned: 'right', valueGetter: (p: ValueGetterParams<ClientRow>) => (p.data?.invitedAt ? formatDate(p.data.invitedAt) : '—') },
  ]);

  let api: GridApi<ClientRow> | undefined;
  function onPaste(event: ClipboardEvent) {
    const grid = api;
    if (!grid) return;
    const outcome = pasteAt(
      request(),
      {
        focused: () => {
          const cell = grid.getFocusedCell();
          return cell ? { rowIndex: cell.rowIndex, columnId: cell.column.getColId() } : null;
        },
        editing: () => grid.getEditingCells().length > 0,
        columns: () => grid.getAllDisplayedColumns().map((c) => ({ id: c.getColId(), kind: columnKind(c.getColId()), header: c.getColDef().headerName ?? c.getColId() })),
        rowIdAt: (i) => grid.getDisplayedRowAtIndex(i)?.id,
      },
      event.clipboardData?.getData('text/plain'),
    );
    if (outcome.kind === 'none') return;
    event.preventDefault();
    if (outcome.kind === 'rejected') return props.onRefused(outcome.rejected);
    void props.write(outcome.edits);
  }

  const proposal = () => props.data.overview.proposal;
  const toInvite = () => proposal().proposed.filter((id) => !props.data.evaluationOf.get(id)?.invitedAt);
  const inviteProposed = () => void props.write(toInvite().map((candidateId): MatrixEdit => ({ kind: 'invite', candidateId, value: today() })));
  const toggle = (box: HTMLInputElement, id: string, invite: boolean) =>
    void props.write([{ kind: 'invite', candidateId: id, value: invite ? today() : null }]).then((done) => {
      // A refused change (taking back an awarded candidate's invitation) leaves the box as stored.
      if (!done) box.checked = !invite;
    });
  const off = () => props.data.overview.invitedOffShortlist;
  /** Shortlisted candidates not yet scored on every client criterion: the ranking is provisional. */
  const unscored = () => rows().filter((row) => criteria().some((c) => typeof row.scores[c.id] !== 'number')).length;

  return (
    <div class="proc-step">
      <header class="proc-head">
        <h2>{t('procClientTitle')}</h2>
        <p class="muted">{t('procClientIntro')}</p>
      </header>
      <Show when={criteria().length > 0} fallback={<p class="warning" role="status">{t('procClientNoCriteria')}</p>}>
        <Show when={rows().length > 0} fallback={<p class="muted">{t('procClientNoShortlist')}</p>}>
          <div class="proc-grid" onPaste={onPaste}>
            <Grid<ClientRow>
              label={t('procClientGrid')}
              rowData={rows()}
              rowId={(row) => row.id}
              columnDefs={columns()}
              quickFilter=""
              localeText={gridLocaleText()}
              options={{ singleClickEdit: false, stopEditingWhenCellsLoseFocus: true, enterNavigatesVerticallyAfterEdit: true, suppressMovableColumns: true, animateRows: false, rowHeight: 32, domLayout: 'autoHeight', defaultColDef: { sortable: false, resizable: true, suppressHeaderMenuButton: true } }}
              onReady={(ready) => (api = ready)}
            />
          </div>
        </Show>
      </Show>

      <section class="proc-box" aria-labelledby="proc-proposal-heading">
        <h3 id="proc-proposal-heading">{t('procProposalTitle')}</h3>
        <Show when={off().length > 0}>
          <p class="warning" role="status">{t('procOffShortlist', { names: off().map((id) => nameOf(props.data, id)).join(', ') })}</p>
        </Show>
        <p>
          {(() => {
            const p = proposal();
            const names = p.proposed.map((id) => nameOf(props.data, id)).join(', ');
            if (request().interviewSize === undefined) return t('procProposalNone');
            if (p.repeat && p.proposed.length === 0) return t('procProposalNobodyLeft');
            if (p.repeat) return t('procProposalRepeat', { n: request().interviewSize ?? 0, names });
            if (p.proposed.length === 0) return t('procProposalDone');
            return t('procProposal', { n: request().interviewSize ?? 0, names });
          })()}
        </p>
        <Show when={unscored() > 0 && proposal().proposed.length > 0}>
          <p class="muted">{t('procProvisional', { n: unscored() })}</p>
        </Show>
        <Show when={proposal().tieOnLine}>
          <p class="warning" role="status">{t('procProposalTie', { n: request().interviewSize ?? 0 })}</p>
        </Show>
        <Show when={toInvite().length > 0}>
          <button type="button" class="primary" onClick={inviteProposed}>{t('procInvite')}</button>
        </Show>
        <Show when={rows().length > 0}>
          <ul class="proc-invites" aria-label={t('procInvited')}>
            <For each={rows()}>
              {(row) => (
                <li>
                  <label>
                    <input
                      type="checkbox"
                      checked={!!row.invitedAt}
                      aria-label={row.invitedAt ? t('procUninviteOne', { name: row.name }) : t('procInviteOne', { name: row.name })}
                      onChange={(e) => toggle(e.currentTarget, row.id, e.currentTarget.checked)}
                    />
                    {/* One run of text, so a long name wraps with its state after it. */}
                    <span>
                      <span translate="no">{row.name}</span> <span class="muted">{row.invitedAt ? t('procInvitedOn', { date: formatDate(row.invitedAt) }) : t('procNotInvited')}</span>
                    </span>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </div>
  );
}
