import { describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import type { Request } from '../../src/core';
import type { MatrixEdit } from '../../src/core';
import { columnKind } from '../../src/ui/matrix/columns';
import { setLocale } from '../../src/ui/i18n';
import { interpretCell } from '../../src/ui/matrix/cells';
import { fitToBlock, parseClipboard, planPaste } from '../../src/ui/matrix/clipboard';
import { createHistory, inverseOf, stillHolds } from '../../src/ui/matrix/history';

const request = makeRequest({
  id: 'r1',
  title: 'Test',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'ko1', text: 'HBO' }],
  criteria: [{ id: 'cr1', text: 'A', maxPoints: 10 }, { id: 'cr2', text: 'B', maxPoints: 20 }],
  competencies: [],
});

describe('interpretCell', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['', null],
  ])('reads a score %j as %j', (text, value) => {
    expect(interpretCell(request, { kind: 'criterion', id: 'cr1' }, 'a', text)).toEqual({ ok: true, value: { kind: 'score', candidateId: 'a', criterionId: 'cr1', value } });
  });
  it('refuses 11 against a maximum of 10 with the maximum in the message', () => {
    const result = interpretCell(request, { kind: 'criterion', id: 'cr1' }, 'a', '11');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    expect(result.ok ? '' : result.errors[0]?.message).toContain('10');
  });
  it.each([
    ['ja', 'pass'],
    ['✓', 'pass'],
    ['NEE', 'fail'],
    ['✗', 'fail'],
    ['?', 'unknown'],
  ])('reads a knock-out %j as %s', (text, value) => {
    expect(interpretCell(request, { kind: 'knockOut', id: 'ko1' }, 'a', text)).toMatchObject({ ok: true, value: { value } });
  });
  it('refuses "constructor" as a knock-out value (no prototype lookups)', () => {
    expect(interpretCell(request, { kind: 'knockOut', id: 'ko1' }, 'a', 'constructor')).toMatchObject({ ok: false });
  });
  it('reads a rate in Dutch notation and refuses words', () => {
    expect(interpretCell(request, { kind: 'field', field: 'hourlyRate' }, 'a', '€ 92,50')).toMatchObject({ ok: true, value: { value: 92.5 } });
    expect(interpretCell(request, { kind: 'field', field: 'hourlyRate' }, 'a', 'duur')).toMatchObject({ ok: false });
  });
  it('refuses "3 4" as a score rather than reading 34', () => {
    expect(interpretCell(request, { kind: 'criterion', id: 'cr2' }, 'a', '3 4')).toMatchObject({ ok: false, errors: [{ code: 'not-a-number' }] });
  });
  it('reads an ambiguous "1,250" / "1.250" in the language it was typed in', () => {
    const rate = { kind: 'field', field: 'hourlyRate' } as const;
    const score = { kind: 'criterion', id: 'cr1' } as const;
    const client = { kind: 'clientCriterion', id: 'cc1' } as const;
    const withClient: Request = { ...request, clientCriteria: [{ id: 'cc1', text: 'C', maxPoints: 10 }] };
    expect(interpretCell(request, rate, 'a', '1,250', 'en')).toMatchObject({ ok: true, value: { value: 1250 } });
    expect(interpretCell(request, rate, 'a', '1.250', 'en')).toMatchObject({ ok: true, value: { value: 1.25 } });
    expect(interpretCell(request, rate, 'a', '1,250', 'nl')).toMatchObject({ ok: true, value: { value: 1.25 } });
    expect(interpretCell(request, rate, 'a', '1.250', 'nl')).toMatchObject({ ok: true, value: { value: 1250 } });
    expect(interpretCell(request, score, 'a', '1,250', 'en')).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    expect(interpretCell(request, score, 'a', '1,250', 'nl')).toMatchObject({ ok: true, value: { value: 1.25 } });
    expect(interpretCell(withClient, client, 'a', '1,250', 'en')).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    expect(interpretCell(withClient, client, 'a', '1.250', 'en')).toMatchObject({ ok: true, value: { value: 1.25 } });
  });
  it('reads in the chosen UI language when no language is given', () => {
    const score = { kind: 'criterion', id: 'cr1' } as const;
    expect(interpretCell(request, score, 'a', '1,250')).toMatchObject({ ok: true, value: { value: 1.25 } });
    setLocale('en');
    try {
      expect(interpretCell(request, score, 'a', '1,250')).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    } finally {
      setLocale('nl');
    }
  });
  it('refuses an empty name and a computed column', () => {
    expect(interpretCell(request, { kind: 'field', field: 'name' }, 'a', ' ')).toMatchObject({ ok: false, errors: [{ code: 'name-required' }] });
    expect(interpretCell(request, { kind: 'readonly' }, 'a', '5')).toMatchObject({ ok: false, errors: [{ code: 'read-only' }] });
  });
});

describe('parseClipboard', () => {
  it('splits Excel text into rows and cells', () => {
    expect(parseClipboard('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
  });
  it('keeps an empty cell and honours quoted cells with tabs and newlines', () => {
    expect(parseClipboard('a\t\t"x\ty\nz"\n')).toEqual([['a', '', 'x\ty\nz']]);
  });
  it('reads one value without a newline', () => expect(parseClipboard('7,5')).toEqual([['7,5']]));
});

describe('planPaste', () => {
  const columns = ['name', 'cr:cr1', 'cr:cr2', 'total'].map((id) => ({ id, kind: columnKind(id), header: id }));
  const rows = ['a', 'b', 'c'];
  it('maps a block from the focused cell and checks every cell', () => {
    const plan = planPaste(request, [['5', '10'], ['6,5', '20']], { rowIndex: 1, columnIndex: 1 }, (i) => rows[i], columns);
    expect(plan.rejected).toEqual([]);
    expect(plan.edits).toEqual([
      { kind: 'score', candidateId: 'b', criterionId: 'cr1', value: 5 },
      { kind: 'score', candidateId: 'b', criterionId: 'cr2', value: 10 },
      { kind: 'score', candidateId: 'c', criterionId: 'cr1', value: 6.5 },
      { kind: 'score', candidateId: 'c', criterionId: 'cr2', value: 20 },
    ]);
  });
  it('reports each refused cell with its row and column', () => {
    const plan = planPaste(request, [['11', 'abc']], { rowIndex: 0, columnIndex: 1 }, (i) => rows[i], columns);
    expect(plan.rejected.map((r) => [r.row, r.columnId, r.code])).toEqual([[1, 'cr:cr1', 'score-above-max'], [1, 'cr:cr2', 'not-a-number']]);
  });
  it('refuses cells that fall outside the grid instead of dropping them', () => {
    const plan = planPaste(request, [['1'], ['2']], { rowIndex: 2, columnIndex: 1 }, (i) => rows[i], columns);
    expect(plan.rejected).toMatchObject([{ code: 'outside-grid', row: 4 }]);
  });
  it('refuses pasting into computed columns', () => {
    const plan = planPaste(request, [['1', '99']], { rowIndex: 0, columnIndex: 2 }, (i) => rows[i], columns);
    expect(plan.rejected).toMatchObject([{ code: 'read-only', columnId: 'total' }]);
  });
});

describe('fitToBlock', () => {
  it('fills a selected block with one copied cell, as Excel does', () => {
    expect(fitToBlock([['7']], 2, 3)).toEqual([['7', '7', '7'], ['7', '7', '7']]);
  });
  it('leaves a larger copy, or a paste on one cell, as it is', () => {
    expect(fitToBlock([['1', '2']], 3, 3)).toEqual([['1', '2']]);
    expect(fitToBlock([['1']], 1, 1)).toEqual([['1']]);
  });
});

describe('undo history', () => {
  it('inverts a score to the value it replaces', () => {
    const evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: { cr1: 3 } };
    expect(inverseOf({ kind: 'score', candidateId: 'a', criterionId: 'cr1', value: 8 }, { id: 'a', name: 'A' }, evaluation)).toMatchObject({ value: 3 });
    expect(inverseOf({ kind: 'score', candidateId: 'a', criterionId: 'cr2', value: 8 }, { id: 'a', name: 'A' }, evaluation)).toMatchObject({ value: null });
  });
  it('undoes and redoes whole steps, and a new step clears redo', () => {
    const h = createHistory();
    h.push({ forward: [], backward: [] });
    h.push({ forward: [], backward: [] });
    expect(h.undo()).toBeDefined();
    expect(h.sizes()).toEqual({ undo: 1, redo: 1 });
    h.push({ forward: [], backward: [] });
    expect(h.sizes()).toEqual({ undo: 2, redo: 0 });
  });
});

describe('an undo step applies only over what it left behind', () => {
  const candidate = { id: 'a', name: 'Anna' };
  const edit: MatrixEdit = { kind: 'score', candidateId: 'a', criterionId: 'cr1', value: 7 };
  const forward = [edit];
  const backward = [inverseOf(edit, candidate, { requestId: 'r', candidateId: 'a', knockOuts: {}, scores: { cr1: 3 } })];

  it('holds when the cell still has the value the edit wrote', () => {
    const now = { requestId: 'r', candidateId: 'a', knockOuts: {}, scores: { cr1: 7 } };
    expect(stillHolds(forward, backward.map((e) => inverseOf(e, candidate, now)))).toBe(true);
  });
  it('does not hold when an import or restore changed the cell since', () => {
    const now = { requestId: 'r', candidateId: 'a', knockOuts: {}, scores: { cr1: 9 } };
    expect(stillHolds(forward, backward.map((e) => inverseOf(e, candidate, now)))).toBe(false);
  });
  it('does not hold when the person is gone', () => {
    expect(stillHolds(forward, [undefined])).toBe(false);
  });
});

describe('history', () => {
  it('can be cleared, leaving nothing to undo or redo', () => {
    const history = createHistory();
    history.push({ forward: [], backward: [] });
    history.push({ forward: [], backward: [] });
    history.undo();
    history.clear();
    expect(history.sizes()).toEqual({ undo: 0, redo: 0 });
  });
});
