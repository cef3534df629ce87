// Totals, competition ranking with the rate tie-break, shortlist / reserve / eliminated and the
// distance to the cut-off (PRODUCT §3.3–§3.7). Everything here is derived from stored facts.
import { evaluateKnockOut, type KnockOutOutcome } from './knockouts';
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

interface Row {
  candidate: Candidate;
  index: number;
  total: number;
  complete: boolean;
  failed: string[];
}

/**
 * Ranks candidates for a request. Returns ranked candidates by rank (ties in input order), then
 * eliminated candidates in input order. Evaluations of other requests are ignored; a missing
 * evaluation counts as all unknown / empty.
 */
export function rankCandidates(request: Request, candidates: Candidate[], evaluations: Evaluation[]): Standing[] {
  const byCandidate = new Map<string, Evaluation>();
  for (const e of evaluations) if (e.requestId === request.id) byCandidate.set(e.candidateId, e);

  const rows: Row[] = candidates.map((candidate, index) => {
    const evaluation = byCandidate.get(candidate.id);
    const outcomes = knockOutOutcomes(request, candidate, evaluation);
    const failed = request.knockOuts.filter((k) => outcomes[k.id]?.value === 'fail').map((k) => k.id);
    const decided = request.knockOuts.every((k) => outcomes[k.id]?.value !== 'unknown');
    const scored = request.criteria.every((c) => {
      const s = evaluation ? own(evaluation.scores, c.id) : undefined;
      return typeof s === 'number' && Number.isFinite(s);
    });
    return { candidate, index, total: totalOf(request, evaluation), complete: decided && scored, failed };
  });

  const useRate = request.tieBreak === 'lowest-rate';
  const ranked = rows.filter((r) => r.failed.length === 0);
  ranked.sort((a, b) => b.total - a.total || (useRate ? compareRates(a.candidate, b.candidate) : 0) || a.index - b.index);

  const equal = (a: Row, b: Row) => a.total === b.total && (!useRate || compareRates(a.candidate, b.candidate) === 0);
  const ranks: number[] = [];
  ranked.forEach((row, i) => {
    const prev = ranked[i - 1];
    ranks.push(prev && equal(prev, row) ? (ranks[i - 1] as number) : i + 1);
  });

  const n = request.shortlistSize;
  const cutoffTotal = ranked.length >= n && n > 0 ? (ranked[n - 1] as Row).total : null;
  const groupSize = new Map<number, number>();
  for (const r of ranks) groupSize.set(r, (groupSize.get(r) ?? 0) + 1);

  const standings: Standing[] = ranked.map((row, i) => {
    const rank = ranks[i] as number;
    const size = groupSize.get(rank) ?? 1;
    const onShortlist = rank <= n;
    return {
      candidateId: row.candidate.id,
      total: row.total,
      complete: row.complete,
      rank,
      status: onShortlist ? 'shortlist' : 'reserve',
      failedKnockOuts: [],
      tied: size > 1,
      tieAtCutoff: onShortlist && rank + size - 1 > n,
      pointsBehindCutoff: !onShortlist && cutoffTotal !== null ? round2(Math.max(0, cutoffTotal - row.total)) : null,
    };
  });

  for (const row of rows) {
    if (row.failed.length === 0) continue;
    standings.push({
      candidateId: row.candidate.id,
      total: row.total,
      complete: row.complete,
      rank: null,
      status: 'eliminated',
      failedKnockOuts: row.failed,
      tied: false,
      tieAtCutoff: false,
      pointsBehindCutoff: null,
    });
  }
  return standings;
}

/** Lower rate first; a missing rate sorts after every known rate; two missing rates are equal. */
function compareRates(a: Candidate, b: Candidate): number {
  const ra = known(a.hourlyRate);
  const rb = known(b.hourlyRate);
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
