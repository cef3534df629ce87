// Header facts written in words: a period, several facts in one value, facts in sentences.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/core/posting/dates';
import { factsIn, monthsBetween } from '../../../src/core/posting/facts';
import { parsePosting } from '../../../src/core/posting';

describe('factsIn', () => {
  it('reads "Periode: 4 maanden, 20 uur per week" as 20 hours and 4 months', () =>
    expect(factsIn('4 maanden, 20 uur per week', true)).toEqual({ durationMonths: 4, hoursPerWeek: 20 }));

  it('reads a period from date to date as its start and its length in months', () =>
    expect(factsIn('1 april 2026 tot en met 31 maart 2027', true)).toEqual({ start: '2026-04-01', durationMonths: 12 }));

  it.each([
    ['met een optie tot verlenging van 6 maanden', '1 x 6 maanden'],
    ['met twee opties tot verlenging van telkens 3 maanden', '2 x 3 maanden'],
    ['Er is een optie tot verlenging van 2 x 3 maanden.', '2 x 3 maanden'],
    ['with an option to extend by 6 months', '1 x 6 months'],
    ['met een optie tot verlenging van 1 jaar', '1 x 1 jaar'],
  ])('reads the extension in "%s" as %s', (text, extension) => expect(factsIn(text).extensionOptions).toBe(extension));

  it('reads hours, duration and start from running sentences', () =>
    expect(
      factsIn('De gemeente zoekt voor 24 uur per week, voor de duur van 6 maanden, een adviseur. De gewenste startdatum is 1 juni 2026.'),
    ).toEqual({ hoursPerWeek: 24, durationMonths: 6, start: '2026-06-01' }));

  it('reads "for a period of two years" as 24 months', () => expect(factsIn('for a period of two years').durationMonths).toBe(24));

  it('takes no months from a sentence that does not announce them', () =>
    expect(factsIn('Wij werken al 3 jaar aan dit programma.')).toEqual({}));
});

describe('monthsBetween', () => {
  it.each([
    ['1 april 2026', '31 maart 2027', 12],
    ['1 maart 2026', '31 augustus 2026', 6],
    ['2 maart 2026', '1 september 2026', 6],
    ['1 januari 2026', '15 januari 2026', 0],
  ])('counts %s to %s as %d months', (from, to, months) => {
    const a = findDate(from);
    const b = findDate(to);
    expect(a && b && monthsBetween(a, b)).toBe(months);
  });
});

describe('facts in a posting', () => {
  const posting = (header: string) => parsePosting(`Adviseur\n\n${header}\n\nEisen\n- Ervaring met X.\n\nWensen\n- Ervaring met Y (100 punten)`).request;

  it('reads "Regio: Limburg · Uren: 32 per week · Duur: 9 maanden" as three fields', () =>
    expect(posting('Aanvraagnummer: 1\nRegio: Limburg · Uren: 32 per week · Duur: 9 maanden')).toMatchObject({
      region: 'Limburg',
      hoursPerWeek: 32,
      durationMonths: 9,
    }));

  it('reads pairs separated by bars and by "; label:"', () =>
    expect(posting('Referentie: BB-1 | Regio: Zuid-Holland\nStart: zo snel mogelijk; opleiding: WO')).toMatchObject({
      number: 'BB-1',
      region: 'Zuid-Holland',
      start: 'zo snel mogelijk',
      education: 'WO',
    }));

  it('lets a field win over a sentence', () =>
    expect(posting('Aanvraagnummer: 1\nUren per week: 32\nDe gemeente zoekt iemand voor 24 uur per week.').hoursPerWeek).toBe(32));

  it('reads "Provincie Utrecht – Inhuurloket" as no region: that label needs a colon', () =>
    expect(posting('Provincie Utrecht – Inhuurloket\nAanvraagnummer: 1\nRegio: Utrecht').region).toBe('Utrecht'));
});

describe('facts in English and in years', () => {
  it.each([
    ['with an option to extend by 1 year', '1 x 1 year'],
    ['with two options to extend by 2 years each', '2 x 2 years'],
    ['with an option to extend by 1 month', '1 x 1 month'],
    ['met twee opties tot verlenging van 1 maand', '2 x 1 maand'],
  ])('reads "%s" as %s', (text, extension) => expect(factsIn(text).extensionOptions).toBe(extension));

  it('reads "for the duration of two years" as 24 months', () => expect(factsIn('for the duration of two years').durationMonths).toBe(24));

  it('reads "1 year" at the start of a period value as 12 months', () => expect(factsIn('1 jaar, 16 uur per week', true)).toEqual({ durationMonths: 12, hoursPerWeek: 16 }));

  it('reads no range when the second date is not right after the first', () =>
    expect(factsIn('1 april 2026 tot en met eind maart, daarna 31 maart 2027', true).start).toBeUndefined());

  it('reads no start from "startdatum is" without a date after it', () => expect(factsIn('De startdatum is nog niet bekend.')).toEqual({}));
});
