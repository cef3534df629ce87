// Restores records that come from outside the running app — a backup file, an older version, a
// synced document — into the shapes of model.ts, or says precisely what is wrong: which record,
// which field, what it holds and what it must hold (Excalidraw's `restore` shape). Every field is
// checked, a field the schema does not know included, and then the rules of the record itself
// (checkRequest, checkCandidate, the score ranges and length limits).
import { checkCandidate } from './candidate';
import { LIMITS, checkLength } from './limits';
import type { ChangeRecord } from './changes';
import type { Candidate, Evaluation, InputError, Request, Result } from './model';
import { checkRequest } from './request';
import { checkScore } from './scores';

/** What a field must hold, for the message and for a screen in another language. */
export type Expected = 'text' | 'number' | 'boolean' | 'number-or-empty' | 'list' | 'object' | 'knock-out-value' | 'rating' | 'tie-break' | 'rule-kind' | 'absent';

interface Problem {
  field: string;
  expected: Expected;
  value: unknown;
}

type Check = (value: unknown, field: string, problems: Problem[]) => void;

const DUTCH: Record<Expected, string> = {
  text: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  'number-or-empty': 'een getal of leeg (null)',
  list: 'een lijst',
  object: 'een object',
  // The file's own words, quoted: what the field must literally hold.
  'knock-out-value': '"pass", "fail" of "unknown"',
  rating: '"onvoldoende", "voldoende" of "goed"',
  'tie-break': '"lowest-rate" of "none"',
  'rule-kind': '"max-rate" of "min-hours"',
  absent: 'niets (dit veld kent het schema niet)',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fail = (expected: Expected): Check => (value, field, problems) => void problems.push({ field, expected, value });

const text: Check = (value, field, problems) => {
  if (typeof value !== 'string') fail('text')(value, field, problems);
};
const number: Check = (value, field, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('number')(value, field, problems);
};
const numberOrNull: Check = (value, field, problems) => {
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) fail('number-or-empty')(value, field, problems);
};
const oneOf =
  (expected: Expected, allowed: readonly string[]): Check =>
  (value, field, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) fail(expected)(value, field, problems);
  };
const list =
  (item: Check): Check =>
  (value, field, problems) => {
    if (!Array.isArray(value)) return fail('list')(value, field, problems);
    value.forEach((entry, i) => item(entry, `${field}[${i}]`, problems));
  };
/** A map from ids to values (scores per criterion, ratings per competency). */
const record =
  (entry: Check): Check =>
  (value, field, problems) => {
    if (!isObject(value)) return fail('object')(value, field, problems);
    for (const key of Object.keys(value)) entry(value[key], `${field}.${key}`, problems);
  };
/** An object with these fields (optional ones may be missing or undefined); any other field is refused. */
const object =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value, field, problems) => {
    if (!isObject(value)) return fail('object')(value, field, problems);
    const path = (key: string) => (field ? `${field}.${key}` : key);
    for (const [key, check] of Object.entries(required)) check(value[key], path(key), problems);
    for (const [key, check] of Object.entries(optional)) if (value[key] !== undefined) check(value[key], path(key), problems);
    for (const key of Object.keys(value)) if (!(key in required) && !(key in optional)) fail('absent')(value[key], path(key), problems);
  };

const RATING = oneOf('rating', ['onvoldoende', 'voldoende', 'goed']);
const rule: Check = (value, field, problems) => {
  if (!isObject(value)) return fail('object')(value, field, problems);
  if (value.kind === 'max-rate') object({ kind: text, max: number })(value, field, problems);
  else if (value.kind === 'min-hours') object({ kind: text, min: number })(value, field, problems);
  else oneOf('rule-kind', ['max-rate', 'min-hours'])(value.kind, `${field}.kind`, problems);
};
const criterion = object({ id: text, text, maxPoints: number }, { label: text });

const REQUEST = object(
  { id: text, title: text, shortlistSize: number, tieBreak: oneOf('tie-break', ['lowest-rate', 'none']), knockOuts: list(object({ id: text, text }, { label: text, rule })), criteria: list(criterion), competencies: list(object({ id: text, name: text }, { description: text })) },
  {
    number: text, client: text, region: text, hoursPerWeek: number, durationMonths: number, start: text, deadline: text, questionsDeadline: text,
    maxRate: number, interviewSize: number, education: text, extensionOptions: text, brokerFee: number, maxRateIncludes: list(text),
    professionals: number, offerRequirements: list(text), clientCriteria: list(criterion),
    award: object({ awarded: list(text), decidedAt: text }, { objectionUntil: text }),
    independentScoring: (value, field, problems) => {
      if (typeof value !== 'boolean') fail('boolean')(value, field, problems);
    },
  },
);
const CANDIDATE = object({ id: text, name: text }, { email: text, phone: text, hourlyRate: number, hoursPerWeek: number, supplier: text, education: text });
/** A value before or after in the change log: plain data, an award whole. */
const changeValue: Check = (value, field, problems) => {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
  object({ awarded: list(text), decidedAt: text }, { objectionUntil: text })(value, field, problems);
};
const CHANGE = object(
  { id: text, at: text, device: text, requestId: text, kind: text, old: changeValue, new: changeValue },
  { assessor: text, candidateId: text, target: text },
);
const EVALUATION = object(
  { requestId: text, candidateId: text, knockOuts: record(oneOf('knock-out-value', ['pass', 'fail', 'unknown'])), scores: record(numberOrNull) },
  { notes: record(text), competencies: record(RATING), clientScores: record(numberOrNull), invitedAt: text, panel: record(record(RATING)) },
);

/** Where a record stands, for every message about it: its table, its place in the file, its id. */
export interface RecordPlace {
  table: 'requests' | 'candidates' | 'evaluations' | 'importBatches' | 'settings' | 'changes' | 'erasures' | 'marks' | 'sheets' | 'sheetStatus';
  /** 1-based position in its table. */
  index: number;
  id: string;
  /** Where the record sits inside another one ("undo.previousCandidates[0]."), put before its fields. */
  prefix?: string;
}

const TABLE_NAMES: Record<RecordPlace['table'], string> = {
  requests: 'Aanvraag',
  candidates: 'Kandidaat',
  evaluations: 'Beoordeling',
  importBatches: 'Import',
  settings: 'Instelling',
  changes: 'Wijziging',
  erasures: 'Wissing',
  marks: 'Markering',
  sheets: 'Scoreblad',
  sheetStatus: 'Status scoreblad',
};

function shown(value: unknown): string {
  if (value === undefined) return 'niets';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

function problemError(place: RecordPlace, problem: Problem): InputError {
  const value = shown(problem.value);
  const field = `${place.prefix ?? ''}${problem.field}`;
  return {
    code: 'invalid-field',
    message: `${TABLE_NAMES[place.table]} ${place.index} ("${place.id}"), veld "${field}": ${value} is ongeldig; verwacht ${DUTCH[problem.expected]}.`,
    params: { table: place.table, index: place.index, id: place.id, field, expected: problem.expected, value },
  };
}

/** A rule of the record itself, with the record named (the field is in the error's own params). */
function ruleError(place: RecordPlace, error: InputError): InputError {
  const field = error.params?.['field'];
  return {
    ...error,
    message: `${TABLE_NAMES[place.table]} ${place.index} ("${place.id}"): ${error.message}`,
    params: { ...error.params, table: place.table, index: place.index, id: place.id, ...(field !== undefined && place.prefix ? { field: `${place.prefix}${String(field)}` } : {}) },
  };
}

/**
 * Checks a record's fields against a shape (`extra` names storage fields, such as stamps, that
 * the table adds and that must be text), then the record's own rules.
 */
function restore<T>(raw: unknown, place: RecordPlace, shape: Check, extra: readonly string[], rules: (value: T) => InputError[]): Result<T> {
  const problems: Problem[] = [];
  if (isObject(raw) && extra.length) {
    const { ...fields } = raw;
    for (const key of extra) {
      text(fields[key], key, problems);
      delete fields[key];
    }
    shape(fields, '', problems);
  } else shape(raw, '', problems);
  if (problems.length) return { ok: false, errors: problems.map((p) => problemError(place, p)) };
  const errors = rules(raw as T).map((e) => ruleError(place, e));
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as T };
}

export function restoreRequest<T extends Request = Request>(raw: unknown, place: RecordPlace, extra: readonly string[] = []): Result<T> {
  return restore<T>(raw, place, REQUEST, extra, (r) => {
    const checked = checkRequest(r);
    return checked.ok ? [] : checked.errors;
  });
}

export function restoreCandidate<T extends Candidate = Candidate>(raw: unknown, place: RecordPlace, extra: readonly string[] = []): Result<T> {
  return restore<T>(raw, place, CANDIDATE, extra, (c) => checkCandidate(c));
}

/**
 * An evaluation; with its request, each score is also held to its criterion's range, each note to
 * the length limit, and ids must be the request's.
 */
export function restoreEvaluation<T extends Evaluation = Evaluation>(raw: unknown, place: RecordPlace, request?: Request, extra: readonly string[] = []): Result<T> {
  return restore<T>(raw, place, EVALUATION, extra, (e) => {
    const errors: InputError[] = [];
    for (const [id, note] of Object.entries(e.notes ?? {})) {
      const tooLong = checkLength(note, LIMITS.note, `notes.${id}`, `De toelichting bij "${id}"`);
      if (tooLong) errors.push(tooLong);
    }
    if (!request) return errors;
    for (const [field, list, scores] of [['scores', request.criteria, e.scores], ['clientScores', request.clientCriteria ?? [], e.clientScores ?? {}]] as const) {
      for (const [id, score] of Object.entries(scores)) {
        const criterion = list.find((c) => c.id === id);
        // A score for a criterion that was deleted since is kept: it counts for nothing and harms nothing.
        if (!criterion) continue;
        const checked = checkScore(criterion, score);
        if (!checked.ok) errors.push(...checked.errors.map((err) => ({ ...err, params: { ...err.params, field: `${field}.${id}` } })));
      }
    }
    return errors;
  });
}

export function restoreChange(raw: unknown, place: RecordPlace): Result<ChangeRecord> {
  return restore<ChangeRecord>(raw, place, CHANGE, [], () => []);
}
