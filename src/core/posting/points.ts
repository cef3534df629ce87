// The weight of a selection criterion, in the notations the trade uses: "(20 punten)", "20 pnt",
// "max. 20 punten", "weging 20%", "(20%)". A percentage weight is read as points out of 100.
import { readNumber } from '../numbers';
import { guarded } from './guarded';
import { tidyItem, trimEndOf } from './text';

export interface PointsFound {
  points: number;
  /** Set when the weight was a percentage ("weging 20%"), which reads as points out of 100. */
  percent?: true;
  /** The text with the notation taken out. */
  text: string;
}

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const UNIT = String.raw`(?:punten|punt|pnt|ptn|pts|pt|points|point|%)`;
const LEAD = String.raw`(?:max(?:imaal|imum)?\.?|weging|gewicht|weighting|weight|score)`;

// In brackets a notation counts wherever it stands; bare ones only at the end of the text or
// when a word such as "weging" announces them, so "50% van de tijd" mid-sentence is no weight.
const BRACKETED = new RegExp(String.raw`\(\s*(?:${LEAD}\s*:?\s*)?${NUMBER}\s*${UNIT}?\.?\s*\)`, 'giu');
const ANNOUNCED = guarded(String.raw`(?<![\p{L}])`, String.raw`${LEAD}\s*:?\s*${NUMBER}\s*${UNIT}?(?![\p{L}\d])\.?`, 'giu');
const UNIT_AT_END = new RegExp(`${UNIT}\\.?$`, 'iu');
const TRAILING = guarded(String.raw`(?<![\p{L}\d.,])`, String.raw`${NUMBER}\s*${UNIT}(?![\p{L}\d])[\s.;,)]*$`, 'giu');

interface Span {
  start: number;
  end: number;
  value: string;
  bracketed: boolean;
}

function spans(text: string): Span[] {
  const out: Span[] = [];
  // Every bracketed notation opens a bracket; most texts have none, and need no search.
  for (const m of text.includes('(') ? text.matchAll(BRACKETED) : []) {
    // "(3 jaar)" or "(2)" are no weights: brackets need a unit or an announcing word.
    if (!/[%a-z]/i.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1] ?? '', bracketed: true });
  }
  for (const m of ANNOUNCED.loose.test(text) ? text.matchAll(ANNOUNCED.exact) : []) {
    if (/^max/i.test(m[0]) && !UNIT_AT_END.test(m[0])) continue; // "max. 5" needs a unit
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1] ?? '', bracketed: false });
  }
  for (const m of TRAILING.loose.test(text) ? text.matchAll(TRAILING.exact) : []) {
    out.push({ start: m.index, end: m.index + m[0].length, value: m[1] ?? '', bracketed: false });
  }
  return out;
}

/** The rightmost points notation in the text, and the text without it. */
export function extractPoints(text: string): PointsFound | undefined {
  if (!/\d/.test(text)) return undefined; // every notation has a number; most lines have none
  const all = spans(text);
  const bracketed = all.filter((s) => s.bracketed);
  const found = all
    .filter((s) => s.bracketed || !bracketed.some((b) => s.start < b.end && b.start < s.end))
    .filter((s) => s.bracketed || /^[\s.;,)–-]*$/.test(text.slice(s.end)) || /^[\s(]*(max|weging|gewicht|weight|score)/i.test(text.slice(s.start)))
    .sort((a, b) => b.end - a.end || a.start - b.start)[0];
  if (!found) return undefined;
  const read = readNumber(found.value);
  if (!read.ok || read.value <= 0) return undefined;
  const before = trimEndOf(text.slice(0, found.start), ':–—-');
  const rest = tidyItem(before + ' ' + text.slice(found.end));
  return text.slice(found.start, found.end).includes('%') ? { points: read.value, percent: true, text: rest } : { points: read.value, text: rest };
}

/** A line that holds nothing but a weight ("20 punten", "(weging 20%)"), e.g. under its item. */
export function isPointsOnly(line: string): boolean {
  const found = extractPoints(line);
  return found !== undefined && found.text.replace(/[^\p{L}\d]/gu, '') === '';
}
