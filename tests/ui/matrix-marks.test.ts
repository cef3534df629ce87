// Where a conflict mark shows in the matrix (PRODUCT §12: the cell is marked until someone looks):
// the column of the field it is about, and the other value as the cell would show it.
import { describe, expect, it } from 'vitest';
import type { ConflictMark } from '../../src/db/schema';
import { markColumn, marksByCell, markValue, otherValue, rowsWithChangedMarks } from '../../src/ui/matrix/marks';

const mark = (table: ConflictMark['table'], path: string, candidateId = 'p1'): ConflictMark => ({
  id: `m-${path}`, table, path, other: '1', otherAt: '2026-12-01T10:00:00.000Z', otherDevice: 'dev', at: '2026-12-01T10:01:00.000Z', requestId: 'r1', candidateId,
});

describe('markColumn', () => {
  it.each([
    ['evaluations', 'scores.cr1', 'cr:cr1'],
    ['evaluations', 'notes.cr2', 'cr:cr2'],
    ['evaluations', 'knockOuts.ko3', 'ko:ko3'],
    ['evaluations', 'clientScores.cc1', 'cc:cc1'],
    ['candidates', 'hourlyRate', 'hourlyRate'],
    ['candidates', 'name', 'name'],
  ] as const)('%s %s is shown on %s', (table, path, column) => expect(markColumn(mark(table, path))).toBe(column));
  it.each([
    ['evaluations', 'panel.Anne'],
    ['evaluations', 'updatedAt'],
    ['candidates', 'createdAt'],
    ['requests', 'title'],
  ] as const)('%s %s has no matrix cell', (table, path) => expect(markColumn(mark(table, path))).toBeNull());
});

describe('the other value', () => {
  const words = { empty: 'leeg', knockOut: (v: string) => ({ pass: '✓', fail: '✗', unknown: '?' })[v], number: (n: number) => String(n).replace('.', ',') };
  it('is worded as the cell shows it', () => {
    expect(markValue('17.5', words)).toBe('17,5');
    expect(markValue('"fail"', words)).toBe('✗');
    expect(markValue('null', words)).toBe('leeg');
    expect(markValue('"Anna"', words)).toBe('Anna');
    expect(markValue('not json', words)).toBe('not json');
  });
  it('reads back as a change-log value', () => {
    expect(otherValue('17.5')).toBe(17.5);
    expect(otherValue('"pass"')).toBe('pass');
    expect(otherValue('null')).toBeNull();
    expect(otherValue('{"a":1}')).toBe('{"a":1}');
  });
});

describe('marksByCell', () => {
  it('finds each mark by person and column, and leaves out what the matrix does not show', () => {
    const cells = marksByCell([mark('evaluations', 'scores.cr1'), mark('candidates', 'hourlyRate', 'p2'), mark('requests', 'title')]);
    expect([...cells.keys()].sort()).toEqual(['p1|cr:cr1', 'p2|hourlyRate']);
  });
});

describe('rowsWithChangedMarks', () => {
  const cells = (...marks: ConflictMark[]) => marksByCell(marks);
  it('sees nothing to draw again when two readings hold the same marks (the first, empty reading on opening among them)', () => {
    expect(rowsWithChangedMarks(new Map(), cells())).toEqual([]);
    expect(rowsWithChangedMarks(cells(mark('evaluations', 'scores.cr1')), cells({ ...mark('evaluations', 'scores.cr1') }))).toEqual([]);
  });
  it('names the people whose marks came, went or changed, once each', () => {
    const before = cells(mark('evaluations', 'scores.cr1'), mark('evaluations', 'scores.cr2', 'p2'), mark('candidates', 'hourlyRate', 'p3'));
    const now = cells(mark('evaluations', 'scores.cr1'), { ...mark('evaluations', 'scores.cr2', 'p2'), other: '7' }, mark('evaluations', 'knockOuts.ko1', 'p4'), mark('evaluations', 'notes.cr1', 'p4'));
    expect(rowsWithChangedMarks(before, now).sort()).toEqual(['p2', 'p3', 'p4']);
  });
});
