// Header key/value pairs.
import { describe, expect, it } from 'vitest';
import type { PostingWarning } from '../../../src/core/model';
import { readFields } from '../../../src/core/posting/fields';
import { extensionOf, hoursOf, monthsOf, startOf } from '../../../src/core/posting/header';
import { toLines } from '../../../src/core/posting/text';

const values = (text: string) =>
  Object.fromEntries(Object.entries(readFields(toLines(text))).map(([key, field]) => [key, field?.value]));

describe('readFields', () => {
  it.each([
    ['Aanvraagnummer 25924', 'number', '25924'],
    ['Aanvraagnummer: 25924', 'number', '25924'],
    ['Kenmerk\tPGLD-2026-118', 'number', 'PGLD-2026-118'],
    ['| Aanvraagnummer | 40112 |', 'number', '40112'],
    ['Reference number: RWS-2026-0142', 'number', 'RWS-2026-0142'],
    ['Regio Drenthe', 'region', 'Drenthe'],
    ['Uren per week 8 uur', 'hours', '8 uur'],
    ['Duur 12 maanden maanden', 'duration', '12 maanden maanden'],
    ['Opties verlenging 1 x 12 maand(en)', 'extension', '1 x 12 maand(en)'],
    ['Start 01-02-2026', 'start', '01-02-2026'],
    ['Opleidingniveau HBO', 'education', 'HBO'],
    ['Einde inschrijfdatum maandag 22 december 2025', 'deadline', 'maandag 22 december 2025'],
    ['Eindtijd 09:00 uur', 'deadlineTime', '09:00 uur'],
    ['Hourly rate max € 95 excl. VAT', 'maxRate', 'max € 95 excl. VAT'],
    ['Opdrachtgever: Gemeente Zwolle', 'client', 'Gemeente Zwolle'],
  ])('reads "%s" as %s', (line, key, value) => expect(values(line)[key]).toBe(value));

  it('reads two pairs from one tab-separated line, skipping keys it does not know', () =>
    expect(values('Aanvraagnummer\t30601\tStart\tZo snel mogelijk\nDAS opdracht\tJa\tEindtijd\t09:00 uur')).toEqual({
      number: '30601',
      start: 'Zo snel mogelijk',
      deadlineTime: '09:00 uur',
    }));

  it.each([
    ['Start met het voorverwarmen van de oven'],
    ['Duur het niet te lang laten'],
    ['Regio waarin de opdrachtgever actief is, is groot en divers en strekt zich uit over drie provincies.'],
    ['Uren'],
    ['Referenties: twee'],
  ])('takes no field from the sentence "%s"', (line) => expect(values(line)).toEqual({}));

  it('keeps the first of two values for one key', () => expect(values('Regio Drenthe\nRegio Utrecht').region).toBe('Drenthe'));
});

describe('header values', () => {
  it.each([
    ['8 uur', 8],
    ['32', 32],
    ['zestien uur', 16],
  ])('reads hours "%s" as %d', (value, hours) => expect(hoursOf(value, [])).toBe(hours));

  it('reads an hours range as its upper end, with a warning', () => {
    const warnings: PostingWarning[] = [];
    expect(hoursOf('24-32 uur', warnings)).toBe(32);
    expect(warnings).toEqual([
      {
        code: 'hours-range',
        field: 'hoursPerWeek',
        params: { text: '24-32 uur', hours: 32 },
        message: "Uren per week: '24-32 uur' is een bereik; 32 aangenomen, controleer dit.",
      },
    ]);
  });

  it.each([
    ['12 maanden maanden', 12],
    ['6 months', 6],
    ['1 jaar', 12],
    ['2 years', 24],
    ['zes maanden', 6],
    ['9', 9],
  ])('reads duration "%s" as %d months', (value, months) => expect(monthsOf(value, [])).toBe(months));

  it('converts weeks to months with a warning', () => {
    const warnings: PostingWarning[] = [];
    expect(monthsOf('26 weken', warnings)).toBe(6);
    expect(warnings).toMatchObject([{ code: 'duration-weeks', field: 'durationMonths', params: { text: '26 weken', months: 6 } }]);
  });

  it.each([
    ['1 x 12 maand(en)', '1 x 12 maanden'],
    ['3 x 6 maand(en)', '3 x 6 maanden'],
    ['2x 1 maand(en)', '2 x 1 maand'],
    ['2 x 6 months', '2 x 6 months'],
    ['Geen', undefined],
  ])('writes extension "%s" as %j', (value, text) => expect(extensionOf(value)).toBe(text));

  it.each([
    ['01-02-2026', '2026-02-01'],
    ['maandag 2 maart 2026', '2026-03-02'],
    ['Zo snel mogelijk', 'Zo snel mogelijk'],
    ['per direct', 'per direct'],
  ])('reads start "%s" as %s', (value, start) => expect(startOf(value, [])).toBe(start));

  it('takes a date that follows other words in the start, with a warning', () => {
    const warnings: PostingWarning[] = [];
    expect(startOf('Uiterlijk 1 maart 2026', warnings)).toBe('2026-03-01');
    expect(warnings).toMatchObject([{ code: 'start-date-in-text', field: 'start', params: { date: '2026-03-01' } }]);
  });
});
