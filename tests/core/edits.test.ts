import { describe, expect, it } from 'vitest';
import { applyEdit, applyEditList, checkCandidate, cycleKnockOut, isCandidateField, type Candidate, type Evaluation, type MatrixEdit } from '../../src/core';
import { makeCandidate, makeEvaluation, makeRequest } from '../builders';

const request = makeRequest({
  knockOuts: [
    { id: 'k1', text: 'HBO' },
    { id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } },
  ],
  competencies: [{ id: 'p1', name: 'Zelfstandig' }],
});
const anna = makeCandidate('a', { hourlyRate: 70 });
const fresh = (): Evaluation => makeEvaluation('a', {}, {});

describe('applyEdit: one checked change, the inputs left as they were', () => {
  it('sets a score and returns a new evaluation, the same candidate', () => {
    const evaluation = fresh();
    const result = applyEdit(request, anna, evaluation, { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 12.5 });
    expect(result).toMatchObject({ ok: true, value: { evaluation: { scores: { c1: 12.5 } } } });
    if (!result.ok) return;
    expect(result.value.candidate).toBe(anna);
    expect(evaluation.scores).toEqual({});
  });
  it.each<[string, MatrixEdit, string]>([
    ['a score above the maximum', { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 61 }, 'score-above-max'],
    ['a score for an unknown criterion', { kind: 'score', candidateId: 'a', criterionId: 'zz', value: 1 }, 'unknown-criterion'],
    ['a value for a knock-out the request does not have', { kind: 'knockOut', candidateId: 'a', knockOutId: 'rate', value: 'pass' }, 'unknown-knockout'],
    ['a rating of an unknown competency', { kind: 'competency', candidateId: 'a', competencyId: 'zz', value: 'goed' }, 'unknown-competency'],
    ['a note for an unknown criterion', { kind: 'note', candidateId: 'a', criterionId: 'zz', value: 'p. 2' }, 'unknown-criterion'],
    ['a note past 5 000 characters', { kind: 'note', candidateId: 'a', criterionId: 'c1', value: 'x'.repeat(5001) }, 'too-long'],
    ['an empty name', { kind: 'field', candidateId: 'a', field: 'name', value: '' }, 'name-required'],
    ['a name past 200 characters', { kind: 'field', candidateId: 'a', field: 'name', value: 'n'.repeat(201) }, 'too-long'],
    ['a negative rate', { kind: 'field', candidateId: 'a', field: 'hourlyRate', value: -1 }, 'invalid-rate'],
  ])('refuses %s', (_, edit, code) => {
    const candidate = edit.kind === 'knockOut' ? makeCandidate('a', { hourlyRate: 80 }) : anna;
    const req = edit.kind === 'knockOut' ? { ...request, knockOuts: [] } : request;
    expect(applyEdit(req, candidate, fresh(), edit)).toMatchObject({ ok: false, errors: [{ code }] });
  });
  it('refuses a manual pass that the candidate\'s rate contradicts', () => {
    expect(applyEdit(request, makeCandidate('a', { hourlyRate: 80 }), fresh(), { kind: 'knockOut', candidateId: 'a', knockOutId: 'rate', value: 'pass' })).toMatchObject({
      ok: false,
      errors: [{ code: 'rule-contradicts' }],
    });
  });
  it('stores a manual knock-out value', () => {
    const result = applyEdit(request, anna, fresh(), { kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'fail' });
    expect(result.ok && result.value.evaluation.knockOuts).toEqual({ k1: 'fail' });
  });
  it('knows the candidate fields by name', () => {
    expect(['name', 'hourlyRate', 'education'].every(isCandidateField)).toBe(true);
    expect(isCandidateField('bsn')).toBe(false);
  });
  it('keeps a note, removes an empty one, and accepts exactly 5 000 characters', () => {
    const kept = applyEdit(request, anna, fresh(), { kind: 'note', candidateId: 'a', criterionId: 'c1', value: 'x'.repeat(5000) });
    expect(kept.ok && kept.value.evaluation.notes?.['c1']?.length).toBe(5000);
    const cleared = kept.ok && applyEdit(request, anna, kept.value.evaluation, { kind: 'note', candidateId: 'a', criterionId: 'c1', value: ' ' });
    expect(cleared && cleared.ok && cleared.value.evaluation.notes).toEqual({});
  });
  it('rates a competency and clears it with null', () => {
    const rated = applyEdit(request, anna, fresh(), { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: 'goed' });
    expect(rated.ok && rated.value.evaluation.competencies).toEqual({ p1: 'goed' });
    const cleared = rated.ok && applyEdit(request, anna, rated.value.evaluation, { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: null });
    expect(cleared && cleared.ok && cleared.value.evaluation.competencies).toEqual({});
  });
  it('changes a field in a new candidate and removes a field set to empty', () => {
    const stored = { ...anna, supplier: 'Bureau X', createdAt: '2026-01-01' };
    const result = applyEdit(request, stored, fresh(), { kind: 'field', candidateId: 'a', field: 'supplier', value: '' });
    expect(result.ok && result.value.candidate).toEqual({ id: 'a', name: 'Kandidaat a', hourlyRate: 70, createdAt: '2026-01-01' });
    expect(stored.supplier).toBe('Bureau X');
  });
});

describe('applyEditList: a list lands whole or not at all', () => {
  const records = new Map([['a', { candidate: anna, evaluation: fresh() }]]);
  it('applies edits of one person on top of each other', () => {
    const result = applyEditList(request, records, [
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
      { kind: 'score', candidateId: 'a', criterionId: 'c2', value: 20 },
    ]);
    expect(result.ok && result.value.get('a')?.evaluation.scores).toEqual({ c1: 10, c2: 20 });
  });
  it('returns every refusal, and nothing applied, when one edit is refused', () => {
    const result = applyEditList(request, records, [
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
      { kind: 'score', candidateId: 'a', criterionId: 'c2', value: 41 },
      { kind: 'score', candidateId: 'ghost', criterionId: 'c1', value: 1 },
    ]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }, { code: 'unknown-candidate' }] });
  });
});

describe('cycleKnockOut: the keyboard may do what a typed value may do', () => {
  const rated = (rate: number | undefined): Candidate => makeCandidate('a', rate === undefined ? {} : { hourlyRate: rate });
  it.each([
    ['unknown', 'pass'],
    ['pass', 'fail'],
    ['fail', 'unknown'],
  ] as const)('cycles a manual knock-out from %s to %s', (from, to) => {
    expect(cycleKnockOut(request, anna, 'k1', from)).toEqual({ ok: true, value: to });
  });
  it('lets a manual fail overrule a rule\'s pass, and gives the cell back to the rule after', () => {
    expect(cycleKnockOut(request, rated(70), 'rate', undefined)).toEqual({ ok: true, value: 'fail' });
    expect(cycleKnockOut(request, rated(70), 'rate', 'fail')).toEqual({ ok: true, value: 'unknown' });
  });
  it('refuses to change a knock-out the rule fails, and says why', () => {
    expect(cycleKnockOut(request, rated(80), 'rate', undefined)).toMatchObject({
      ok: false,
      errors: [{ code: 'rule-decides', params: { rule: 'max-rate', limit: 75, value: 80 } }],
    });
  });
  it('cycles a rule knock-out by hand while the data it reads is missing', () => {
    expect(cycleKnockOut(request, rated(undefined), 'rate', undefined)).toEqual({ ok: true, value: 'pass' });
  });
  it('refuses an unknown knock-out', () => {
    expect(cycleKnockOut(request, anna, 'zz', undefined)).toMatchObject({ ok: false, errors: [{ code: 'unknown-knockout' }] });
  });
});

describe('checkCandidate: what a person needs before they are stored (PRODUCT §4 limits)', () => {
  it('accepts a name of exactly 200 characters and other text of 500', () => {
    expect(checkCandidate({ name: 'n'.repeat(200), supplier: 's'.repeat(500), email: 'e'.repeat(500) })).toEqual([]);
  });
  it('refuses a 1 MB name with its length and the limit', () => {
    expect(checkCandidate({ name: 'x'.repeat(1024 * 1024) })).toMatchObject([{ code: 'too-long', params: { field: 'name', max: 200 } }]);
  });
  it('counts characters, not UTF-16 units: 200 emoji are a valid name', () => {
    expect(checkCandidate({ name: '😀'.repeat(200) })).toEqual([]);
  });
  it.each(['email', 'phone', 'supplier', 'education'] as const)('refuses a %s past 500 characters', (field) => {
    expect(checkCandidate({ name: 'A', [field]: 'x'.repeat(501) })).toMatchObject([{ code: 'too-long', params: { field, max: 500 } }]);
  });
  it('refuses a value of the wrong type, naming the field', () => {
    expect(checkCandidate({ name: 'A', hourlyRate: '75' as unknown as number, supplier: 5 as unknown as string }).map((e) => e.code)).toEqual(['invalid-rate', 'not-text']);
  });
  it('refuses hours per week outside 0–168', () => {
    expect(checkCandidate({ name: 'A', hoursPerWeek: 169 })).toMatchObject([{ code: 'invalid-hours' }]);
  });
});
