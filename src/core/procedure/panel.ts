// Step 4, the interview (PRODUCT §3.12): each assessor of the panel rates each competency; the
// agreed rating is what counts. A recorded agreed rating wins; without one, a rating every
// assessor gave alike is agreed; otherwise the competency stays undecided and the individual
// ratings stay visible, so the consultant can see where the panel differs and record the outcome.
import { interviewVerdict, type InterviewVerdict } from '../interview';
import type { CompetencyRating, Evaluation, Request } from '../model';
import { own } from './facts';

export interface PanelRating {
  competencyId: string;
  /** The rating that counts, or null while undecided. */
  agreed: CompetencyRating | null;
  /** Where the agreed rating comes from: recorded by the consultant, or the whole panel alike. */
  source: 'recorded' | 'unanimous' | null;
  /** Each assessor's rating of this competency (only the assessors who gave one). */
  ratings: Record<string, CompetencyRating>;
  /** The assessors of the panel who have not rated this competency yet. */
  missing: string[];
  /** At least two assessors gave different ratings. */
  differ: boolean;
}

const RATINGS: readonly string[] = ['onvoldoende', 'voldoende', 'goed'];

/** Only the three ratings count; anything else in stored data (a typo, an old value) is no rating. */
function rating(value: unknown): CompetencyRating | undefined {
  return typeof value === 'string' && RATINGS.includes(value) ? (value as CompetencyRating) : undefined;
}

/** The panel per competency of the request, in the request's order. */
export function panelRatings(request: Request, evaluation: Evaluation | undefined): PanelRating[] {
  const panel = evaluation?.panel ?? {};
  const assessors = Object.keys(panel);
  return request.competencies.map((competency) => {
    const given: Array<[string, CompetencyRating]> = [];
    const missing: string[] = [];
    for (const assessor of assessors) {
      const r = rating(own(own(panel, assessor), competency.id));
      if (r === undefined) missing.push(assessor);
      else given.push([assessor, r]);
    }
    const distinct = new Set(given.map(([, r]) => r));
    const recorded = rating(own(evaluation?.competencies, competency.id));
    // One rating given by the whole panel; an empty panel gives none, so it agrees on nothing.
    const unanimous = missing.length === 0 && distinct.size === 1 ? (given[0] as [string, CompetencyRating])[1] : undefined;
    const agreed = recorded ?? unanimous ?? null;
    return {
      competencyId: competency.id,
      agreed,
      source: recorded !== undefined ? 'recorded' : unanimous !== undefined ? 'unanimous' : null,
      // fromEntries makes own properties, so an assessor called "__proto__" is kept as a name.
      ratings: Object.fromEntries(given),
      missing,
      differ: distinct.size > 1,
    };
  });
}

/** The agreed ratings that are decided, by competency id. */
export function agreedRatings(request: Request, evaluation: Evaluation | undefined): Record<string, CompetencyRating> {
  const decided: Array<[string, CompetencyRating]> = [];
  for (const p of panelRatings(request, evaluation)) if (p.agreed !== null) decided.push([p.competencyId, p.agreed]);
  return Object.fromEntries(decided);
}

/**
 * The verdict of the interview from the agreed ratings: fail on any agreed onvoldoende (even while
 * others are undecided), pass when every competency is agreed at least voldoende, else pending
 * (`unrated` then lists the undecided ones). A request without competencies has nothing to fail,
 * so an interview for it passes once held; interviewVerdict itself keeps "pending" there, because
 * the matrix shows it for people who may never be invited.
 */
export function panelVerdict(request: Request, evaluation: Evaluation | undefined): InterviewVerdict {
  if (request.competencies.length === 0) return { verdict: 'pass', insufficient: [], unrated: [] };
  const agreed: Evaluation = {
    requestId: request.id,
    candidateId: evaluation?.candidateId ?? '',
    knockOuts: {},
    scores: {},
    competencies: agreedRatings(request, evaluation),
  };
  return interviewVerdict(request, agreed);
}
