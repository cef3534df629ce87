// Splits the body of a list section into items: numbered ("1.", "4)"), coded ("K1", "G2:"),
// bulleted (•, -, *) or table rows (tab or pipe). Survives the traps of real postings: lines
// wrapped mid-item (with blank lines between the halves), numbering that continues across
// sections, and an item glued to the end of the previous one ("…BAG/WOZ4. Minimaal 1 jaar…").
import { extractPoints, isPointsOnly } from './points';
import { joinWrapped, startsLowercase, trimEndOf, type SourceLine } from './text';

export interface Item {
  /** The marker as written ("4", "K1", "•"), for reference only: order is text order. */
  marker: string;
  text: string;
  /** Points from a table cell or from a line under the item; inline notations stay in `text`. */
  points?: number;
  /** Set when those points were a percentage. */
  percent?: true;
}

export interface SplitOptions {
  /** Criteria close when their points are found; a points-only line belongs to the item above. */
  points: boolean;
}

const MARKERS: RegExp[] = [
  /^(\d{1,2})[.)](?![\d.])\s*(?=\S)/,
  /^((?:KO|K|G|E|W|R|EIS|WENS|GC|SC|AC)[- ]?\d{1,2})(?:\s*[.:)–-]\s*|\s+)(?=\S)/,
  /^((?:eis|wens|criterium|requirement|criterion|knock-?out|ko)\s*\d{1,2})\s*[.:)–-]\s*/i,
  // Any other short code ("A1.", "KW3:", "SC2 –"), but not "B1-niveau" or "ISO 9001".
  /^([A-Z]{1,3}\d{1,2})(?:[.:)]\s*|\s+[–-]\s+|\s+)(?=\S)/,
  /^([•*·▪►➢✓–-])\s*(?=\S)/,
  /^([a-h])[.)]\s+(?=\p{Lu})/u,
];

// "…BAG/WOZ4. Minimaal", "…overheidsorganisatie.2. Ervaring": a number glued to a word (or to
// the full stop after it), then ". " and a capital, starts a new item.
const GLUED = /(?<=[\p{L})]|[\p{L})][.;])(\d{1,2})\.\s+(?=\p{Lu})/gu;

const TABLE_HEADER = /^(?:nr\.?|no\.?|#|code|eis(?:en)?|wens(?:en)?|criteri(?:um|a|on)|omschrijving|beschrijving|punten|max(?:imum)?\.? punten|weging|gewicht|score|requirement|description|points|weight|knock-?out|competentie|ja\/nee)$/i;

interface Draft {
  marker: string;
  pieces: string[];
  points?: number;
  percent?: true;
  /** Whether `pieces` held a points notation when they numbered `counted`: every line asks. */
  noted?: { counted: number; found: boolean };
}

function markerOf(text: string): { marker: string; rest: string } | undefined {
  for (const re of MARKERS) {
    const m = re.exec(text);
    if (m) return { marker: m[1] ?? '', rest: text.slice(m[0].length) };
  }
  return undefined;
}

/** Splits a piece of text at glued item numbers: the first part continues, the rest are new. */
export function splitGlued(text: string): { head: string; items: Array<{ marker: string; rest: string }> } {
  if (!/\d\.\s/.test(text)) return { head: text, items: [] };
  const parts: Array<{ marker: string; start: number; from: number }> = [];
  for (const m of text.matchAll(GLUED)) parts.push({ marker: m[1] ?? '', start: m.index, from: m.index + m[0].length });
  const head = text.slice(0, parts[0]?.start ?? text.length);
  const items = parts.map((p, i) => ({ marker: p.marker, rest: text.slice(p.from, parts[i + 1]?.start ?? text.length) }));
  return { head, items };
}

function cellsOf(text: string): string[] | undefined {
  if (!/[\t|]/.test(text)) return undefined;
  const cells = text.split(text.includes('|') ? '|' : /\t+/).map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 ? cells : undefined;
}

function rowItem(cells: string[], options: SplitOptions): Draft | undefined {
  if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return undefined; // markdown rule |---|---|
  if (cells.every((c) => TABLE_HEADER.test(c.replace(/[:()]/g, '').trim()))) return undefined;
  let rest = [...cells];
  let marker = '';
  const first = rest[0] ?? '';
  if (/^(?:[A-Z]{0,4}[- ]?\d{1,2}[.)]?|[•*-])$/.test(first)) {
    marker = first.replace(/[.)]$/, '');
    rest = rest.slice(1);
  }
  let points: number | undefined;
  let percent = false;
  if (options.points) {
    const i = rest.findIndex((c, index) => index > 0 && (isPointsOnly(c) || /^\d{1,3}(?:[.,]\d{1,2})?$/.test(c)));
    if (i >= 0) {
      const cell = rest[i] ?? '';
      const found = extractPoints(cell);
      points = found?.points ?? Number(cell.replace(',', '.'));
      percent = found?.percent === true;
      rest = rest.filter((_, index) => index !== i);
    }
  }
  // The longest remaining cell is the item's text; the others are codes or "ja/nee" columns.
  const text = rest.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (text === '' || TABLE_HEADER.test(text)) return undefined;
  if (points === undefined) return { marker, pieces: [text] };
  return percent ? { marker, pieces: [text], points, percent: true } : { marker, pieces: [text], points };
}

function hasPoints(draft: Draft): boolean {
  if (draft.points !== undefined) return true;
  // Asked for every line of the item; the pieces only change by growing, so the answer is kept
  // until they do (joining a long item's pieces for each of its lines would be quadratic).
  if (draft.noted?.counted === draft.pieces.length) return draft.noted.found;
  // Every notation has a digit; most wrapped lines have none, and need no closer look.
  const found = draft.pieces.some((p) => /\d/.test(p)) && extractPoints(joinWrapped(draft.pieces)) !== undefined;
  draft.noted = { counted: draft.pieces.length, found };
  return found;
}

/** The item's text so far ends a sentence or a list entry. */
function ended(draft: Draft): boolean {
  let last = '';
  for (let i = draft.pieces.length - 1; i >= 0 && last === ''; i--) if ((draft.pieces[i] ?? '').trim() !== '') last = draft.pieces[i] ?? '';
  const t = trimEndOf(last, '');
  return t !== '' && '.!?;:'.includes(t.charAt(t.length - 1));
}

/** Whether a line that starts no item carries on the item above (a wrapped line). */
function continues(draft: Draft, line: SourceLine, options: SplitOptions): boolean {
  if (options.points && hasPoints(draft)) return false;
  if (/^\s/.test(line.raw) || startsLowercase(line.text) || /^[(/&]/.test(line.text)) return true;
  return !ended(draft);
}

/**
 * The items of a list section, in text order. Lines before the first item are an introduction;
 * a paragraph after the items ends the list. Without any markers, each line is one item.
 */
export function splitItems(lines: SourceLine[], options: SplitOptions): Item[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  const start = (marker: string, rest: string) => {
    const glued = splitGlued(rest);
    current = { marker, pieces: [glued.head] };
    drafts.push(current);
    for (const next of glued.items) start(next.marker, next.rest);
  };
  for (const line of lines) {
    if (line.text === '') continue;
    const cells = cellsOf(line.text);
    if (cells) {
      const row = rowItem(cells, options);
      if (row) drafts.push(row);
      current = undefined;
      continue;
    }
    const marked = markerOf(line.text);
    if (marked) {
      start(marked.marker, marked.rest);
      continue;
    }
    if (!current) {
      if (drafts.length > 0) break;
      continue;
    }
    if (options.points && !hasPoints(current) && isPointsOnly(line.text)) {
      const found = extractPoints(line.text);
      current.points = found?.points;
      if (found?.percent) current.percent = true;
      continue;
    }
    if (!continues(current, line, options)) break;
    const glued = splitGlued(line.text);
    current.pieces.push(glued.head);
    for (const next of glued.items) start(next.marker, next.rest);
  }
  const items = drafts.length > 0 ? drafts : unmarked(lines);
  return items
    .map((d) => ({ ...d, text: joinWrapped(d.pieces) }))
    .filter((d) => d.text !== '')
    .map(({ marker, text, points, percent }): Item => {
      if (points === undefined) return { marker, text };
      return percent ? { marker, text, points, percent } : { marker, text, points };
    });
}

/** A list written as plain lines: each line an item, lowercase lines continue the one above. */
function unmarked(lines: SourceLine[]): Draft[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    if (line.text === '' || /:$/.test(line.text)) continue; // an introduction ("…de volgende eisen:")
    const last = drafts[drafts.length - 1];
    if (last && (startsLowercase(line.text) || isPointsOnly(line.text))) {
      if (isPointsOnly(line.text)) last.points = extractPoints(line.text)?.points;
      else last.pieces.push(line.text);
    } else {
      drafts.push({ marker: '', pieces: [line.text] });
    }
  }
  return drafts;
}
