// Small counts as postings write them: digits or Dutch/English number words ("de vijf hoogst
// scorende kandidaten", "the best three candidates").
import { readNumber } from '../numbers';

const WORDS: Record<string, number> = {
  één: 1, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19, twintig: 20,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20,
};

/** Number words for use inside a regular expression; "een"/"one" are left out because they
 * are also articles ("een gesprek"), which would read as a count. */
export const COUNT_WORD = `(?:\\d{1,3}|${Object.keys(WORDS)
  .filter((w) => w !== 'een' && w !== 'één' && w !== 'one')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const COUNT_OR_ONE = new RegExp(`(?<![\\p{L}\\d])(${COUNT_WORD}|een|één|one)(?![\\p{L}\\d])`, 'iu');

/** Reads "5", "vijf", "Five"; undefined for anything else. */
export function readCount(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  if (t in WORDS) return WORDS[t];
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
}

/** The first number (digits, Dutch or English notation, or a number word) in a text. */
export function firstNumber(text: string): number | undefined {
  const m = /\d+(?:[.,]\d+)*/.exec(text);
  if (m) {
    const read = readNumber(m[0]);
    return read.ok ? read.value : undefined;
  }
  const word = COUNT_OR_ONE.exec(text);
  return word ? readCount(word[1] ?? '') : undefined;
}
