// Reading one cell of an imported row: candidate fields, knock-out values and scores. Each reader
// returns the value or a Dutch message; the import adds the line and the column.
import type { Criterion, KnockOutValue } from '../model';
import { readNumber } from '../numbers';
import { checkScore } from '../scores';

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string; params?: Record<string, string | number> };

const KNOCK_OUT_WORDS = new Map<string, KnockOutValue>();
const words: Array<[KnockOutValue, string[]]> = [
  ['pass', ['pass', 'passed', 'ja', 'j', 'yes', 'y', '1', 'true', 'waar', 'voldaan', 'voldoet', 'ok', '✓', '✔', '☑', '✅']],
  ['fail', ['fail', 'failed', 'nee', 'n', 'no', '0', 'false', 'onwaar', 'niet voldaan', 'voldoet niet', '✗', '✘', '✕', '❌', '☒']],
  ['unknown', ['unknown', '?', 'onbekend', 'nog niet bekend', 'n.b.', 'nb', '-', '']],
];
for (const [value, list] of words) for (const w of list) KNOCK_OUT_WORDS.set(w, value);

/** "ja", "✓", "voldaan", "1" → pass; "nee", "✗", "niet voldaan", "0" → fail; "", "?" → unknown. */
export function readKnockOut(text: string): CellResult<KnockOutValue> {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const value = KNOCK_OUT_WORDS.get(key);
  if (value) return { ok: true, value };
  return {
    ok: false,
    code: 'invalid-knockout-value',
    message: `"${text}" is geen knock-outwaarde; gebruik ja, nee of ? (ook: voldaan / niet voldaan, ✓ / ✗, 1 / 0).`,
    params: { text },
  };
}

/** A score cell: empty is no score; otherwise a number that `checkScore` accepts. */
export function readScore(criterion: Criterion, text: string): CellResult<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const read = readNumber(text);
  if (!read.ok) {
    return {
      ok: false,
      code: 'not-a-number',
      message: `"${text}" is geen getal; geef een score van 0 tot ${formatMax(criterion.maxPoints)}, bijvoorbeeld 7,5.`,
      params: { text, max: criterion.maxPoints },
    };
  }
  const checked = checkScore(criterion, read.value);
  if (!checked.ok) {
    const first = checked.errors[0];
    return { ok: false, code: first?.code ?? 'invalid-score', message: first?.message ?? 'Ongeldige score.', ...(first?.params ? { params: first.params } : {}) };
  }
  return { ok: true, value: checked.value };
}

/** An hourly rate in euros: "75", "€ 75,-", "1.250,00", "75.5". Empty is unknown. */
export function readRate(text: string): CellResult<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const read = readNumber(text);
  if (!read.ok) return { ok: false, code: 'not-a-number', message: `"${text}" is geen getal; gebruik bijvoorbeeld 75, 75,50 of € 75,-.`, params: { text, field: 'hourlyRate' } };
  if (read.value < 0) return { ok: false, code: 'negative', message: `"${text}" is negatief; een uurtarief is 0 of meer.`, params: { text } };
  return { ok: true, value: read.value };
}

/** Hours per week: "32", "32 uur", "24,5 u/w". Empty is unknown; more than 168 is refused. */
export function readHours(text: string): CellResult<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const bare = text.replace(/\s*(uur|uren|u|h|hours?)(\s*(per|\/|p\.?)\s*(week|wk|w))?\.?\s*$/i, '');
  const read = readNumber(bare);
  if (!read.ok) return { ok: false, code: 'not-a-number', message: `"${text}" is geen getal; gebruik bijvoorbeeld 32 of 24,5.`, params: { text, field: 'hoursPerWeek' } };
  if (read.value < 0 || read.value > 168) {
    return { ok: false, code: 'out-of-range', message: `"${text}" uur per week kan niet; gebruik een getal van 0 tot 168.`, params: { text } };
  }
  return { ok: true, value: read.value };
}

function formatMax(n: number): string {
  return String(n).replace('.', ',');
}
