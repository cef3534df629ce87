// Interprets the header fields: hours, duration, extension, start and the two deadlines (a date
// field plus a time field, or a sentence such as "Vragen kunnen ingediend worden tot …").
import type { PostingWarning, Request } from '../model';
import { firstNumber } from './counts';
import { findDate, findTime, isoDate, isoDateTime, timeAfter, weekdayMismatch, type ClockTime, type FoundDate } from './dates';
import { factsIn } from './facts';
import type { Fields } from './fields';
import { collapse } from './text';
import { postingWarning } from './warnings';

export type HeaderPart = Pick<
  Request,
  'number' | 'region' | 'hoursPerWeek' | 'durationMonths' | 'extensionOptions' | 'start' | 'education' |
  'deadline' | 'questionsDeadline' | 'professionals'
>;

export function hoursOf(value: string, warnings: PostingWarning[]): number | undefined {
  const range = /(\d{1,2})\s*(?:-|–|tot|à|a|to)\s*(\d{1,2})\s*(?:uur|uren|hours?)?/i.exec(value);
  if (range) {
    const hours = Number(range[2]);
    warnings.push(postingWarning('hours-range', 'hoursPerWeek', { text: value, hours }));
    return hours;
  }
  return firstNumber(value);
}

export function monthsOf(value: string, warnings: PostingWarning[]): number | undefined {
  const n = firstNumber(value);
  if (n === undefined) return undefined;
  if (/maand|month/i.test(value) || /^\d+$/.test(value.trim())) return n;
  if (/jaar|year/i.test(value)) return n * 12;
  if (/wee?k/i.test(value)) {
    const months = Math.round((n * 7 * 12) / 365);
    warnings.push(postingWarning('duration-weeks', 'durationMonths', { text: value, months }));
    return months;
  }
  return undefined;
}

/** "1 x 12 maand(en)" → "1 x 12 maanden"; "geen" → undefined. */
export function extensionOf(value: string): string | undefined {
  const v = collapse(value);
  if (/^(?:geen|nee|n\.?v\.?t\.?|none|no)$/i.test(v)) return undefined;
  return v
    .replace(/(\d+)\s*[x×]\s*(\d+)\s*maand\(en\)/gi, (_, times: string, n: string) => `${times} x ${n} ${n === '1' ? 'maand' : 'maanden'}`)
    .replace(/(\d+)\s*[x×]\s*/g, '$1 x ');
}

export function startOf(value: string, warnings: PostingWarning[]): string {
  const date = findDate(value);
  if (date && date.index === 0) return isoDate(date);
  if (date) {
    warnings.push(postingWarning('start-date-in-text', 'start', { text: value, date: isoDate(date) }));
    return isoDate(date);
  }
  return collapse(value); // "Zo snel mogelijk", "per direct": kept as written
}

// "Vragen kunnen ingediend worden tot …", "Questions can be submitted until …".
const QUESTIONS = /\b(?:vragen|questions)\b[^.]{0,80}?\b(?:tot|uiterlijk|until|by|before)\s+(?:en met\s+)?/gi;
// "De reactietermijn … duurt tot …", "Inschrijven kan tot …", "Submit your offer before …".
const RESPONSE = /\b(?:reactietermijn|inschrijftermijn|inschrijvingstermijn|inschrijven|reageren|aanbieden|offertes?|deadline|submit\w*|apply|applications?)\b[^.]{0,80}?\b(?:tot|uiterlijk|until|by|before)\s+(?:en met\s+)?/gi;

interface Moment {
  date: FoundDate;
  time?: ClockTime;
  /** The words that introduced it, for a warning ("reactietermijn … duurt tot 22 december 2025"). */
  source: string;
}

/** A date (and time) that a sentence introduces, read from right after the introduction. */
function momentAfter(body: string, intro: RegExp): Moment | undefined {
  for (const m of body.matchAll(intro)) {
    const sentence = m[0] + body.slice(Math.max(0, m.index - 120), m.index).split('. ').pop();
    if (intro === RESPONSE && /vragen|questions/i.test(sentence)) continue; // "Questions can be submitted until …"
    const rest = body.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const date = findDate(rest.slice(0, 40));
    if (!date || date.index > 0) continue;
    const time = timeAfter(rest.slice(date.end));
    const source = collapse(body.slice(m.index, m.index + m[0].length + date.end));
    return time ? { date, time, source } : { date, source };
  }
  return undefined;
}

type MomentField = 'deadline' | 'questionsDeadline';
const MOMENT_CODES = {
  deadline: { weekday: 'deadline-weekday', noTime: 'deadline-no-time' },
  questionsDeadline: { weekday: 'questions-deadline-weekday', noTime: 'questions-deadline-no-time' },
} as const;

/** ISO with offset; a date without a time is read as 00:00 (the earliest reading), with a warning. */
function momentIso(date: FoundDate, time: ClockTime | undefined, field: MomentField, warnings: PostingWarning[]): string {
  const mismatch = weekdayMismatch(date);
  if (mismatch) warnings.push(postingWarning(MOMENT_CODES[field].weekday, field, { date: isoDate(date), ...mismatch }));
  if (time) return isoDateTime(date, time);
  warnings.push(postingWarning(MOMENT_CODES[field].noTime, field, { date: isoDate(date) }));
  return isoDateTime(date, { hour: 0, minute: 0 });
}

const sameTime = (a: ClockTime, b: ClockTime) => a.hour === b.hour && a.minute === b.minute;

function deadlineOf(fields: Fields, body: string, warnings: PostingWarning[]): string | undefined {
  const sentence = momentAfter(body, RESPONSE);
  const field = fields.deadline;
  const date = field ? findDate(field.value) : undefined;
  if (!field || !date) {
    if (!sentence) {
      warnings.push(postingWarning('deadline-missing', 'deadline'));
      return undefined;
    }
    warnings.push(postingWarning('deadline-from-sentence', 'deadline', { source: sentence.source }));
    return momentIso(sentence.date, sentence.time, 'deadline', warnings);
  }
  const sameDay = sentence !== undefined && isoDate(sentence.date) === isoDate(date);
  const time = timeAfter(field.value.slice(date.end)) ?? findTime(field.value.slice(date.end)) ??
    (fields.deadlineTime ? findTime(fields.deadlineTime.value) : undefined) ?? (sameDay ? sentence?.time : undefined);
  const iso = momentIso(date, time, 'deadline', warnings);
  if (sentence && (!sameDay || (time && sentence.time && !sameTime(time, sentence.time)))) {
    warnings.push(postingWarning('deadline-conflict', 'deadline', { label: field.label, deadline: iso, source: sentence.source }));
  }
  return iso;
}

function questionsDeadlineOf(fields: Fields, body: string, warnings: PostingWarning[]): string | undefined {
  const field = fields.questionsDeadline;
  const date = field ? findDate(field.value) : undefined;
  if (field && date) {
    const time = timeAfter(field.value.slice(date.end)) ?? findTime(field.value.slice(date.end));
    return momentIso(date, time, 'questionsDeadline', warnings);
  }
  const sentence = momentAfter(body, QUESTIONS);
  return sentence ? momentIso(sentence.date, sentence.time, 'questionsDeadline', warnings) : undefined;
}

/**
 * @param prose the running text before the first heading, where some postings state hours,
 *   duration, extension and start in sentences; a field always wins over a sentence.
 */
export function headerOf(fields: Fields, body: string, warnings: PostingWarning[], prose = ''): HeaderPart {
  const part: HeaderPart = {};
  const period = fields.period ? factsIn(fields.period.value, true) : {};
  const sentences = factsIn(prose);
  if (fields.number) part.number = fields.number.value;
  if (fields.region) part.region = collapse(fields.region.value);
  if (fields.hours) part.hoursPerWeek = hoursOf(fields.hours.value, warnings);
  else part.hoursPerWeek = period.hoursPerWeek ?? sentences.hoursPerWeek;
  if (fields.duration) {
    part.durationMonths = monthsOf(fields.duration.value, warnings);
    if (part.durationMonths === undefined) warnings.push(postingWarning('duration-unreadable', 'durationMonths', { text: fields.duration.value }));
  } else {
    part.durationMonths = period.durationMonths ?? sentences.durationMonths;
  }
  // "Duur: 6 maanden, met twee opties tot verlenging van telkens 3 maanden".
  const inDuration = fields.duration ? factsIn(fields.duration.value, true).extensionOptions : undefined;
  if (fields.extension) part.extensionOptions = extensionOf(fields.extension.value);
  else part.extensionOptions = inDuration ?? period.extensionOptions ?? sentences.extensionOptions;
  if (fields.start) part.start = startOf(fields.start.value, warnings);
  else part.start = period.start ?? sentences.start;
  if (fields.education) part.education = collapse(fields.education.value);
  part.deadline = deadlineOf(fields, body, warnings);
  part.questionsDeadline = questionsDeadlineOf(fields, body, warnings);
  if (fields.professionals) part.professionals = firstNumber(fields.professionals.value);
  for (const key of Object.keys(part) as Array<keyof HeaderPart>) if (part[key] === undefined) delete part[key];
  return part;
}
