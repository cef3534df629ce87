// Invitations to the interview (PRODUCT §3.11, §3.12): who is proposed, and who may be invited.
// A proposal is derived, never stored; the consultant confirms or changes it, and only the
// confirmed invitations (a date on the evaluation) are facts.
import type { Candidate, Evaluation, InputError, Request, Result } from '../model';
import { rankClients, type ClientRank } from './client-ranking';
import { invalidDate, procedureDay } from './dates';
import { isInvited, isShortlisted, readFacts, type ProcedureFacts } from './facts';
import { interviewState } from './interview-state';
import { inputError, refuse } from './result';

export interface InvitationProposal {
  /** Candidate ids, best client rank first. */
  proposed: string[];
  /** A shared client rank straddles the line: more than interviewSize are proposed, the consultant decides. */
  tieOnLine: boolean;
  /** Every invited candidate is out, so step 3 is repeated (PRODUCT §3.12); with nobody left, `proposed` is empty. */
  repeat: boolean;
}

const NONE: InvitationProposal = { proposed: [], tieOnLine: false, repeat: false };

/** The proposal with its flags: the first interviewSize by client rank, or the next ones after a failed round. */
export function invitationProposal(request: Request, candidates: Candidate[], evaluations: Evaluation[]): InvitationProposal {
  return proposeFrom(readFacts(request, candidates, evaluations));
}

/** PRODUCT §9: the candidate ids proposed for an interview now (see invitationProposal). */
export function proposedInvitations(request: Request, candidates: Candidate[], evaluations: Evaluation[]): string[] {
  return invitationProposal(request, candidates, evaluations).proposed;
}

export function proposeFrom(facts: ProcedureFacts): InvitationProposal {
  const size = facts.request.interviewSize;
  if (size === undefined || !Number.isFinite(size) || size < 1) return NONE;
  const invited = facts.candidates.filter((c) => isInvited(facts, c.id));
  if (invited.length === 0) return { ...line(rankClients(facts), Math.floor(size)), repeat: false };
  // Out of the interviews: failed, or left the shortlist since the invitation (they cannot pass).
  const allOut = invited.every((c) => {
    const state = interviewState(facts, c.id);
    return state === 'fail' || state === 'left-shortlist';
  });
  if (!allOut) return NONE;
  const open = rankClients(facts).filter((r) => !isInvited(facts, r.candidateId));
  return { ...line(open, Math.floor(size)), repeat: true };
}

/** The first `size` of a client ranking, and everyone sharing the rank of the last one taken. */
function line(ranking: ClientRank[], size: number): Omit<InvitationProposal, 'repeat'> {
  let end = Math.min(size, ranking.length);
  const last = ranking[end - 1];
  while (last !== undefined && end < ranking.length && (ranking[end] as ClientRank).rank === last.rank) end++;
  return { proposed: ranking.slice(0, end).map((r) => r.candidateId), tieOnLine: end > size };
}

/**
 * Invited, but no longer on the shortlist (a late score or knock-out change): the invitation stays
 * stored, yet they cannot pass or be awarded. The screen warns about them. In the caller's order.
 */
export function invitedOffShortlist(request: Request, candidates: Candidate[], evaluations: Evaluation[]): string[] {
  return offShortlist(readFacts(request, candidates, evaluations));
}

export function offShortlist(facts: ProcedureFacts): string[] {
  return facts.candidates.filter((c) => interviewState(facts, c.id) === 'left-shortlist').map((c) => c.id);
}

export interface InvitationInput {
  candidateId: string;
  /** ISO 8601 date or moment with offset. */
  invitedAt: string;
}

/** Checks an invitation before it is stored: only a shortlisted candidate, with a valid date. */
export function checkInvitation(request: Request, candidates: Candidate[], evaluations: Evaluation[], input: InvitationInput): Result<InvitationInput> {
  const facts = readFacts(request, candidates, evaluations);
  const candidate = candidates.find((c) => c.id === input.candidateId);
  const errors: InputError[] = [];
  if (!candidate) {
    errors.push(inputError('unknown-candidate', `Kandidaat "${input.candidateId}" hoort niet bij deze aanvraag.`, { candidate: input.candidateId }));
  } else if (!isShortlisted(facts, candidate.id)) {
    const status = facts.standingOf.get(candidate.id)?.status === 'eliminated' ? 'eliminated' : 'reserve';
    const why = status === 'eliminated' ? 'valt af op een knock-outcriterium' : 'staat op de reservelijst';
    errors.push(
      inputError('not-shortlisted', `${candidate.name} staat niet op de shortlist (${why}); alleen kandidaten op de shortlist kunnen worden uitgenodigd.`, {
        candidate: candidate.id,
        name: candidate.name,
        status,
      }),
    );
  }
  if (procedureDay(input.invitedAt) === null) errors.push(invalidDate('invitedAt', input.invitedAt));
  return errors.length > 0 ? refuse(...errors) : { ok: true, value: input };
}
