import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import { rankCandidates, type Request, type Standing } from '../../src/core';
import { columnKind, columnsFor, rangeClasses, type CellEdit, type ColumnContext } from '../../src/ui/matrix/columns';
import type { HeaderLabelParams } from '../../src/ui/matrix/grid-text';
import { EDGE } from '../../src/ui/matrix/selection';
import { MatrixRow } from '../../src/ui/matrix/rows';
import { nl } from '../../src/ui/i18n/nl';

const request = makeRequest({
  id: 'r1',
  title: 'Test',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'ko1', text: 'HBO' }, { id: 'ko2', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }],
  criteria: [{ id: 'cr1', text: 'Aantoonbare werkervaring met de Waarderingskamer en BAG', maxPoints: 60 }, { id: 'cr2', text: 'Kennis van de Omgevingswet', label: 'Omgevingswet', maxPoints: 30 }],
  competencies: [],
});

const t = (key: keyof typeof nl, params: Record<string, string | number> = {}) =>
  nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

function setup(extra: Partial<ColumnContext> = {}) {
  const edits: CellEdit[] = [];
  const columns = columnsFor(request, { t, formatNumber: (n) => String(n).replace('.', ','), formatMoney: (n) => `€ ${n}`, onEdit: (e) => edits.push(e), standingOf: (id) => standings.get(id), reason: (o) => o.reason ?? '', ...extra });
  const flat = columns.flatMap((c) => ('children' in c ? (c.children as ColDef<MatrixRow>[]) : [c as ColDef<MatrixRow>]));
  const col = (id: string) => flat.find((c) => c.colId === id)!;
  return { columns, flat, col, edits };
}

/** Standings live beside the rows, as in the matrix: row() ranks its one candidate and files it here. */
const standings = new Map<string, Standing>();
function row(hourlyRate: number, scores: Record<string, number | null>, knockOuts: Record<string, 'pass' | 'fail' | 'unknown'> = { ko1: 'pass' }): MatrixRow {
  const candidate = { id: 'a', name: 'Anouk', hourlyRate };
  const evaluation = { requestId: 'r1', candidateId: 'a', knockOuts, scores, notes: { cr1: 'CV p. 2' } };
  const [standing] = rankCandidates(request, [candidate], [evaluation]);
  standings.set('a', standing!);
  return new MatrixRow(request, candidate, evaluation);
}
const get = (c: ColDef<MatrixRow>, data: MatrixRow) => (c.valueGetter as (p: Partial<ValueGetterParams<MatrixRow>>) => unknown)({ data });
const fmt = (c: ColDef<MatrixRow>, data: MatrixRow) =>
  (c.valueFormatter as (p: Partial<ValueFormatterParams<MatrixRow>>) => string)({ data, value: get(c, data) });

describe('columnsFor', () => {
  it('pins rank and name, then rate and hours, then the two groups', () => {
    const { columns } = setup();
    expect(columns.slice(0, 2).map((c) => [(c as ColDef).colId, (c as ColDef).pinned])).toEqual([['rank', 'left'], ['name', 'left']]);
    const groups = columns.filter((c): c is ColGroupDef<MatrixRow> => 'children' in c).map((g) => g.headerName);
    expect(groups).toEqual(['Knock-out', 'Gunningscriteria (90)']);
  });
  it('heads a criterion with its short label, code and maximum, and the full text on hover and focus', () => {
    const { col } = setup();
    const own = col('cr:cr2');
    expect(own.headerName).toBe('Omgevingswet');
    const header = (own.headerComponentParams as { innerHeaderComponentParams: HeaderLabelParams }).innerHeaderComponentParams;
    expect(header).toEqual({ label: 'Omgevingswet', detail: 'G2 · 30', description: 'G2 · 30: Kennis van de Omgevingswet (maximaal 30 punten)', upright: true, userText: true });
    expect(own.headerTooltip).toBe('G2 · 30 · Kennis van de Omgevingswet (maximaal 30 punten)');
    // Without a label of its own, a short one is made from the text.
    expect(col('cr:cr1').headerName).toBe('BAG');
  });
  it('heads a knock-out with a rule by the rule in words, unless it has a label', () => {
    const { col } = setup();
    expect(col('ko:ko2').headerName).toBe('max. € 75');
    expect(col('ko:ko2').headerTooltip).toBe('K2 · Max € 75 (automatisch: uurtarief hoger dan 75 valt af)');
    expect(col('ko:ko1').headerName).toBe('HBO');
  });
  it('marks a label made of the request\'s own text as not for translating, a rule\'s label not', () => {
    const { col } = setup();
    const params = (id: string) => (col(id).headerComponentParams as { innerHeaderComponentParams: HeaderLabelParams }).innerHeaderComponentParams;
    expect(params('ko:ko1').userText).toBe(true);
    expect(params('ko:ko2').userText).toBe(false);
    expect(params('cr:cr1').userText).toBe(true);
  });
  it('keeps knock-out and criterion columns narrow enough for 8 + 7 on a laptop screen', () => {
    const { col } = setup();
    expect(col('ko:ko1').width).toBeLessThanOrEqual(30);
    expect(col('cr:cr1').width).toBeLessThanOrEqual(60);
  });
  it('shows knock-outs as ✓ / ✗ / ?, the rule deciding from the rate', () => {
    const { col } = setup();
    expect(fmt(col('ko:ko1'), row(70, {}))).toBe('✓');
    expect(fmt(col('ko:ko2'), row(80, {}))).toBe('✗');
    expect(fmt(col('ko:ko1'), row(70, {}, {}))).toBe('?');
  });
  it('shows total, status with failed knock-outs, and rank', () => {
    const { col } = setup();
    const eliminated = row(80, { cr1: 50 });
    expect(get(col('total'), eliminated)).toBe(50);
    expect(get(col('status'), eliminated)).toBe('Afgevallen (K2 max. € 75)');
    expect(fmt(col('status'), eliminated)).toBe('✗ Afgevallen');
    expect(fmt(col('rank'), eliminated)).toBe('—');
    const provisional = row(70, { cr1: 50 });
    expect(get(col('status'), provisional)).toBe('Shortlist · voorlopig');
    expect(fmt(col('status'), provisional)).toBe('Shortlist?');
  });
  it('marks the cells of a selected block and its outer edges, for drawing', () => {
    const { col } = setup({ rangeAt: (rowIndex, colId) => (rowIndex === 3 && colId === 'cr:cr1' ? EDGE.inside | EDGE.top : 0) });
    const classes = col('cr:cr1').cellClass as (p: { rowIndex: number; data?: MatrixRow }) => string[];
    expect(classes({ rowIndex: 3 })).toEqual(['in-range', 'range-top']);
    expect(classes({ rowIndex: 4 })).toEqual([]);
    // A column's own classes stay, before the block's.
    const name = col('name').cellClass as (p: { rowIndex: number }) => string[];
    expect(name({ rowIndex: 3 })).toEqual(['name-cell notranslate']);
    // The criterion's own rules stay.
    expect((col('cr:cr1').cellClassRules as Record<string, unknown>)['has-note']).toBeTypeOf('function');
  });
  it('marks a cell two devices changed at once, beside the block, and puts the other value first in its tooltip', () => {
    const { col } = setup({
      rangeAt: (rowIndex, colId) => (rowIndex === 0 && colId === 'cr:cr1' ? EDGE.inside | EDGE.left : 0),
      markAt: (candidateId, colId) => (candidateId === 'a' && colId === 'cr:cr1' ? 'Ander apparaat: 7' : undefined),
    });
    const data = row(70, { cr1: 10 });
    const classes = (id: string, rowIndex: number) => (col(id).cellClass as (p: { rowIndex: number; data: MatrixRow }) => string[])({ rowIndex, data });
    expect(classes('cr:cr1', 0)).toEqual(['in-range', 'range-left', 'cell-marked']);
    expect(classes('cr:cr1', 1)).toEqual(['cell-marked']);
    expect(classes('cr:cr2', 0)).toEqual([]);
    const tooltip = col('cr:cr1').tooltipValueGetter as (p: { data: MatrixRow }) => string;
    expect(tooltip({ data })).toBe('Ander apparaat: 7\nCV p. 2');
  });
  it('names the classes of every edge of a block, and none outside it', () => {
    expect(rangeClasses(0)).toEqual([]);
    expect(rangeClasses(EDGE.inside | EDGE.top | EDGE.bottom | EDGE.left | EDGE.right)).toEqual(['in-range', 'range-top', 'range-bottom', 'range-left', 'range-right']);
    expect(rangeClasses(EDGE.inside | EDGE.right)).toEqual(['in-range', 'range-right']);
  });
  it('hands a typed score to onEdit and never writes the row itself', () => {
    const { col, edits } = setup();
    const data = row(70, { cr1: 10 });
    const changed = (col('cr:cr1').valueSetter as (p: Partial<ValueSetterParams<MatrixRow>>) => boolean)({ data, newValue: '7,5' });
    expect(changed).toBe(false);
    expect(data.evaluation?.scores.cr1).toBe(10);
    expect(edits).toEqual([{ kind: 'score', candidateId: 'a', criterionId: 'cr1', text: '7,5' }]);
  });
  it('keeps knock-outs, total, status and rank read-only', () => {
    const { col } = setup();
    for (const id of ['ko:ko1', 'total', 'status', 'rank', 'behind']) expect(col(id).editable, id).toBe(false);
  });
  it('tells column kinds apart by id', () => {
    expect(columnKind('cr:x')).toEqual({ kind: 'criterion', id: 'x' });
    expect(columnKind('ko:y')).toEqual({ kind: 'knockOut', id: 'y' });
    expect(columnKind('hourlyRate')).toEqual({ kind: 'field', field: 'hourlyRate' });
    expect(columnKind('total')).toEqual({ kind: 'readonly' });
  });
});
