// Reads the numbers people type in Dutch or English spreadsheets: "75", "75,50", "€ 75,-",
// "1.250,00", "75.5", "1,250.00". Never guesses silently: what cannot be read is an error.

export type NumberError = { code: 'not-a-number' | 'empty'; message: string; params?: { text: string } };
export type NumberResult = { ok: true; value: number } | { ok: false; error: NumberError };

// A grouped number's first group never starts with 0: "0.125" is a decimal, not 125.
const DUTCH_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/; // 1.250 or 1.250,00
const DUTCH_DECIMAL = /^\d+(,\d+)?$/; // 75 or 75,5
const ENGLISH_GROUPED = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/; // 1,250.00
const ENGLISH_DECIMAL = /^\d+(\.\d+)?$/; // 75.5
const SPACE_GROUPED = /^[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/; // 12 500 or 1 250,50
const AMBIGUOUS_THOUSANDS = /^[1-9]\d{0,2}[.,]\d{3}$/; // "1.250" or "1,250": the hint decides, else Dutch

/** Which reading wins for an ambiguous "1.250" / "1,250": the language the number was typed in. */
export type NumberHint = 'nl' | 'en';

/**
 * Parses a number in Dutch or English notation. A single separator followed by exactly three
 * digits ("1.250", "1,250") is ambiguous: with hint 'en' the comma groups thousands ("1,250" is
 * 1250, "1.250" is 1.25); otherwise (hint 'nl', or none, as for Dutch Excel files) the dot does.
 * Spaces may surround the currency and the sign, and group thousands in threes ("1 250,50");
 * anywhere else they make the text no number, so "7 5" is never read as 75.
 */
export function readNumber(text: string, hint?: NumberHint): NumberResult {
  const raw = text;
  let t = text.trim().replace(/^(€|EUR)\s*/i, '').replace(/\s*(€|EUR)$/i, '');
  t = t.replace(/\s*[,.]-{1,2}$/, '');
  if (t === '') return { ok: false, error: { code: 'empty', message: 'Leeg: er is geen getal ingevuld.' } };
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1).trimStart();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trimStart();
  }
  let value: number | null = null;
  if (AMBIGUOUS_THOUSANDS.test(t)) {
    const thousands = hint === 'en' ? ',' : '.';
    value = t.includes(thousands) ? Number(t.replace(thousands, '')) : Number(t.replace(',', '.'));
  } else if (DUTCH_GROUPED.test(t)) {
    value = Number(t.replace(/\./g, '').replace(',', '.'));
  } else if (ENGLISH_GROUPED.test(t)) {
    value = Number(t.replace(/,/g, ''));
  } else if (SPACE_GROUPED.test(t)) {
    value = Number(t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
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

/**
 * Number of decimals a finite number has, counted exactly from its shortest representation
 * ("7.50000000001" has 11, "1.5e-7" has 8), so no typed digit is ever rounded away.
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [digits = '', exponent = '0'] = String(value).split('e');
  const dot = digits.indexOf('.');
  const fraction = dot < 0 ? 0 : digits.length - dot - 1;
  return Math.max(0, fraction - Number(exponent));
}

/** Rounds to cents (or hundredths of a point) so that sums of 2-decimal values stay exact. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
