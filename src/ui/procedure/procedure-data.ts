// What every step of the procedure screen reads: the stored records of one request and the core's
// one reading of them. Plain data; the steps derive nothing of their own beyond wording.
import type { Evaluation, ProcedureOverview, Request, Standing } from '../../core';
import type { StoredCandidate } from '../../db/schema';
import { amsterdamDay } from '../../core';

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
