// Text plumbing for pasted postings: pasted text arrives with non-breaking spaces, Windows line
// ends and lines wrapped mid-sentence (sometimes with blank lines between the halves).

export interface SourceLine {
  /** Zero-based line number in the normalised text. */
  index: number;
  /** The line as pasted (tabs kept, trailing spaces removed). */
  raw: string;
  /** The line trimmed. */
  text: string;
}

/** Unifies line ends and the invisible spaces word processors and PDFs leave behind. */
export function normalise(text: string): string {
  // One scan tells whether any of the three passes below has work (most pastes need none).
  if (!/[\r\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff]/.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '');
}

export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => {
    // Trailing blanks are found from the end: a regex anchored there is tried at every position.
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    const raw = end === line.length ? line : line.slice(0, end);
    return { index, raw, text: raw.trim() };
  });
}

/** Collapses runs of white space (tabs included) into one space. */
export function collapse(text: string): string {
  // Most lines have nothing to collapse; a look is cheaper than a replace that copies the line.
  if (!needsCollapse(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** What /\s/ matches beyond ASCII: U+00A0, then nothing below U+1680 (the accented letters). */
const WIDE_SPACE = /\s/;

/** Whether one character is white space as /\s/ reads it, mostly without running a regex. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c >= 0x1680) && WIDE_SPACE.test(ch));
}

/**
 * The text without the run of white space and of `chars` at its end: text.replace(/[\s…]+$/u, '')
 * read from the end, since a regex anchored there is tried from every position of the text.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0) {
    const ch = text.charAt(end - 1);
    if (!isSpace(ch) && !chars.includes(ch)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

// White space other than a plain space (tabs, line ends, non-breaking and wide spaces).
const OTHER_SPACE = /[^\S ]/;

/**
 * Whether a text has white space to collapse or trim: a space at either end, two in a row, or
 * any other kind. The same as /\s\s|[^\S ]|^\s|\s$/, in searches the engine runs fastest:
 * this runs on every line, several times.
 */
function needsCollapse(text: string): boolean {
  if (text === '') return false;
  return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || text.includes('  ') || OTHER_SPACE.test(text);
}

/**
 * Joins the pieces of one wrapped sentence. A piece ending in a hyphen after a letter
 * ("Pand-" + "ID's") continues the word, so no space goes between them.
 */
export function joinWrapped(pieces: string[]): string {
  return joinCollapsed(pieces.map(collapse));
}

/** `joinWrapped` of pieces that are collapsed already. */
function joinCollapsed(collapsed: string[]): string {
  const parts: string[] = [];
  let last = '';
  for (const piece of collapsed) {
    if (piece === '') continue;
    // Only the tail of the previous piece is tested: a regex anchored at the end of the whole
    // text so far would make long postings quadratic.
    if (parts.length > 0 && last.endsWith('-') && /\p{L}-$/u.test(last.slice(-2)) && /^\p{Lu}/u.test(piece)) parts.push(piece);
    else parts.push(parts.length > 0 ? ' ' + piece : piece);
    last = piece;
  }
  return parts.join('');
}

/** All lines joined into one running text, for searches that may span a wrapped line. */
export function flatten(lines: SourceLine[]): string {
  return joinWrapped(lines.map((l) => l.text));
}

/**
 * Paragraphs: runs of non-empty lines; a list item starts a new one. Searches that quote their
 * source (a rate in a sentence) use these, so a quote never runs across a heading.
 */
function paragraphsOf(lines: SourceLine[], collapsed: string[]): string[] {
  const out: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    const piece = collapsed[i] ?? '';
    if (line.text === '' || /^(\d{1,2}[.)]|[•*·▪–-])\s/.test(line.text)) {
      if (current.length > 0) out.push(current);
      current = line.text === '' ? [] : [piece];
    } else {
      current.push(piece);
    }
  });
  if (current.length > 0) out.push(current);
  return out.map(joinCollapsed);
}

/** The running text (`flatten`) and its paragraphs, each line collapsed once for both. */
export function runningText(lines: SourceLine[]): { body: string; paragraphs: string[] } {
  const collapsed = lines.map((l) => collapse(l.text));
  return { body: joinCollapsed(collapsed), paragraphs: paragraphsOf(lines, collapsed) };
}

/** A quote short enough for a warning. */
export function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// Abbreviations after which a full stop does not end a sentence ("max. 5 pagina's").
const ABBREVIATIONS = new Set([
  'max', 'min', 'incl', 'excl', 'bijv', 'bv', 'o.a', 'ca', 'nr', 'e.g', 'i.e', 'etc', 'vs', 'art',
  'zgn', 'resp', 'evt', 'm.b.t', 'i.v.m', 't.a.v', 'z.s.m', 'approx', 'no',
]);

const LETTER = /^\p{L}$/u;
const SPACE = /\s/;

/**
 * Whether the UTF-16 unit at `i` belongs to a letter, as /\p{L}/u reads the text from `from` to
 * `end`: an astral letter counts only when both its halves lie inside.
 */
function isLetterAt(text: string, i: number, from: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff) return i > from && LETTER.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < end && LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text.charAt(i));
}

/** The run of letters and full stops that ends at `end` (not before `from`), lower-cased. */
function lastWordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && (text.charCodeAt(i - 1) === 46 || isLetterAt(text, i - 1, from, end))) i--;
  return text.slice(i, end).toLowerCase();
}

/** Whether one or two digits end the text before `end`, after white space (or at `from`, if allowed). */
function endsInListNumber(text: string, from: number, end: number, atFrom: boolean): boolean {
  let i = end;
  while (i > from && end - i < 3 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) i--;
  const digits = end - i;
  if (digits < 1 || digits > 2) return false;
  if (i === from) return atFrom;
  return SPACE.test(text.charAt(i - 1));
}

/** Splits running text into sentences; a full stop after a known abbreviation is no boundary. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+["'“‘(]?[\p{Lu}\d])|[.!?]$/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    if (m[0] === '.') {
      // Only the tail before the stop matters; it is read backwards, character by character,
      // because a regex anchored at the end of the text is tried from every position before it.
      const from = Math.max(start, m.index - 40);
      if (ABBREVIATIONS.has(lastWordBefore(text, from, m.index))) continue;
      if (m.index + 1 < text.length && endsInListNumber(text, from, m.index, from === start)) continue; // "1." list numbers
    }
    sentences.push(text.slice(start, m.index + 1).trim());
    start = m.index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences.filter((s) => s !== '');
}

/** Tidies an item's text: one line, no list punctuation at the end. */
export function tidyItem(text: string): string {
  return trimEndOf(collapse(text), ';,.:–—-').trim();
}

/** Upper-cases the first letter ("gemeente Westerveld" → "Gemeente Westerveld"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Words only one of the two languages writes often; a posting is English when it has more of them.
const ENGLISH_WORDS = /\b(?:the|and|of|with|experience|hours|candidates|requirements|will|are|is)\b/gi;
const DUTCH_WORDS = /\b(?:de|het|en|van|met|ervaring|uur|kandidaten|eisen|worden|zijn|een)\b/gi;

/** Whether a posting is written in English (so what the parser adds to it is English too). */
export function isEnglish(text: string): boolean {
  // The first pages tell the language as well as all of them, without listing every word of a long paste.
  const sample = text.slice(0, 20_000);
  const count = (re: RegExp) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(sample) !== null) n++;
    return n;
  };
  return count(ENGLISH_WORDS) > count(DUTCH_WORDS);
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}
