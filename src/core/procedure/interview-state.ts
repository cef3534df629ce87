// Where an invited candidate stands in step 4, with the owner's rule for people who left the
// shortlist after their invitation (a late score or knock-out change): the invitation stays a
// stored fact, but they can no longer pass or be awarded and count as out of the interviews.
import { isInvited, isShortlisted, type ProcedureFacts } from './facts';
import { panelVerdict } from './panel';

export type InterviewState =
  /** Not invited. */
  | 'not-invited'
  /** Invited, but no longer on the shortlist: out, whatever the panel said. */
  | 'left-shortlist'
  | 'pending'
  | 'fail'
  | 'pass';

export function interviewState(facts: ProcedureFacts, candidateId: string): InterviewState {
  if (!isInvited(facts, candidateId)) return 'not-invited';
  if (!isShortlisted(facts, candidateId)) return 'left-shortlist';
  return panelVerdict(facts.request, facts.evaluationOf.get(candidateId)).verdict;
}

