// What every step of the procedure screen reads: the stored records of one request and the core's
// one reading of them. Plain data; the steps derive nothing of their own beyond wording.
import type { Evaluation, InputError, ProcedureOverview, Request, Standing } from '../../core';
import type { StoredCandidate } from '../../db/schema';
import { amsterdamDay, checkAward, panelVerdict } from '../../core';

export interface ProcedureData {
  request: Request;
  /** In the order they were added to the request. */
  candidates: StoredCandidate[];
  candidateOf: Map<string, StoredCandidate>;
  evaluationOf: Map<string, Evaluation>;
  standingOf: Map<string, Standing>;
  overview: ProcedureOverview;
}

/** Today in the Netherlands, as the date an invitation or award carries by default. */
export function today(): string {
  return amsterdamDay(new Date());
}

export function nameOf(data: ProcedureData, id: string): string {
  return data.candidateOf.get(id)?.name ?? id;
}

/**
 * The stored award checked again against today's facts: why it no longer holds (someone it names
 * has since failed a knock-out, left the shortlist, lost the invitation), or nothing.
 */
export function staleAward(data: ProcedureData): InputError[] {
  const stored = data.request.award;
  if (!stored) return [];
  const checked = checkAward(data.request, data.candidates, [...data.evaluationOf.values()], { awarded: stored.awarded, decidedAt: stored.decidedAt }, { standings: data.overview.standings });
  return checked.ok ? [] : checked.errors;
}

/** Once awarded: the invited people not awarded whose interview has no verdict (not, or not fully, rated). */
export function unratedAtAward(data: ProcedureData): string[] {
  const award = data.request.award;
  if (!award) return [];
  return data.overview.outcomes
    .filter((o) => o.stage === 'interview' && o.reasons.some((r) => r.code === 'not-awarded') && panelVerdict(data.request, data.evaluationOf.get(o.candidateId)).verdict !== 'pass')
    .map((o) => o.candidateId);
}
