// Where each candidate's procedure stopped and why (PRODUCT §3.13, §9). Before the award this is
// the candidate's current stage; once there is an award, everyone still open is out. The reasons
// carry ids only, exactly as §9 lists them: the screen and the outcome letters read the richer
// facts (total, rank, client rank and total, why a knock-out failed) from the other functions.
import type { Award, Candidate, Evaluation, Outcome, Reason, Request, Standing } from '../model';
import { readFacts, type ProcedureFacts } from './facts';
import { interviewState } from './interview-state';
import { panelVerdict } from './panel';

/** The reason codes an outcome can carry (the screen words each one). */
export type OutcomeReasonCode = 'knock-out' | 'below-cutoff' | 'competency' | 'not-invited' | 'not-awarded';

/**
 * One outcome per candidate, in the caller's order. `award` defaults to the request's stored
 * award. The award is a decided fact, as §9 reads: whoever it names is awarded. Whether they still
 * qualify (invited, shortlisted, passed) is checkAward's question, which the screen asks of a
 * stored award to warn when a later change took the ground from under it.
 */
export function procedureOutcomes(request: Request, candidates: Candidate[], evaluations: Evaluation[], award: Award | undefined = request.award): Outcome[] {
  return outcomesOf(readFacts(request, candidates, evaluations), award);
}

export function outcomesOf(facts: ProcedureFacts, award: Award | undefined): Outcome[] {
  const awarded = new Set(award?.awarded ?? []);
  return facts.candidates.map((c) => {
    const outcome = current(facts, c.id, awarded);
    if (award === undefined || outcome.result !== 'open') return outcome;
    const code: OutcomeReasonCode = outcome.stage === 'client' ? 'not-invited' : 'not-awarded';
    return { ...outcome, result: 'out', reasons: [...outcome.reasons, { code }] };
  });
}

function current(facts: ProcedureFacts, candidateId: string, awarded: Set<string>): Outcome {
  if (awarded.has(candidateId)) return { candidateId, stage: 'award', result: 'awarded', reasons: [] };
  // Every candidate handed to the ranking has a standing.
  const standing = facts.standingOf.get(candidateId) as Standing;
  if (standing.status === 'eliminated') {
    const reasons = standing.failedKnockOuts.map((knockOut): Reason => ({ code: 'knock-out', params: { knockOut } }));
    return { candidateId, stage: 'knock-out', result: 'out', reasons };
  }
  if (standing.status === 'reserve') {
    const behind = standing.pointsBehindCutoff;
    // An empty params object would say nothing; with no distance (no cut-off) the code stands alone.
    const reason: Reason = behind === null ? { code: 'below-cutoff' } : { code: 'below-cutoff', params: { behind } };
    return { candidateId, stage: 'selection', result: 'out', reasons: [reason] };
  }
  const state = interviewState(facts, candidateId);
  if (state === 'not-invited') return { candidateId, stage: 'client', result: 'open', reasons: [] };
  if (state !== 'fail') return { candidateId, stage: 'interview', result: 'open', reasons: [] };
  const { insufficient } = panelVerdict(facts.request, facts.evaluationOf.get(candidateId));
  const reasons = insufficient.map((competency): Reason => ({ code: 'competency', params: { competency } }));
  return { candidateId, stage: 'interview', result: 'out', reasons };
}
