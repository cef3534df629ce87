// Texts that print a count say "1 rij" and "2 rijen", never "rij(en)", and write the count as the
// language writes numbers (PRODUCT §8: numbers formatted for the chosen language).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { t, withLocale, type SingularKey } from '../../src/ui/i18n';
import { errorText } from '../../src/ui/i18n/errors';
import { en } from '../../src/ui/i18n/en';
import { nl, type Dict } from '../../src/ui/i18n/nl';

const inBoth = (text: () => string) => ({ nl: withLocale('nl', text), en: withLocale('en', text) });

describe('a count in a text', () => {
  it.each([
    ['importCommit', 1, '1 rij importeren', 'Import 1 row'],
    ['importCommit', 2, '2 rijen importeren', 'Import 2 rows'],
    ['importCommit', 0, '0 rijen importeren', 'Import 0 rows'],
    ['matrixPasteRejected', 1, 'Plakken: 1 cel geweigerd, niets gewijzigd', 'Paste: 1 cell refused, nothing changed'],
    ['matrixPasteRejected', 3, 'Plakken: 3 cellen geweigerd, niets gewijzigd', 'Paste: 3 cells refused, nothing changed'],
    ['procAwardIntro', 1, /\(1 professional gevraagd\)/, /\(1 professional sought\)/],
    ['procAwardIntro', 2, /\(2 professionals gevraagd\)/, /\(2 professionals sought\)/],
    ['procProvisional', 1, /^Voorlopig: 1 kandidaat heeft nog niet/, /^Provisional: 1 candidate does not have/],
    ['procProvisional', 11, /^Voorlopig: 11 kandidaten hebben nog niet/, /^Provisional: 11 candidates do not have/],
    ['candidatesCount', 1, '1 kandidaat', '1 candidate'],
    ['teamDenied', 1, /^De server weigerde 1 wijziging; die staat/, /^The server refused 1 change; it is/],
  ] as const)('%s with %d', (key, n, dutch, english) => {
    const said = inBoth(() => t(key, { n }));
    if (typeof dutch === 'string') expect(said).toEqual({ nl: dutch, en: english });
    else {
      expect(said.nl).toMatch(dutch);
      expect(said.en).toMatch(english as RegExp);
    }
  });

  it('is written with the thousands separator of the language, as the import writes its lines', () =>
    expect(inBoth(() => t('candidatesCount', { n: 5028 }))).toEqual({ nl: '5.028 kandidaten', en: '5,028 candidates' }));

  it('picks the singular for a count given as digits too (formatted before it came)', () =>
    expect(withLocale('nl', () => t('importCommit', { n: '1' }))).toBe('1 rij importeren'));

  it('leaves a place as it is: line 1234 is no amount', () =>
    expect(withLocale('nl', () => t('errAtCell', { line: 1234, column: 'Naam', text: 'x' }))).toMatch(/1234/));

  it('says "1 professional" when an award of a request for one is refused', () =>
    expect(inBoth(() => errorText({ code: 'award-too-many', message: '', params: { max: 1, count: 2 } }))).toEqual({
      nl: 'Deze aanvraag zoekt 1 professional; er zijn er 2 gekozen.',
      en: 'This request seeks 1 professional; 2 are chosen.',
    }));
});

describe('the dictionaries', () => {
  const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s: each singular stands beside its text and needs no param the text lacks', (_language, dict: Dict) => {
    const singulars = Object.keys(dict).filter((key) => key.endsWith('_one'));
    expect(singulars.length).toBeGreaterThan(10);
    for (const key of singulars) {
      const base = dict[key.slice(0, -'_one'.length) as keyof Dict];
      expect(base, key).toBeDefined();
      for (const name of names(dict[key as keyof Dict])) expect(names(base).has(name), `${key}: {${name}}`).toBe(true);
    }
  });

  it('every singular key has its text, as the type says', () => {
    type Orphan = { [K in SingularKey]: K extends `${infer Base}_one` ? (Base extends keyof Dict ? never : K) : never }[SingularKey];
    expectTypeOf<Orphan>().toEqualTypeOf<never>();
  });

  it.each([
    ['nl', nl, /\w\((s|en|len)\)|kandida(at|ten)\/kandida/],
    ['en', en, /\w\(s\)/],
  ] as const)('%s writes no "(s)" after a counted word', (_language, dict: Dict, pattern) =>
    expect(Object.entries(dict).filter(([, text]) => pattern.test(text))).toEqual([]));
});
