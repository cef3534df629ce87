// Refusals and rule outcomes in the chosen language. The core words them in Dutch (complete, for
// logs and other tools) and adds the values as params; where this file knows the code it words it
// again from the dictionary, with numbers in the locale's format. Unknown codes keep the core's text.
import type { InputError, KnockOutOutcome } from '../../core';
import { formatMoney, formatNumber, t } from './index';
import type { Dict } from './nl';

const KEYS: Record<string, keyof Dict> = {
  'score-above-max': 'errScoreAboveMax',
  'score-below-zero': 'errScoreBelowZero',
  'too-many-decimals': 'errScoreDecimals',
  'invalid-knockout-value': 'errKnockOutValue',
  'rule-contradicts': 'errRuleContradicts',
  'name-required': 'errNameRequired',
  'invalid-rate': 'errInvalidRate',
  'invalid-hours': 'errInvalidHours',
  'read-only': 'errReadOnly',
  'outside-grid': 'errOutsideGrid',
  'unknown-candidate': 'errUnknownCandidate',
  'write-failed': 'errWriteFailed',
  'storage-full': 'errStorageFull',
  'database-closed': 'errDatabaseClosed',
  'storage-failed': 'errStorageFailed',
  'flush-timeout': 'errFlushTimeout',
  'too-long': 'errTooLong',
  'award-empty': 'errAwardEmpty',
  'award-too-many': 'errAwardTooMany',
  'award-duplicate': 'errAwardDuplicate',
  'not-passed': 'errNotPassed',
  'scores-above-max-points': 'errScoresAboveMaxPoints',
  'invite-awarded': 'errInviteAwarded',
  'invalid-date': 'errInvalidDate',
  'objection-not-a-number': 'errObjectionNotANumber',
  'objection-negative': 'errObjectionNegative',
  'objection-not-whole': 'errObjectionNotWhole',
  'objection-too-long': 'errObjectionTooLong',
  'unknown-client-criterion': 'errUnknownClientCriterion',
  'assessor-required': 'errAssessorRequired',
  'invalid-rating': 'errInvalidRating',
  'not-text': 'errNotText',
  'invalid-field': 'errInvalidField',
  'dangling-evaluation': 'errDanglingEvaluation',
  'not-json': 'errBackupNotJson',
  'not-a-backup': 'errBackupNotBackup',
  'no-schema-version': 'errBackupNoVersion',
  'newer-version': 'errBackupNewer',
  'missing-tables': 'errBackupMissingTables',
  'missing-table': 'errBackupMissingTable',
  'count-mismatch': 'errBackupCountMismatch',
  'missing-name': 'errNameMissing',
  negative: 'errRateNegative',
  'out-of-range': 'errHoursRange',
  'empty-file': 'errEmptyFile',
  'unsupported-encoding': 'errUtf16',
  'not-csv': 'errNotCsv',
  'too-large': 'errTooLarge',
  'too-many-rows': 'errTooManyRows',
  'bad-header': 'errBadHeader',
  'no-name-column': 'errNoNameColumn',
  'no-rows': 'errNoRows',
  'too-many-cells': 'errTooManyCells',
  'too-few-cells': 'errTooFewCells',
  'duplicate-row': 'errDuplicateRow',
  'implausible-rate': 'errImplausibleRate',
  'implausible-hours': 'errImplausibleHours',
  'no-preview': 'errNoPreview',
  'candidate-gone': 'errCandidateGone',
  'unknown-request': 'errUnknownRequest',
  'no-import': 'errNoImport',
};

/** How a too-long text names its field, as the core's checkLength does ("Naam is 201 tekens lang"). */
const LENGTH_LABEL: Record<string, keyof Dict> = {
  name: 'fieldName',
  email: 'fieldEmail',
  phone: 'fieldPhone',
  supplier: 'fieldSupplier',
  education: 'fieldEducation',
  note: 'labelNote',
};
/** checkLength stops counting past this many characters and says "more than" it. */
const COUNTED_UP_TO = 100_000;

const FILE_KIND: Record<string, keyof Dict> = {
  png: 'kindPng',
  jpeg: 'kindJpeg',
  gif: 'kindGif',
  pdf: 'kindPdf',
  zip: 'kindZip',
  gzip: 'kindGzip',
  xls: 'kindXls',
  'zero-bytes': 'kindZeroBytes',
  binary: 'kindBinary',
};

/** Line numbers and counts are written as they are (a file's line 1234 is not "1.234"). */
const PLAIN = new Set(['line', 'last', 'first', 'cells', 'columns', 'index', 'version', 'current', 'rows']);

const TABLE: Record<string, keyof Dict> = {
  requests: 'tableRequests',
  candidates: 'tableCandidates',
  evaluations: 'tableEvaluations',
  importBatches: 'tableImportBatches',
  settings: 'tableSettings',
  changes: 'tableChanges',
  erasures: 'tableErasures',
  marks: 'tableMarks',
  sheets: 'tableSheets',
  sheetStatus: 'tableSheetStatus',
};
/** A table named in a sentence ("de tabel met instellingen"), beside its key in the file. */
const TABLES: Record<string, keyof Dict> = {
  requests: 'tablesRequests',
  candidates: 'tablesCandidates',
  evaluations: 'tablesEvaluations',
  importBatches: 'tablesImportBatches',
  settings: 'tablesSettings',
  changes: 'tablesChanges',
  erasures: 'tablesErasures',
  marks: 'tablesMarks',
  sheets: 'tablesSheets',
  sheetStatus: 'tablesSheetStatus',
};
const STATE: Record<string, keyof Dict> = {
  'not-shortlisted': 'stateNotShortlisted',
  'not-invited': 'stateNotInvited',
  'left-shortlist': 'stateLeftShortlist',
  pending: 'statePending',
  fail: 'stateFail',
};
const EXPECTED: Record<string, keyof Dict> = {
  text: 'expectedText',
  number: 'expectedNumber',
  boolean: 'expectedBoolean',
  'number-or-empty': 'expectedNumberOrEmpty',
  list: 'expectedList',
  object: 'expectedObject',
  'knock-out-value': 'expectedKnockOutValue',
  rating: 'expectedRating',
  'tie-break': 'expectedTieBreak',
  'rule-kind': 'expectedRuleKind',
  absent: 'expectedAbsent',
};

export function errorText(error: InputError): string {
  const params = error.params ?? {};
  const key = keyFor(error.code, params);
  if (!key) return error.message;
  const worded = t(key, localised(error.code, params));
  // A param the dictionary needs but the error lacks: the core's own sentence is the better one.
  if (/\{\w+\}/.test(worded)) return error.message;
  // A cell of an imported file: say where, as the core does.
  return error.line && error.column !== undefined ? t('errAtCell', { line: error.line, column: error.column, text: worded }) : worded;
}

function keyFor(code: string, params: Record<string, string | number>): keyof Dict | undefined {
  // One code, two wordings: a score says its range, any other number gives examples.
  if (code === 'not-a-number') {
    if (params['max'] !== undefined) return 'errNotAScore';
    if (params['field'] === 'hourlyRate') return 'errRateNotANumber';
    if (params['field'] === 'hoursPerWeek') return 'errHoursNotANumber';
    return params['text'] !== undefined ? 'errNotANumber' : undefined;
  }
  // A quote error names one line or a range of lines.
  const many = typeof params['last'] === 'number' && typeof params['line'] === 'number' && params['last'] > params['line'];
  if (code === 'unterminated-quote' && params['line'] !== undefined) return many ? 'errUnterminatedQuotes' : 'errUnterminatedQuote';
  if (code === 'malformed-quote' && params['line'] !== undefined) return many ? 'errMalformedQuotes' : 'errMalformedQuote';
  // Not on the shortlist: for an invitation (which says why) or for a client score.
  if (code === 'not-shortlisted') return params['status'] !== undefined ? 'errNotShortlistedInvite' : 'errNotShortlistedScore';
  // An import does not store a "voldaan" that the candidate's own data contradicts.
  if (code === 'rule-contradicts' && params['ignored'] === 'pass') return 'errPassIgnored';
  // A too-long candidate field or note names its field; other texts say "this text".
  if (code === 'too-long' && LENGTH_LABEL[String(params['field'])]) return 'errTooLongField';
  if (code === 'partial-undecided') return params['n'] === 1 ? 'errPartialUndecidedOne' : 'errPartialUndecided';
  // The count is the request's number of professionals, not `n`: its singular is chosen here.
  if (code === 'award-too-many' && params['max'] === 1) return 'errAwardTooMany_one';
  return KEYS[code];
}

function localised(code: string, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  // All the digits: a message about a third decimal must show it.
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'number' && !PLAIN.has(name) ? formatNumber(value, 10) : value;
  // Megabytes as the size refusal writes them: one decimal, always.
  if (code === 'too-large') for (const name of ['size', 'max']) if (typeof params[name] === 'number') out[name] = formatNumber(params[name], 1, 1);
  if (code === 'not-shortlisted' && params['status'] !== undefined) out['status'] = t(params['status'] === 'eliminated' ? 'statusEliminatedWord' : 'statusReserveWord');
  if (code === 'not-passed') {
    const state = STATE[String(params['state'])];
    if (state) out['state'] = t(state);
  }
  if (code === 'invalid-field') {
    const table = TABLE[String(params['table'])];
    const expected = EXPECTED[String(params['expected'])];
    if (table) out['table'] = t(table);
    if (expected) out['expected'] = t(expected);
  }
  if (code === 'missing-table' || code === 'count-mismatch') {
    const name = TABLES[String(params['table'])];
    if (name) out['name'] = t(name);
  }
  if (code === 'not-csv') {
    const kind = FILE_KIND[String(params['kind'])];
    if (kind) out['kind'] = t(kind);
    else delete out['kind'];
  }
  if (code === 'implausible-rate') for (const name of ['value', 'min', 'max']) if (typeof params[name] === 'number') out[name] = formatMoney(params[name]);
  if (code === 'too-long') {
    const label = LENGTH_LABEL[String(params['field'])];
    if (label) out['label'] = t(label);
    if (typeof params['length'] === 'number' && params['length'] > COUNTED_UP_TO) out['length'] = t('errMoreThan', { n: formatNumber(COUNTED_UP_TO) });
  }
  if (code === 'rule-contradicts' && typeof params['limit'] === 'number') {
    const value = typeof params['value'] === 'number' ? params['value'] : null;
    out['reason'] = basisText({ kind: params['rule'] === 'min-hours' ? 'min-hours' : 'max-rate', limit: params['limit'], value });
  }
  return out;
}

/** Why a rule decided a knock-out, e.g. "hourly rate € 80.00 > max € 75.00"; the core's words when it has no data. */
export function ruleReason(outcome: KnockOutOutcome): string {
  return outcome.basis ? basisText(outcome.basis) : (outcome.reason ?? '');
}

function basisText(basis: NonNullable<KnockOutOutcome['basis']>): string {
  const { kind, limit, value } = basis;
  if (kind === 'max-rate') {
    if (value === null) return t('ruleRateMissing');
    return t(value > limit ? 'ruleRateOver' : 'ruleRateWithin', { value: formatMoney(value), limit: formatMoney(limit) });
  }
  if (value === null) return t('ruleHoursMissing');
  return t(value < limit ? 'ruleHoursUnder' : 'ruleHoursEnough', { value: formatNumber(value), limit: formatNumber(limit) });
}
