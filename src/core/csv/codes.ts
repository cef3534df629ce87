// The column headers our export writes for knock-outs and criteria, and how the import reads
// them back: "K1 <text>", "G1 <text> (max 10)", "G1 toelichting"; the codes alone also work.
import type { Criterion, KnockOut } from '../model';

export const TEXT_IN_HEADER = 40;

/** "K1 HBO werk- en denkniveau" — K + 1-based position + the first 40 characters of the text. */
export function knockOutHeader(index: number, knockOut: KnockOut): string {
  return `K${index + 1} ${shortText(knockOut.text)}`.trimEnd();
}

/** "G1 Ervaring met SOR (max 10)"; `points` is the formatted maximum. */
export function criterionHeader(index: number, criterion: Criterion, points: string): string {
  const text = shortText(criterion.text);
  return `G${index + 1}${text ? ' ' + text : ''} (max ${points})`;
}

/** "G1 toelichting" — the evidence note of a criterion; `word` is the export language's ("note"). */
export function noteHeader(index: number, word = 'toelichting'): string {
  return `G${index + 1} ${word}`;
}

function shortText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, TEXT_IN_HEADER).trimEnd();
}

export type ParsedCode =
  | { kind: 'knockOut' | 'score'; position: number; rest: string }
  | { kind: 'note'; position: number };

const CODE = /^\s*([KG])(\d{1,3})(?![\p{L}\p{N}])\s*(.*)$/isu;
const NOTE_WORDS = /^(toelichting|onderbouwing|notitie|opmerking|note|notes|evidence)$/i;
const MAX_SUFFIX = /\s*\((max\.?\s*)?[\d.,]+\s*(punten|pnt|points)?\)\s*$/i;

/** Reads a header written as one of our codes; null when the header is no code. */
export function parseCode(header: string): ParsedCode | null {
  const m = CODE.exec(header);
  if (!m) return null;
  const letter = (m[1] as string).toUpperCase();
  const position = Number(m[2]) - 1;
  if (position < 0) return null;
  const rest = (m[3] as string).trim();
  if (letter === 'G' && NOTE_WORDS.test(rest)) return { kind: 'note', position };
  return { kind: letter === 'K' ? 'knockOut' : 'score', position, rest: stripMaxSuffix(rest) };
}

/** "Ervaring (max 10)" → "Ervaring". */
export function stripMaxSuffix(text: string): string {
  return text.replace(MAX_SUFFIX, '').trim();
}
