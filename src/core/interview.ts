// The interview stage (PRODUCT §3.8): each competency is rated; any "onvoldoende" fails.
import type { Evaluation, Request } from './model';

export interface InterviewVerdict {
  verdict: 'pass' | 'fail' | 'pending';
  /** Ids of the competencies rated onvoldoende. */
  insufficient: string[];
  /** Ids of the competencies not rated yet. */
  unrated: string[];
}

export function interviewVerdict(request: Request, evaluation: Evaluation | undefined): InterviewVerdict {
  const ratings = evaluation?.competencies ?? {};
  const insufficient: string[] = [];
  const unrated: string[] = [];
  for (const competency of request.competencies) {
    const rating = Object.prototype.hasOwnProperty.call(ratings, competency.id) ? ratings[competency.id] : undefined;
    if (rating === 'onvoldoende') insufficient.push(competency.id);
    else if (rating !== 'voldoende' && rating !== 'goed') unrated.push(competency.id);
  }
  const verdict = insufficient.length > 0 ? 'fail' : unrated.length > 0 || request.competencies.length === 0 ? 'pending' : 'pass';
  return { verdict, insufficient, unrated };
}
