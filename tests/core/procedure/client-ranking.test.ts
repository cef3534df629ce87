import { describe, expect, it } from 'vitest';
import { clientRanking, clientTotal } from '../../../src/core';
import { contender, makeCandidate, makeEvaluation, makeProcedureRequest, people, withFacts, type Entry } from '../../builders';

const request = makeProcedureRequest();
function rank(entries: Entry[], r = request) {
  return clientRanking(r, ...people(entries)).map((x) => [x.candidateId, x.total, x.rank, x.tied]);
}

describe('client total (§3.10)', () => {
  it('sums the client scores over the client criteria, empty counts 0', () => {
    expect(clientTotal(request, { ...makeEvaluation('a', {}), clientScores: { cc1: 7.5, cc2: null } })).toBe(7.5);
  });
  it('adds decimals without floating-point noise and ignores ids that are no client criterion', () => {
    expect(clientTotal(request, { ...makeEvaluation('a', {}), clientScores: { cc1: 0.1, cc2: 0.2, c1: 50, gone: 9 } })).toBe(0.3);
  });
  it('is 0 without client scores, without an evaluation, or without client criteria', () => {
    expect(clientTotal(request, makeEvaluation('a', {}))).toBe(0);
    expect(clientTotal(request, undefined)).toBe(0);
    expect(clientTotal(makeProcedureRequest({ clientCriteria: undefined }), { ...makeEvaluation('a', {}), clientScores: { cc1: 5 } })).toBe(0);
  });
});

describe('client ranking (§3.10)', () => {
  it('ranks the shortlisted by client total, not by their points in the matrix', () => {
    expect(rank([contender('a', 50, 3), contender('b', 40, 9), contender('c', 30, 6)])).toEqual([
      ['b', 9, 1, false],
      ['c', 6, 2, false],
      ['a', 3, 3, false],
    ]);
  });
  it('leaves out reserve and eliminated candidates however high their client scores', () => {
    const out = withFacts(contender('ko', 60, 10), { knockOuts: { k1: 'fail' } });
    const entries = [contender('a', 50, 1), contender('b', 40, 2), contender('c', 30, 3), contender('d', 20, 4), contender('reserve', 10, 10), out];
    expect(rank(entries).map(([id]) => id)).toEqual(['d', 'c', 'b', 'a']);
  });
  it('includes everyone tied at the cut-off, since they are on the shortlist', () => {
    const entries = [contender('a', 50, 1), contender('b', 40, 2), contender('c', 30, 3), contender('d', 20, 4), contender('e', 20, 5), contender('f', 10, 9)];
    expect(rank(entries).map(([id]) => id)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
  it('breaks equal client totals on the lower hourly rate', () => {
    expect(rank([contender('dear', 50, 6, { hourlyRate: 95 }), contender('cheap', 40, 6, { hourlyRate: 85 })])).toEqual([
      ['cheap', 6, 1, false],
      ['dear', 6, 2, false],
    ]);
  });
  it('sorts a missing rate after every known rate on equal client totals', () => {
    expect(rank([contender('none', 50, 6), contender('high', 40, 6, { hourlyRate: 400 })]).map(([id, , r]) => [id, r])).toEqual([
      ['high', 1],
      ['none', 2],
    ]);
  });
  it('shares a rank when client total and rate are equal (1, 2, 2, 4), marked tied', () => {
    const entries = [
      contender('a', 50, 9, { hourlyRate: 90 }),
      contender('b', 40, 7, { hourlyRate: 90 }),
      contender('c', 30, 7, { hourlyRate: 90 }),
      contender('d', 20, 5, { hourlyRate: 90 }),
    ];
    expect(rank(entries)).toEqual([
      ['a', 9, 1, false],
      ['b', 7, 2, true],
      ['c', 7, 2, true],
      ['d', 5, 4, false],
    ]);
  });
  it('shares a rank on equal client totals when the tie-break is none, whatever the rates', () => {
    const entries = [contender('a', 50, 7, { hourlyRate: 99 }), contender('b', 40, 7, { hourlyRate: 80 })];
    expect(rank(entries, makeProcedureRequest({ tieBreak: 'none' }))).toEqual([
      ['a', 7, 1, true],
      ['b', 7, 1, true],
    ]);
  });
  it('lists tied candidates in their matrix order, the better CV first', () => {
    const entries = [contender('third', 30, 5), contender('first', 50, 5), contender('second', 40, 5)];
    expect(rank(entries).map(([id]) => id)).toEqual(['first', 'second', 'third']);
  });
  it('ranks everyone equal at 0 before any client score is entered', () => {
    const candidates = [makeCandidate('a'), makeCandidate('b')];
    const evaluations = [makeEvaluation('a', { c1: 10 }), makeEvaluation('b', { c1: 5 })];
    expect(clientRanking(request, candidates, evaluations)).toEqual([
      { candidateId: 'a', total: 0, rank: 1, tied: true },
      { candidateId: 'b', total: 0, rank: 1, tied: true },
    ]);
  });
  it('ignores client scores of another request', () => {
    const other = { ...contender('a', 50, 9).evaluation, requestId: 'other' };
    expect(clientRanking(request, [makeCandidate('a')], [other])).toEqual([{ candidateId: 'a', total: 0, rank: 1, tied: false }]);
  });
  it('is empty without candidates', () => expect(clientRanking(request, [], [])).toEqual([]));
});
