import { describe, expect, it } from 'vitest';
import { checkClientScore, findClientCriterion, parseClientScore } from '../../../src/core';
import { contender, makeProcedureRequest, people, withFacts } from '../../builders';

// a and b on the shortlist (size 2), c on reserve, ko knocked out. Client criteria cc1, cc2 of 10.
const request = makeProcedureRequest({ shortlistSize: 2 });
const [candidates, evaluations] = people([
  contender('a', 50, null),
  contender('b', 40, null),
  contender('c', 30, null),
  withFacts(contender('ko', 60, null), { knockOuts: { k1: 'fail' } }),
]);
const check = (candidateId: string, value: number | null, criterionId = 'cc1') => checkClientScore(request, candidates, evaluations, { candidateId, criterionId, value });
const parse = (candidateId: string, text: string, criterionId = 'cc1') => parseClientScore(request, candidates, evaluations, { candidateId, criterionId, text });

describe('client scores (§3.10: the score rules of §3.2, shortlisted candidates only)', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['10', 10],
    ['0', 0],
  ])('reads %s as %d for a shortlisted candidate', (text, value) => expect(parse('a', text)).toEqual({ ok: true, value }));
  it('reads an empty cell as empty, not 0', () => expect(parse('a', ' ')).toEqual({ ok: true, value: null }));
  it.each([
    ['11', 'score-above-max'],
    ['-1', 'score-below-zero'],
    ['abc', 'not-a-number'],
    ['7,555', 'too-many-decimals'],
    ['3 4', 'not-a-number'],
    ['7,50000000001', 'too-many-decimals'],
  ])('refuses %s with %s and a message — never a clamp', (text, code) => {
    const result = parse('a', text);
    expect(result).toMatchObject({ ok: false, errors: [{ code }] });
    expect(result.ok ? '' : result.errors[0]?.message.length).toBeGreaterThan(20);
  });
  it('reads an ambiguous "1,250" in the language it was typed in', () => {
    const typed = (hint?: 'nl' | 'en') => parseClientScore(request, candidates, evaluations, { candidateId: 'a', criterionId: 'cc1', text: '1,250' }, hint);
    expect(typed('en')).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });
    expect(typed('nl')).toEqual({ ok: true, value: 1.25 });
    expect(typed()).toEqual({ ok: true, value: 1.25 });
  });
  it('checks a value against the client criterion’s own maximum', () => {
    const above = check('a', 10.5);
    expect(above).toMatchObject({ ok: false, errors: [{ code: 'score-above-max', params: { max: 10 } }] });
    expect(above.ok ? '' : above.errors[0]?.message).toContain('maximum van 10');
    expect(check('a', 10)).toEqual({ ok: true, value: 10 });
  });
  it.each([
    ['on reserve', 'c'],
    ['knocked out', 'ko'],
    ['unknown to the request', 'nobody'],
  ])('refuses a client score for a candidate %s, with a message', (_, id) => {
    const result = check(id, 5);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted', params: { candidate: id } }] });
    expect(result.ok ? '' : result.errors[0]?.message).toContain('shortlist');
    expect(parse(id, '5')).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted' }] });
  });
  it('names the candidate in the refusal', () => {
    expect(check('c', 5)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('Kandidaat c') }] });
  });
  it('lets a client score be emptied for anyone, so that scores of a candidate who left can be cleared', () => {
    expect(check('c', null)).toEqual({ ok: true, value: null });
    expect(parse('ko', '')).toEqual({ ok: true, value: null });
  });
  it('refuses a criterion that is no client criterion of the request, a matrix criterion included', () => {
    expect(check('a', 5, 'c1')).toMatchObject({ ok: false, errors: [{ code: 'unknown-client-criterion', params: { criterion: 'c1' } }] });
    expect(findClientCriterion(makeProcedureRequest({ clientCriteria: undefined }), 'cc1')).toMatchObject({ ok: false });
    expect(findClientCriterion(request, 'cc2')).toMatchObject({ ok: true, value: { id: 'cc2', maxPoints: 10 } });
  });
});
