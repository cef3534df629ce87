import { describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import { rankCandidates, type Candidate, type Evaluation, type Request } from '../../src/core';
import { MatrixModel, createRowOrder, orderRows, type Revision } from '../../src/ui/matrix/rows';

const request = makeRequest({
  id: 'r',
  title: 'T',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'k1', text: 'HBO' }],
  criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 10 }],
  competencies: [],
});
const candidates: Candidate[] = [
  { id: 'a', name: 'Anna', hourlyRate: 90 },
  { id: 'b', name: 'Bas', hourlyRate: 80 },
  { id: 'c', name: 'Cor', hourlyRate: 70 },
];
const evaluation = (candidateId: string, score: number): Evaluation => ({ requestId: 'r', candidateId, knockOuts: { k1: 'pass' }, scores: { c1: score } });

describe('matrix model', () => {
  const start = () => new Map([['a', evaluation('a', 9)], ['b', evaluation('b', 5)], ['c', evaluation('c', 3)]]);
  const some = (...ids: string[]): Revision => ({ all: false, ids: new Set(ids) });
  const all: Revision = { all: true };

  it('ranks as rankCandidates does after every change', () => {
    const model = new MatrixModel();
    const evaluations = start();
    model.update(request, candidates, (id) => evaluations.get(id), all);
    for (const [id, score] of [['c', 10], ['a', 0], ['b', 10], ['c', 2]] as const) {
      evaluations.set(id, evaluation(id, score));
      const view = model.update(request, candidates, (x) => evaluations.get(x), some(id));
      expect(view.standings()).toEqual(rankCandidates(request, candidates, [...evaluations.values()]));
    }
  });

  it('renews only the changed rows, and names whose standing moved', () => {
    const model = new MatrixModel();
    const evaluations = start();
    const first = model.update(request, candidates, (id) => evaluations.get(id), all);
    // Cor's score changes but he stays below Bas: only Cor's row and standing are new.
    evaluations.set('c', evaluation('c', 4));
    const second = model.update(request, candidates, (id) => evaluations.get(id), some('c'));
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[2]).not.toBe(first.rows[2]);
    expect(second.rowOf('c')).toBe(second.rows[2]);
    expect(second.changedRows).toEqual(new Set(['c']));
    expect(second.changedStandings).toEqual(new Set(['c']));
    expect(second.standingOf('c')!.total).toBe(4);
    // Now Cor overtakes both: Anna and Bas move down without their rows changing.
    evaluations.set('c', evaluation('c', 10));
    const third = model.update(request, candidates, (id) => evaluations.get(id), some('c'));
    expect(third.rows[0]).toBe(first.rows[0]);
    expect(third.changedStandings).toEqual(new Set(['a', 'b', 'c']));
    // Anna leaves the shortlist and Cor joins it: their rows change colour; Bas stays on reserve.
    expect(third.changedStatuses).toEqual(new Set(['a', 'c']));
    expect(third.standingOf('a')).toMatchObject({ rank: 2, status: 'reserve' });
  });

  it('starts over when the request changes (other rules give other outcomes)', () => {
    const model = new MatrixModel();
    const evaluations = start();
    const first = model.update(request, candidates, (id) => evaluations.get(id), all);
    const capped: Request = { ...request, knockOuts: [...request.knockOuts, { id: 'k2', text: 'Max € 85', rule: { kind: 'max-rate', max: 85 } }] };
    const second = model.update(capped, candidates, (id) => evaluations.get(id), some('a'));
    expect(second.changedStandings).toBe('all');
    expect(second.rows[0]).not.toBe(first.rows[0]);
    expect(second.rows[0]!.outcomes['k2']).toMatchObject({ value: 'fail', source: 'rule' });
    expect(second.standingOf('a')).toMatchObject({ status: 'eliminated', failedKnockOuts: ['k2'] });
  });

  it('rebuilds when people left or came', () => {
    const model = new MatrixModel();
    const first = model.update(request, candidates, (id) => start().get(id), all);
    const dora: Candidate = { id: 'd', name: 'Dora', hourlyRate: 60 };
    const next = new Map([['b', evaluation('b', 5)], ['d', evaluation('d', 7)]]);
    const view = model.update(request, [candidates[1]!, dora], (id) => next.get(id), some('d'));
    expect(view.changedRows).toBe('all');
    expect(view.rows.map((r) => r.id)).toEqual(['b', 'd']);
    expect(view.standings().map((s) => [s.candidateId, s.rank])).toEqual([['d', 1], ['b', 2]]);
    expect(view.standingOf('a')).toBeUndefined();
    expect(first.rows[1]!.id).toBe('b');
  });
});

describe('createRowOrder', () => {
  it('puts changed rows in their places without reordering, and reorders when asked', () => {
    const model = new MatrixModel();
    const evaluations = new Map([['a', evaluation('a', 1)], ['b', evaluation('b', 2)], ['c', evaluation('c', 3)]]);
    const inOrder = createRowOrder();
    const order = ['c', 'a', 'b'];
    const first = inOrder(model.update(request, candidates, (id) => evaluations.get(id), { all: true }), order);
    expect(first.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    evaluations.set('a', evaluation('a', 9));
    const second = inOrder(model.update(request, candidates, (id) => evaluations.get(id), { all: false, ids: new Set(['a']) }), order);
    expect(second.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.evaluation).toBe(evaluations.get('a'));
    expect(inOrder(model.update(request, candidates, (id) => evaluations.get(id), { all: false, ids: new Set() }), ['a', 'b', 'c']).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('orderRows', () => {
  const rows = new MatrixModel().update(request, candidates, () => undefined, { all: true }).rows;
  it('follows the order of the last explicit sort, whatever the ranks are now', () => {
    expect(orderRows(rows, ['c', 'a', 'b']).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('puts rows that were not there at the last sort at the end, and drops ids that are gone', () => {
    expect(orderRows(rows, ['x', 'b']).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});
