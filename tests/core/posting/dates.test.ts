// Dutch and English dates, turned into ISO 8601 with the Europe/Amsterdam offset.
import { describe, expect, it } from 'vitest';
import { amsterdamOffset, findDate, findTime, isoDate, isoDateTime, timeAfter, weekdayMismatch } from '../../../src/core/posting/dates';

describe('findDate', () => {
  it.each([
    ['maandag 22 december 2025', '2025-12-22'],
    ['tot donderdag 25 juni 2026, 09.00 uur', '2026-06-25'],
    ['01-02-2026', '2026-02-01'],
    ['1/2/2026', '2026-02-01'],
    ['09.02.2026', '2026-02-09'],
    ['2026-03-12', '2026-03-12'],
    ['12 March 2026 10:00', '2026-03-12'],
    ['Thursday 12 March 2026', '2026-03-12'],
    ['March 12, 2026', '2026-03-12'],
    ['vrijdag 2  januari 2026', '2026-01-02'],
    ['12 mrt. 2026', '2026-03-12'],
    ['3 okt 2026', '2026-10-03'],
  ])('reads "%s" as %s', (text, iso) => {
    const date = findDate(text);
    expect(date && isoDate(date)).toBe(iso);
  });

  it.each([['31 februari 2026'], ['30-02-2026'], ['Zo snel mogelijk'], ['035-7510777'], ['']])(
    'finds no date in "%s"',
    (text) => expect(findDate(text)).toBeUndefined(),
  );

  it('takes the earliest date when several notations appear', () =>
    expect(findDate('van 01-03-2026 tot 1 april 2026')).toMatchObject({ year: 2026, month: 3, day: 1 }));

  it('remembers the weekday written before the date', () =>
    expect(findDate('maandag 22 december 2025')?.namedWeekday).toBe(1));
});

describe('times', () => {
  it.each([
    ['09:00 uur', { hour: 9, minute: 0 }],
    ['09.00 uur', { hour: 9, minute: 0 }],
    ['9.30u', { hour: 9, minute: 30 }],
    ['10:00 CET', { hour: 10, minute: 0 }],
  ])('reads "%s"', (text, time) => expect(findTime(text)).toEqual(time));

  it.each([['25:00'], ['12:75'], ['01.02.2026']])('reads no time in "%s"', (text) => expect(findTime(text)).toBeUndefined());

  it.each([
    [', 09.00 uur.', { hour: 9, minute: 0 }],
    [' 09:00 .', { hour: 9, minute: 0 }],
    [' om 10.00 uur', { hour: 10, minute: 0 }],
    [' at 10:00', { hour: 10, minute: 0 }],
  ])('reads the time right after a date in "%s"', (text, time) => expect(timeAfter(text)).toEqual(time));

  it('reads no time that stands further on in the sentence', () => expect(timeAfter(' bericht, om 09:00')).toBeUndefined());
});

describe('Europe/Amsterdam offsets', () => {
  const at = (date: string, time: string) => {
    const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return isoDateTime({ year, month, day }, { hour, minute });
  };

  it.each([
    ['2025-12-22', '09:00', '2025-12-22T09:00:00+01:00'],
    ['2026-06-29', '09:00', '2026-06-29T09:00:00+02:00'],
    ['2026-01-01', '00:00', '2026-01-01T00:00:00+01:00'],
    ['2026-08-15', '23:59', '2026-08-15T23:59:00+02:00'],
  ])('%s %s is %s', (date, time, iso) => expect(at(date, time)).toBe(iso));

  it.each([
    // Summer time starts on the last Sunday of March at 02:00 local (01:00 UTC).
    ['2026-03-28', '12:00', 1, 'the day before the switch to summer time'],
    ['2026-03-29', '01:59', 1, 'the last minute of winter time'],
    ['2026-03-29', '02:30', 1, 'a time that does not exist (the clock jumps to 03:00)'],
    ['2026-03-29', '03:00', 2, 'the first minute of summer time'],
    ['2026-03-30', '09:00', 2, 'the day after the switch'],
    ['2025-03-30', '03:00', 2, "2025's last Sunday of March"],
    // Summer time ends on the last Sunday of October at 03:00 local (01:00 UTC).
    ['2026-10-24', '12:00', 2, 'the day before the switch to winter time'],
    ['2026-10-25', '01:59', 2, 'before the repeated hour'],
    ['2026-10-25', '02:30', 2, 'the repeated hour, read as its first (summer) occurrence'],
    ['2026-10-25', '03:00', 1, 'after the repeated hour'],
    ['2025-10-26', '09:00', 1, "2025's last Sunday of October"],
  ] as const)('%s %s is +0%d:00: %s', (date, time, offset, _why) => {
    const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    expect(amsterdamOffset({ year, month, day }, { hour, minute })).toBe(offset);
  });
});

describe('weekdayMismatch', () => {
  it('says nothing when the weekday is right', () => {
    const date = findDate('maandag 22 december 2025');
    expect(date && weekdayMismatch(date)).toBeUndefined();
  });

  it('gives both weekdays as numbers (0 = Sunday) when they differ', () => {
    const date = findDate('dinsdag 22 december 2025');
    expect(date && weekdayMismatch(date)).toEqual({ named: 2, actual: 1 });
  });

  it('warns about a wrong weekday in a posting, with the date and both weekdays as params', async () => {
    const { parsePosting } = await import('../../../src/core/posting');
    const { warnings } = parsePosting('Titel X\n\nAanvraagnummer 1\nEinde inschrijfdatum dinsdag 22 december 2025\nEindtijd 09:00 uur');
    expect(warnings).toContainEqual({
      code: 'deadline-weekday',
      field: 'deadline',
      params: { date: '2025-12-22', named: 2, actual: 1 },
      message: 'Deadline: de tekst noemt dinsdag, maar 2025-12-22 is een maandag; controleer de datum.',
    });
  });
});
