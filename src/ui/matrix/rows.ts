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
    const sameFacts = old !== undefined && old.candidate === candidate && old.evaluation === evaluation;
    if (sameFacts && sameStanding(old.standing, standing)) return old;
    // One edit moves the ranks of many rows; only the edited row needs its outcomes again.
    return {
      id: candidate.id,
      candidate,
      evaluation,
      standing,
      outcomes: sameFacts ? old.outcomes : knockOutOutcomes(request, candidate, evaluation),
      interview: sameFacts ? old.interview : interviewVerdict(request, evaluation),
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
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered: MatrixRow[] = [];
  for (const id of order) {
    const row = byId.get(id);
    if (row) {
      ordered.push(row);
      byId.delete(id);
    }
  }
  for (const row of rows) if (byId.has(row.id)) ordered.push(row);
  return ordered;
}
