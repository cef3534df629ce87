// A criterion's maximum lowered below scores already given: PRODUCT §3.2 holds every score to
// 0 ≤ score ≤ maxPoints, never clamped or dropped. Left alone, a 9,5 on a criterion of 5 would
// count in full and rank its candidate first; so the lower maximum is refused while such scores
// stand, and the consultant lowers those scores first (or keeps a higher maximum).
import type { Criterion, InputError, Request } from './model';

/** What holds scores of a request: an evaluation (scores, client scores) or an assessor's own sheet. */
export interface ScoredRecord {
  candidateId: string;
  scores: Record<string, number | null>;
  clientScores?: Record<string, number | null> | undefined;
}

/** Whether `next` gives a criterion (of the matrix or the client's) a lower maximum than `before`. */
export function lowersMaximum(before: Request, next: Request): boolean {
  const lower = (old: Criterion[] | undefined, now: Criterion[] | undefined) => {
    const max = new Map((old ?? []).map((c) => [c.id, c.maxPoints]));
    return (now ?? []).some((c) => c.maxPoints < (max.get(c.id) ?? -Infinity));
  };
  return lower(before.criteria, next.criteria) || lower(before.clientCriteria, next.clientCriteria);
}

/** How many names a refusal lists before "…". */
const NAMES_SHOWN = 3;

/**
 * One refusal per criterion of `request` that has scores above its maximum in `records`, naming
 * the first candidates (by `nameOf`) and the highest score; none when every score fits.
 */
export function scoresAboveMaximum(request: Request, records: ScoredRecord[], nameOf: (candidateId: string) => string = (id) => id): InputError[] {
  const errors: InputError[] = [];
  const check = (criteria: Criterion[], scoresOf: (r: ScoredRecord) => Record<string, number | null> | undefined, list?: 'clientCriteria') => {
    for (const criterion of criteria) {
      const over = new Set<string>();
      let highest = -Infinity;
      for (const record of records) {
        const score = scoresOf(record)?.[criterion.id];
        if (typeof score !== 'number' || !(score > criterion.maxPoints)) continue;
        over.add(record.candidateId);
        highest = Math.max(highest, score);
      }
      if (over.size === 0) continue;
      const shown = [...over].slice(0, NAMES_SHOWN).map(nameOf);
      const names = shown.join(', ') + (over.size > NAMES_SHOWN ? ', …' : '');
      const label = criterion.label?.trim() || criterion.text;
      errors.push({
        code: 'scores-above-max-points',
        message: `Op "${label}" staan al scores boven ${criterion.maxPoints} (${names}; de hoogste is ${highest}). Verlaag eerst die scores, of kies een maximum van minstens ${highest}.`,
        params: { criterion: label, max: criterion.maxPoints, highest, names, count: over.size, ...(list ? { list } : {}) },
      });
    }
  };
  check(request.criteria, (r) => r.scores);
  check(request.clientCriteria ?? [], (r) => r.clientScores, 'clientCriteria');
  return errors;
}
