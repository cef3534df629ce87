import { describe, expect, it } from 'vitest';
import { applyEditList, changeOf, changesSomething, targetOf, type Award, type Candidate, type ChangeRecord, type Evaluation, type MatrixEdit } from '../../src/core';
import { makeCandidate, makeProcedureRequest } from '../builders';

// The change log (PRODUCT §4): every change of a score, knock-out value, rating or decision, old → new.
const request = makeProcedureRequest();
const anna = makeCandidate('a', { hourlyRate: 70 });
const filled: Evaluation = {
  requestId: 'r1',
  candidateId: 'a',
  knockOuts: { k1: 'pass' },
  scores: { c1: 30 },
  notes: { c1: 'CV p. 2' },
  competencies: { p1: 'voldoende' },
  clientScores: { cc1: 6 },
  invitedAt: '2026-07-06',
  panel: { Anne: { p1: 'goed' } },
};
const empty: Evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: {} };

/** What applyEdits logs for an edit list: one entry per edit that changes something. */
function logged(edits: MatrixEdit[], candidate: Candidate = anna, evaluation: Evaluation = empty) {
  const log: ReturnType<typeof changeOf>[] = [];
  const result = applyEditList(request, new Map([['a', { candidate, evaluation }]]), edits, (edit, before) => {
    const change = changeOf(edit, before.candidate, before.evaluation);
    if (changesSomething(change)) log.push(change);
  });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return log;
}

describe('targetOf: what a change touched', () => {
  it.each<[MatrixEdit, string | undefined]>([
    [{ kind: 'score', candidateId: 'a', criterionId: 'c1', value: 5 }, 'c1'],
    [{ kind: 'note', candidateId: 'a', criterionId: 'c2', value: 'p. 3' }, 'c2'],
    [{ kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 5 }, 'cc1'],
    [{ kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'fail' }, 'k1'],
    [{ kind: 'competency', candidateId: 'a', competencyId: 'p2', value: 'goed' }, 'p2'],
    [{ kind: 'field', candidateId: 'a', field: 'hourlyRate', value: 80 }, 'hourlyRate'],
    [{ kind: 'panelRating', candidateId: 'a', assessor: ' Anne ', competencyId: 'p1', value: 'goed' }, 'Anne/p1'],
    [{ kind: 'invite', candidateId: 'a', value: '2026-07-06' }, undefined],
  ])('%j → %s', (edit, target) => expect(targetOf(edit)).toBe(target));
});

describe('changeOf: old → new, read from the records just before the edit', () => {
  it('logs a first score as empty → the score', () => {
    expect(changeOf({ kind: 'score', candidateId: 'a', criterionId: 'c1', value: 7.5 }, anna, empty)).toEqual({
      candidateId: 'a', kind: 'score', target: 'c1', old: null, new: 7.5,
    });
  });
  it('logs an emptied score as the score → empty', () => {
    expect(changeOf({ kind: 'score', candidateId: 'a', criterionId: 'c1', value: null }, anna, filled)).toMatchObject({ old: 30, new: null });
  });
  it('logs a knock-out never decided as unknown → the new value', () => {
    expect(changeOf({ kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'fail' }, anna, undefined)).toMatchObject({ old: 'unknown', new: 'fail' });
  });
  it('logs a cleared candidate field as the value → empty', () => {
    expect(changeOf({ kind: 'field', candidateId: 'a', field: 'hourlyRate', value: undefined }, anna, empty)).toEqual({
      candidateId: 'a', kind: 'field', target: 'hourlyRate', old: 70, new: null,
    });
  });
  it('logs a panel rating under its assessor, named without surrounding spaces', () => {
    expect(changeOf({ kind: 'panelRating', candidateId: 'a', assessor: ' Anne ', competencyId: 'p1', value: 'onvoldoende' }, anna, filled)).toEqual({
      candidateId: 'a', kind: 'panelRating', target: 'Anne/p1', assessor: 'Anne', old: 'goed', new: 'onvoldoende',
    });
  });
  it('logs an invitation taken back as its date → empty, with no target and no assessor', () => {
    const change = changeOf({ kind: 'invite', candidateId: 'a', value: null }, anna, filled);
    expect(change).toEqual({ candidateId: 'a', kind: 'invite', old: '2026-07-06', new: null });
    expect(Object.keys(change)).not.toContain('target');
  });
  it('names no assessor for an agreed rating: the consultant records it for the panel', () => {
    expect(changeOf({ kind: 'competency', candidateId: 'a', competencyId: 'p1', value: 'goed' }, anna, filled)).toEqual({
      candidateId: 'a', kind: 'competency', target: 'p1', old: 'voldoende', new: 'goed',
    });
  });
});

describe('changesSomething: an edit that changes nothing is not logged', () => {
  it.each<[ChangeRecord['old'], ChangeRecord['new'], boolean]>([
    [7, 7, false],
    [null, null, false],
    ['goed', 'goed', false],
    [7, 7.5, true],
    // An empty score and a score of 0 are different facts: one is not scored, the other scored nothing.
    [null, 0, true],
    [null, '', true],
    ['unknown', 'pass', true],
  ])('%j → %j: %s', (old, next, changed) => expect(changesSomething({ old, new: next })).toBe(changed));

  it('compares awards by what they say, not by identity', () => {
    const award: Award = { awarded: ['a'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' };
    expect(changesSomething({ old: award, new: { ...award, awarded: ['a'] } })).toBe(false);
    expect(changesSomething({ old: award, new: { ...award, objectionUntil: '2026-08-10' } })).toBe(true);
    expect(changesSomething({ old: null, new: award })).toBe(true);
  });
});

describe('which edits of a list are logged', () => {
  it('logs what the records hold after the edit: a note of spaces and a field set to "" are removed, so logged as empty', () => {
    const stored = makeCandidate('a', { supplier: 'Bureau X' });
    expect(
      logged(
        [
          { kind: 'note', candidateId: 'a', criterionId: 'c1', value: '   ' },
          { kind: 'field', candidateId: 'a', field: 'supplier', value: '' },
        ],
        stored,
        filled,
      ).map((c) => [c.target, c.old, c.new]),
    ).toEqual([
      ['c1', 'CV p. 2', ''],
      ['supplier', 'Bureau X', null],
    ]);
  });
  it('logs nothing for a note of spaces where there was none, or a field set to "" that was already empty', () => {
    expect(
      logged([
        { kind: 'note', candidateId: 'a', criterionId: 'c1', value: '  \n ' },
        { kind: 'field', candidateId: 'a', field: 'supplier', value: '' },
      ]),
    ).toEqual([]);
  });

  it('logs a paste cell by cell, each from the value just before it', () => {
    expect(
      logged([
        { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
        { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 20 },
        { kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'pass' },
      ]).map((c) => [c.target, c.old, c.new]),
    ).toEqual([
      ['c1', null, 10],
      ['c1', 10, 20],
      ['k1', 'unknown', 'pass'],
    ]);
  });
  it('logs nothing for a value typed again, a knock-out set to unknown that was never decided, or an empty note cleared', () => {
    expect(
      logged(
        [
          { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 30 },
          { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: 'voldoende' },
          { kind: 'invite', candidateId: 'a', value: '2026-07-06' },
          { kind: 'panelRating', candidateId: 'a', assessor: 'Anne ', competencyId: 'p1', value: 'goed' },
          { kind: 'field', candidateId: 'a', field: 'hourlyRate', value: 70 },
          { kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'unknown' },
          { kind: 'note', candidateId: 'a', criterionId: 'c2', value: '' },
          { kind: 'field', candidateId: 'a', field: 'supplier', value: undefined },
        ],
        anna,
        { ...filled, knockOuts: {} },
      ),
    ).toEqual([]);
  });
});
