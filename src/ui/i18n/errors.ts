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
  'missing-name': 'errNameMissing',
  negative: 'errRateNegative',
  'out-of-range': 'errHoursRange',
  'empty-file': 'errEmptyFile',
};

export function errorText(error: InputError): string {
  const params = error.params ?? {};
  // One code, two wordings: a score says its range, any other number gives examples.
  const key = error.code === 'not-a-number' ? (params['max'] !== undefined ? 'errNotAScore' : params['text'] !== undefined ? 'errNotANumber' : undefined) : KEYS[error.code];
  if (!key) return error.message;
  const worded = t(key, localised(error.code, params));
  // A param the dictionary needs but the error lacks: the core's own sentence is the better one.
  if (/\{\w+\}/.test(worded)) return error.message;
  // A cell of an imported file: say where, as the core does.
  return error.line && error.column !== undefined ? t('errAtCell', { line: error.line, column: error.column, text: worded }) : worded;
}

function localised(code: string, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  // All the digits: a message about a third decimal must show it.
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'number' ? formatNumber(value, 10) : value;
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
