import { describe, expect, it } from 'vitest';
import { checkRequest, weightsWarning } from '../../src/core';
import { makeRequest } from '../builders';

describe('checkRequest', () => {
  it('accepts a valid request', () => expect(checkRequest(makeRequest()).ok).toBe(true));
  it.each([
    [{ criteria: [{ id: 'c1', text: 'A', maxPoints: -10 }] }, 'invalid-max-points'],
    [{ criteria: [{ id: 'c1', text: 'A', maxPoints: 0 }] }, 'invalid-max-points'],
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
});
