// Independent scoring's consensus view (PRODUCT §12): per cell every assessor's score, the spread,
// a highlight where they differ by more than a quarter of the criterion's points, and the agreed
// score — the evaluation's, which is what ranks.
import { describe, expect, it } from 'vitest';
import { consensusOf, differsMuch, type AssessorScores } from '../../src/core';

const request = { criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 40 }, { id: 'c2', text: 'Kennis', maxPoints: 10 }] };
const sheet = (candidateId: string, assessor: string, scores: Record<string, number | null>): AssessorScores => ({ candidateId, assessor, scores });

describe('differsMuch: more than a quarter of the points', () => {
  it.each([
    [10, 40, false], // exactly a quarter: not highlighted
    [10.5, 40, true],
    [0, 40, false],
    [3, 10, true],
    [2.5, 10, false],
    [null, 10, false], // one score or none: nothing to differ
  ] as const)('spread %s of %s points → %s', (spread, max, expected) => {
    expect(differsMuch(spread, max)).toBe(expected);
  });
});

describe('consensusOf', () => {
  const sheets = [
    sheet('a', 'Bob', { c1: 30, c2: 5 }),
    sheet('a', 'Alice', { c1: 18, c2: 6 }),
    sheet('b', 'Alice', { c1: 20, c2: null }),
    sheet('b', 'Bob', { c1: 20 }),
  ];
  const agreed = new Map([['a', { c1: 25, c2: null }]]);
  const result = consensusOf(request, ['a', 'b', 'c'], sheets, (id) => agreed.get(id));

  it('lists the assessors by name, and each row in the order given', () => {
    expect(result.assessors).toEqual(['Alice', 'Bob']);
    expect(result.rows.map((r) => r.candidateId)).toEqual(['a', 'b', 'c']);
  });
  it("puts each assessor's score in the assessors' order, the spread and the mean beside it", () => {
    expect(result.rows[0]?.cells.c1).toEqual({ scores: [18, 30], spread: 12, differs: true, mean: 24, agreed: 25 });
    expect(result.rows[0]?.cells.c2).toEqual({ scores: [6, 5], spread: 1, differs: false, mean: 5.5, agreed: null });
  });
  it('counts the cells that differ by more than a quarter per candidate', () => {
    expect(result.rows.map((r) => r.differing)).toEqual([1, 0, 0]);
  });
  it('has no spread for a cell with one score, and no mean for a cell with none', () => {
    expect(result.rows[1]?.cells.c2).toEqual({ scores: [null, null], spread: null, differs: false, mean: null, agreed: null });
    expect(result.rows[1]?.cells.c1).toMatchObject({ spread: 0, differs: false, mean: 20 });
    expect(result.rows[2]?.cells.c1).toEqual({ scores: [null, null], spread: null, differs: false, mean: null, agreed: null });
  });
  it('rounds the mean to one decimal', () => {
    const three = consensusOf(request, ['x'], [sheet('x', 'A', { c1: 10 }), sheet('x', 'B', { c1: 10 }), sheet('x', 'C', { c1: 11 })], () => undefined);
    expect(three.rows[0]?.cells.c1?.mean).toBe(10.3);
  });
  it('shows nobody when no sheet is on this device (the others are not done yet)', () => {
    const none = consensusOf(request, ['a'], [], (id) => agreed.get(id));
    expect(none.assessors).toEqual([]);
    expect(none.rows[0]?.cells.c1).toEqual({ scores: [], spread: null, differs: false, mean: null, agreed: 25 });
  });
});
