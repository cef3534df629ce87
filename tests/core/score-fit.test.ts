// A lower maximum is refused while scores above it stand (PRODUCT §3.2: never clamped, never
// counted beyond the maximum).
import { describe, expect, it } from 'vitest';
import { lowersMaximum, scoresAboveMaximum, type Request, type ScoredRecord } from '../../src/core';
import { makeRequest } from '../builders';

const request: Request = makeRequest({
  criteria: [
    { id: 'c1', text: 'Ervaring met Power BI', label: 'Power BI', maxPoints: 5 },
    { id: 'c2', text: 'Kennis', maxPoints: 40 },
  ],
  clientCriteria: [{ id: 'cc1', text: 'Soortgelijke opdrachten', maxPoints: 10 }],
});

describe('lowersMaximum', () => {
  it('is true only when a criterion that stays gets a lower maximum, of the matrix or the client', () => {
    const before = makeRequest({ criteria: [{ id: 'c1', text: 'x', maxPoints: 10 }], clientCriteria: [{ id: 'cc1', text: 'y', maxPoints: 10 }] });
    expect(lowersMaximum(before, { ...before, criteria: [{ id: 'c1', text: 'x', maxPoints: 9.99 }] })).toBe(true);
    expect(lowersMaximum(before, { ...before, clientCriteria: [{ id: 'cc1', text: 'y', maxPoints: 5 }] })).toBe(true);
    expect(lowersMaximum(before, { ...before, criteria: [{ id: 'c1', text: 'x', maxPoints: 10 }, { id: 'new', text: 'z', maxPoints: 1 }] })).toBe(false);
    expect(lowersMaximum(before, { ...before, criteria: [{ id: 'c1', text: 'x', maxPoints: 20 }] })).toBe(false);
    expect(lowersMaximum(before, { ...before, criteria: [] })).toBe(false);
  });
});

describe('scoresAboveMaximum', () => {
  const names: Record<string, string> = { a: 'Anouk', b: 'Bram', c: 'Cor', d: 'Daan' };
  it('names the criterion by its short label, the first three people and the highest score; one refusal per criterion', () => {
    const records: ScoredRecord[] = [
      { candidateId: 'a', scores: { c1: 9.5, c2: 40 } },
      { candidateId: 'b', scores: { c1: 6, c2: null } },
      { candidateId: 'c', scores: { c1: 5.01 } },
      { candidateId: 'd', scores: { c1: 7 } },
    ];
    const errors = scoresAboveMaximum(request, records, (id) => names[id] ?? id);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'scores-above-max-points', params: { criterion: 'Power BI', max: 5, highest: 9.5, count: 4, names: 'Anouk, Bram, Cor, …' } });
  });
  it('checks the client scores against the client criteria, and says which list', () => {
    const errors = scoresAboveMaximum(request, [{ candidateId: 'a', scores: {}, clientScores: { cc1: 10.5 } }]);
    expect(errors).toEqual([expect.objectContaining({ params: expect.objectContaining({ criterion: 'Soortgelijke opdrachten', list: 'clientCriteria', names: 'a' }) })]);
  });
  it('finds nothing when every score fits, at the maximum included', () => {
    expect(scoresAboveMaximum(request, [{ candidateId: 'a', scores: { c1: 5, c2: 40 }, clientScores: { cc1: 10 } }])).toEqual([]);
  });
});
