// Everything the procedure screen shows, from one reading of the facts: at 10 000 candidates each
// public function ranks the matrix again, so a screen that needs all of them asks once here.
import type { Award, Candidate, Evaluation, Outcome, Request, Standing } from '../model';
import { rankClients, type ClientRank } from './client-ranking';
import { readFacts, type Ranked } from './facts';
import { offShortlist, proposeFrom, type InvitationProposal } from './invitations';
import { outcomesOf } from './outcomes';

export interface ProcedureOverview {
  /** rankCandidates' standings. */
  standings: Standing[];
  clientRanking: ClientRank[];
  proposal: InvitationProposal;
  invitedOffShortlist: string[];
  outcomes: Outcome[];
}

/**
 * The same values as clientRanking, invitationProposal, invitedOffShortlist and procedureOutcomes.
 * `ranked.standings`, when given, must be rankCandidates' answer for the same arguments (see Ranked).
 */
export function procedureOverview(
  request: Request,
  candidates: Candidate[],
  evaluations: Evaluation[],
  award: Award | undefined = request.award,
  ranked: Ranked = {},
): ProcedureOverview {
  const facts = readFacts(request, candidates, evaluations, ranked);
  return {
    standings: facts.standings,
    clientRanking: rankClients(facts),
    proposal: proposeFrom(facts),
    invitedOffShortlist: offShortlist(facts),
    outcomes: outcomesOf(facts, award),
  };
}
