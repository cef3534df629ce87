// The facts of one request that every step of the procedure reads: the standings of the matrix
// (who is on the shortlist now), each candidate's evaluation and whether they were invited.
// Read once per call so that a function asking several questions ranks the matrix only once.
import type { Candidate, Evaluation, Request, Standing } from '../model';
import { rankCandidates } from '../ranking';

export interface ProcedureFacts {
  request: Request;
  /** The candidates on the request, in the caller's order (the order outcomes come in). */
  candidates: Candidate[];
  /** rankCandidates' standings: ranked by rank, then the eliminated. */
  standings: Standing[];
  standingOf: Map<string, Standing>;
  /** This request's evaluations only, by candidate id. */
  evaluationOf: Map<string, Evaluation>;
}

/**
 * What a caller that already ranked the matrix passes on: `standings` must be what
 * rankCandidates(request, candidates, evaluations) gives for the same arguments (the matrix's
 * LiveRanking keeps exactly that up to date), so that 10 000 people are not ranked again.
 */
export interface Ranked {
  standings?: Standing[];
}

export function readFacts(request: Request, candidates: Candidate[], evaluations: Evaluation[], ranked: Ranked = {}): ProcedureFacts {
  const evaluationOf = new Map<string, Evaluation>();
  for (const e of evaluations) if (e.requestId === request.id) evaluationOf.set(e.candidateId, e);
  const standings = ranked.standings ?? rankCandidates(request, candidates, evaluations);
  return { request, candidates, standings, standingOf: new Map(standings.map((s) => [s.candidateId, s])), evaluationOf };
}

/** On the shortlist of the matrix now (a tie at the cut-off included: those are on it too). */
export function isShortlisted(facts: ProcedureFacts, candidateId: string): boolean {
  return facts.standingOf.get(candidateId)?.status === 'shortlist';
}

/**
 * Invited is a stored fact (PRODUCT §3.11): a date. It stays true when the candidate later leaves
 * the shortlist; what that means for them is decided where it matters (proposals, outcomes).
 */
export function isInvited(facts: ProcedureFacts, candidateId: string): boolean {
  const at = facts.evaluationOf.get(candidateId)?.invitedAt;
  return typeof at === 'string' && at.trim() !== '';
}

/** Reads a record by an id without falling into Object.prototype ("constructor", "__proto__"). */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
