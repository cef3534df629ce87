// Column definitions of the matrix: a pure function of the request and the language, so it is
// tested without a browser. Cells only display; edits go to `onEdit`, which runs the core's checks.
import type { CellClassParams, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { isCandidateField, weightsTotal, type CandidateField, type KnockOutOutcome, type KnockOutValue, type Request, type Standing } from '../../core';
import type { Dict } from '../i18n/nl';
import type { MatrixRow } from './rows';

export type CellEdit =
  | { kind: 'score'; candidateId: string; criterionId: string; text: string }
  | { kind: 'field'; candidateId: string; field: CandidateField; text: string };

export interface ColumnContext {
  t: (key: keyof Dict, params?: Record<string, string | number>) => string;
  formatNumber: (value: number) => string;
  formatMoney: (value: number) => string;
  /** Applies an edit typed in a cell; the grid never writes row data itself. */
  onEdit: (edit: CellEdit) => void;
  /** The current standing of a row: it depends on everyone, so it is looked up, not kept in the row. */
  standingOf: (candidateId: string) => Standing | undefined;
  /** Why a rule decided a knock-out, in the chosen language. */
  reason: (outcome: KnockOutOutcome) => string;
}

export const KO_SYMBOL: Record<KnockOutValue, string> = { pass: '✓', fail: '✗', unknown: '?' };

/** Column ids, so tests, paste and keyboard handling can tell what a column holds. */
export const colId = {
  rank: 'rank',
  name: 'name',
  rate: 'hourlyRate',
  hours: 'hoursPerWeek',
  total: 'total',
  status: 'status',
  behind: 'behind',
  interview: 'interview',
  email: 'email',
  phone: 'phone',
  supplier: 'supplier',
  knockOut: (id: string) => `ko:${id}`,
  criterion: (id: string) => `cr:${id}`,
  clientCriterion: (id: string) => `cc:${id}`,
};

export type ColumnKind =
  | { kind: 'knockOut'; id: string }
  | { kind: 'criterion'; id: string }
  | { kind: 'clientCriterion'; id: string }
  | { kind: 'field'; field: CandidateField }
  | { kind: 'readonly' };

export function columnKind(id: string): ColumnKind {
  if (id.startsWith('ko:')) return { kind: 'knockOut', id: id.slice(3) };
  if (id.startsWith('cr:')) return { kind: 'criterion', id: id.slice(3) };
  if (id.startsWith('cc:')) return { kind: 'clientCriterion', id: id.slice(3) };
  return isCandidateField(id) ? { kind: 'field', field: id } : { kind: 'readonly' };
}

/** A short header for a criterion: its first words, at most ~22 characters. */
export function shortName(text: string, max = 22): string {
  const clean = text.replace(/^(Aantoonbare?|Minimaal)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > 10 ? cut.slice(0, space) : cut) + '…';
}

export function columnsFor(request: Request, ctx: ColumnContext): (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] {
  const { t } = ctx;
  const fieldColumn = (field: CandidateField, header: keyof Dict, extra: Partial<ColDef<MatrixRow>> = {}): ColDef<MatrixRow> => ({
    colId: field,
    headerName: t(header),
    editable: true,
    valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.candidate[field],
    valueSetter: (p: ValueSetterParams<MatrixRow>) => {
      if (p.data) ctx.onEdit({ kind: 'field', candidateId: p.data.id, field, text: p.newValue == null ? '' : String(p.newValue) });
      return false;
    },
    ...extra,
  });

  const knockOuts: ColDef<MatrixRow>[] = request.knockOuts.map((k, i) => ({
    colId: colId.knockOut(k.id),
    headerName: `K${i + 1}`,
    headerTooltip: k.text + (k.rule ? ` (${k.rule.kind === 'max-rate' ? t('matrixRuleMaxRate', { max: k.rule.max }) : t('matrixRuleMinHours', { min: k.rule.min })})` : ''),
    width: 58,
    editable: false,
    sortable: true,
    valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.outcomes[k.id]?.value ?? 'unknown',
    valueFormatter: (p: ValueFormatterParams<MatrixRow>) => KO_SYMBOL[(p.value as KnockOutValue) ?? 'unknown'],
    tooltipValueGetter: (p: ITooltipParams<MatrixRow>) => {
      const outcome = p.data?.outcomes[k.id];
      if (!outcome) return k.text;
      return outcome.source === 'rule' && outcome.reason ? `${t('matrixByRule')}: ${ctx.reason(outcome)}` : k.text;
    },
    cellClass: 'ko-cell',
    cellClassRules: {
      'ko-pass': (p: CellClassParams<MatrixRow>) => p.value === 'pass',
      'ko-fail': (p: CellClassParams<MatrixRow>) => p.value === 'fail',
      'ko-unknown': (p: CellClassParams<MatrixRow>) => p.value === 'unknown',
      'ko-rule': (p: CellClassParams<MatrixRow>) => p.data?.outcomes[k.id]?.source === 'rule',
    },
  }));

  const criteria: ColDef<MatrixRow>[] = request.criteria.map((c, i) => ({
    colId: colId.criterion(c.id),
    headerName: `G${i + 1} ${shortName(c.text)} (${ctx.formatNumber(c.maxPoints)})`,
    headerTooltip: `${c.text} — max. ${ctx.formatNumber(c.maxPoints)}`,
    width: 132,
    editable: true,
    cellEditor: 'agTextCellEditor',
    type: 'rightAligned',
    valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.evaluation?.scores[c.id] ?? null,
    valueFormatter: (p: ValueFormatterParams<MatrixRow>) => (typeof p.value === 'number' ? ctx.formatNumber(p.value) : ''),
    valueSetter: (p: ValueSetterParams<MatrixRow>) => {
      if (p.data) ctx.onEdit({ kind: 'score', candidateId: p.data.id, criterionId: c.id, text: p.newValue == null ? '' : String(p.newValue) });
      return false;
    },
    tooltipValueGetter: (p: ITooltipParams<MatrixRow>) => p.data?.evaluation?.notes?.[c.id] ?? c.text,
    cellClassRules: {
      'has-note': (p: CellClassParams<MatrixRow>) => !!p.data?.evaluation?.notes?.[c.id],
      'score-empty': (p: CellClassParams<MatrixRow>) => p.value === null,
    },
    filter: 'agNumberColumnFilter',
  }));

  const standing = (row: MatrixRow | undefined): Standing | undefined => (row ? ctx.standingOf(row.id) : undefined);
  const statusText = (s: Standing): string => {
    if (s.status === 'eliminated') {
      const codes = s.failedKnockOuts.map((id) => `K${request.knockOuts.findIndex((k) => k.id === id) + 1}`);
      return `${t('statusEliminated')} (${codes.join(', ')})`;
    }
    const parts = [s.status === 'shortlist' ? t('statusShortlist') : t('statusReserve')];
    if (s.tieAtCutoff) parts.push(t('statusTieAtCutoff'));
    else if (s.tied) parts.push(t('statusTied'));
    if (!s.complete) parts.push(t('statusProvisional'));
    return parts.join(' · ');
  };

  const columns: (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] = [
    {
      colId: colId.rank,
      headerName: t('matrixRank'),
      pinned: 'left',
      width: 72,
      editable: false,
      valueGetter: (p) => standing(p.data)?.rank ?? null,
      valueFormatter: (p) => (p.value == null ? '—' : `${p.value}${standing(p.data)?.tied ? '=' : ''}`),
      comparator: (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity),
      cellClass: 'rank-cell',
    },
    fieldColumn('name', 'matrixName', { pinned: 'left', width: 190, filter: 'agTextColumnFilter', cellClass: 'name-cell' }),
    fieldColumn('hourlyRate', 'matrixRate', {
      width: 96,
      type: 'rightAligned',
      valueFormatter: (p) => (typeof p.value === 'number' ? ctx.formatMoney(p.value) : ''),
      filter: 'agNumberColumnFilter',
    }),
    fieldColumn('hoursPerWeek', 'matrixHours', { width: 100, type: 'rightAligned', filter: 'agNumberColumnFilter' }),
  ];
  if (knockOuts.length) columns.push({ groupId: 'knockouts', headerName: t('matrixGroupKnockOut'), children: knockOuts });
  if (criteria.length) {
    columns.push({ groupId: 'criteria', headerName: t('matrixGroupCriteria', { total: ctx.formatNumber(weightsTotal(request)) }), children: criteria });
  }
  columns.push(
    {
      colId: colId.total,
      headerName: t('matrixTotal'),
      // Pinned right so the outcome stays in view while scoring the far criteria.
      pinned: 'right',
      width: 84,
      type: 'rightAligned',
      editable: false,
      valueGetter: (p) => standing(p.data)?.total ?? 0,
      valueFormatter: (p) => ctx.formatNumber(p.value as number),
      cellClass: 'total-cell',
      filter: 'agNumberColumnFilter',
    },
    {
      colId: colId.status,
      headerName: t('matrixStatus'),
      pinned: 'right',
      width: 250,
      editable: false,
      valueGetter: (p) => {
        const s = standing(p.data);
        return s ? statusText(s) : '';
      },
      cellClassRules: {
        'status-shortlist': (p) => standing(p.data)?.status === 'shortlist',
        'status-reserve': (p) => standing(p.data)?.status === 'reserve',
        'status-eliminated': (p) => standing(p.data)?.status === 'eliminated',
        'status-cutoff': (p) => standing(p.data)?.tieAtCutoff === true,
      },
      tooltipValueGetter: (p) => {
        const s = standing(p.data);
        if (s?.status === 'eliminated') return s.failedKnockOuts.map((id) => request.knockOuts.find((k) => k.id === id)?.text ?? id).join('\n');
        return s?.tieAtCutoff ? t('statusTieAtCutoffHelp') : undefined;
      },
      filter: 'agTextColumnFilter',
    },
    {
      colId: colId.behind,
      headerName: t('matrixBehind'),
      headerTooltip: t('matrixBehindTooltip', { n: request.shortlistSize }),
      width: 96,
      type: 'rightAligned',
      editable: false,
      valueGetter: (p) => standing(p.data)?.pointsBehindCutoff ?? null,
      valueFormatter: (p) => (typeof p.value === 'number' ? `−${ctx.formatNumber(p.value)}` : ''),
    },
  );
  if (request.competencies.length) {
    columns.push({
      colId: colId.interview,
      headerName: t('matrixInterview'),
      width: 120,
      editable: false,
      valueGetter: (p) => (p.data ? t(p.data.interview.verdict === 'pass' ? 'interviewPass' : p.data.interview.verdict === 'fail' ? 'interviewFail' : 'interviewPending') : ''),
    });
  }
  columns.push(
    fieldColumn('email', 'matrixEmail', { width: 200 }),
    fieldColumn('phone', 'matrixPhone', { width: 130 }),
    fieldColumn('supplier', 'matrixSupplier', { width: 170, filter: 'agTextColumnFilter' }),
  );
  return columns;
}
