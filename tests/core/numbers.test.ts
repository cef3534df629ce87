import { describe, expect, it } from 'vitest';
import { decimalsOf, readNumber, round2 } from '../../src/core';

describe('readNumber', () => {
  it.each([
    ['75', 75],
    ['75,50', 75.5],
    ['€ 75,-', 75],
    ['€75', 75],
    ['1.250,00', 1250],
    ['1.250', 1250],
    ['1,250.00', 1250],
    ['75.5', 75.5],
    ['7,5', 7.5],
    ['1.234.567,89', 1234567.89],
    ['EUR 95', 95],
    ['-3', -3],
    [',5', 0.5],
    ['120\u00a0€', 120],
    ['€ 75', 75],
    ['75 EUR', 75],
    ['- 5', -5],
    ['1 250,50', 1250.5],
    ['12 500', 12500],
    ['1\u00a0250,50', 1250.5],
    ['1\u202f234\u202f567', 1234567],
    ['€ 1 250,00', 1250],
    ['0.125', 0.125],
    ['0.500', 0.5],
    ['0,125', 0.125],
  ])('reads %s as %d', (text, value) => expect(readNumber(text)).toEqual({ ok: true, value }));

  it.each(['abc', '7..5', '1,2,3', '12a', '€', '--1', '0.125.000', '0,125,000'])('refuses %s and says which text', (text) => {
    const result = readNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(text === '€' ? 'getal' : text);
  });

  it.each(['7 5', '3 4', '1 25', '1 2500', '1  250', '0 500', '12 50,5', '7 ,5', '7, 5', '1\t250'])(
    'refuses %j: a space inside a number only groups thousands in threes',
    (text) => expect(readNumber(text)).toMatchObject({ ok: false, error: { code: 'not-a-number', params: { text } } }),
  );

  it('calls an empty text empty', () => expect(readNumber('')).toMatchObject({ ok: false, error: { code: 'empty' } }));

  it.each([
    [1, 0],
    [1.5, 1],
    [1.25, 2],
    [-2.5, 1],
    [7.50000000001, 11],
    [1e-11, 11],
    [1.5e-7, 8],
    [1e21, 0],
    [round2(0.1 + 0.2), 1],
  ])('counts the decimals of %d as %d, exactly', (value, decimals) => expect(decimalsOf(value)).toBe(decimals));

  it('counts float noise as decimals: a sum must be rounded (round2) before it is checked', () => expect(decimalsOf(0.1 + 0.2)).toBe(17));
});

describe('readNumber: an ambiguous "1,250" / "1.250" is read in the language it was typed in', () => {
  it.each<[string, 'nl' | 'en' | undefined, number]>([
    ['1,250', undefined, 1.25],
    ['1.250', undefined, 1250],
    ['1,250', 'nl', 1.25],
    ['1.250', 'nl', 1250],
    ['1,250', 'en', 1250],
    ['1.250', 'en', 1.25],
    ['12,500', 'en', 12500],
    ['€ 1,250', 'en', 1250],
  ])('reads %s with hint %s as %d', (text, hint, value) => expect(readNumber(text, hint)).toEqual({ ok: true, value }));

  it.each(['7,5', '7.5', '1.250,00', '1,250.00', '0,125', '0.125', '1 250,50', '1.234.567', '1,234,567'])(
    'reads the unambiguous %s the same in either language',
    (text) => expect(readNumber(text, 'en')).toEqual(readNumber(text, 'nl')),
  );
});
