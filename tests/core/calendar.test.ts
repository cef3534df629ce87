import { describe, expect, it } from 'vitest';
import { amsterdamDay } from '../../src/core';

describe('the day in Amsterdam', () => {
  it('is the Dutch calendar day, not the UTC one, in winter (UTC+1)', () => {
    expect(amsterdamDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
  });
  it('is the Dutch calendar day in summer (UTC+2)', () => {
    expect(amsterdamDay(new Date('2026-06-29T22:30:00Z'))).toBe('2026-06-30');
    expect(amsterdamDay(new Date('2026-06-29T21:30:00Z'))).toBe('2026-06-29');
  });
});
