import { describe, expect, it } from 'vitest';
import { checkScore, findCriterion, parseScore, type Criterion } from '../../src/core';
import { makeRequest } from '../builders';

const ten: Criterion = { id: 'c', text: 'Ervaring met de Waarderingskamer', maxPoints: 10 };

describe('scores (§3.2)', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['10', 10],
    ['0', 0],
    [' 3,25 ', 3.25],
    ['0.500', 0.5],
  ])('reads %s as %d', (text, value) => expect(parseScore(ten, text)).toEqual({ ok: true, value }));

  it('reads an empty cell as empty (null), not 0', () => expect(parseScore(ten, '  ')).toEqual({ ok: true, value: null }));

  it.each([
    ['11', 'score-above-max'],
    ['10,01', 'score-above-max'],
    ['-1', 'score-below-zero'],
    ['abc', 'not-a-number'],
    ['7,555', 'too-many-decimals'],
    ['7..5', 'not-a-number'],
    ['7 5', 'not-a-number'],
    ['0,00000000001', 'too-many-decimals'],
    ['7,50000000001', 'too-many-decimals'],
    ['0.125', 'too-many-decimals'],
  ])('refuses %s with %s and a message — never a clamp', (text, code) => {
    const result = parseScore(ten, text);
    expect(result).toMatchObject({ ok: false, errors: [{ code }] });
    expect(result.ok ? '' : result.errors[0]?.message.length).toBeGreaterThan(10);
  });

  it('refuses "3 4" for a criterion of 40 points instead of reading 34', () =>
    expect(parseScore({ ...ten, maxPoints: 40 }, '3 4')).toMatchObject({ ok: false, errors: [{ code: 'not-a-number', params: { text: '3 4', max: 40 } }] }));

  it('refuses 7.50000000001 as a value: no decimal is rounded away', () =>
    expect(checkScore(ten, 7.50000000001)).toMatchObject({ ok: false, errors: [{ code: 'too-many-decimals' }] }));

  it.each<[string, 'nl' | 'en' | undefined, string | number]>([
    ['1,250', 'en', 'score-above-max'],
    ['1.250', 'en', 1.25],
    ['1,250', 'nl', 1.25],
    ['1.250', 'nl', 'score-above-max'],
    ['1,250', undefined, 1.25],
  ])('reads the ambiguous %s typed in language %s in that language (%s)', (text, hint, expected) =>
    expect(parseScore(ten, text, hint)).toMatchObject(typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, errors: [{ code: expected }] }));

  it('names the maximum in the message for a score above it', () => {
    const result = checkScore(ten, 11);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('10');
  });

  it('refuses a non-finite value', () => expect(checkScore(ten, Number.NaN)).toMatchObject({ ok: false }));

  it('finds a criterion by id or says it is unknown', () => {
    expect(findCriterion(makeRequest(), 'c1')).toMatchObject({ ok: true, value: { id: 'c1' } });
    expect(findCriterion(makeRequest(), 'zz')).toMatchObject({ ok: false, errors: [{ code: 'unknown-criterion' }] });
  });
});
