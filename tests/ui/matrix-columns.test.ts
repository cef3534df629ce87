import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import { rankCandidates, type Request, type Standing } from '../../src/core';
import { columnKind, columnsFor, shortName, type CellEdit } from '../../src/ui/matrix/columns';
import { MatrixRow } from '../../src/ui/matrix/rows';
import { nl } from '../../src/ui/i18n/nl';

const request = makeRequest({
  id: 'r1',
  title: 'Test',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'ko1', text: 'HBO' }, { id: 'ko2', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }],
  criteria: [{ id: 'cr1', text: 'Aantoonbare werkervaring met de Waarderingskamer en BAG', maxPoints: 60 }, { id: 'cr2', text: 'Kennis', maxPoints: 30 }],
  competencies: [],
});

const t = (key: keyof typeof nl, params: Record<string, string | number> = {}) =>
  nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

function setup() {
  const edits: CellEdit[] = [];
  const columns = columnsFor(request, { t, formatNumber: (n) => String(n).replace('.', ','), formatMoney: (n) => `€ ${n}`, onEdit: (e) => edits.push(e), standingOf: (id) => standings.get(id), reason: (o) => o.reason ?? '' });
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
  it('heads a criterion with its code, short name and maximum, and the full text on hover', () => {
    const c = setup().col('cr:cr1');
    expect(c.headerName).toBe('G1 werkervaring met de… (60)');
    expect(c.headerTooltip).toContain('Aantoonbare werkervaring met de Waarderingskamer en BAG');
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
    expect(get(col('status'), eliminated)).toBe('Afgevallen (K2)');
    expect(fmt(col('rank'), eliminated)).toBe('—');
    expect(get(col('status'), row(70, { cr1: 50 }))).toBe('Shortlist · voorlopig');
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
  it('shortens long criterion texts at a word', () => {
    expect(shortName('Kennis')).toBe('Kennis');
    expect(shortName('Minimaal 2 jaar aantoonbare werkervaring op het gebied van BAG/WOZ')).toBe('2 jaar aantoonbare…');
  });
});
