import { describe, expect, it } from 'vitest';
import type { Standing } from '../../src/core';
import { BAR_AREA, LAYOUT, MAX_ROWS, barLength, chartModel, cutoffTotal, scaleFor, ticksFor, truncate, visibleRows } from '../../src/ui/chart/chart-model';

function makeStanding(overrides: Partial<Standing> & { candidateId: string }): Standing {
  return {
    total: 0,
    complete: true,
    rank: 1,
    status: 'shortlist',
    failedKnockOuts: [],
    tied: false,
    tieAtCutoff: false,
    pointsBehindCutoff: null,
    ...overrides,
  };
}

/** Ranked candidates with these totals (ranks 1, 2, …), then one eliminated with a high total. */
function field(totals: number[], shortlistSize: number): Standing[] {
  const ranked = totals.map((total, i) =>
    makeStanding({ candidateId: `c${i + 1}`, total, rank: i + 1, status: i < shortlistSize ? 'shortlist' : 'reserve' }),
  );
  return [...ranked, makeStanding({ candidateId: 'out', total: 95, rank: null, status: 'eliminated', failedKnockOuts: ['ko1'] })];
}

describe('cut-off', () => {
  it('lies at the total of the N-th ranked candidate', () => {
    expect(cutoffTotal(field([90, 80, 70, 60, 50], 3), 3)).toBe(70);
  });

  it('ignores eliminated candidates, whatever their total', () => {
    const standings = [makeStanding({ candidateId: 'out', total: 99, rank: null, status: 'eliminated' }), ...field([40, 30], 1).slice(0, 2)];
    expect(cutoffTotal(standings, 1)).toBe(40);
  });

  it('follows a tie straddling the cut-off to the shared total', () => {
    const standings = [
      makeStanding({ candidateId: 'a', total: 80, rank: 1 }),
      makeStanding({ candidateId: 'b', total: 70, rank: 2, tieAtCutoff: true }),
      makeStanding({ candidateId: 'c', total: 70, rank: 2, tieAtCutoff: true }),
    ];
    expect(cutoffTotal(standings, 2)).toBe(70);
  });

  it.each([
    ['fewer ranked candidates than places', [90, 80], 5],
    ['a shortlist size of 0', [90, 80], 0],
    ['a shortlist size that is no whole number', [90, 80], 1.5],
  ])('is absent with %s', (_, totals, size) => {
    expect(cutoffTotal(field(totals, 2), size)).toBeNull();
  });
});

describe('bars', () => {
  it('are as long as their share of the maximum points', () => {
    expect(barLength(50, 100, 400)).toBe(200);
    expect(barLength(0, 100, 400)).toBe(0);
    expect(barLength(100, 100, 400)).toBe(400);
  });

  it('never run past the drawing or backwards', () => {
    expect(barLength(130, 100, 400)).toBe(400);
    expect(barLength(-5, 100, 400)).toBe(0);
  });

  it('scale to the highest total when it exceeds the maximum points, and never divide by 0', () => {
    expect(scaleFor(field([120], 1), 100)).toBe(120);
    expect(scaleFor(field([60], 1), 100)).toBe(100);
    expect(scaleFor([], 0)).toBe(1);
  });
});

describe('rows', () => {
  it('show the first 60 and count the rest', () => {
    const items = Array.from({ length: 75 }, (_, i) => i);
    expect(visibleRows(items)).toEqual({ shown: items.slice(0, MAX_ROWS), hidden: 15 });
    expect(visibleRows([1, 2, 3])).toEqual({ shown: [1, 2, 3], hidden: 0 });
  });

  it.each([
    ['Jan Jansen', 'Jan Jansen'],
    ['Maria van den Berg-Oosterhuis de Vries', 'Maria van den Berg-Oost…'],
    ['  Ayşe Yılmaz  ', 'Ayşe Yılmaz'],
  ])('truncates the label %j to %j', (name, label) => {
    expect(truncate(name)).toBe(label);
  });

  it('keep the order given: ranked first, then eliminated, each toned by status', () => {
    const model = chartModel(field([90, 80, 70], 2), { c1: 'Anna', c2: 'Bram', c3: 'Cor', out: 'Dirk' }, 2, 100);
    expect(model.rows.map((r) => [r.name, r.tone])).toEqual([
      ['Anna', 'shortlist'],
      ['Bram', 'shortlist'],
      ['Cor', 'reserve'],
      ['Dirk', 'eliminated'],
    ]);
  });

  it('place the cut-off line at the N-th total on the same scale as the bars', () => {
    const model = chartModel(field([90, 80, 70], 2), {}, 2, 100);
    expect(model.cutoff).toBe(80);
    expect(model.cutoffX).toBe(LAYOUT.labelWidth + BAR_AREA * 0.8);
    expect(model.rows[1]?.length).toBe(Math.round(BAR_AREA * 0.8 * 10) / 10);
  });

  it('name a candidate without a name with a dash rather than an id', () => {
    expect(chartModel(field([50], 1), {}, 1, 100).rows[0]?.name).toBe('—');
  });

  it('grow the drawing one row per candidate shown', () => {
    const model = chartModel(field(Array.from({ length: 70 }, (_, i) => 100 - i), 10), {}, 10, 100);
    expect(model.rows).toHaveLength(60);
    expect(model.hidden).toBe(11);
    expect(model.height).toBe(LAYOUT.top + 60 * LAYOUT.rowHeight + LAYOUT.bottom);
  });
});

describe('grid lines', () => {
  it.each([
    [100, [0, 20, 40, 60, 80, 100]],
    [10, [0, 2, 4, 6, 8, 10]],
    [120, [0, 25, 50, 75, 100]],
    [1, [0, 1]],
  ])('for a scale of %d fall at %j', (scale, ticks) => {
    expect(ticksFor(scale)).toEqual(ticks);
  });
});
