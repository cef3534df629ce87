import { describe, expect, it } from 'vitest';
import { checkKnockOutValue, evaluateKnockOut, knockOutValue, nextKnockOutValue, type Candidate, type KnockOut, type KnockOutValue } from '../../src/core';
import { makeCandidate, makeRequest } from '../builders';

const manualKo: KnockOut = { id: 'k1', text: 'HBO' };
const rateKo: KnockOut = { id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } };
const hoursKo: KnockOut = { id: 'hours', text: 'Min 16 uur', rule: { kind: 'min-hours', min: 16 } };

describe('knock-outs (§3.1)', () => {
  it.each([
    [undefined, 'unknown'],
    ['unknown', 'unknown'],
    ['pass', 'pass'],
    ['fail', 'fail'],
  ] as const)('a manual knock-out set to %s is %s', (manual, value) => {
    expect(evaluateKnockOut(manualKo, makeCandidate('a'), manual).value).toBe(value);
  });

  it.each([
    [80, 'fail'],
    [75, 'pass'],
    [74.99, 'pass'],
    [undefined, 'unknown'],
  ] as const)('max-rate 75 with a rate of %s is %s', (hourlyRate, value) => {
    expect(evaluateKnockOut(rateKo, makeCandidate('a', hourlyRate === undefined ? {} : { hourlyRate }), undefined).value).toBe(value);
  });

  it.each([
    [12, 'fail'],
    [16, 'pass'],
    [40, 'pass'],
    [undefined, 'unknown'],
  ] as const)('min-hours 16 with %s hours is %s', (hoursPerWeek, value) => {
    expect(evaluateKnockOut(hoursKo, makeCandidate('a', hoursPerWeek === undefined ? {} : { hoursPerWeek }), undefined).value).toBe(value);
  });

  it('a manual value wins over a rule that has no data', () => {
    expect(evaluateKnockOut(rateKo, makeCandidate('a'), 'pass')).toMatchObject({ value: 'pass', source: 'manual' });
    expect(evaluateKnockOut(rateKo, makeCandidate('a'), 'fail')).toMatchObject({ value: 'fail', source: 'manual' });
  });

  it('a stored manual pass cannot override a rule that fails on the data', () => {
    expect(evaluateKnockOut(rateKo, makeCandidate('a', { hourlyRate: 90 }), 'pass')).toMatchObject({ value: 'fail', source: 'rule' });
  });

  it('a manual fail overrules a rule that passes (the consultant may know more)', () => {
    expect(evaluateKnockOut(rateKo, makeCandidate('a', { hourlyRate: 70 }), 'fail')).toMatchObject({ value: 'fail', source: 'manual' });
  });

  it('says why a rule decided', () => {
    expect(evaluateKnockOut(rateKo, makeCandidate('a', { hourlyRate: 90 }), undefined).reason).toContain('90');
  });

  it('cycles ? → ✓ → ✗ → ?', () => {
    expect([nextKnockOutValue('unknown'), nextKnockOutValue('pass'), nextKnockOutValue('fail')]).toEqual(['pass', 'fail', 'unknown']);
  });
});

describe('checkKnockOutValue', () => {
  const request = makeRequest({ knockOuts: [manualKo, rateKo] });
  it('refuses an unknown knock-out id with a typed error', () => {
    expect(checkKnockOutValue(request, makeCandidate('a'), 'nope', 'pass')).toMatchObject({ ok: false, errors: [{ code: 'unknown-knockout' }] });
  });
  it('refuses a value that is no knock-out value', () => {
    expect(checkKnockOutValue(request, makeCandidate('a'), 'k1', 'maybe')).toMatchObject({ ok: false, errors: [{ code: 'invalid-knockout-value' }] });
  });
  it('refuses a pass that the data contradicts, with the reason', () => {
    const result = checkKnockOutValue(request, makeCandidate('a', { hourlyRate: 80 }), 'rate', 'pass');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'rule-contradicts' }] });
    expect(result.ok ? '' : result.errors[0]?.message).toContain('80');
  });
  it('accepts a pass when the data allows it', () => {
    expect(checkKnockOutValue(request, makeCandidate('a', { hourlyRate: 70 }), 'rate', 'pass')).toEqual({ ok: true, value: 'pass' });
  });
  it('refuses a manual pass on a min-hours knock-out that the candidate\'s hours contradict', () => {
    const hours = makeRequest({ knockOuts: [hoursKo] });
    expect(checkKnockOutValue(hours, makeCandidate('a', { hoursPerWeek: 12 }), 'hours', 'pass')).toMatchObject({
      ok: false,
      errors: [{ code: 'rule-contradicts', params: { rule: 'min-hours', limit: 16, value: 12 } }],
    });
  });
});

describe('knockOutValue', () => {
  const knockOuts: KnockOut[] = [
    { id: 'm', text: 'handmatig' },
    { id: 'r', text: 'tarief', rule: { kind: 'max-rate', max: 100 } },
    { id: 'h', text: 'uren', rule: { kind: 'min-hours', min: 32 } },
  ];
  const people: Candidate[] = [
    { id: 'none', name: 'Geen gegevens' },
    { id: 'low', name: 'Laag', hourlyRate: 90, hoursPerWeek: 40 },
    { id: 'edge', name: 'Precies', hourlyRate: 100, hoursPerWeek: 32 },
    { id: 'high', name: 'Hoog', hourlyRate: 100.01, hoursPerWeek: 31.5 },
    { id: 'nan', name: 'Onzin', hourlyRate: Number.NaN, hoursPerWeek: Number.POSITIVE_INFINITY },
  ];
  it('is the value evaluateKnockOut gives, for every rule, data and manual value', () => {
    for (const knockOut of knockOuts) {
      for (const person of people) {
        for (const manual of ['pass', 'fail', 'unknown', undefined, 'bogus'] as (KnockOutValue | undefined)[]) {
          expect([knockOut.id, person.id, manual, knockOutValue(knockOut, person, manual)]).toEqual([
            knockOut.id,
            person.id,
            manual,
            evaluateKnockOut(knockOut, person, manual).value,
          ]);
        }
      }
    }
  });
});
