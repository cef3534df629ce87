// Where a conflict mark shows in the matrix: the column of the field it is about, and the words
// of its tooltip. Pure, so tested without a browser.
import { isCandidateField } from '../../core';
import type { ConflictMark } from '../../db/schema';
import { colId } from './columns';

/** The matrix column of a marked field ("scores.cr1" → "cr:cr1"); null for what the matrix does not show. */
export function markColumn(mark: Pick<ConflictMark, 'table' | 'path'>): string | null {
  const [head = '', id = ''] = mark.path.split('.');
  if (mark.table === 'candidates') return isCandidateField(head) ? head : null;
  if (mark.table !== 'evaluations' || id === '') return null;
  if (head === 'scores' || head === 'notes') return colId.criterion(id);
  if (head === 'knockOuts') return colId.knockOut(id);
  if (head === 'clientScores') return colId.clientCriterion(id);
  return null;
}

/** The value that lost, as the cell would show it: a score, a knock-out's symbol, a text. */
export function markValue(other: string, words: { empty: string; knockOut: (value: string) => string | undefined; number: (n: number) => string }): string {
  let value: unknown;
  try {
    value = JSON.parse(other);
  } catch {
    return other;
  }
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'number') return words.number(value);
  if (typeof value === 'string') return words.knockOut(value) ?? value;
  return JSON.stringify(value);
}

/** Marks by "candidateId|columnId", for the grid's per-cell lookup. */
export function marksByCell(marks: readonly ConflictMark[]): Map<string, ConflictMark> {
  const cells = new Map<string, ConflictMark>();
  for (const mark of marks) {
    const column = markColumn(mark);
    if (column && mark.candidateId) cells.set(`${mark.candidateId}|${column}`, mark);
  }
  return cells;
}

/**
 * The people whose marked cells differ between two readings of the marks: only their rows are
 * drawn again. The marks are read once the matrix is up (an empty reading the first time), so
 * "nothing differs" must be seen as such, or every cell is drawn twice on opening.
 */
export function rowsWithChangedMarks(before: ReadonlyMap<string, ConflictMark>, now: ReadonlyMap<string, ConflictMark>): string[] {
  const people = new Set<string>();
  const same = (a: ConflictMark | undefined, b: ConflictMark | undefined) => !!a && !!b && a.id === b.id && a.other === b.other && a.otherAt === b.otherAt;
  for (const [cell, mark] of now) if (!same(mark, before.get(cell))) people.add(cell.slice(0, cell.lastIndexOf('|')));
  for (const [cell, mark] of before) if (!now.has(cell)) people.add(mark.candidateId ?? cell.slice(0, cell.lastIndexOf('|')));
  return [...people];
}

/** The value that lost, as a change-log value (a number, a text, or empty). */
export function otherValue(other: string): string | number | null {
  try {
    const value: unknown = JSON.parse(other);
    return typeof value === 'number' || typeof value === 'string' ? value : value === null || value === undefined ? null : JSON.stringify(value);
  } catch {
    return other;
  }
}
