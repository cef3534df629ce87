// The public surface of the scoring core (PRODUCT §9). Re-exports only.
export type * from './model';
export { readNumber, round2, decimalsOf } from './numbers';
export { evaluateKnockOut, evaluateRule, knockOutValue, checkKnockOutValue, nextKnockOutValue } from './knockouts';
export type { KnockOutOutcome, RuleBasis } from './knockouts';
export { checkScore, parseScore, findCriterion } from './scores';
export { rankCandidates, rankContenders, contenderOf, totalOf, weightsTotal, knockOutOutcomes } from './ranking';
export { LiveRanking } from './live-ranking';
export type { Contender, RankingChange } from './live-ranking';
export { interviewVerdict } from './interview';
export type { InterviewVerdict } from './interview';
export { checkRequest, weightsWarning } from './request';
export * from './csv';
export { planImport, mergeRow, matchKeys, normaliseName, normalisePhone } from './import-plan';
export type { ImportPlan, PlannedRow, ImportAction, ImportRowInput } from './import-plan';
export { parsePosting, DEFAULT_SHORTLIST_SIZE, POSTING_WARNING_CODES } from './posting';
export type { PostingProposal, PostingField, PostingWarningCode } from './posting';
export { amsterdamDay } from './calendar';
export { proposeLabels, LABEL_MAX } from './labels';
