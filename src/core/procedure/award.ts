// The award (PRODUCT §3.13): to at least one and at most `professionals` candidates who passed the
// interview, with its date and the end of the objection period. Checked here before it is stored.
import type { Award, Candidate, Evaluation, InputError, Request, Result } from '../model';
import { invalidDate, procedureDay } from './dates';
import { isShortlisted, readFacts, type Ranked } from './facts';
import { interviewState, type InterviewState } from './interview-state';
import { checkObjectionDays, objectionEnd } from './objection';
import { inputError, refuse } from './result';

/** How many professionals the request awards: `professionals` when a whole number ≥ 1, else 1. */
export function professionalsOf(request: Request): number {
  const n = request.professionals;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
}

export interface AwardInput {
  /** Candidate ids. */
  awarded: string[];
  /** ISO 8601 date or moment with offset. */
  decidedAt: string;
  /** The objection period in days; without it the award has no objection end. */
  objectionDays?: number;
}

/**
 * Checks an award and gives the Award to store, with the objection end computed. Every refusal is
 * listed. `ranked.standings`, when given, must be rankCandidates' answer for the same arguments.
 */
export function checkAward(request: Request, candidates: Candidate[], evaluations: Evaluation[], input: AwardInput, ranked: Ranked = {}): Result<Award> {
  const facts = readFacts(request, candidates, evaluations, ranked);
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  const errors: InputError[] = [];
  const max = professionalsOf(request);
  if (input.awarded.length === 0) errors.push(inputError('award-empty', 'Kies wie de opdracht gegund krijgt: minstens één kandidaat.'));
  if (input.awarded.length > max) {
    errors.push(
      inputError('award-too-many', `Deze aanvraag zoekt ${max === 1 ? 'één professional' : `${max} professionals`}; er zijn er ${input.awarded.length} gekozen.`, {
        max,
        count: input.awarded.length,
      }),
    );
  }
  const seen = new Set<string>();
  for (const id of input.awarded) {
    const name = nameOf.get(id);
    if (seen.has(id)) {
      errors.push(inputError('award-duplicate', `${name ?? id} is twee keer gekozen.`, { candidate: id }));
      continue;
    }
    seen.add(id);
    if (name === undefined) {
      errors.push(inputError('unknown-candidate', `Kandidaat "${id}" hoort niet bij deze aanvraag.`, { candidate: id }));
      continue;
    }
    const state = interviewState(facts, id);
    // Someone never invited and not on the shortlist is refused for the more basic reason.
    if (state === 'not-invited' && !isShortlisted(facts, id)) errors.push(notPassed(id, name, 'not-shortlisted'));
    else if (state !== 'pass') errors.push(notPassed(id, name, state));
  }
  if (procedureDay(input.decidedAt) === null) errors.push(invalidDate('decidedAt', input.decidedAt));
  if (input.objectionDays !== undefined) {
    const days = checkObjectionDays(input.objectionDays);
    if (!days.ok) errors.push(...days.errors);
  }
  if (errors.length > 0) return refuse(...errors);
  const award: Award = { awarded: [...input.awarded], decidedAt: input.decidedAt };
  if (input.objectionDays !== undefined) award.objectionUntil = objectionEnd(input.decidedAt, input.objectionDays) as string;
  return { ok: true, value: award };
}

const WHY: Record<Exclude<InterviewState, 'pass'> | 'not-shortlisted', string> = {
  'not-shortlisted': 'niet op de shortlist',
  'not-invited': 'niet uitgenodigd voor een gesprek',
  'left-shortlist': 'niet meer op de shortlist',
  pending: 'nog niet elke competentie is vastgesteld',
  fail: 'een competentie is onvoldoende beoordeeld',
};

function notPassed(id: string, name: string, state: keyof typeof WHY): InputError {
  return inputError('not-passed', `Gunnen aan ${name} kan niet: ${WHY[state]}. Alleen wie het gesprek heeft gehaald, komt in aanmerking.`, {
    candidate: id,
    name,
    state,
  });
}
