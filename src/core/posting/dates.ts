// Dutch and English dates and times as postings write them ("maandag 22 december 2025",
// "01-02-2026", "09.00 uur", "12 March 2026 10:00"), turned into ISO 8601 with the offset of
// Europe/Amsterdam. The offset is computed here from the EU summer-time rule, so the core needs
// no time-zone database.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

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

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay();
}

/** Whether an instant (ms since epoch) falls in EU summer time: last Sunday of March 01:00 UTC
 * up to the last Sunday of October 01:00 UTC. */
export function isSummerTime(utcMillis: number): boolean {
  const year = new Date(utcMillis).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMillis >= start && utcMillis < end;
}

/**
 * The Amsterdam offset in hours (1 or 2) for a wall-clock time there. In the October overlap
 * (02:00–02:59 happens twice) the first, summer-time reading wins. In the March gap (02:00–02:59
 * does not exist) +1 is returned, which names the same instant as the clock's 03:xx summer time.
 */
export function amsterdamOffset(date: CalendarDate, time: ClockTime): 1 | 2 {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  return isSummerTime(wall - 2 * 3_600_000) ? 2 : 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** ISO 8601 with the Amsterdam offset, e.g. 2025-12-22T09:00:00+01:00. */
export function isoDateTime(date: CalendarDate, time: ClockTime): string {
  const offset = amsterdamOffset(date, time);
  return `${isoDate(date)}T${pad(time.hour)}:${pad(time.minute)}:00+0${offset}:00`;
}

/** The weekday the text names for a date and the date's real weekday, when they differ (0 = Sunday). */
export function weekdayMismatch(date: FoundDate): { named: number; actual: number } | undefined {
  if (date.namedWeekday === undefined || date.namedWeekday === weekdayOf(date)) return undefined;
  return { named: date.namedWeekday, actual: weekdayOf(date) };
}
