import { describe, expect, it } from 'vitest';
import { restoreCandidate, restoreChange, restoreEvaluation, restoreRequest, type RecordPlace } from '../../src/core';
import { makeRequest } from '../builders';

const place = (table: RecordPlace['table'], id = 'x'): RecordPlace => ({ table, index: 1, id });
const fields = (result: { ok: boolean; errors?: { params?: Record<string, unknown> }[] }) => (result.ok ? [] : (result.errors ?? []).map((e) => e.params?.['field']));

describe('restoring a request: every field checked against the schema', () => {
  const request = makeRequest({
    knockOuts: [{ id: 'k1', text: 'Min 16 uur', label: 'Uren', rule: { kind: 'min-hours', min: 16 } }],
    clientCriteria: [{ id: 'cc1', text: 'Soortgelijke opdrachten', maxPoints: 10 }],
    award: { awarded: ['a'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' },
    offerRequirements: ['CV'],
  });
  it('accepts a well-formed request with every optional part', () => {
    expect(restoreRequest(request, place('requests'))).toEqual({ ok: true, value: request });
  });
  it('names each wrong field with its path', () => {
    const broken = { ...request, knockOuts: [{ id: 'k1', text: 'x', rule: { kind: 'min-hours', min: 'zestien' } }], award: { awarded: 'a', decidedAt: 1 }, offerRequirements: [3] };
    expect(fields(restoreRequest(broken, place('requests')))).toEqual(['knockOuts[0].rule.min', 'offerRequirements[0]', 'award.awarded', 'award.decidedAt']);
  });
  it('refuses a record that is no object at all', () => {
    expect(restoreRequest('aanvraag', place('requests'))).toMatchObject({ ok: false, errors: [{ code: 'invalid-field', params: { expected: 'object' } }] });
  });
  it('refuses a rule that is no object', () => {
    expect(fields(restoreRequest({ ...request, knockOuts: [{ id: 'k1', text: 'x', rule: 'max' }] }, place('requests')))).toEqual(['knockOuts[0].rule']);
  });
  it('then holds the request to its own rules: a label past 12 characters, a client criterion of 0 points', () => {
    const result = restoreRequest({ ...request, knockOuts: [{ id: 'k1', text: 'x', label: 'Veel te lange naam' }], clientCriteria: [{ id: 'cc1', text: 'x', maxPoints: 0 }] }, place('requests', 'r1'));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-max-points' }, { code: 'too-long', params: { field: 'knockOuts.k1.label', max: 12, table: 'requests', id: 'r1' } }] });
  });
  it('checks the storage stamps it is told of, and refuses a missing one', () => {
    expect(fields(restoreRequest({ ...request, createdAt: '2026-01-01' }, place('requests'), ['createdAt', 'updatedAt']))).toEqual(['updatedAt']);
  });
});

describe('restoring a candidate and an evaluation', () => {
  it('puts the place inside another record before the field', () => {
    const result = restoreCandidate({ id: 'a', name: 'Anna', hourlyRate: '80' }, { ...place('importBatches'), prefix: 'undo.previousCandidates[0].' });
    expect(fields(result)).toEqual(['undo.previousCandidates[0].hourlyRate']);
  });
  it('names a too-long name inside another record by its full path', () => {
    const result = restoreCandidate({ id: 'a', name: 'n'.repeat(201) }, { ...place('importBatches'), prefix: 'undo.previousCandidates[0].' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-long', params: { field: 'undo.previousCandidates[0].name' } }] });
  });
  it('holds client scores to their criterion and keeps a score of a criterion deleted since', () => {
    const request = makeRequest({ clientCriteria: [{ id: 'cc1', text: 'x', maxPoints: 10 }] });
    const evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: { gone: 3 }, clientScores: { cc1: 11 } };
    expect(restoreEvaluation(evaluation, place('evaluations'), request)).toMatchObject({ ok: false, errors: [{ code: 'score-above-max', params: { field: 'clientScores.cc1' } }] });
    expect(restoreEvaluation({ ...evaluation, clientScores: { cc1: 9 } }, place('evaluations'), request)).toMatchObject({ ok: true });
  });
  it('accepts empty scores and every kind of rating', () => {
    const evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: { k1: 'unknown' }, scores: { c1: null }, panel: { Anne: { p1: 'goed' } }, competencies: { p1: 'voldoende' }, invitedAt: '2026-07-01' };
    expect(restoreEvaluation(evaluation, place('evaluations'))).toEqual({ ok: true, value: evaluation });
  });
});

describe('the length limits of a request (PRODUCT §4), in every text it holds', () => {
  it.each<[string, Partial<import('../../src/core').Request>, string]>([
    ['an offer requirement', { offerRequirements: ['x'.repeat(501)] }, 'offerRequirements.0'],
    ['what the rate includes', { maxRateIncludes: ['x'.repeat(501)] }, 'maxRateIncludes.0'],
    ['a knock-out text', { knockOuts: [{ id: 'k1', text: 'x'.repeat(501) }] }, 'knockOuts.k1.text'],
    ['a client criterion text', { clientCriteria: [{ id: 'cc1', text: 'x'.repeat(501), maxPoints: 10 }] }, 'clientCriteria.cc1.text'],
    ['a criterion label', { criteria: [{ id: 'c1', text: 'Ervaring', label: 'x'.repeat(13), maxPoints: 100 }] }, 'criteria.c1.label'],
    ['a competency description', { competencies: [{ id: 'p1', name: 'Zelfstandig', description: 'x'.repeat(501) }] }, 'competencies.p1.description'],
  ])('refuses %s past its limit', (_, overrides, field) => {
    expect(restoreRequest(makeRequest(overrides), place('requests'))).toMatchObject({ ok: false, errors: [{ code: 'too-long', params: { field } }] });
  });
  it('refuses a client criterion whose id another item already has', () => {
    expect(restoreRequest(makeRequest({ clientCriteria: [{ id: 'c1', text: 'x', maxPoints: 10 }] }), place('requests'))).toMatchObject({ ok: false, errors: [{ code: 'duplicate-id' }] });
  });
  it('refuses a max-rate rule without its maximum', () => {
    expect(fields(restoreRequest(makeRequest({ knockOuts: [{ id: 'k1', text: 'x', rule: { kind: 'max-rate' } as never }] }), place('requests')))).toEqual(['knockOuts[0].rule.max']);
  });
  it('refuses a note past 5 000 characters', () => {
    expect(restoreEvaluation({ requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: {}, notes: { c1: 'x'.repeat(5001) } }, place('evaluations'))).toMatchObject({
      ok: false,
      errors: [{ code: 'too-long', params: { field: 'notes.c1', max: 5000 } }],
    });
  });
});

describe('a field the schema does not know is refused, never carried along', () => {
  it.each<[string, object, string]>([
    ['at the top of a request', { ...makeRequest(), colour: 'rood' }, 'colour'],
    ['inside a criterion', makeRequest({ criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 100, weight: 2 } as never] }), 'criteria[0].weight'],
    ['inside a knock-out\'s rule', makeRequest({ knockOuts: [{ id: 'k1', text: 'x', rule: { kind: 'max-rate', max: 75, min: 1 } as never }] }), 'knockOuts[0].rule.min'],
    ['inside the award', makeRequest({ award: { awarded: ['a'], decidedAt: '2026-07-20', by: 'Anne' } as never }), 'award.by'],
  ])('%s', (_, raw, field) => {
    expect(restoreRequest(raw, place('requests'))).toMatchObject({ ok: false, errors: [{ code: 'invalid-field', params: { field, expected: 'absent' } }] });
  });
  it('in a candidate, such as a BSN the user never mapped (data minimisation)', () => {
    expect(restoreCandidate({ id: 'a', name: 'Anna', bsn: '123456782' }, place('candidates', 'a'))).toMatchObject({
      ok: false,
      errors: [{ params: { field: 'bsn', expected: 'absent' } }],
    });
  });
});

describe('a wrong type is named with its place: table, position, id, field, what it holds and what it must hold', () => {
  it('words the candidate, its place in the file and the field in the message', () => {
    const result = restoreCandidate({ id: 'a', name: 'Anna', hoursPerWeek: '16' }, { table: 'candidates', index: 3, id: 'a' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'invalid-field',
          message: 'Kandidaat 3 ("a"), veld "hoursPerWeek": "16" is ongeldig; verwacht een getal.',
          params: { table: 'candidates', index: 3, id: 'a', field: 'hoursPerWeek', expected: 'number', value: '"16"' },
        },
      ],
    });
  });
  it('says a missing required field holds nothing', () => {
    expect(restoreCandidate({ id: 'a' }, place('candidates'))).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('veld "name": niets is ongeldig; verwacht tekst'), params: { field: 'name' } }] });
  });
  it('refuses a number that is not finite', () => {
    expect(fields(restoreCandidate({ id: 'a', name: 'Anna', hourlyRate: Number.POSITIVE_INFINITY }, place('candidates')))).toEqual(['hourlyRate']);
  });
  it('shows a long value cut to 40 characters', () => {
    const result = restoreCandidate({ id: 'a', name: 'Anna', phone: 'x'.repeat(100).split('') }, place('candidates'));
    expect(result.ok === false && String(result.errors[0]?.params?.['value']).length).toBe(40);
  });
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a knock-out rule of an unknown kind', { knockOuts: [{ id: 'k1', text: 'x', rule: { kind: 'max-hours', max: 40 } }] }, 'knockOuts[0].rule.kind', 'rule-kind'],
    ['a tie-break that does not exist', { tieBreak: 'random' }, 'tieBreak', 'tie-break'],
    ['a list that is no list', { competencies: { p1: 'Zelfstandig' } }, 'competencies', 'list'],
  ])('refuses %s', (_, overrides, field, expected) => {
    expect(restoreRequest({ ...makeRequest(), ...overrides }, place('requests'))).toMatchObject({ ok: false, errors: [{ params: { field, expected } }] });
  });
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a knock-out value that is none of the three', { knockOuts: { k1: 'yes' } }, 'knockOuts.k1', 'knock-out-value'],
    ['a score given as text', { scores: { c1: '7,5' } }, 'scores.c1', 'number-or-empty'],
    ['an assessor\'s rating that is none of the three', { panel: { Anne: { p1: 'matig' } } }, 'panel.Anne.p1', 'rating'],
    ['scores that are no object', { scores: [7] }, 'scores', 'object'],
  ])('refuses in an evaluation %s', (_, overrides, field, expected) => {
    const evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: {}, ...overrides };
    expect(restoreEvaluation(evaluation, place('evaluations'))).toMatchObject({ ok: false, errors: [{ params: { field, expected } }] });
  });
  it('accepts a request that scores independently', () => {
    expect(restoreRequest(makeRequest({ independentScoring: true }), place('requests'))).toMatchObject({ ok: true });
  });
  it('refuses independent scoring given as text, and says it must be true or false', () => {
    expect(restoreRequest({ ...makeRequest(), independentScoring: 'ja' }, { table: 'requests', index: 1, id: 'r1' })).toMatchObject({
      ok: false,
      errors: [{ message: 'Aanvraag 1 ("r1"), veld "independentScoring": "ja" is ongeldig; verwacht true of false.', params: { field: 'independentScoring', expected: 'boolean' } }],
    });
  });
});

describe('restoring a change-log record (PRODUCT §4, §12)', () => {
  const change = { id: 'ch1', at: '2026-07-06T10:00:00Z', device: 'dev-1', requestId: 'r1', candidateId: 'a', kind: 'score', target: 'c1', old: null, new: 7.5 };
  const award = { awarded: ['a'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' };
  it('accepts a score change, a rating under its assessor and an award kept whole', () => {
    expect(restoreChange(change, place('changes', 'ch1'))).toEqual({ ok: true, value: change });
    const rating = { ...change, kind: 'panelRating', target: 'Anne/p1', assessor: 'Anne', old: 'voldoende', new: 'goed' };
    expect(restoreChange(rating, place('changes', 'ch1'))).toEqual({ ok: true, value: rating });
    const decision = { id: 'ch2', at: change.at, device: 'dev-1', requestId: 'r1', kind: 'award', old: null, new: award };
    expect(restoreChange(decision, place('changes', 'ch2'))).toEqual({ ok: true, value: decision });
  });
  it.each<[string, Record<string, unknown>, string]>([
    ['a value that is a list', { old: [7] }, 'old'],
    ['a value that is no number', { new: Number.NaN }, 'new'],
    ['an award without its date', { new: { awarded: ['a'] } }, 'new.decidedAt'],
    ['a time that is no text', { at: 1_780_000_000_000 }, 'at'],
    ['a field the log does not have', { reason: 'typo' }, 'reason'],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    expect(fields(restoreChange({ ...change, ...overrides }, place('changes', 'ch1')))).toEqual([field]);
  });
  it('names the record as a change in the message', () => {
    expect(restoreChange({ ...change, device: 5 }, { table: 'changes', index: 12, id: 'ch1' })).toMatchObject({
      ok: false,
      errors: [{ message: 'Wijziging 12 ("ch1"), veld "device": 5 is ongeldig; verwacht tekst.' }],
    });
  });
});
