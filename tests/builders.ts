// Deterministic builders for every test folder (core, db, ui): literal numbers, no random fakers.
import type { Candidate, Evaluation, KnockOutValue, Request } from '../src/core';

export function makeRequest(overrides: Partial<Request> = {}): Request {
  return {
    id: 'r1',
    title: 'Testaanvraag',
    shortlistSize: 2,
    tieBreak: 'lowest-rate',
    knockOuts: [{ id: 'k1', text: 'HBO' }],
    criteria: [
      { id: 'c1', text: 'Ervaring', maxPoints: 60 },
      { id: 'c2', text: 'Kennis', maxPoints: 40 },
    ],
    competencies: [],
    ...overrides,
  };
}

export function makeCandidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return { id, name: `Kandidaat ${id}`, ...overrides };
}

export function makeEvaluation(
  candidateId: string,
  scores: Record<string, number | null>,
  knockOuts: Record<string, KnockOutValue> = { k1: 'pass' },
  requestId = 'r1',
): Evaluation {
  return { requestId, candidateId, knockOuts, scores };
}

/** A candidate and its evaluation with a total split over c1/c2 and k1 passed. */
export function scored(id: string, c1: number | null, c2: number | null, candidate: Partial<Candidate> = {}) {
  return { candidate: makeCandidate(id, candidate), evaluation: makeEvaluation(id, { c1, c2 }) };
}
