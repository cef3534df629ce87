// One language at a time (PRODUCT §8), checked where the words live: no entry of the English
// dictionaries holds a Dutch word and no Dutch entry an English one, as the language walk's
// detector (tests/e2e/language.ts) tells them; and the detector itself tells them apart.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { nl } from '../../src/ui/i18n/nl';
import { USER, UserData, fileNameText, foreignWords, tokens, wordsOf } from '../e2e/language';

/**
 * Entries that quote the other language on purpose, and why. What they quote is left out; the rest
 * of the sentence is judged like any other.
 */
const QUOTING: Partial<Record<keyof typeof nl, string>> = {
  expectedKnockOutValue: 'a backup must literally hold "pass", "fail" or "unknown"',
  expectedTieBreak: 'a backup must literally hold "lowest-rate" or "none"',
  expectedRuleKind: 'a backup must literally hold "max-rate" or "min-hours"',
  expectedRating: 'a backup must literally hold "onvoldoende", "voldoende" or "goed"',
  errNoNameColumn: 'the import reads a name column headed in either language ("Naam", "Name")',
};

describe('the dictionaries', () => {
  it.each([
    ['nl', nl, 'en'],
    ['en', en, 'nl'],
  ] as const)('%s holds no word of the other language', (_language, dict, otherLanguage) => {
    const found = Object.entries(dict).flatMap(([key, value]) => {
      let text = value.replace(/\{\w+\}/g, ' ');
      if (key in QUOTING) text = text.replace(/"[^"]*"/g, ' ');
      const words = wordsOf(otherLanguage, text);
      return words.length ? [`${key}: ${words.join(', ')} in «${value}»`] : [];
    });
    expect(found).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
});

describe('the detector', () => {
  it('finds Dutch words in English text, and English words in Dutch text, as whole words', () => {
    expect(wordsOf('nl', 'Preview: geplakt.csv — 3 rijen importeren')).toEqual(['geplakt', 'rijen', 'importeren']);
    expect(wordsOf('en', 'Voorbeeld: pasted.csv — Import 3 rows')).toEqual(['pasted', 'rows']);
    // Whole words only: "de" is not found in "deadline", nor "the" in "them" twice.
    expect(wordsOf('nl', 'The deadline is near')).toEqual([]);
  });

  it('passes the words both languages write alike', () => {
    const shared = 'Shortlist Matrix Criteria Import Export CSV knock-out Status Score Reserve Deadline Start Filter Details Later Open K1 G2 C3 max. min. E-mail per week';
    expect(wordsOf('nl', shared)).toEqual([]);
    expect(wordsOf('en', shared)).toEqual([]);
  });

  it('reads an identifier in camel case as its words, and a file name by its parts', () => {
    expect(tokens('veld "hourlyRate"')).toEqual(['veld', 'hourly', 'rate']);
    expect(wordsOf('nl', fileNameText('shortlist-back-up-2026-11-22.json'))).toEqual(['back-up']);
    expect(wordsOf('en', fileNameText('shortlist-backup-2026-11-22.json'))).toEqual(['backup']);
    expect(wordsOf('en', fileNameText('uitslagen-30601-2026-11-22.csv'))).toEqual([]);
  });

  it('takes out what the user wrote: whole, quoted, or cut short with "…"', () => {
    const user = new UserData(['Anouk de Vries', 'Aantoonbare werkervaring met BlinQt of een gelijkwaardig pakket'], ['Naam;Uurtarief\nAnouk de Vries;70']);
    expect(user.strip('Award to Anouk de Vries')).toBe(`Award to ${USER}`);
    expect(user.strip('Score 99 is above the maximum of 20 for "Aantoonbare werkervaring met BlinQt of …".')).toBe(`Score 99 is above the maximum of 20 for ${USER}.`);
    expect(user.strip('Target of column "Naam"')).toBe(`Target of column ${USER}`);
    expect(user.strip('row 2, column Aantoonbare w…:')).toBe(`row 2, column ${USER}:`);
    // A user's text made only of interface words is not taken out where it stands unquoted: the
    // same words in the interface would go unseen. The UI marks such a text translate="no".
    expect(user.strip('Target of column Naam')).toBe('Target of column Naam');
    // A quotation of anything else stays and is judged.
    expect(user.strip('Save as "CSV UTF-8 (gescheiden door lijstscheidingsteken)"')).toContain('gescheiden');
  });

  it('reports each text with its words of the other language, after taking out the user data', () => {
    const user = new UserData(['Hanna de Boer']);
    const hits = foreignWords('en', [
      { stop: 's', where: 'td', source: 'text', text: 'Hanna de Boer' },
      { stop: 's', where: 'p', source: 'text', text: 'Nog niet gegund' },
      { stop: 's', where: 'button', source: 'aria-label', text: 'Copy the outcome of Hanna de Boer' },
    ], user);
    expect(hits).toEqual([{ stop: 's', where: 'p', source: 'text', text: 'Nog niet gegund', words: ['nog', 'niet', 'gegund'] }]);
  });
});
