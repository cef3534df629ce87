// PRODUCT §5: a rate below € 15 or above € 400 per hour, or more than 60 hours a week, is flagged
// before anything is written; never refused, never changed.
import { describe, expect, it } from 'vitest';
import { PLAUSIBLE, plausibilityFlags } from '../../src/core';

describe('plausible hourly rates', () => {
  it.each([15, 15.01, 75, 399.99, 400])('€ %d per hour is not flagged', (hourlyRate) => {
    expect(plausibilityFlags({ hourlyRate })).toEqual([]);
  });

  it.each([0, 12.5, 14.99, 400.01, 1250])('€ %d per hour is flagged, with the bounds it is outside', (hourlyRate) => {
    expect(plausibilityFlags({ hourlyRate })).toEqual([
      expect.objectContaining({ code: 'implausible-rate', field: 'hourlyRate', params: { value: hourlyRate, min: 15, max: 400 } }),
    ]);
  });

  it('says so in Dutch, in euros as the screen writes them', () => {
    const [flag] = plausibilityFlags({ hourlyRate: 1250 });
    expect(flag?.message.replace(/\u00a0/g, ' ')).toBe('Een uurtarief van € 1.250,00 is ongebruikelijk (meestal € 15,00 tot € 400,00); kijk of het goed gelezen is.');
  });
});

describe('plausible hours per week', () => {
  it.each([0, 8, 40, 59.5, 60])('%d hours a week is not flagged', (hoursPerWeek) => {
    expect(plausibilityFlags({ hoursPerWeek })).toEqual([]);
  });

  it.each([60.5, 61, 80, 168])('%d hours a week is flagged', (hoursPerWeek) => {
    const [flag] = plausibilityFlags({ hoursPerWeek });
    expect(flag).toMatchObject({ code: 'implausible-hours', field: 'hoursPerWeek', params: { value: hoursPerWeek, max: 60 } });
  });

  it('says so in Dutch', () => {
    expect(plausibilityFlags({ hoursPerWeek: 72.5 })[0]?.message).toBe('72,5 uur per week is ongebruikelijk (meer dan 60); kijk of het goed gelezen is.');
  });
});

describe('what is not flagged', () => {
  it('flags nothing that is unknown', () => expect(plausibilityFlags({})).toEqual([]));

  it('flags the rate and the hours of one candidate separately, rate first', () => {
    expect(plausibilityFlags({ hourlyRate: 5, hoursPerWeek: 70 }).map((f) => f.field)).toEqual(['hourlyRate', 'hoursPerWeek']);
  });

  it('keeps the bounds of PRODUCT §5', () => expect(PLAUSIBLE).toEqual({ hourlyRate: { min: 15, max: 400 }, hoursPerWeek: { max: 60 } }));
});
