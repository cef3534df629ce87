// Checking a client score before it is stored (PRODUCT §3.10): the score rules of §3.2 against the
// client criterion, and only for a candidate on the shortlist, since only they reach the client.
import type { Candidate, Criterion, Evaluation, Request, Result } from '../model';
import type { NumberHint } from '../numbers';
import { checkScore, parseScore } from '../scores';
import { isShortlisted, readFacts } from './facts';
import { inputError, refuse } from './result';

export interface ClientScoreInput {
  candidateId: string;
  criterionId: string;
}

/** Finds the client criterion for a score write, or says that the id is unknown. */
export function findClientCriterion(request: Request, criterionId: string): Result<Criterion> {
  const criterion = (request.clientCriteria ?? []).find((c) => c.id === criterionId);
  return criterion
    ? { ok: true, value: criterion }
    : refuse(inputError('unknown-client-criterion', `Onbekend criterium van de opdrachtgever "${criterionId}".`, { criterion: criterionId }));
}

/**
 * Checks a client score (null = empty). Emptying a score is always allowed, so that scores of a
 * candidate who has since left the shortlist can be cleared; entering one needs the shortlist.
 */
export function checkClientScore(
  request: Request,
  candidates: Candidate[],
  evaluations: Evaluation[],
  input: ClientScoreInput & { value: number | null },
): Result<number | null> {
  return withCriterion(request, candidates, evaluations, input, input.value !== null, (criterion) => checkScore(criterion, input.value));
}

/** Reads a typed client score ("7,5", "7.5", "" for empty) and checks it like checkClientScore; `hint` as in readNumber. */
export function parseClientScore(
  request: Request,
  candidates: Candidate[],
  evaluations: Evaluation[],
  input: ClientScoreInput & { text: string },
  hint?: NumberHint,
): Result<number | null> {
  return withCriterion(request, candidates, evaluations, input, input.text.trim() !== '', (criterion) => parseScore(criterion, input.text, hint));
}

function withCriterion(
  request: Request,
  candidates: Candidate[],
  evaluations: Evaluation[],
  input: ClientScoreInput,
  entering: boolean,
  check: (criterion: Criterion) => Result<number | null>,
): Result<number | null> {
  const criterion = findClientCriterion(request, input.criterionId);
  if (!criterion.ok) return criterion;
  if (entering && !isShortlisted(readFacts(request, candidates, evaluations), input.candidateId)) {
    const name = candidates.find((c) => c.id === input.candidateId)?.name ?? input.candidateId;
    return refuse(
      inputError('not-shortlisted', `${name} staat niet op de shortlist; alleen kandidaten op de shortlist krijgen scores van de opdrachtgever.`, {
        candidate: input.candidateId,
        name,
      }),
    );
  }
  return check(criterion.value);
}
