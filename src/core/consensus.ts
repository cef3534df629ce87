// Independent scoring (PRODUCT §12): each assessor's own scores per candidate, the spread between
// them per cell, whether they differ by more than a quarter of the criterion's points, and the
// agreed score — which is the evaluation's score, the one that ranks. Pure: what a device holds
// (its own assessor's scores, and the others' once they marked their scoring done) goes in.
import type { Request } from './model';

/** One assessor's scores of one candidate on one request. */
export interface AssessorScores {
  candidateId: string;
  assessor: string;
  scores: Readonly<Record<string, number | null>>;
}

export interface ConsensusCell {
  /** Each assessor's score, in the order of `assessors`; null where they gave none. */
  scores: (number | null)[];
  /** Highest minus lowest of the scores given; null with fewer than two. */
  spread: number | null;
  /** The spread is more than a quarter of the criterion's points. */
  differs: boolean;
  /** The mean of the scores given, to one decimal; null when none. */
  mean: number | null;
  /** The agreed score (the evaluation's), which ranks. */
  agreed: number | null;
}

export interface ConsensusRow {
  candidateId: string;
  cells: Record<string, ConsensusCell>;
  /** Cells where the assessors differ by more than a quarter. */
  differing: number;
}

export interface Consensus {
  /** The assessors whose scores are shown, sorted by name. */
  assessors: string[];
  rows: ConsensusRow[];
}

/** Whether a spread is more than a quarter of the criterion's points (PRODUCT §12). */
export function differsMuch(spread: number | null, maxPoints: number): boolean {
  return spread !== null && spread > maxPoints / 4;
}

export function consensusOf(
  request: Pick<Request, 'criteria'>,
  candidateIds: readonly string[],
  sheets: readonly AssessorScores[],
  agreed: (candidateId: string) => Readonly<Record<string, number | null>> | undefined,
): Consensus {
  const assessors = [...new Set(sheets.map((s) => s.assessor))].sort((a, b) => a.localeCompare(b));
  const index = new Map(assessors.map((a, i) => [a, i]));
  const byCandidate = new Map<string, AssessorScores[]>();
  for (const sheet of sheets) (byCandidate.get(sheet.candidateId) ?? byCandidate.set(sheet.candidateId, []).get(sheet.candidateId))?.push(sheet);
  const rows = candidateIds.map((candidateId): ConsensusRow => {
    const own = byCandidate.get(candidateId) ?? [];
    const agreedScores = agreed(candidateId) ?? {};
    let differing = 0;
    const cells: Record<string, ConsensusCell> = {};
    for (const criterion of request.criteria) {
      const scores: (number | null)[] = assessors.map(() => null);
      for (const sheet of own) {
        const value = sheet.scores[criterion.id];
        if (typeof value === 'number') scores[index.get(sheet.assessor) ?? 0] = value;
      }
      const given = scores.filter((s): s is number => s !== null);
      const spread = given.length >= 2 ? Math.max(...given) - Math.min(...given) : null;
      const differs = differsMuch(spread, criterion.maxPoints);
      if (differs) differing++;
      const value = agreedScores[criterion.id];
      cells[criterion.id] = {
        scores,
        spread,
        differs,
        mean: given.length ? Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10 : null,
        agreed: typeof value === 'number' ? value : null,
      };
    }
    return { candidateId, cells, differing };
  });
  return { assessors, rows };
}
