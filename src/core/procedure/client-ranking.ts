// Step 3, the client's round (PRODUCT §3.10): the shortlisted candidates ranked on the client's own
// criteria. The ranking rules are the matrix's (competition ranks, the request's tie-break, shared
// ranks marked tied), so this feeds the one implementation of them instead of writing a second.
import type { Contender } from '../live-ranking';
import type { Candidate, Evaluation, Request } from '../model';
import { round2 } from '../numbers';
import { contenderOf, rankContenders } from '../ranking';
import { isShortlisted, own, readFacts, type ProcedureFacts } from './facts';

export interface ClientRank {
  candidateId: string;
  total: number;
  rank: number;
  tied: boolean;
}

/** Sum of the entered client scores over the request's client criteria; empty counts 0. */
export function clientTotal(request: Request, evaluation: Evaluation | undefined): number {
  let total = 0;
  for (const criterion of request.clientCriteria ?? []) {
    const score = own(evaluation?.clientScores, criterion.id);
    if (typeof score === 'number' && Number.isFinite(score)) total += score;
  }
  return round2(total);
}

/**
 * The shortlisted candidates by client total, best first (PRODUCT §9). Candidates equal on total
 * and tie-break keep the matrix's order among themselves, so the better-scored CV is listed first.
 */
export function clientRanking(request: Request, candidates: Candidate[], evaluations: Evaluation[]): ClientRank[] {
  return rankClients(readFacts(request, candidates, evaluations));
}

export function rankClients(facts: ProcedureFacts): ClientRank[] {
  const { request } = facts;
  const candidateOf = new Map(facts.candidates.map((c) => [c.id, c]));
  const contenders: Contender[] = [];
  for (const standing of facts.standings) {
    if (!isShortlisted(facts, standing.candidateId)) continue;
    const evaluation = facts.evaluationOf.get(standing.candidateId);
    // The matrix's reading of the candidate (the rate for the tie-break), with the client's total;
    // completeness and the shortlist of this ranking mean nothing in step 3 and are not read.
    const matrix = contenderOf(request, candidateOf.get(standing.candidateId) as Candidate, evaluation);
    contenders.push({ ...matrix, total: clientTotal(request, evaluation), failed: [] });
  }
  return rankContenders(request, contenders).map((s) => ({ candidateId: s.candidateId, total: s.total, rank: s.rank as number, tied: s.tied }));
}
