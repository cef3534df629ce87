// Column definitions of the matrix: a pure function of the request and the language, so it is
// tested without a browser. Cells only display; edits go to `onEdit`, which runs the core's checks.
import type { CellClassParams, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { isCandidateField, weightsTotal, type CandidateField, type KnockOutOutcome, type KnockOutRule, type KnockOutValue, type Request, type Standing } from '../../core';
import type { Dict } from '../i18n/nl';
import { HeaderLabel, ShortTextCell, type HeaderLabelParams } from './grid-text';
import { headerLabels, ruleLabel } from './header-labels';
import type { MatrixRow } from './rows';
import { EDGE } from './selection';

export type CellEdit =
  | { kind: 'score'; candidateId: string; criterionId: string; text: string }
  | { kind: 'field'; candidateId: string; field: CandidateField; text: string };

export interface ColumnContext {
  t: (key: keyof Dict, params?: Record<string, string | number>) => string;
  /** A number as a cell shows it and its editor starts from it ("17,5" in Dutch). */
  formatNumber: (value: number) => string;
  /** An amount as a cell shows it ("€ 120"); the editor starts from the same text. */
  formatMoney: (value: number) => string;
  /** Applies an edit typed in a cell; the grid never writes row data itself. */
  onEdit: (edit: CellEdit) => void;
  /** The current standing of a row: it depends on everyone, so it is looked up, not kept in the row. */
  standingOf: (candidateId: string) => Standing | undefined;
  /** Why a rule decided a knock-out, in the chosen language. */
  reason: (outcome: KnockOutOutcome) => string;
  /**
   * Where a cell lies in the selected block (EDGE bits of ./selection, 0 outside it), so the block
   * is drawn; looked up, because the selection changes without the columns changing.
   */
  rangeAt?: (rowIndex: number | null, colId: string) => number;
  /**
   * The words of a conflict mark on a cell (team mode: changed on two devices, the other value),
   * or undefined; looked up, because marks come and go without the columns changing.
   */
  markAt?: (candidateId: string, colId: string) => string | undefined;
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

/** The width of a knock-out column: one symbol under an upright label, as narrow as Excel allows. */
export const KO_WIDTH = 30;
/** The width of a criterion column: a score of "17,5" under its label and points written upwards. */
export const CRITERION_WIDTH = 56;

export function columnsFor(request: Request, ctx: ColumnContext): (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] {
  const { t } = ctx;
  const ruleText = (rule: KnockOutRule) => (rule.kind === 'max-rate' ? t('matrixRuleMaxRate', { max: rule.max }) : t('matrixRuleMinHours', { min: rule.min }));
  const labels = headerLabels(request, (rule) => ruleLabel(rule, t, ctx.formatNumber));
  const header = (params: HeaderLabelParams) => ({ innerHeaderComponent: HeaderLabel, innerHeaderComponentParams: params });
  // Number cells start their editor from the text they show ("17,5" in Dutch, F2 as in Excel).
  const editAsShown = { useFormatter: true };

  const fieldColumn = (field: CandidateField, headerKey: keyof Dict, extra: Partial<ColDef<MatrixRow>> = {}): ColDef<MatrixRow> => ({
    colId: field,
    headerName: t(headerKey),
    editable: true,
    valueGetter: (p: ValueGetterParams<MatrixRow>) => p.data?.candidate[field],
    valueSetter: (p: ValueSetterParams<MatrixRow>) => {
      if (p.data) ctx.onEdit({ kind: 'field', candidateId: p.data.id, field, text: p.newValue == null ? '' : String(p.newValue) });
      return false;
    },
    ...extra,
  });

  const knockOuts: ColDef<MatrixRow>[] = request.knockOuts.map((k, i) => {
    const description = k.text + (k.rule ? ` (${ruleText(k.rule)})` : '');
    return {
      colId: colId.knockOut(k.id),
      headerName: labels.knockOuts[i] ?? `K${i + 1}`,
      headerTooltip: `K${i + 1} · ${description}`,
      // The label is the request's own, or made from its text; only a rule's label is ours.
      headerComponentParams: header({ label: labels.knockOuts[i] ?? '', description: `K${i + 1}: ${description}`, upright: true, userText: !!k.label?.trim() || !k.rule }),
      headerClass: 'ko-header',
      width: KO_WIDTH,
      minWidth: KO_WIDTH,
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
    };
  });

  const criteria: ColDef<MatrixRow>[] = request.criteria.map((c, i) => {
    const max = ctx.formatNumber(c.maxPoints);
    const description = t('matrixCriterionDescription', { text: c.text, max });
    const detail = t('matrixCriterionDetail', { n: i + 1, max });
    return {
      colId: colId.criterion(c.id),
      headerName: labels.criteria[i] ?? `G${i + 1}`,
      headerTooltip: `${detail} · ${description}`,
      headerComponentParams: header({ label: labels.criteria[i] ?? '', detail, description: `${detail}: ${description}`, upright: true, userText: true }),
      headerClass: 'cr-header',
      width: CRITERION_WIDTH,
      minWidth: CRITERION_WIDTH,
      editable: true,
      cellEditor: 'agTextCellEditor',
      cellEditorParams: editAsShown,
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
    };
  });

  const standing = (row: MatrixRow | undefined): Standing | undefined => (row ? ctx.standingOf(row.id) : undefined);
  const knockOutName = (id: string) => {
    const i = request.knockOuts.findIndex((k) => k.id === id);
    return i < 0 ? id : `K${i + 1} ${labels.knockOuts[i] ?? ''}`.trim();
  };
  /** The whole status, as the tooltip, the filter and a screen reader have it. */
  const statusText = (s: Standing): string => {
    if (s.status === 'eliminated') return `${t('statusEliminated')} (${s.failedKnockOuts.map(knockOutName).join(', ')})`;
    const parts = [s.status === 'shortlist' ? t('statusShortlist') : t('statusReserve')];
    if (s.tieAtCutoff) parts.push(t('statusTieAtCutoff'));
    else if (s.tied) parts.push(t('statusTied'));
    if (!s.complete) parts.push(t('statusProvisional'));
    return parts.join(' · ');
  };
  /** The status as the narrow cell shows it: one word, "= Grens" on a tie at the cut-off, "?" while provisional. */
  const statusShort = (s: Standing): string => {
    if (s.status === 'eliminated') return t('statusShortEliminated');
    const word = s.tieAtCutoff ? t('statusShortCutoff') : t(s.status === 'shortlist' ? 'statusShortlist' : 'statusReserve');
    return s.complete ? word : t('statusShortProvisional', { status: word });
  };

  const columns: (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] = [
    {
      colId: colId.rank,
      headerName: t('matrixRank'),
      pinned: 'left',
      width: 42,
      editable: false,
      valueGetter: (p) => standing(p.data)?.rank ?? null,
      valueFormatter: (p) => (p.value == null ? '—' : `${p.value}${standing(p.data)?.tied ? '=' : ''}`),
      comparator: (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity),
      cellClass: 'rank-cell',
    },
    // Cells that show what the user wrote carry `notranslate` (AG Grid sets classes, not attributes):
    // translation tools leave them alone, and the language walk does too.
    fieldColumn('name', 'matrixName', { pinned: 'left', width: 140, filter: 'agTextColumnFilter', cellClass: 'name-cell notranslate' }),
    fieldColumn('hourlyRate', 'matrixRate', {
      width: 72,
      type: 'rightAligned',
      valueFormatter: (p) => (typeof p.value === 'number' ? ctx.formatMoney(p.value) : ''),
      cellEditorParams: editAsShown,
    }),
    fieldColumn('hoursPerWeek', 'matrixHours', { width: 44, type: 'rightAligned', valueFormatter: (p) => (typeof p.value === 'number' ? ctx.formatNumber(p.value) : ''), cellEditorParams: editAsShown }),
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
      width: 54,
      type: 'rightAligned',
      editable: false,
      valueGetter: (p) => standing(p.data)?.total ?? 0,
      valueFormatter: (p) => ctx.formatNumber(p.value as number),
      cellClass: 'total-cell',
    },
    {
      colId: colId.status,
      headerName: t('matrixStatus'),
      pinned: 'right',
      width: 100,
      editable: false,
      valueGetter: (p) => {
        const s = standing(p.data);
        return s ? statusText(s) : '';
      },
      valueFormatter: (p) => {
        const s = standing(p.data);
        return s ? statusShort(s) : '';
      },
      cellRenderer: ShortTextCell,
      cellClassRules: {
        'status-shortlist': (p) => standing(p.data)?.status === 'shortlist',
        'status-reserve': (p) => standing(p.data)?.status === 'reserve',
        'status-eliminated': (p) => standing(p.data)?.status === 'eliminated',
        'status-cutoff': (p) => standing(p.data)?.tieAtCutoff === true,
      },
      tooltipValueGetter: (p) => {
        const s = standing(p.data);
        if (!s) return undefined;
        const why =
          s.status === 'eliminated'
            ? s.failedKnockOuts.map((id) => `${knockOutName(id)}: ${request.knockOuts.find((k) => k.id === id)?.text ?? ''}`)
            : [...(s.tieAtCutoff ? [t('statusTieAtCutoffHelp')] : []), ...(s.complete ? [] : [t('statusProvisionalHelp')])];
        return [statusText(s), ...why].join('\n');
      },
    },
    {
      colId: colId.behind,
      headerName: t('matrixBehind'),
      headerTooltip: t('matrixBehindTooltip', { n: request.shortlistSize }),
      width: 70,
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
      width: 96,
      editable: false,
      valueGetter: (p) => (p.data ? t(p.data.interview.verdict === 'pass' ? 'interviewPass' : p.data.interview.verdict === 'fail' ? 'interviewFail' : 'interviewPending') : ''),
    });
  }
  // Contact details come last: reachable by scrolling, out of the way of scoring on a laptop.
  columns.push(
    fieldColumn('email', 'matrixEmail', { width: 200, cellClass: 'notranslate' }),
    fieldColumn('phone', 'matrixPhone', { width: 130, cellClass: 'notranslate' }),
    fieldColumn('supplier', 'matrixSupplier', { width: 170, filter: 'agTextColumnFilter', cellClass: 'notranslate' }),
  );
  const ranged = ctx.rangeAt ? columns.map((c) => withRange(c, ctx.rangeAt!)) : columns;
  return ctx.markAt ? ranged.map((c) => withMarks(c, ctx.markAt!)) : ranged;
}

/**
 * Adds classes a cell carries for a while (a mark, the selected block) to its own `cellClass`.
 * Not as `cellClassRules`: AG Grid asks every rule of every cell when it draws one and sets or
 * clears a class for each answer (a DOM call even when nothing is set), which made these six rules
 * a tenth of drawing the first rows. A `cellClass` function sets only the classes it returns, and
 * AG Grid takes them off again when the cell is refreshed with `force` (the block's and the marks'
 * refreshes are) or its value changes.
 */
function withCellClasses(column: ColDef<MatrixRow>, extra: (p: CellClassParams<MatrixRow>) => string[]): ColDef<MatrixRow> {
  const own = column.cellClass;
  return {
    ...column,
    cellClass: (p: CellClassParams<MatrixRow>) => {
      const base = typeof own === 'function' ? own(p) : own;
      const more = extra(p);
      const list = base === undefined || base === null ? [] : typeof base === 'string' ? [base] : base;
      return more.length ? [...list, ...more] : list;
    },
  };
}

/** Marks the cells two devices changed at once, with the other value in the tooltip first. */
function withMarks(column: ColDef<MatrixRow> | ColGroupDef<MatrixRow>, markAt: (candidateId: string, colId: string) => string | undefined): ColDef<MatrixRow> | ColGroupDef<MatrixRow> {
  if ('children' in column) return { ...column, children: column.children.map((c) => withMarks(c, markAt)) };
  const id = column.colId ?? '';
  const own = column.tooltipValueGetter;
  return {
    ...withCellClasses(column, (p) => (p.data && markAt(p.data.id, id) !== undefined ? ['cell-marked'] : [])),
    tooltipValueGetter: (p: ITooltipParams<MatrixRow>) => {
      const mark = p.data ? markAt(p.data.id, id) : undefined;
      const rest = own ? own(p) : undefined;
      return mark === undefined ? rest : [mark, rest].filter((x) => x !== undefined && x !== null && x !== '').join('\n');
    },
  };
}

/** The classes that draw the selected block, by edge bit (EDGE): its cells, and a frame on its outer edges. */
const RANGE_CLASSES: readonly [number, string][] = [
  [EDGE.inside, 'in-range'],
  [EDGE.top, 'range-top'],
  [EDGE.bottom, 'range-bottom'],
  [EDGE.left, 'range-left'],
  [EDGE.right, 'range-right'],
];

/** The classes of the selected block for a cell with these edge bits (none outside the block). */
export function rangeClasses(edges: number): string[] {
  return edges === 0 ? [] : RANGE_CLASSES.filter(([bit]) => (edges & bit) !== 0).map(([, name]) => name);
}

/** Adds the classes that draw the selected block. */
function withRange(column: ColDef<MatrixRow> | ColGroupDef<MatrixRow>, rangeAt: (rowIndex: number | null, colId: string) => number): ColDef<MatrixRow> | ColGroupDef<MatrixRow> {
  if ('children' in column) return { ...column, children: column.children.map((c) => withRange(c, rangeAt)) };
  const id = column.colId ?? '';
  return withCellClasses(column, (p) => rangeClasses(rangeAt(p.rowIndex, id)));
}
