// Interprets the header fields: hours, duration, extension, start and the two deadlines (a date
// field plus a time field, or a sentence such as "Vragen kunnen ingediend worden tot …").
import type { Request } from '../model';
import { firstNumber } from './counts';
import { findDate, findTime, isoDate, isoDateTime, timeAfter, weekdayMismatch, type ClockTime, type FoundDate } from './dates';
import type { Fields } from './fields';
import { collapse } from './text';

export type HeaderPart = Pick<
  Request,
  'number' | 'region' | 'hoursPerWeek' | 'durationMonths' | 'extensionOptions' | 'start' | 'education' |
  'deadline' | 'questionsDeadline' | 'professionals'
>;

export function hoursOf(value: string, warnings: string[]): number | undefined {
  const range = /(\d{1,2})\s*(?:-|–|tot|à|a|to)\s*(\d{1,2})\s*(?:uur|uren|hours?)?/i.exec(value);
  if (range) {
    warnings.push(`Uren per week: '${value}' is een bereik; ${range[2]} aangenomen, controleer dit.`);
    return Number(range[2]);
  }
  return firstNumber(value);
}

export function monthsOf(value: string, warnings: string[]): number | undefined {
  const n = firstNumber(value);
  if (n === undefined) return undefined;
  if (/maand|month/i.test(value) || /^\d+$/.test(value.trim())) return n;
  if (/jaar|year/i.test(value)) return n * 12;
  if (/wee?k/i.test(value)) {
    const months = Math.round((n * 7 * 12) / 365);
    warnings.push(`Duur: '${value}' omgerekend naar ${months} maanden; controleer dit.`);
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

export function startOf(value: string, warnings: string[]): string {
  const date = findDate(value);
  if (date && date.index === 0) return isoDate(date);
  if (date) {
    warnings.push(`Start: '${value}' bevat een datum; ${isoDate(date)} aangenomen, controleer dit.`);
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

/** ISO with offset; a date without a time is read as 00:00 (the earliest reading), with a warning. */
function momentIso(date: FoundDate, time: ClockTime | undefined, field: string, warnings: string[]): string {
  const mismatch = weekdayMismatch(field, date);
  if (mismatch) warnings.push(mismatch);
  if (time) return isoDateTime(date, time);
  warnings.push(`${field}: geen tijdstip gevonden bij ${isoDate(date)}; 00:00 uur aangenomen, controleer dit.`);
  return isoDateTime(date, { hour: 0, minute: 0 });
}

const sameTime = (a: ClockTime, b: ClockTime) => a.hour === b.hour && a.minute === b.minute;

function deadlineOf(fields: Fields, body: string, warnings: string[]): string | undefined {
  const sentence = momentAfter(body, RESPONSE);
  const field = fields.deadline;
  const date = field ? findDate(field.value) : undefined;
  if (!field || !date) {
    if (!sentence) {
      warnings.push('Deadline: niet gevonden in de tekst; vul de sluitingsdatum zelf in.');
      return undefined;
    }
    warnings.push(`Deadline: afgeleid uit '${sentence.source}'; controleer dit.`);
    return momentIso(sentence.date, sentence.time, 'Deadline', warnings);
  }
  const sameDay = sentence !== undefined && isoDate(sentence.date) === isoDate(date);
  const time = timeAfter(field.value.slice(date.end)) ?? findTime(field.value.slice(date.end)) ??
    (fields.deadlineTime ? findTime(fields.deadlineTime.value) : undefined) ?? (sameDay ? sentence?.time : undefined);
  const iso = momentIso(date, time, 'Deadline', warnings);
  if (sentence && (!sameDay || (time && sentence.time && !sameTime(time, sentence.time)))) {
    warnings.push(`Deadline: '${field.label}' zegt ${iso}, maar de tekst noemt '${sentence.source}'; controleer dit.`);
  }
  return iso;
}

function questionsDeadlineOf(fields: Fields, body: string, warnings: string[]): string | undefined {
  const field = fields.questionsDeadline;
  const date = field ? findDate(field.value) : undefined;
  if (field && date) {
    const time = timeAfter(field.value.slice(date.end)) ?? findTime(field.value.slice(date.end));
    return momentIso(date, time, 'Vragen stellen tot', warnings);
  }
  const sentence = momentAfter(body, QUESTIONS);
  return sentence ? momentIso(sentence.date, sentence.time, 'Vragen stellen tot', warnings) : undefined;
}

export function headerOf(fields: Fields, body: string, warnings: string[]): HeaderPart {
  const part: HeaderPart = {};
  if (fields.number) part.number = fields.number.value;
  if (fields.region) part.region = collapse(fields.region.value);
  if (fields.hours) part.hoursPerWeek = hoursOf(fields.hours.value, warnings);
  if (fields.duration) {
    part.durationMonths = monthsOf(fields.duration.value, warnings);
    if (part.durationMonths === undefined) warnings.push(`Duur: '${fields.duration.value}' is niet als aantal maanden te lezen.`);
  }
  if (fields.extension) part.extensionOptions = extensionOf(fields.extension.value);
  if (fields.start) part.start = startOf(fields.start.value, warnings);
  if (fields.education) part.education = collapse(fields.education.value);
  part.deadline = deadlineOf(fields, body, warnings);
  part.questionsDeadline = questionsDeadlineOf(fields, body, warnings);
  if (fields.professionals) part.professionals = firstNumber(fields.professionals.value);
  for (const key of Object.keys(part) as Array<keyof HeaderPart>) if (part[key] === undefined) delete part[key];
  return part;
}
