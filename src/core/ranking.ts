// Totals, competition ranking with the rate tie-break, shortlist / reserve / eliminated and the
// distance to the cut-off (PRODUCT §3.3–§3.7). Everything here is derived from stored facts.
import { evaluateKnockOut, knockOutValue, type KnockOutOutcome } from './knockouts';
import { LiveRanking, type Contender } from './live-ranking';
import type { Candidate, Evaluation, KnockOutValue, Request, Standing } from './model';
import { round2 } from './numbers';

/** Effective knock-out outcomes of one candidate, keyed by knock-out id. */
export function knockOutOutcomes(
  request: Request,
  candidate: Candidate,
  evaluation: Evaluation | undefined,
): Record<string, KnockOutOutcome> {
  const out: Record<string, KnockOutOutcome> = {};
  for (const knockOut of request.knockOuts) {
    const manual: KnockOutValue | undefined = evaluation ? own(evaluation.knockOuts, knockOut.id) : undefined;
    out[knockOut.id] = evaluateKnockOut(knockOut, candidate, manual);
  }
  return out;
}

/** Sum of the entered scores of the request's criteria; empty counts 0, unknown ids are ignored. */
export function totalOf(request: Request, evaluation: Evaluation | undefined): number {
  if (!evaluation) return 0;
  let total = 0;
  for (const criterion of request.criteria) {
    const score = own(evaluation.scores, criterion.id);
    if (typeof score === 'number' && Number.isFinite(score)) total += score;
  }
  return round2(total);
}

/** The facts of one candidate that ranking reads. A missing evaluation is all unknown / empty. */
export function contenderOf(request: Request, candidate: Candidate, evaluation: Evaluation | undefined): Contender {
  const failed: string[] = [];
  let decided = true;
  for (const knockOut of request.knockOuts) {
    const manual = evaluation ? own(evaluation.knockOuts, knockOut.id) : undefined;
    const value = knockOutValue(knockOut, candidate, manual);
    if (value === 'fail') failed.push(knockOut.id);
    else if (value === 'unknown') decided = false;
  }
  let scored = true;
  for (const criterion of request.criteria) {
    const score = evaluation ? own(evaluation.scores, criterion.id) : undefined;
    if (typeof score !== 'number' || !Number.isFinite(score)) scored = false;
  }
  return { candidateId: candidate.id, total: totalOf(request, evaluation), complete: decided && scored, failed, rate: known(candidate.hourlyRate) };
}

/**
 * Ranks candidates for a request. Returns ranked candidates by rank (ties in input order), then
 * eliminated candidates in input order. Evaluations of other requests are ignored; a missing
 * evaluation counts as all unknown / empty.
 */
export function rankCandidates(request: Request, candidates: Candidate[], evaluations: Evaluation[]): Standing[] {
  const byCandidate = new Map<string, Evaluation>();
  for (const e of evaluations) if (e.requestId === request.id) byCandidate.set(e.candidateId, e);
  return rankContenders(request, candidates.map((c) => contenderOf(request, c, byCandidate.get(c.id))));
}

/**
 * The standings of contenders given in input order (the order that breaks remaining ties). One
 * implementation of the rules serves both this and the matrix's live ranking.
 */
export function rankContenders(request: Request, contenders: readonly Contender[]): Standing[] {
  return new LiveRanking(request, contenders).standings();
}

function known(n: number | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Reads a record by an id without falling into Object.prototype ("constructor", "__proto__"). */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
