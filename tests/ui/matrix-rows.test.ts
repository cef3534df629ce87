import { describe, expect, it } from 'vitest';
import type { Candidate, Evaluation, Request } from '../../src/core';
import { buildRows, orderRows } from '../../src/ui/matrix/rows';

const request: Request = {
  id: 'r',
  title: 'T',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'k1', text: 'HBO' }],
  criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 10 }],
  competencies: [],
};
const candidates: Candidate[] = [
  { id: 'a', name: 'Anna', hourlyRate: 90 },
  { id: 'b', name: 'Bas', hourlyRate: 80 },
  { id: 'c', name: 'Cor', hourlyRate: 70 },
];
const evaluation = (candidateId: string, score: number): Evaluation => ({ requestId: 'r', candidateId, knockOuts: { k1: 'pass' }, scores: { c1: score } });

describe('matrix rows', () => {
  it('keep their identity while nothing in them changed, so the grid redraws only what did', () => {
    const evaluations = new Map([['a', evaluation('a', 9)], ['b', evaluation('b', 5)], ['c', evaluation('c', 3)]]);
    const first = buildRows(request, candidates, evaluations, new Map());
    const previous = new Map(first.rows.map((r) => [r.id, r]));
    // Cor's score changes but stays below Bas: only Cor's row is new.
    const next = new Map(evaluations).set('c', evaluation('c', 4));
    const second = buildRows(request, candidates, next, previous);
    expect(second.rows.find((r) => r.id === 'a')).toBe(previous.get('a'));
    expect(second.rows.find((r) => r.id === 'b')).toBe(previous.get('b'));
    expect(second.rows.find((r) => r.id === 'c')).not.toBe(previous.get('c'));
    expect(second.rows.find((r) => r.id === 'c')!.standing.total).toBe(4);
  });

  it('get a new standing when another row overtakes them, keeping their derived outcomes', () => {
    const evaluations = new Map([['a', evaluation('a', 9)], ['b', evaluation('b', 5)], ['c', evaluation('c', 3)]]);
    const first = buildRows(request, candidates, evaluations, new Map());
    const previous = new Map(first.rows.map((r) => [r.id, r]));
    const second = buildRows(request, candidates, new Map(evaluations).set('c', evaluation('c', 10)), previous);
    const anna = second.rows.find((r) => r.id === 'a')!;
    expect(anna).not.toBe(previous.get('a'));
    expect(anna.standing).toMatchObject({ rank: 2, status: 'reserve' });
    expect(anna.outcomes).toBe(previous.get('a')!.outcomes);
  });
});

describe('orderRows', () => {
  const rows = buildRows(request, candidates, new Map(), new Map()).rows;
  it('follows the order of the last explicit sort, whatever the ranks are now', () => {
    expect(orderRows(rows, ['c', 'a', 'b']).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('puts rows that were not there at the last sort at the end, and drops ids that are gone', () => {
    expect(orderRows(rows, ['x', 'b']).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});
