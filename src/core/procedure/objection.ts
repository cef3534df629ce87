// The objection period after the award ("opschortende termijn", PRODUCT §3.13): the user sets its
// length in days; its end date is derived from the award date.
import type { Result } from '../model';
import { readNumber, type NumberHint } from '../numbers';
import { addDays, procedureDay } from './dates';
import { inputError, refuse } from './result';

/** A year: no objection period is longer, so more is a typing slip rather than a choice. */
export const MAX_OBJECTION_DAYS = 365;

/** Checks an objection period in days: a whole number from 0 (no period) to MAX_OBJECTION_DAYS. */
export function checkObjectionDays(days: number): Result<number> {
  const params = { days, max: MAX_OBJECTION_DAYS };
  if (!Number.isFinite(days)) return refuse(inputError('objection-not-a-number', 'De bezwaartermijn is geen getal; vul een aantal dagen in, bijvoorbeeld 20.', { text: String(days) }));
  if (days < 0) return refuse(inputError('objection-negative', `Een bezwaartermijn van ${days} dagen kan niet; vul 0 of meer dagen in.`, params));
  if (!Number.isInteger(days)) return refuse(inputError('objection-not-whole', `Een bezwaartermijn van ${days} dagen kan niet; vul een heel aantal dagen in.`, params));
  if (days > MAX_OBJECTION_DAYS) {
    return refuse(inputError('objection-too-long', `Een bezwaartermijn van ${days} dagen is langer dan een jaar; vul hoogstens ${MAX_OBJECTION_DAYS} dagen in.`, params));
  }
  return { ok: true, value: days };
}

/** Reads a typed objection period ("20", " 20 ") and checks it. */
export function parseObjectionDays(text: string, hint?: NumberHint): Result<number> {
  const read = readNumber(text, hint);
  if (!read.ok) return refuse(inputError('objection-not-a-number', `"${text}" is geen aantal dagen; vul een heel getal van 0 of meer in, bijvoorbeeld 20.`, { text }));
  return checkObjectionDays(read.value);
}

/**
 * The last day of the objection period, as an ISO date (yyyy-mm-dd). Counted in calendar days:
 * day 1 is the day after the award date (the day in the Netherlands when the award is a moment),
 * and the period ends at the end of day `days`; 0 days ends on the award date itself. Weekends
 * and public holidays count like any day and do not move the end (the Algemene termijnenwet's
 * extension to the next working day is not applied: the consultant sets the days).
 * Returns null when the award date or the days are invalid.
 */
export function objectionEnd(decidedAt: string, days: number): string | null {
  const day = procedureDay(decidedAt);
  if (day === null || !checkObjectionDays(days).ok) return null;
  return addDays(day, days);
}
