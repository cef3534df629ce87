// The dates the procedure stores (an invitation, an award): ISO 8601, either a calendar date
// ("2026-07-10") or a moment with its offset ("2026-07-10T14:00:00+02:00", "…Z"). A moment without
// an offset is refused: it would mean another day on a laptop in another time zone.
import { amsterdamDay } from '../calendar';
import type { InputError } from '../model';
import { inputError } from './result';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function realDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/**
 * The calendar day a stored date falls on in the Netherlands, as yyyy-mm-dd; null when the text is
 * no valid ISO 8601 date or moment with offset (or names a day that does not exist, 2026-02-30).
 */
export function procedureDay(text: string): string | null {
  const day = DAY.exec(text);
  if (day) return realDay(day[1] as string, day[2] as string, day[3] as string) ? text : null;
  const moment = MOMENT.exec(text);
  if (!moment || !realDay(moment[1] as string, moment[2] as string, moment[3] as string)) return null;
  return amsterdamDay(new Date(text));
}

/** A calendar day (yyyy-mm-dd) plus a number of calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The refusal of a date that procedureDay cannot read; `field` names the input it came from. */
export function invalidDate(field: string, text: string): InputError {
  return inputError('invalid-date', `"${text}" is geen geldige datum; gebruik jjjj-mm-dd, bijvoorbeeld 2026-07-10.`, { field, text });
}
