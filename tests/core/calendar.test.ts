import { describe, expect, it } from 'vitest';
import { amsterdamDay, instantOf, isoDateTime, isoOfInstant, wallClockAt } from '../../src/core';

describe('the day in Amsterdam', () => {
  it('is the Dutch calendar day, not the UTC one, in winter (UTC+1)', () => {
    expect(amsterdamDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
  });
  it('is the Dutch calendar day in summer (UTC+2)', () => {
    expect(amsterdamDay(new Date('2026-06-29T22:30:00Z'))).toBe('2026-06-30');
    expect(amsterdamDay(new Date('2026-06-29T21:30:00Z'))).toBe('2026-06-29');
  });
});

describe('the Amsterdam clock (one implementation for the parser, the Criteria tab and file names)', () => {
  it.each([
    ['2026-01-15T08:00:00Z', { year: 2026, month: 1, day: 15, hour: 9, minute: 0, second: 0 }],
    ['2026-07-01T07:30:15Z', { year: 2026, month: 7, day: 1, hour: 9, minute: 30, second: 15 }],
    // The last Sunday of March 2026 is the 29th: at 01:00 UTC the clock jumps from 02:00 to 03:00.
    ['2026-03-29T00:59:59Z', { year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 }],
    ['2026-03-29T01:00:00Z', { year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 }],
    // The last Sunday of October 2026 is the 25th: at 01:00 UTC the clock goes back from 03:00 to 02:00.
    ['2026-10-25T00:30:00Z', { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }],
    ['2026-10-25T01:30:00Z', { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }],
  ])('shows %s as %o', (iso, wall) => {
    expect(wallClockAt(Date.parse(iso))).toEqual(wall);
  });
  it('writes a wall-clock time with the offset of its moment', () => {
    expect(isoDateTime({ year: 2025, month: 12, day: 22 }, { hour: 9, minute: 0 })).toBe('2025-12-22T09:00:00+01:00');
    expect(isoDateTime({ year: 2026, month: 6, day: 29 }, { hour: 9, minute: 0 })).toBe('2026-06-29T09:00:00+02:00');
  });
  it('reads the repeated October hour as its first, summer-time occurrence', () => {
    expect(isoDateTime({ year: 2026, month: 10, day: 25 }, { hour: 2, minute: 30 })).toBe('2026-10-25T02:30:00+02:00');
  });
  it('writes a time in the March gap as the instant it names, as the clock shows it', () => {
    expect(isoDateTime({ year: 2026, month: 3, day: 29 }, { hour: 2, minute: 30 })).toBe('2026-03-29T03:30:00+02:00');
    expect(instantOf({ year: 2026, month: 3, day: 29 }, { hour: 2, minute: 30 })).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });
  it('round-trips every hour of a year through the wall clock', () => {
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000) {
      expect(Date.parse(isoOfInstant(t))).toBe(t);
    }
  });
});
