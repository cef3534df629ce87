import { describe, expect, it } from 'vitest';
import { checkRequest, rateCapIssue, weightsWarning } from '../../src/core';
import { makeRequest } from '../builders';

describe('checkRequest', () => {
  it('accepts a valid request', () => expect(checkRequest(makeRequest()).ok).toBe(true));
  it.each([
    [{ criteria: [{ id: 'c1', text: 'A', maxPoints: -10 }] }, 'invalid-max-points'],
    [{ criteria: [{ id: 'c1', text: 'A', maxPoints: 0 }] }, 'invalid-max-points'],
    [{ criteria: [{ id: 'c1', text: 'A', maxPoints: 10.00000000001 }] }, 'invalid-max-points'],
    [{ clientCriteria: [{ id: 'cc1', text: 'A', maxPoints: 1e-11 }] }, 'invalid-max-points'],
    [{ shortlistSize: 0 }, 'invalid-shortlist-size'],
    [{ shortlistSize: 2.5 }, 'invalid-shortlist-size'],
    [{ title: '  ' }, 'title-required'],
    [{ interviewSize: -1 }, 'invalid-interview-size'],
    [{ knockOuts: [{ id: 'k', text: 'x', rule: { kind: 'max-rate', max: Number.NaN } }] }, 'invalid-rule'],
    [{ knockOuts: [{ id: 'k', text: 'x', rule: { kind: 'min-hours', min: -4 } }] }, 'invalid-rule'],
    [{ knockOuts: [{ id: 'c1', text: 'x' }] }, 'duplicate-id'],
  ] as const)('refuses %j with %s', (overrides, code) => {
    expect(checkRequest(makeRequest(overrides as never))).toMatchObject({ ok: false, errors: [{ code }] });
  });
});

describe('weights (§3.9)', () => {
  it('warns when the weights do not add up to 100', () => {
    expect(weightsWarning(makeRequest({ criteria: [{ id: 'c1', text: 'A', maxPoints: 90 }] }))).toContain('90');
  });
  it('is silent at exactly 100', () => expect(weightsWarning(makeRequest())).toBeNull());
  it('is silent when the weights add up to 100 but floating point says 100.00000000000001', () => {
    const criteria = [8.8, 0.22, 1.8, 89.18].map((maxPoints, i) => ({ id: `c${i + 1}`, text: `G${i + 1}`, maxPoints }));
    expect(weightsWarning(makeRequest({ criteria }))).toBeNull();
  });
});

// QA walk 2026-12-03: the request's cap set to € 70 while K4 still eliminated above € 75, unsaid.
describe('the rate cap always eliminates (§7): rateCapIssue', () => {
  const cap = (max: number) => ({ id: 'rate', text: `Max € ${max}`, rule: { kind: 'max-rate' as const, max } });
  it('is null without a cap, and when every max-rate knock-out enforces the cap', () => {
    expect(rateCapIssue(makeRequest({ knockOuts: [cap(75)] }))).toBeNull();
    expect(rateCapIssue(makeRequest({ maxRate: 75, knockOuts: [{ id: 'k1', text: 'HBO' }, cap(75)] }))).toBeNull();
  });
  it('names each max-rate knock-out at another amount, with its place', () => {
    expect(rateCapIssue(makeRequest({ maxRate: 70, knockOuts: [{ id: 'k1', text: 'HBO' }, cap(75)] }))).toEqual({ cap: 70, unenforced: false, differing: [{ knockOutId: 'rate', index: 1, max: 75 }] });
  });
  it('says when no knock-out enforces the cap at all', () => {
    expect(rateCapIssue(makeRequest({ maxRate: 70, knockOuts: [{ id: 'k1', text: 'HBO' }] }))).toEqual({ cap: 70, unenforced: true, differing: [] });
  });
});
