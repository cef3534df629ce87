// The outcome of each candidate in full sentences (PRODUCT §3.13, §6 "Outcome letters"): the
// core gives the stage and reason codes; this words them in the chosen language with the facts a
// candidate should read — why a knock-out failed, their points and distance to the line, their
// place in the client's round, the competency below voldoende. The screen and the CSV use it alike.
import {
  knockOutOutcomes,
  panelVerdict,
  weightsTotal,
  type Award,
  type Candidate,
  type ClientRank,
  type Evaluation,
  type Outcome,
  type Request,
  type Stage,
  type Standing,
} from '../../core';
import { formatDate, formatNumber, t } from '../i18n';
import { ruleReason } from '../i18n/errors';
import type { Dict } from '../i18n/nl';

export interface OutcomeFacts {
  request: Request;
  candidate: Candidate;
  evaluation: Evaluation | undefined;
  standing: Standing | undefined;
  clientRank: ClientRank | undefined;
  /** How many were ranked in the client's round. */
  clientCount: number;
  award: Award | undefined;
}

const STAGE: Record<Stage, keyof Dict> = {
  'knock-out': 'stageKnockOut',
  selection: 'stageSelection',
  client: 'stageClient',
  interview: 'stageInterview',
  award: 'stageAward',
};
const RESULT: Record<Outcome['result'], keyof Dict> = { out: 'resultOut', open: 'resultOpen', awarded: 'resultAwarded' };

export const stageText = (stage: Stage): string => t(STAGE[stage]);
export const resultText = (result: Outcome['result']): string => t(RESULT[result]);

const n = (value: number) => formatNumber(value);

/** The sentences that explain one outcome, the objection period last where it applies. */
export function outcomeSentences(outcome: Outcome, facts: OutcomeFacts): string[] {
  const { request } = facts;
  const sentences: string[] = [];
  for (const reason of outcome.reasons) {
    switch (reason.code) {
      case 'knock-out': {
        const id = String(reason.params?.['knockOut'] ?? '');
        const index = request.knockOuts.findIndex((k) => k.id === id);
        const knockOut = request.knockOuts[index];
        const ruled = knockOutOutcomes(request, facts.candidate, facts.evaluation)[id];
        const params = { code: `K${index + 1}`, text: knockOut?.text ?? id };
        sentences.push(ruled?.source === 'rule' ? t('reasonKnockOutRule', { ...params, reason: ruleReason(ruled) }) : t('reasonKnockOut', params));
        break;
      }
      case 'below-cutoff': {
        const standing = facts.standing;
        const behind = reason.params?.['behind'];
        const params = { total: n(standing?.total ?? 0), max: n(weightsTotal(request)), rank: standing?.rank ?? '—', n: request.shortlistSize };
        sentences.push(typeof behind === 'number' ? t('reasonBelowCutoff', { ...params, behind: n(behind) }) : t('reasonBelowCutoffPlain', params));
        break;
      }
      case 'not-invited': {
        const rank = facts.clientRank;
        const max = (request.clientCriteria ?? []).reduce((sum, c) => sum + c.maxPoints, 0);
        // Within the line but not invited (the ranks moved after the invitations, or the consultant
        // chose otherwise): "only the best n were invited" would contradict the place it names.
        sentences.push(
          rank && request.interviewSize && rank.rank <= request.interviewSize
            ? t('reasonNotInvitedWithin', { total: n(rank.total), max: n(max), rank: rank.rank, count: facts.clientCount })
            : rank && request.interviewSize
            ? t('reasonNotInvited', { total: n(rank.total), max: n(max), rank: rank.rank, count: facts.clientCount, n: request.interviewSize })
            : t('reasonNotInvitedPlain'),
        );
        break;
      }
      case 'competency': {
        const id = String(reason.params?.['competency'] ?? '');
        sentences.push(t('reasonCompetency', { competency: request.competencies.find((c) => c.id === id)?.name ?? id }));
        break;
      }
      case 'not-awarded':
        // Only who passed reads "you passed the interview"; an interview not (fully) rated when the
        // award was made says no more than that they were invited.
        sentences.push(t(panelVerdict(request, facts.evaluation).verdict === 'pass' ? 'reasonNotAwarded' : 'reasonNotAwardedUnrated'));
        break;
      default:
        sentences.push(reason.code);
    }
  }
  if (outcome.result === 'awarded') sentences.push(t('reasonAwarded'));
  if (outcome.result === 'open') sentences.push(t(outcome.stage === 'client' ? 'reasonOpenClient' : 'reasonOpenInterview'));
  if (outcome.result === 'out' && facts.award?.objectionUntil) sentences.push(t('reasonObjection', { date: formatDate(facts.award.objectionUntil) }));
  return sentences;
}
