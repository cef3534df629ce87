// How many candidates go forward ("De 5 kandidaten die het beste scoren …", "de vijf hoogst
// scorende kandidaten"), how many are interviewed ("De beste 3 kandidaten worden uitgenodigd
// voor een gesprek") and how ties are broken ("Bij een gelijke score is het uurtarief
// doorslaggevend").
import type { PostingWarning, TieBreak } from '../model';
import { COUNT_WORD, readCount } from './counts';
import { execGuarded, guarded, type Guarded } from './guarded';
import { splitSentences } from './text';
import { postingWarning } from './warnings';

const N = `(${COUNT_WORD})`;
const WHO = String.raw`(?:kandidaten|candidates|cv['’]?s|profielen|profiles|inschrijvers|professionals)`;
const QUALIFIER = String.raw`(?:beste|best|(?:hoogst|best)[\s-]?scorende|hoogst[\s-]gerangschikte|best[\s-]scoring|highest[\s-]scoring|highest[\s-]ranked|top)`;

// Each pattern captures the count in group 1.
const COUNTS: Guarded[] = [
  guarded(String.raw`\b`, String.raw`(?:de|the)\s+(?:${QUALIFIER}\s+)?${N}\s+(?:${QUALIFIER}\s+)?${WHO}\b`, 'iu'),
  guarded(String.raw`\b`, String.raw`top[\s-]?${N}\b`, 'iu'),
  guarded(String.raw`\b`, String.raw`selectie\s+(?:van\s+)?${N}\s+${WHO}`, 'iu'),
  guarded(String.raw`\b`, String.raw`(?:maximaal|max\.?|maximum(?:\s+of)?|hooguit|at most)\s+${N}\s+${WHO}\b`, 'iu'),
];
const INTERVIEW = /gesprek|interview|uitgenodigd|uitnodig|invited/i;
const MENTIONS = /kandida|candida|cv|profiel|profile|inschrijver|professional|top|gesprek|interview|uitgenodigd|invited/i;
// A size needs someone to count and a count; an invitation is noted even without one.
const WHO_WORD = /kandida|candida|\bcv|profiel|profile|inschrijver|professional|\btop\b/i;
const COUNT_TOKEN = new RegExp(String.raw`(?<![\p{L}\d])${COUNT_WORD}(?![\p{L}\d])`, 'iu');
/**
 * A paragraph can give a size or an invitation only when the whole of it matches what one of its
 * sentences would have to: a sentence is a piece of it cut at white space or punctuation, so a
 * match inside a sentence is a match in the paragraph. Splitting the rest into sentences is waste.
 */
const worthReading = (text: string) =>
  (WHO_WORD.test(text) && COUNT_TOKEN.test(text) && COUNTS.some((re) => execGuarded(re, text) !== null)) || INVITED.test(text);
const INVITED = /(?:uitgenodigd|uitnodiging|invited|invitation)[^.]{0,60}(?:gesprek|interview)|(?:gesprek|interview)[^.]{0,60}(?:uitgenodigd|invited)/i;
// "Per leverancier mogen maximaal 2 kandidaten worden aangeboden" limits what a supplier offers.
const PER_SUPPLIER = /\bper\s+(?:leverancier|inschrijver|aanbieder|bureau|partij|supplier|agency|vendor)\b/i;
const FORWARD = /voorgelegd|voorgedragen|aangeboden|doorgestuurd|doorgezet|geselecteerd|forwarded|presented|submitted|selected|shortlist|beste scoren|hoogst scor|highest score|best scor/i;

export interface SelectionFound {
  shortlistSize?: number;
  shortlistSentence?: string;
  interviewSize?: number;
  warnings: PostingWarning[];
}

function countIn(sentence: string): number | undefined {
  for (const re of COUNTS) {
    const m = execGuarded(re, sentence);
    const n = m ? readCount(m[1] ?? '') : undefined;
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

/**
 * Shortlist and interview sizes from the running text (its paragraphs, so a list item without a
 * full stop does not run on into the sentence after it); the first mention of each wins.
 */
export function findSelection(texts: string | string[]): SelectionFound {
  const found: SelectionFound = { warnings: [] };
  const shortlists: number[] = [];
  let invited = false;
  // Most paragraphs of a long text name no candidates at all; they need no closer look.
  const sentences: string[] = [];
  for (const paragraph of typeof texts === 'string' ? [texts] : texts) {
    if (!worthReading(paragraph)) continue;
    for (const sentence of splitSentences(paragraph)) {
      if (sentence.includes(';')) sentences.push(...sentence.split(/;\s+/));
      else sentences.push(sentence);
    }
  }
  for (const sentence of sentences) {
    if (!MENTIONS.test(sentence)) continue;
    if (PER_SUPPLIER.test(sentence)) continue;
    if (INVITED.test(sentence)) invited = true;
    const n = countIn(sentence);
    if (n === undefined) continue;
    if (INTERVIEW.test(sentence)) {
      found.interviewSize ??= n;
    } else if (FORWARD.test(sentence)) {
      shortlists.push(n);
      if (found.shortlistSize === undefined) {
        found.shortlistSize = n;
        found.shortlistSentence = sentence;
      }
    }
  }
  if (invited && found.interviewSize === undefined) found.warnings.push(postingWarning('interview-size-missing', 'interviewSize'));
  const size = found.shortlistSize;
  for (const other of new Set(shortlists.filter((n) => n !== size))) {
    if (size !== undefined) found.warnings.push(postingWarning('shortlist-conflict', 'shortlistSize', { size, other }));
  }
  return found;
}

export interface TieBreakFound {
  tieBreak: TieBreak;
  warning?: PostingWarning;
}

const TIE = String.raw`(?:gelijke?\s+(?:totaal)?scores?|gelijke?\s+(?:aantal\s+)?punten|gelijke\s+eindscore|gelijke\s+stand|equal\s+(?:total\s+)?scores?|scores?\s+(?:are|is)\s+equal|same\s+score|tie)`;
const LOWEST_RATE: RegExp[] = [
  new RegExp(String.raw`${TIE}[^.]{0,80}?(?:uur)?tarief[^.]{0,40}?(?:doorslaggevend|beslissend|bepalend)`, 'i'),
  new RegExp(String.raw`${TIE}[^.]{0,80}?(?:laagste|lagere|goedkoopste)\s+(?:uur)?(?:tarief|prijs)`, 'i'),
  new RegExp(String.raw`(?:laagste|lagere)\s+(?:uur)?tarief[^.]{0,60}?${TIE}`, 'i'),
  new RegExp(String.raw`${TIE}[^.]{0,80}?(?:lowest|lower)\s+(?:hourly\s+)?(?:rate|price)`, 'i'),
  new RegExp(String.raw`${TIE}[^.]{0,80}?hourly\s+rate\s+(?:is\s+)?decisive`, 'i'),
  new RegExp(String.raw`(?:lowest|lower)\s+(?:hourly\s+)?rate[^.]{0,60}?${TIE}`, 'i'),
];
const BY_LOT = new RegExp(String.raw`${TIE}[^.]{0,80}?(?:loting|geloot|lot\b|by lot|drawing lots)`, 'i');

/** The tie-break rule; "het uurtarief is doorslaggevend" means the lower rate wins. */
export function findTieBreak(body: string): TieBreakFound {
  if (LOWEST_RATE.some((re) => re.test(body))) return { tieBreak: 'lowest-rate' };
  if (BY_LOT.test(body)) {
    return {
      tieBreak: 'none',
      warning: postingWarning('tie-by-lot', 'tieBreak'),
    };
  }
  return {
    tieBreak: 'none',
    warning: postingWarning('tie-missing', 'tieBreak'),
  };
}
