import { describe, expect, it } from 'vitest';
import { decimalsOf, readNumber } from '../../src/core';

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
  ])('reads %s as %d', (text, value) => expect(readNumber(text)).toEqual({ ok: true, value }));

  it.each(['abc', '7..5', '1,2,3', '12a', '€', '--1'])('refuses %s and says which text', (text) => {
    const result = readNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(text === '€' ? 'getal' : text);
  });

  it('calls an empty text empty', () => expect(readNumber('')).toMatchObject({ ok: false, error: { code: 'empty' } }));

  it.each([
    [1, 0],
    [1.5, 1],
    [1.25, 2],
    [0.1 + 0.2, 1],
  ])('counts the decimals of %d as %d (float noise ignored)', (value, decimals) => expect(decimalsOf(value)).toBe(decimals));
});
