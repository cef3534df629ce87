// Checks a request as a whole before it is stored: the invariants ranking relies on.
import { LIMITS, checkLength } from './limits';
import type { InputError, Request, Result } from './model';
import { decimalsOf, round2 } from './numbers';

export function checkRequest(request: Request): Result<Request> {
  const errors: InputError[] = [];
  if (request.title.trim() === '') errors.push({ code: 'title-required', message: 'Een aanvraag heeft een titel nodig.' });
  if (!Number.isInteger(request.shortlistSize) || request.shortlistSize < 1) {
    errors.push({
      code: 'invalid-shortlist-size',
      message: `Shortlistgrootte ${request.shortlistSize} is ongeldig; gebruik een geheel getal van 1 of meer.`,
    });
  }
  if (request.interviewSize !== undefined && (!Number.isInteger(request.interviewSize) || request.interviewSize < 1)) {
    errors.push({ code: 'invalid-interview-size', message: `Aantal gesprekken ${request.interviewSize} is ongeldig.` });
  }
  request.criteria.forEach((c, i) => {
    if (!(Number.isFinite(c.maxPoints) && c.maxPoints > 0) || decimalsOf(c.maxPoints) > 2) {
      errors.push({
        code: 'invalid-max-points',
        message: `Criterium ${i + 1} ("${c.text}") heeft maximum ${c.maxPoints}; dat moet een getal groter dan 0 zijn.`,
      });
    }
  });
  (request.clientCriteria ?? []).forEach((c, i) => {
    if (!(Number.isFinite(c.maxPoints) && c.maxPoints > 0) || decimalsOf(c.maxPoints) > 2) {
      errors.push({
        code: 'invalid-max-points',
        message: `Criterium ${i + 1} van de opdrachtgever ("${c.text}") heeft maximum ${c.maxPoints}; dat moet een getal groter dan 0 zijn.`,
        params: { list: 'clientCriteria' },
      });
    }
  });
  request.knockOuts.forEach((k, i) => {
    if (k.rule?.kind === 'max-rate' && !(Number.isFinite(k.rule.max) && k.rule.max >= 0)) {
      errors.push({ code: 'invalid-rule', message: `Knock-out ${i + 1}: maximumtarief ${k.rule.max} is ongeldig.` });
    }
    if (k.rule?.kind === 'min-hours' && !(Number.isFinite(k.rule.min) && k.rule.min >= 0)) {
      errors.push({ code: 'invalid-rule', message: `Knock-out ${i + 1}: minimum uren ${k.rule.min} is ongeldig.` });
    }
  });
  errors.push(...lengthErrors(request));
  const ids = [
    ...request.knockOuts.map((k) => k.id),
    ...request.criteria.map((c) => c.id),
    ...request.competencies.map((c) => c.id),
    ...(request.clientCriteria ?? []).map((c) => c.id),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.push({ code: 'duplicate-id', message: `Id "${id}" komt meer dan eens voor.` });
    seen.add(id);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: request };
}

/** Sum of the criteria's maximum points; a request whose weights are not 100 is warned about. */
export function weightsTotal(request: Request): number {
  return round2(request.criteria.reduce((sum, c) => sum + c.maxPoints, 0));
}

/** A warning text when the weights do not add up to 100 (allowed, but always shown). */
export function weightsWarning(request: Request): string | null {
  const total = weightsTotal(request);
  return request.criteria.length > 0 && total !== 100 ? `De weging telt op tot ${total} in plaats van 100.` : null;
}

/** PRODUCT §4: every text of a request at most 500 characters, a short label at most 12. */
function lengthErrors(request: Request): InputError[] {
  const texts: [string, string | undefined, string][] = [
    ['title', request.title, 'De titel'],
    ['number', request.number, 'Het aanvraagnummer'],
    ['client', request.client, 'De opdrachtgever'],
    ['region', request.region, 'De regio'],
    ['start', request.start, 'De start'],
    ['education', request.education, 'Het opleidingsniveau'],
    ['extensionOptions', request.extensionOptions, 'De verlenging'],
    ...(request.offerRequirements ?? []).map((text, i): [string, string, string] => [`offerRequirements.${i}`, text, `Eis ${i + 1} aan de aanbieding`]),
    ...(request.maxRateIncludes ?? []).map((text, i): [string, string, string] => [`maxRateIncludes.${i}`, text, 'Wat het uurtarief omvat']),
    ...request.knockOuts.map((k, i): [string, string, string] => [`knockOuts.${k.id}.text`, k.text, `Knock-out ${i + 1}`]),
    ...request.criteria.map((c, i): [string, string, string] => [`criteria.${c.id}.text`, c.text, `Criterium ${i + 1}`]),
    ...(request.clientCriteria ?? []).map((c, i): [string, string, string] => [`clientCriteria.${c.id}.text`, c.text, `Criterium ${i + 1} van de opdrachtgever`]),
    ...request.competencies.flatMap((c, i): [string, string | undefined, string][] => [
      [`competencies.${c.id}.name`, c.name, `Competentie ${i + 1}`],
      [`competencies.${c.id}.description`, c.description, `De omschrijving van competentie ${i + 1}`],
    ]),
  ];
  const labels: [string, string | undefined, string][] = [
    ...request.knockOuts.map((k, i): [string, string | undefined, string] => [`knockOuts.${k.id}.label`, k.label, `De korte naam van knock-out ${i + 1}`]),
    ...request.criteria.map((c, i): [string, string | undefined, string] => [`criteria.${c.id}.label`, c.label, `De korte naam van criterium ${i + 1}`]),
    ...(request.clientCriteria ?? []).map((c, i): [string, string | undefined, string] => [`clientCriteria.${c.id}.label`, c.label, `De korte naam van criterium ${i + 1} van de opdrachtgever`]),
  ];
  const errors: InputError[] = [];
  for (const [field, text, label] of texts) {
    const tooLong = text === undefined ? null : checkLength(text, LIMITS.text, field, label);
    if (tooLong) errors.push(tooLong);
  }
  for (const [field, text, label] of labels) {
    const tooLong = text === undefined ? null : checkLength(text, LIMITS.label, field, label);
    if (tooLong) errors.push(tooLong);
  }
  return errors;
}

/** Where a request's own rate cap and its `max-rate` knock-outs part (see rateCapIssue). */
export interface RateCapIssue {
  /** The request's maximum hourly rate. */
  cap: number;
  /** No knock-out carries the max-rate rule: nobody is eliminated on the rate. */
  unenforced: boolean;
  /** The max-rate knock-outs whose maximum is another amount (K-number = index + 1). */
  differing: Array<{ knockOutId: string; index: number; max: number }>;
}

/**
 * PRODUCT §7: "the rate cap always eliminates". A request whose maximum hourly rate no max-rate
 * knock-out enforces, or enforces at another amount, ranks people the cap excludes (or excludes
 * people it allows): allowed, as a cap may be set on purpose apart, but never silently.
 */
export function rateCapIssue(request: Request): RateCapIssue | null {
  const cap = request.maxRate;
  if (cap === undefined) return null;
  const rules = request.knockOuts.flatMap((k, index) => (k.rule?.kind === 'max-rate' ? [{ knockOutId: k.id, index, max: k.rule.max }] : []));
  const differing = rules.filter((r) => r.max !== cap);
  if (rules.length > 0 && differing.length === 0) return null;
  return { cap, unenforced: rules.length === 0, differing };
}
