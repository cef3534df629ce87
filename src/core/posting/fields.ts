// Reads the key/value pairs of a posting's header: "Aanvraagnummer 25924", "Regio: Drenthe",
// "| Uren per week | 32 |", and tab-separated lines holding two pairs
// ("Aanvraagnummer\t30601\tStart\tZo snel mogelijk"), and several pairs on one line separated by
// bars, middle dots or semicolons ("Regio: Limburg · Uren: 32 per week · Duur: 9 maanden").
import { findDate, findTime } from './dates';
import { firstNumber } from './counts';
import { trimEndOf, type SourceLine } from './text';

export type FieldKey =
  | 'number' | 'title' | 'client' | 'region' | 'hours' | 'duration' | 'extension' | 'start'
  | 'education' | 'deadline' | 'deadlineTime' | 'questionsDeadline' | 'maxRate' | 'professionals' | 'period';

export interface Field {
  key: FieldKey;
  /** The key as written in the text, e.g. "Einde inschrijfdatum". */
  label: string;
  value: string;
  line: number;
}

export type Fields = Partial<Record<FieldKey, Field>>;

const KEYS: Record<FieldKey, string[]> = {
  number: ['aanvraagnummer', 'aanvraag nummer', 'aanvraagnr', 'referentienummer', 'referentie', 'kenmerk',
    'opdrachtnummer', 'vacaturenummer', 'nummer', 'aanvraag', 'request number', 'reference number', 'reference', 'ref'],
  title: ['titel', 'titel opdracht', 'functietitel', 'functie', 'opdrachttitel', 'opdracht', 'tijdelijke opdracht',
    'inhuuropdracht', 'vacature', 'rol', 'role', 'position', 'job title', 'title', 'assignment', 'vacancy'],
  client: ['opdrachtgever', 'organisatie', 'klant', 'aanbestedende dienst', 'client', 'organisation',
    'organization', 'contracting authority'],
  region: ['regio', 'region', 'provincie', 'province'],
  hours: ['uren per week', 'aantal uren per week', 'uur per week', 'aantal uren', 'uren', 'inzet', 'hours per week', 'hours'],
  duration: ['duur', 'looptijd', 'duur opdracht', 'duur van de opdracht', 'initiële duur', 'duration',
    'contract duration', 'initial duration'],
  extension: ['opties verlenging', 'optie verlenging', 'opties tot verlenging', 'optie tot verlenging', 'verlengingsopties',
    'verlengingsoptie', 'verlenging', 'extension options', 'extension option', 'extension', 'extensions'],
  start: ['start', 'startdatum', 'ingangsdatum', 'aanvang', 'start date', 'starting date'],
  education: ['opleidingniveau', 'opleidingsniveau', 'opleiding', 'werk- en denkniveau', 'denkniveau',
    'education level', 'education'],
  deadline: ['einde inschrijfdatum', 'einde inschrijving', 'sluitingsdatum', 'sluitingsdatum inschrijving', 'uiterste inschrijfdatum',
    'inschrijven tot', 'reageren tot', 'deadline inschrijving', 'deadline', 'closing date', 'submission deadline',
    'deadline for submissions'],
  deadlineTime: ['eindtijd', 'sluitingstijd', 'tijdstip', 'closing time', 'deadline time'],
  questionsDeadline: ['vragen stellen tot', 'vragen tot', 'deadline vragen', 'sluitingsdatum vragen',
    'uiterste datum vragen', 'questions deadline', 'deadline for questions', 'questions until'],
  maxRate: ['maximaal uurtarief', 'max. uurtarief', 'max uurtarief', 'maximum uurtarief', 'maximumtarief',
    'maximaal tarief', 'max. tarief', 'uurtarief', 'tarief', 'maximum hourly rate', 'max. hourly rate',
    'max hourly rate', 'hourly rate', 'maximum rate', 'max rate', 'rate'],
  professionals: ['benodigd aantal professionals', 'aantal professionals', 'number of professionals'],
  // A period holds more than one fact: "1 april 2026 tot en met 31 maart 2027", "4 maanden, 20 uur per week".
  period: ['periode', 'period', 'contractperiode', 'contract period'],
};

/**
 * Labels that are ordinary words too ("Functie van de …", "Provincie Utrecht – Inhuurloket",
 * "Opdracht implementatie SOR"): they count only when a colon, tab or table bar follows them.
 */
const NEEDS_SEPARATOR = new Set([
  ...KEYS.title, 'nummer', 'aanvraag', 'referentie', 'reference', 'ref', 'provincie', 'province', 'organisatie',
  'organisation', 'organization', 'klant', 'client', 'uren', 'hours', 'inzet', 'tarief', 'rate', 'opleiding',
  'education', 'periode', 'period', 'aantal uren',
]);

const ASAP = /^(?:zo (?:snel|spoedig) mogelijk|z\.s\.m\.?|zsm|per direct|direct|asap|as soon as possible|immediately|in overleg|nader te bepalen|n\.?t\.?b\.?|by agreement|to be agreed)\b/i;

// What a value must look like for its key; a body sentence that happens to start with a key
// word ("Start met …") fails here and is not taken for a header field.
const VALID: Record<FieldKey, (value: string) => boolean> = {
  number: (v) => /\d/.test(v) && /^[\p{L}\d][\p{L}\d\-/._ ]{0,29}$/u.test(v),
  title: (v) => v.length <= 120 && /^[\p{Lu}\d"'“]/u.test(v) && !/[.!?]$/.test(v),
  client: (v) => v.length <= 100 && /^[\p{Lu}\d"'“]/u.test(v),
  region: (v) => v.length <= 50 && /^[\p{Lu}]/u.test(v),
  hours: (v) => firstNumber(v) !== undefined && v.length <= 60,
  duration: (v) => /maand|month|jaar|year|wee?k/i.test(v) || /^\d+$/.test(v),
  extension: (v) => v.length <= 100,
  start: (v) => findDate(v) !== undefined || ASAP.test(v),
  education: (v) => v.length <= 80,
  deadline: (v) => findDate(v) !== undefined,
  deadlineTime: (v) => findTime(v) !== undefined,
  questionsDeadline: (v) => findDate(v) !== undefined,
  maxRate: (v) => /\d/.test(v) && v.length <= 160,
  professionals: (v) => firstNumber(v) !== undefined && v.length <= 20,
  period: (v) => v.length <= 120 && (findDate(v) !== undefined || /maand|month|jaar|year|wee?k|uur|hour/i.test(v)),
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest labels first, so "Uren per week" wins over "Uren".
const LABELS: Array<{ key: FieldKey; label: string }> = Object.entries(KEYS)
  .flatMap(([key, labels]) => labels.map((label) => ({ key: key as FieldKey, label })))
  .sort((a, b) => b.label.length - a.label.length);

const KEY_OF_LABEL = new Map<string, FieldKey>();
for (const { key, label } of LABELS) if (!KEY_OF_LABEL.has(label)) KEY_OF_LABEL.set(label, key);

// All labels in one expression: a line is read once, not once per label (a pasted text can hold
// thousands of lines).
const LINE = new RegExp(`^(${LABELS.map((l) => escape(l.label)).join('|')})(?![\\p{L}\\d])\\s*(:|=|–|-(?=\\s))?\\s*(.*)$`, 'iu');

// The first word of every label: a line that starts with another word holds no pair, and needs
// no test against all the labels.
const FIRST_WORDS = new Set(LABELS.map((l) => l.label.split(/[\s:]/)[0] ?? ''));
const firstWordOf = (text: string) => (/^[^\s:\t|]+/.exec(text)?.[0] ?? '').toLowerCase();
// Their first two letters (every first word has two or more): most lines of a long text are
// turned down on those, without cutting out their first word.
const FIRST_PAIRS = new Set([...FIRST_WORDS].map((w) => w.slice(0, 2)));
const asciiLower = (c: number) => String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);

/** Whether a text's first word may be a label's; only ASCII is decided by its first two letters. */
function mayStartLabel(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (!(a < 128 && b < 128)) return FIRST_WORDS.has(firstWordOf(text)); // also a text of one character
  return FIRST_PAIRS.has(asciiLower(a) + asciiLower(b)) && FIRST_WORDS.has(firstWordOf(text));
}

/** A cell without the colon at its end (and the white space before it), read from the end. */
const withoutColon = (cell: string) => (cell.endsWith(':') ? trimEndOf(cell.slice(0, -1), '') : cell);

function keyOfCell(cell: string): FieldKey | undefined {
  return KEY_OF_LABEL.get(withoutColon(cell).trim().toLowerCase());
}

/** A line "Key value" or "Key: value"; without a colon only short values count. */
function pairOfLine(text: string): { key: FieldKey; label: string; value: string } | undefined {
  if (!mayStartLabel(text)) return undefined;
  const m = LINE.exec(text);
  const written = m?.[1];
  const key = written === undefined ? undefined : KEY_OF_LABEL.get(written.toLowerCase());
  if (!m || written === undefined || key === undefined) return undefined;
  const value = (m[3] ?? '').trim();
  if (value === '') return undefined;
  if (m[2] === undefined && (NEEDS_SEPARATOR.has(written.toLowerCase()) || value.length > 50 || /[.!?]$/.test(value))) return undefined;
  if (value.length > 160) return undefined;
  return { key, label: written, value };
}

// Between pairs on one line: a bar, a middle dot or a bullet with spaces around it, or a
// semicolon before the next "label:" ("Start: zo snel mogelijk; opleiding: WO").
const PAIR_BREAK = /\s+[|·•]\s+|;\s+(?=[\p{L} .-]{2,40}:)/u;

/** The header fields found anywhere in the text; for each key the first valid one wins. */
export function readFields(lines: SourceLine[]): Fields {
  const fields: Fields = {};
  const offer = (key: FieldKey, label: string, value: string, line: number) => {
    if (fields[key] === undefined && VALID[key](value)) fields[key] = { key, label, value, line };
  };
  const offerPair = (text: string, line: number) => {
    const pair = pairOfLine(text);
    if (pair) offer(pair.key, pair.label, pair.value, line);
  };
  for (const line of lines) {
    // Markdown headings and bold ("## Vacature: …", "**Regio:** Utrecht") are no part of a pair.
    const raw = line.text;
    const marked = raw.startsWith('#') || raw.startsWith('|') || raw.endsWith('|') || raw.includes('**');
    const t = marked ? raw.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/^\|/, '').replace(/\|$/, '') : raw;
    const segments = /[|·•;]/.test(t) ? t.split(PAIR_BREAK) : [t];
    if (segments.length > 1 && segments.every((s) => /^[\p{L} .-]{2,40}:/u.test(s.trim()))) {
      for (const segment of segments) offerPair(segment.trim(), line.index);
      continue;
    }
    if (t.includes('\t') || t.includes('|')) {
      const cells = t.split(t.includes('|') ? '|' : /\t+/).map((c) => c.trim()).filter((c) => c !== '');
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] ?? '';
        const key = keyOfCell(cell);
        const value = cells[i + 1] ?? '';
        if (key !== undefined && value !== '' && keyOfCell(value) === undefined) {
          offer(key, withoutColon(cell), value, line.index);
          i++;
        } else if (key === undefined) {
          offerPair(cell, line.index); // "Referentie: BB-2026-008 | Opdrachtgever: …"
        }
      }
      continue;
    }
    offerPair(t, line.index);
  }
  return fields;
}

/** Whether a line is a header field (so it is never taken for a title). */
export function isFieldLine(text: string): boolean {
  const pair = pairOfLine(text);
  return pair !== undefined && VALID[pair.key](pair.value);
}
