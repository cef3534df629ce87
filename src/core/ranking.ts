// Totals, competition ranking with the rate tie-break, shortlist / reserve / eliminated and the
// distance to the cut-off (PRODUCT §3.3–§3.7). Everything here is derived from stored facts.
import { evaluateKnockOut, knockOutValue, type KnockOutOutcome } from './knockouts';
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

/** Sum of the criteria's maximum points; a request whose weights are not 100 is warned about. */
export function weightsTotal(request: Request): number {
  return round2(request.criteria.reduce((sum, c) => sum + c.maxPoints, 0));
}

/**
 * What ranking needs to know about one candidate on one request, computed from their facts alone.
 * Splitting this from the ranking lets a caller recompute it only for the candidate that changed.
 */
export interface Contender {
  candidateId: string;
  total: number;
  /** Every knock-out decided and every criterion scored. */
  complete: boolean;
  /** Ids of the failed knock-outs, in the request's order; any failure eliminates. */
  failed: string[];
  /** The hourly rate for the tie-break; null when missing (sorts after every known rate). */
  rate: number | null;
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

/** The standings of contenders given in input order (the order that breaks remaining ties). */
export function rankContenders(request: Request, contenders: readonly Contender[]): Standing[] {
  const index = new Map<string, number>();
  contenders.forEach((c, i) => index.set(c.candidateId, i));
  const position = (c: Contender) => index.get(c.candidateId) as number;
  const ranked = contenders.filter((c) => c.failed.length === 0);

  const useRate = request.tieBreak === 'lowest-rate';
  ranked.sort((a, b) => b.total - a.total || (useRate ? compareRates(a.rate, b.rate) : 0) || position(a) - position(b));

  const equal = (a: Contender, b: Contender) => a.total === b.total && (!useRate || compareRates(a.rate, b.rate) === 0);
  const ranks: number[] = [];
  ranked.forEach((c, i) => {
    const prev = ranked[i - 1];
    ranks.push(prev && equal(prev, c) ? (ranks[i - 1] as number) : i + 1);
  });

  const n = request.shortlistSize;
  const cutoffTotal = ranked.length >= n && n > 0 ? (ranked[n - 1] as Contender).total : null;
  const groupSize = new Map<number, number>();
  for (const r of ranks) groupSize.set(r, (groupSize.get(r) ?? 0) + 1);

  const standings: Standing[] = ranked.map((c, i) => {
    const rank = ranks[i] as number;
    const size = groupSize.get(rank) ?? 1;
    const onShortlist = rank <= n;
    return {
      candidateId: c.candidateId,
      total: c.total,
      complete: c.complete,
      rank,
      status: onShortlist ? 'shortlist' : 'reserve',
      failedKnockOuts: [],
      tied: size > 1,
      tieAtCutoff: onShortlist && rank + size - 1 > n,
      pointsBehindCutoff: !onShortlist && cutoffTotal !== null ? round2(Math.max(0, cutoffTotal - c.total)) : null,
    };
  });

  for (const c of contenders) {
    if (c.failed.length === 0) continue;
    standings.push({
      candidateId: c.candidateId,
      total: c.total,
      complete: c.complete,
      rank: null,
      status: 'eliminated',
      failedKnockOuts: c.failed,
      tied: false,
      tieAtCutoff: false,
      pointsBehindCutoff: null,
    });
  }
  return standings;
}

/** Lower rate first; a missing rate sorts after every known rate; two missing rates are equal. */
export function compareRates(ra: number | null, rb: number | null): number {
  if (ra === null && rb === null) return 0;
  if (ra === null) return 1;
  if (rb === null) return -1;
  return ra - rb;
}

function known(n: number | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Reads a record by an id without falling into Object.prototype ("constructor", "__proto__"). */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
