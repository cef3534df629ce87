// Header facts written in words rather than one to a field: "Periode: 4 maanden, 20 uur per week",
// "1 april 2026 tot en met 31 maart 2027", "voor 24 uur per week, voor de duur van 6 maanden",
// "met twee opties tot verlenging van telkens 3 maanden", "De gewenste startdatum is 1 juni 2026".
import { COUNT_WORD, readCount } from './counts';
import { daysInMonth, findDate, isoDate, type FoundDate } from './dates';

export interface Facts {
  hoursPerWeek?: number;
  durationMonths?: number;
  extensionOptions?: string;
  start?: string;
}

const N = `(${COUNT_WORD}|een|één|one|an?)`;
const UNIT = String.raw`(maanden|maand|months?|jaren|jaar|years?)`;

const HOURS = /(?<![\d.,])(\d{1,2})\s*(?:uur|uren|hours?)\s*(?:per|p\/|a|each)\s*week\b/i;
// At the start of a value ("4 maanden, …") or announced in a sentence ("voor de duur van 6 maanden").
const MONTHS_AT_START = new RegExp(String.raw`^${N}\s*${UNIT}(?![\p{L}])`, 'iu');
const MONTHS_ANNOUNCED = new RegExp(String.raw`\b(?:voor\s+de\s+duur\s+van|duur\s+van|looptijd\s+van|periode\s+van|for\s+a\s+period\s+of|for\s+the\s+duration\s+of|duration\s+of)\s+${N}\s*${UNIT}(?![\p{L}])`, 'iu');
const EXTENSION = new RegExp(
  String.raw`(?:\b${N}\s+)?\b(?:opties?|options?)\s+(?:tot|voor|to|for)\s+(?:verlenging|extension|extend)\s+(?:van|met|by|of)\s+(?:${N}\s*[x×]\s*)?(?:telkens\s+|elk\s+|steeds\s+|each\s+)?${N}\s*${UNIT}(?![\p{L}])`,
  'iu',
);
const START = /\b(?:gewenste\s+)?(?:startdatum|ingangsdatum|aanvangsdatum|start\s+date|starting\s+date)\s+(?:is|wordt|will\s+be)\s+/i;
const RANGE = /^\s*(?:tot\s+en\s+met|t\/m|tot|until|to|through|[–—-])\s*/i;

const count = (word: string | undefined) => (word === undefined ? undefined : /^an?$/i.test(word) ? 1 : readCount(word));
const isYears = (unit: string) => /jaar|jaren|year/i.test(unit);
const isEnglish = (unit: string) => /month|year/i.test(unit);

function months(n: number, unit: string): number {
  return isYears(unit) ? n * 12 : n;
}

function unitText(n: number, unit: string): string {
  if (isEnglish(unit)) return isYears(unit) ? (n === 1 ? 'year' : 'years') : n === 1 ? 'month' : 'months';
  return isYears(unit) ? 'jaar' : n === 1 ? 'maand' : 'maanden';
}

/** Whole months from one date to another inclusive ("1 april 2026 t/m 31 maart 2027" is 12). */
export function monthsBetween(from: FoundDate, to: FoundDate): number {
  const end = to.day === daysInMonth(to.year, to.month) ? { year: to.year, month: to.month + 1, day: 1 } : { ...to, day: to.day + 1 };
  const whole = (end.year - from.year) * 12 + (end.month - from.month);
  const days = end.day - from.day;
  return Math.max(0, Math.round(whole + days / 30.44));
}

/** A date range, "1 april 2026 tot en met 31 maart 2027": its first day and its length in months. */
function rangeOf(text: string): { start: string; months: number } | undefined {
  const from = findDate(text);
  if (!from) return undefined;
  const rest = text.slice(from.end);
  const joint = RANGE.exec(rest);
  if (!joint) return undefined;
  const to = findDate(rest.slice(joint[0].length));
  if (!to || to.index > 0) return undefined;
  return { start: isoDate(from), months: monthsBetween(from, to) };
}

/**
 * The facts a text states. `value` is set for the value of a field ("Periode", "Duur"), where a
 * number of months at the start is the duration; in running text only announced months count.
 */
export function factsIn(text: string, value = false): Facts {
  const facts: Facts = {};
  const range = rangeOf(text);
  if (range) {
    facts.start = range.start;
    facts.durationMonths = range.months;
  }
  const hours = HOURS.exec(text);
  if (hours) facts.hoursPerWeek = Number(hours[1]);
  const duration = (value ? MONTHS_AT_START.exec(text.trim()) : null) ?? MONTHS_ANNOUNCED.exec(text);
  const n = count(duration?.[1]);
  if (duration && n !== undefined && facts.durationMonths === undefined) facts.durationMonths = months(n, duration[2] ?? '');
  const extension = EXTENSION.exec(text);
  if (extension) {
    const times = count(extension[2]) ?? count(extension[1]) ?? 1;
    const length = count(extension[3]);
    const unit = extension[4] ?? '';
    if (length !== undefined) facts.extensionOptions = `${times} x ${length} ${unitText(length, unit)}`;
  }
  const start = START.exec(text);
  const date = start ? findDate(text.slice(start.index + start[0].length, start.index + start[0].length + 40)) : undefined;
  if (date && date.index === 0 && facts.start === undefined) facts.start = isoDate(date);
  return facts;
}
