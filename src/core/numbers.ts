// Reads the numbers people type in Dutch or English spreadsheets: "75", "75,50", "€ 75,-",
// "1.250,00", "75.5", "1,250.00". Never guesses silently: what cannot be read is an error.

export type NumberError = { code: 'not-a-number' | 'empty'; message: string; params?: { text: string } };
export type NumberResult = { ok: true; value: number } | { ok: false; error: NumberError };

const DUTCH_GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.250 or 1.250,00
const DUTCH_DECIMAL = /^\d+(,\d+)?$/; // 75 or 75,5
const ENGLISH_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,250.00
const ENGLISH_DECIMAL = /^\d+(\.\d+)?$/; // 75.5
const AMBIGUOUS_THOUSANDS = /^\d{1,3}[.,]\d{3}$/; // "1.250" or "1,250": Dutch reading wins below

/**
 * Parses a number in Dutch or English notation. A single separator followed by exactly three
 * digits ("1.250", "1,250") is ambiguous; Dutch users write thousands with a dot and decimals
 * with a comma, so "1.250" is 1250 and "1,250" is 1.25 (the Dutch decimal reading).
 */
export function readNumber(text: string): NumberResult {
  const raw = text;
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^(€|EUR)/i, '').replace(/(€|EUR)$/i, '');
  t = t.replace(/,-{1,2}$/, '').replace(/\.-{1,2}$/, '');
  if (t === '') return { ok: false, error: { code: 'empty', message: 'Leeg: er is geen getal ingevuld.' } };
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith('+')) {
    t = t.slice(1);
  }
  let value: number | null = null;
  if (AMBIGUOUS_THOUSANDS.test(t)) {
    value = t.includes('.') ? Number(t.replace('.', '')) : Number(t.replace(',', '.'));
  } else if (DUTCH_GROUPED.test(t)) {
    value = Number(t.replace(/\./g, '').replace(',', '.'));
  } else if (ENGLISH_GROUPED.test(t)) {
    value = Number(t.replace(/,/g, ''));
  } else if (DUTCH_DECIMAL.test(t)) {
    value = Number(t.replace(',', '.'));
  } else if (ENGLISH_DECIMAL.test(t)) {
    value = Number(t);
  } else if (/^,\d+$|^\.\d+$/.test(t)) {
    value = Number('0.' + t.slice(1));
  }
  if (value === null || !Number.isFinite(value)) {
    return {
      ok: false,
      error: {
        code: 'not-a-number',
        message: `"${raw}" is geen getal; gebruik bijvoorbeeld 75, 7,5 of 1.250,00.`,
        params: { text: raw },
      },
    };
  }
  return { ok: true, value: sign * value };
}

/** Number of decimals a finite number needs (0.1 + 0.2 style noise is ignored beyond 10). */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = value.toFixed(10).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Rounds to cents (or hundredths of a point) so that sums of 2-decimal values stay exact. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
