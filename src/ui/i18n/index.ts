// The chosen language as a signal, a translate function, and locale-aware formatting. The first
// screen carries only the app frame's texts (nl/shell, en/shell); the rest of a dictionary loads
// with the first screen that needs it (`loadTexts`), for the chosen language only — the other one
// loads when the user switches to it, or an export is made in it — and a text asked for before
// then is worded once it is there.
import { createSignal } from 'solid-js';
import { shell as enShell } from './en/shell';
import type { Dict } from './nl';
import { shell as nlShell } from './nl/shell';

export type Locale = 'nl' | 'en';
const dictionaries: Record<Locale, Partial<Dict>> = { nl: nlShell, en: enShell };
/** The languages whose whole dictionary is here. */
const [loaded, setLoaded] = createSignal<readonly Locale[]>([]);
const loading: Partial<Record<Locale, Promise<void>>> = {};
const importers: Record<Locale, () => Promise<Dict>> = {
  nl: () => import('./nl').then((m) => m.nl),
  en: () => import('./en').then((m) => m.en),
};

/** Loads every text of a language, the chosen one unless named (once); screens beyond the app frame wait for it. */
export function loadTexts(language: Locale = current()): Promise<void> {
  const begun = loading[language];
  if (begun) return begun;
  const load = importers[language]().then(
    (dict) => {
      dictionaries[language] = dict;
      setLoaded((languages) => [...languages, language]);
    },
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  );
  loading[language] = load;
  return load;
}
const STORAGE_KEY = 'shortlist.locale';

/** Dutch unless the browser prefers English first (or the user chose a language before). */
export function initialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored === 'nl' || stored === 'en') return stored;
  for (const lang of browserLanguages) {
    if (lang.toLowerCase().startsWith('nl')) return 'nl';
    if (lang.toLowerCase().startsWith('en')) return 'en';
  }
  return 'nl';
}

const [locale, setLocaleSignal] = createSignal<Locale>(
  typeof navigator === 'undefined' ? 'nl' : initialLocale(safeStorageGet(), navigator.languages ?? [navigator.language]),
);

export { locale };

/** Switches the language once its texts are here (at once when they are), so no screen shows half of it. */
export function setLocale(next: Locale): void {
  if (loaded().includes(next) || !loading[locale()]) {
    applyLocale(next);
    return;
  }
  loadTexts(next).then(
    () => applyLocale(next),
    (error: unknown) => {
      // Offline without the texts cached: the app frame's texts are there; the rest shows once loaded.
      console.error(error);
      applyLocale(next);
    },
  );
}

function applyLocale(next: Locale): void {
  setLocaleSignal(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode without storage: the choice lasts for this session only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** A language that wins over the chosen one while `withLocale` runs (a file in another language). */
let override: Locale | null = null;
const current = (): Locale => override ?? locale();

/** Runs `work` with texts, numbers and dates in `language`, e.g. for an export in another language. */
export function withLocale<T>(language: Locale, work: () => T): T {
  const before = override;
  override = language;
  try {
    return work();
  } finally {
    override = before;
  }
}

/** Params that name a place (a line, a version), not an amount: written as they are, "regel 1234". */
const PLACES: ReadonlySet<string> = new Set(['line', 'last', 'first', 'row', 'column', 'index', 'position', 'knockOut', 'version', 'current']);

/**
 * A text in the chosen language. A count `n` of one picks the key's singular form where the
 * dictionary has one, `<key>_one` ("1 rij importeren" beside "{n} rijen importeren"). A number
 * param is written as the language writes numbers ("5.028" in Dutch, "5,028" in English), unless
 * it names a place.
 */
export function t(key: keyof Dict, params: Record<string, string | number> = {}): string {
  const dictionary = dictionaries[current()];
  const text = (isOne(params['n']) ? dictionary[singularOf(key)] : undefined) ?? dictionary[key];
  // Not loaded yet: nothing for now, and whoever shows it hears when the texts arrive.
  if (text === undefined) return loaded().includes(current()) ? key : '';
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' && !PLACES.has(name) ? formatNumber(value, 10) : String(value);
  });
}

/** The key of a text's singular form; a dictionary need not have it (then the text serves for one too). */
export type SingularKey = Extract<keyof Dict, `${string}_one`>;
const singularOf = (key: keyof Dict) => `${key}_one` as SingularKey;

/**
 * A count of one, given as a number or as digits (a count formatted before it came here): in Dutch
 * and English alike the only count that takes the singular.
 */
const isOne = (count: string | number | undefined): boolean => count === 1 || count === '1';

export function bcp47(): string {
  return current() === 'nl' ? 'nl-NL' : 'en-GB';
}

// Creating an Intl formatter costs far more than using one; the grid formats thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${bcp47()}|${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(bcp47(), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return numberFormat(`n${maximumFractionDigits}-${minimumFractionDigits}`, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

export function formatMoney(value: number): string {
  return numberFormat('eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(value);
}

/**
 * A number as a grid cell shows it, and as its editor and a copy start from it: no thousands
 * separator, so what is edited, copied or pasted back reads as the same number in either language.
 */
export function formatCellNumber(value: number): string {
  return numberFormat('cell', { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** An amount in a grid cell: whole euros without cents ("€ 120"), others with two ("€ 97,50"). */
export function formatCellMoney(value: number): string {
  const whole = Number.isInteger(value);
  return numberFormat(whole ? 'cell-eur0' : 'cell-eur2', { style: 'currency', currency: 'EUR', useGrouping: false, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(value);
}

/** "14:05": the time of day in Amsterdam. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(bcp47(), { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

// The same for dates: the outcomes and the report format one per candidate, 10 000 of them.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: 'date' | 'date-time'): Intl.DateTimeFormat {
  const key = `${bcp47()}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    const time: Intl.DateTimeFormatOptions = kind === 'date-time' ? { timeStyle: 'short' } : {};
    format = new Intl.DateTimeFormat(bcp47(), { dateStyle: 'medium', ...time, timeZone: 'Europe/Amsterdam' });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat('date-time').format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat('date').format(date);
}

function safeStorageGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
