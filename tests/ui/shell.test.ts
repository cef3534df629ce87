import { describe, expect, it } from 'vitest';
import { initialLocale } from '../../src/ui/i18n';
import { countdown } from '../../src/ui/requests/countdown';
import { en } from '../../src/ui/i18n/en';
import { nl } from '../../src/ui/i18n/nl';

describe('language', () => {
  it.each([
    [null, ['nl-NL'], 'nl'],
    [null, ['en-US', 'nl'], 'en'],
    [null, ['de-DE', 'en-GB'], 'en'],
    [null, ['fr-FR'], 'nl'],
    ['en', ['nl-NL'], 'en'],
    ['xx', ['nl-NL'], 'nl'],
  ] as const)('stored %s with browser %j gives %s', (stored, langs, expected) => expect(initialLocale(stored, langs)).toBe(expected));
  it('has every Dutch key in English, with the same placeholders', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(nl[key]));
    }
  });
  it('gives the main actions the names of PRODUCT §8', () => {
    expect([nl.newRequest, nl.pastePosting, nl.importCsv, nl.exportShortlist, nl.backUp]).toEqual([
      'Nieuwe aanvraag', 'Vacaturetekst plakken', 'CSV importeren', 'Shortlist exporteren', 'Back-up maken',
    ]);
    expect([en.newRequest, en.pastePosting, en.importCsv, en.exportShortlist, en.backUp]).toEqual([
      'New request', 'Paste posting', 'Import CSV', 'Export shortlist', 'Back up',
    ]);
  });
});

describe('deadline countdown', () => {
  const now = new Date('2026-06-28T07:00:00Z');
  it('counts down to a deadline with an offset', () => {
    expect(countdown('2026-06-29T09:00:00+02:00', now)).toEqual({ kind: 'left', days: 1, hours: 0, minutes: 0 });
  });
  it('marks a past deadline', () => expect(countdown('2025-12-22T09:00:00+01:00', now)).toEqual({ kind: 'past' }));
  it('has none without a deadline or with garbage', () => {
    expect(countdown(undefined, now)).toEqual({ kind: 'none' });
    expect(countdown('morgen', now)).toEqual({ kind: 'none' });
  });
});
