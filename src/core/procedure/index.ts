// The procedure after the shortlist (PRODUCT §3.10–§3.13): the client's round, invitations, the
// panel's interviews, the award and everyone's outcome. Re-exports only.
export { clientRanking, clientTotal } from './client-ranking';
export type { ClientRank } from './client-ranking';
export { checkClientScore, parseClientScore, findClientCriterion } from './client-scores';
export type { ClientScoreInput } from './client-scores';
export { panelRatings, agreedRatings, panelVerdict } from './panel';
export type { PanelRating } from './panel';
export { proposedInvitations, invitationProposal, invitedOffShortlist, checkInvitation } from './invitations';
export type { InvitationProposal, InvitationInput } from './invitations';
export { checkAward, professionalsOf } from './award';
export type { AwardInput } from './award';
export { checkObjectionDays, parseObjectionDays, objectionEnd, MAX_OBJECTION_DAYS } from './objection';
export { procedureOutcomes } from './outcomes';
export type { OutcomeReasonCode } from './outcomes';
export { procedureOverview } from './overview';
export type { Ranked } from './facts';
export type { ProcedureOverview } from './overview';
