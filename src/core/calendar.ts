// Time in Europe/Amsterdam, the one implementation the app uses: the wall clock of an instant,
// the instant of a wall-clock time, ISO 8601 with the Amsterdam offset, and the calendar day file
// names carry. The offset follows the EU summer-time rule (since 1996: from the last Sunday of
// March 01:00 UTC to the last Sunday of October 01:00 UTC), so the core needs no time-zone
// database and gives the same answer in Node, in a worker and in every browser.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface WallClock extends CalendarDate, ClockTime {
  second: number;
}

const HOUR = 3_600_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay();
}

/** Whether an instant (ms since epoch) falls in EU summer time. */
export function isSummerTime(utcMillis: number): boolean {
  const year = new Date(utcMillis).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMillis >= start && utcMillis < end;
}

/**
 * The Amsterdam offset in hours (1 or 2) for a wall-clock time there. In the October overlap
 * (02:00–02:59 happens twice) the first, summer-time reading wins. In the March gap (02:00–02:59
 * does not exist) +1 is returned: that names the instant the clock shows as 03:xx summer time.
 */
export function amsterdamOffset(date: CalendarDate, time: ClockTime): 1 | 2 {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  return isSummerTime(wall - 2 * HOUR) ? 2 : 1;
}

/** The instant of a wall-clock time in Amsterdam (the gap and overlap read as `amsterdamOffset` says). */
export function instantOf(date: CalendarDate, time: ClockTime, second = 0): number {
  return Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, second) - amsterdamOffset(date, time) * HOUR;
}

/** What a clock in Amsterdam shows at an instant. */
export function wallClockAt(utcMillis: number): WallClock {
  const shifted = new Date(Math.floor(utcMillis / 1000) * 1000 + (isSummerTime(utcMillis) ? 2 : 1) * HOUR);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * ISO 8601 with the Amsterdam offset, e.g. 2025-12-22T09:00:00+01:00, written as the clock there
 * shows the instant: a time in the March gap (02:30) comes out as the 03:30+02:00 it names.
 */
export function isoDateTime(date: CalendarDate, time: ClockTime, second = 0): string {
  return isoOfInstant(instantOf(date, time, second));
}

/** An instant as ISO 8601 with the Amsterdam offset of that instant. */
export function isoOfInstant(utcMillis: number): string {
  const w = wallClockAt(utcMillis);
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}+0${isSummerTime(utcMillis) ? 2 : 1}:00`;
}

/** "2026-11-23": the calendar day a moment falls on in Amsterdam, as file names carry it. */
export function amsterdamDay(date: Date): string {
  return isoDate(wallClockAt(date.getTime()));
}
