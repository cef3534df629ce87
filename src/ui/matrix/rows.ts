// The rows the grid shows: one per candidate, with the standing and knock-out outcomes derived
// from stored facts. A row keeps its identity while nothing in it changed, so the grid only
// redraws rows that did.
import {
  interviewVerdict,
  knockOutOutcomes,
  rankCandidates,
  type Candidate,
  type Evaluation,
  type InterviewVerdict,
  type KnockOutOutcome,
  type Request,
  type Standing,
} from '../../core';

export interface MatrixRow {
  id: string;
  candidate: Candidate;
  evaluation: Evaluation | undefined;
  standing: Standing;
  outcomes: Record<string, KnockOutOutcome>;
  interview: InterviewVerdict;
}

export function buildRows(
  request: Request,
  candidates: Candidate[],
  evaluations: Map<string, Evaluation>,
  previous: Map<string, MatrixRow>,
): { rows: MatrixRow[]; standings: Standing[] } {
  const standings = rankCandidates(request, candidates, [...evaluations.values()]);
  const standingOf = new Map(standings.map((s) => [s.candidateId, s]));
  const rows = candidates.map((candidate) => {
    const evaluation = evaluations.get(candidate.id);
    const standing = standingOf.get(candidate.id)!;
    const old = previous.get(candidate.id);
    if (old && old.candidate === candidate && old.evaluation === evaluation && sameStanding(old.standing, standing)) return old;
    return {
      id: candidate.id,
      candidate,
      evaluation,
      standing,
      outcomes: knockOutOutcomes(request, candidate, evaluation),
      interview: interviewVerdict(request, evaluation),
    };
  });
  return { rows, standings };
}

function sameStanding(a: Standing, b: Standing): boolean {
  return (
    a.total === b.total &&
    a.rank === b.rank &&
    a.status === b.status &&
    a.complete === b.complete &&
    a.tied === b.tied &&
    a.tieAtCutoff === b.tieAtCutoff &&
    a.pointsBehindCutoff === b.pointsBehindCutoff &&
    a.failedKnockOuts.join() === b.failedKnockOuts.join()
  );
}

/** Orders rows by a fixed list of ids (the order at the last explicit sort); new ids go last. */
export function orderRows(rows: MatrixRow[], order: string[]): MatrixRow[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
}
