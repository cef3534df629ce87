// The posting parser's warnings in the chosen language. The core words each in Dutch (complete,
// for logs and other tools) and gives the values as params; this words the code again from the
// dictionary, with amounts, numbers, dates and weekdays in the locale's format. Only a code the
// dictionary does not know keeps the core's sentence.
import type { PostingWarning } from '../../core';
import { bcp47, formatDate, formatDateTime, formatMoney, formatNumber, t } from './index';
import type { Dict } from './nl';
import { postingWarnings } from './nl/posting-warnings';

type Params = Record<string, string | number>;

/** How a param is written, by its name (the core's contract in core/posting/warnings.ts). */
const MONEY = new Set(['max', 'knockOutMax']);
const PLACES = new Set(['knockOut', 'position']);
const WEEKDAYS = new Set(['named', 'actual']);

// The Dutch file defines the keys; the English one must have the same (Dict says so).
const KEYS: ReadonlySet<string> = new Set(Object.keys(postingWarnings));

function keyOf(code: string): keyof Dict | undefined {
  const key = `pw_${code}`;
  return KEYS.has(key) ? (key as keyof Dict) : undefined;
}

function weekday(n: number): string {
  // 7 January 2024 was a Sunday, so day 7 + n is weekday n (0 = Sunday).
  return new Intl.DateTimeFormat(bcp47(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + n));
}

function localised(params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') {
      if (MONEY.has(name)) out[name] = formatMoney(value);
      else if (WEEKDAYS.has(name)) out[name] = weekday(value);
      else if (PLACES.has(name)) out[name] = String(value);
      else out[name] = formatNumber(value);
    } else if (name === 'date') out[name] = formatDate(value);
    else if (name === 'deadline') out[name] = formatDateTime(value);
    else out[name] = value;
  }
  return out;
}

export function postingWarningText(warning: PostingWarning): string {
  const key = keyOf(warning.code);
  if (!key) return warning.message;
  const worded = t(key, localised(warning.params ?? {}));
  // A param the dictionary needs but the warning lacks: the core's own sentence is the better one.
  return /\{\w+\}/.test(worded) ? warning.message : worded;
}
