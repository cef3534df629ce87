// Text plumbing: counts, sentences, wrapped lines.
import { describe, expect, it } from 'vitest';
import { firstNumber, readCount } from '../../../src/core/posting/counts';
import { joinWrapped, normalise, splitSentences, tidyItem } from '../../../src/core/posting/text';

describe('counts', () => {
  it.each([['5', 5], ['vijf', 5], ['Tien', 10], ['three', 3], ['één', 1], ['veel', undefined]])('reads "%s" as %j', (token, n) =>
    expect(readCount(token)).toBe(n));
  it.each([['8 uur', 8], ['7,5 uur', 7.5], ['zestien uur', 16], ['één professional', 1], ['geen', undefined]])(
    'finds %j in "%s"',
    (text, n) => expect(firstNumber(text)).toBe(n),
  );
});

describe('number words', () => {
  const dutch = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig'];
  const english = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
  it.each(dutch.map((word, i) => [word, i + 1] as const))('reads the Dutch "%s" as %d', (word, n) => expect(readCount(word)).toBe(n));
  it.each(english.map((word, i) => [word, i + 1] as const))('reads the English "%s" as %d', (word, n) => expect(readCount(word)).toBe(n));
  it('reads "een" as 1 in a value that is a count ("een professional")', () => expect(firstNumber('een professional')).toBe(1));
});

describe('text', () => {
  it('turns non-breaking spaces and Windows line ends into plain ones', () => expect(normalise('a\u00a0b\r\nc')).toBe('a b\nc'));

  it('joins wrapped pieces, and a word broken at a hyphen without a space', () =>
    expect(joinWrapped(['ongeveer 3400 Pand-', 'ID’s niet', '', 'gekoppeld'])).toBe('ongeveer 3400 Pand-ID’s niet gekoppeld'));

  it('splits sentences but not after "max." or "excl."', () =>
    expect(splitSentences('Een CV (max. 5 pagina’s). Tarief excl. btw. Drie referenties.')).toEqual([
      'Een CV (max. 5 pagina’s).',
      'Tarief excl. btw.',
      'Drie referenties.',
    ]));

  it('reads the word before a full stop whatever its letters, so "Één." ends a sentence and "o.a." does not', () =>
    expect(splitSentences('Vaak Één. Zie o.a. Ærø. Het 𝐁oek. Klaar')).toEqual(['Vaak Één.', 'Zie o.a. Ærø.', 'Het 𝐁oek.', 'Klaar']));

  it.each([
    ['a number of one or two digits after a space reads as a list number, no boundary', 'Stap 1. Daarna 12. Klaar', ['Stap 1. Daarna 12. Klaar']],
    ['a list number at the start is no boundary', '1. Eerste punt.', ['1. Eerste punt.']],
    ['a year is a boundary', 'Sinds 2024. Nu', ['Sinds 2024.', 'Nu']],
    ['a number glued to a word is a boundary', 'Versie A2. Nu', ['Versie A2.', 'Nu']],
    ['a stop at the end of the text is one', 'Stap 1.', ['Stap 1.']],
  ])('splits sentences: %s', (_, text, sentences) => expect(splitSentences(text)).toEqual(sentences));

  it('leaves text without line ends or invisible spaces as it is', () => expect(normalise('a b\nc')).toBe('a b\nc'));

  it('keeps glued words as given and drops list punctuation at the end', () =>
    expect(tidyItem('Het werken vanuit deSOR gedachteversterken voor de BGT; ')).toBe('Het werken vanuit deSOR gedachteversterken voor de BGT'));
});
