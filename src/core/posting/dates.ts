// Dutch and English dates and times as postings write them ("maandag 22 december 2025",
// "01-02-2026", "09.00 uur", "12 March 2026 10:00"), turned into ISO 8601 with the offset of
// Europe/Amsterdam (by src/core/calendar.ts).

import { daysInMonth, isoDate, type CalendarDate, type ClockTime } from '../calendar';

// The clock itself (offsets, ISO with offset) is src/core/calendar.ts; re-exported for the parser.
export { amsterdamOffset, daysInMonth, isSummerTime, isoDate, isoDateTime } from '../calendar';
export type { CalendarDate, ClockTime } from '../calendar';

export interface FoundDate extends CalendarDate {
  /** Weekday named in the text (0 = Sunday), when one was written before the date. */
  namedWeekday?: number;
  index: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  zo: 0, ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6,
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${byLength(Object.keys(MONTHS))})`;
const WEEKDAY = `(?:(${byLength(Object.keys(WEEKDAYS))})\\.?,?\\s+)?`;

const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th|e)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC = new RegExp(`\\b${WEEKDAY}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME_AFTER_DATE = /^\s*(?:[,–-]\s*)?(?:om\s+|at\s+|vóór\s+|voor\s+)?(\d{1,2})[:.](\d{2})(?!\d|[.:]\d)/i;
const TIME = /\b(\d{1,2})[:.](\d{2})(?!\d|[.:]\d)\s*(?:uur|u\b|h\b|hrs\b|CET|CEST)?/i;

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The first valid date in the text, in any of the notations above; the earliest one wins. */
export function findDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray | null, year: number, month: number, day: number, weekday?: string) => {
    if (!m || !valid(year, month, day)) return;
    const date: FoundDate = { year, month, day, index: m.index, end: m.index + m[0].length };
    const named = weekday === undefined ? undefined : WEEKDAYS[weekday.toLowerCase()];
    if (named !== undefined) date.namedWeekday = named;
    found.push(date);
  };
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) add(m, Number(m[4]), MONTHS[(m[3] ?? '').toLowerCase()] ?? 0, Number(m[2]), m[1]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) add(m, Number(m[4]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[3]), m[1]);
  m = NUMERIC.exec(text);
  if (m) add(m, Number(m[4]), Number(m[3]), Number(m[2]), m[1]);
  m = ISO.exec(text);
  if (m) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  return found.sort((a, b) => a.index - b.index)[0];
}

/** A time written right after a date ("…2026, 09.00 uur", "…2025 09:00", "… at 10:00"). */
export function timeAfter(text: string): ClockTime | undefined {
  const m = TIME_AFTER_DATE.exec(text);
  return m ? clock(Number(m[1]), Number(m[2])) : undefined;
}

/** The first time anywhere in the text ("09:00 uur", "9.00u", "10:00 CET"). */
export function findTime(text: string): ClockTime | undefined {
  const m = TIME.exec(text);
  return m ? clock(Number(m[1]), Number(m[2])) : undefined;
}

function clock(hour: number, minute: number): ClockTime | undefined {
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** The weekday the text names for a date and the date's real weekday, when they differ (0 = Sunday). */
export function weekdayMismatch(date: FoundDate): { named: number; actual: number } | undefined {
  if (date.namedWeekday === undefined || date.namedWeekday === weekdayOf(date)) return undefined;
  return { named: date.namedWeekday, actual: weekdayOf(date) };
}
