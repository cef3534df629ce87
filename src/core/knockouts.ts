// Knock-out evaluation: the manual value a consultant sets, combined with the automatic rules
// (max-rate, min-hours) that read the candidate's own data. PRODUCT §3.1.
import type { Candidate, InputError, KnockOut, KnockOutRule, KnockOutValue, Request, Result } from './model';

export interface KnockOutOutcome {
  value: KnockOutValue;
  /** 'rule' when the automatic rule decided (or vetoed a manual pass), else 'manual'. */
  source: 'manual' | 'rule';
  /** Why a rule decided, in words the consultant can check, e.g. "€ 80 > max € 75". */
  reason?: string;
  /** The same as data, for a screen that words it in another language: the rule, its limit and the candidate's value (null when unknown). */
  basis?: RuleBasis;
}

export interface RuleBasis {
  kind: KnockOutRule['kind'];
  limit: number;
  value: number | null;
}

/** What the candidate's data alone says about a rule; `unknown` when the data is missing. */
export function evaluateRule(rule: KnockOutRule, candidate: Candidate): KnockOutOutcome {
  if (rule.kind === 'max-rate') {
    const rate = candidate.hourlyRate;
    if (rate === undefined || rate === null || !Number.isFinite(rate)) {
      return { value: 'unknown', source: 'rule', reason: 'geen uurtarief bekend', basis: { kind: rule.kind, limit: rule.max, value: null } };
    }
    const basis = { kind: rule.kind, limit: rule.max, value: rate };
    return rate > rule.max
      ? { value: 'fail', source: 'rule', reason: `uurtarief ${rate} > max ${rule.max}`, basis }
      : { value: 'pass', source: 'rule', reason: `uurtarief ${rate} ≤ max ${rule.max}`, basis };
  }
  const hours = candidate.hoursPerWeek;
  if (hours === undefined || hours === null || !Number.isFinite(hours)) {
    return { value: 'unknown', source: 'rule', reason: 'beschikbaarheid onbekend', basis: { kind: rule.kind, limit: rule.min, value: null } };
  }
  const basis = { kind: rule.kind, limit: rule.min, value: hours };
  return hours < rule.min
    ? { value: 'fail', source: 'rule', reason: `${hours} uur/week < min ${rule.min}`, basis }
    : { value: 'pass', source: 'rule', reason: `${hours} uur/week ≥ min ${rule.min}`, basis };
}

/**
 * The effective value of one knock-out. A manual decision wins over no decision; a rule's fail
 * cannot be overridden, because the data contradicts a pass. A manual fail may overrule a rule's
 * pass (the consultant can know more than the data, e.g. travel costs on top of the rate).
 */
export function evaluateKnockOut(
  knockOut: KnockOut,
  candidate: Candidate,
  manual: KnockOutValue | undefined,
): KnockOutOutcome {
  const decided = manual === 'pass' || manual === 'fail' ? manual : undefined;
  if (!knockOut.rule) return { value: decided ?? 'unknown', source: 'manual' };
  const byRule = evaluateRule(knockOut.rule, candidate);
  if (byRule.value === 'fail') return byRule;
  if (decided) return { value: decided, source: 'manual' };
  return byRule;
}

/**
 * The effective value alone, by the same rules as `evaluateKnockOut` without composing the reason
 * text: ranking asks this for every candidate and knock-out.
 */
export function knockOutValue(knockOut: KnockOut, candidate: Candidate, manual: KnockOutValue | undefined): KnockOutValue {
  const decided = manual === 'pass' || manual === 'fail' ? manual : undefined;
  const rule = knockOut.rule;
  if (!rule) return decided ?? 'unknown';
  const data = rule.kind === 'max-rate' ? candidate.hourlyRate : candidate.hoursPerWeek;
  if (data === undefined || data === null || !Number.isFinite(data)) return decided ?? 'unknown';
  const failsRule = rule.kind === 'max-rate' ? data > rule.max : data < rule.min;
  return failsRule ? 'fail' : (decided ?? 'pass');
}

/**
 * Checks a manual knock-out value before it is stored: the knock-out must exist and a pass must
 * not contradict the candidate's data.
 */
export function checkKnockOutValue(
  request: Request,
  candidate: Candidate,
  knockOutId: string,
  value: string,
): Result<KnockOutValue> {
  const knockOut = request.knockOuts.find((k) => k.id === knockOutId);
  if (!knockOut) return fail({ code: 'unknown-knockout', message: `Onbekende knock-out "${knockOutId}".`, params: { id: knockOutId } });
  if (value !== 'pass' && value !== 'fail' && value !== 'unknown') {
    return fail({
      code: 'invalid-knockout-value',
      message: `"${value}" is geen geldige waarde; kies pass, fail of unknown.`,
      params: { text: value },
    });
  }
  if (value === 'pass' && knockOut.rule) {
    const byRule = evaluateRule(knockOut.rule, candidate);
    if (byRule.value === 'fail') {
      return fail({
        code: 'rule-contradicts',
        message: `Kan niet op voldaan zetten: ${byRule.reason}.`,
        params: { rule: knockOut.rule.kind, limit: byRule.basis?.limit ?? 0, value: byRule.basis?.value ?? '' },
      });
    }
  }
  return { ok: true, value };
}

/** The next value when a consultant cycles a knock-out cell with the keyboard: ? → ✓ → ✗ → ?. */
export function nextKnockOutValue(value: KnockOutValue): KnockOutValue {
  return value === 'unknown' ? 'pass' : value === 'pass' ? 'fail' : 'unknown';
}

function fail(error: InputError): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [error] };
}
