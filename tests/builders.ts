// Deterministic builders for every test folder (core, db, ui): literal numbers, no random fakers.
import type { Candidate, CompetencyRating, Evaluation, KnockOutValue, Request } from '../src/core';

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

// The procedure after the shortlist (PRODUCT §3.10–§3.13).

/** A request with the seeds' two client criteria (10 points each), two competencies and room for 2 interviews. */
export function makeProcedureRequest(overrides: Partial<Request> = {}): Request {
  return makeRequest({
    shortlistSize: 4,
    interviewSize: 2,
    clientCriteria: [
      { id: 'cc1', text: 'Relevante werkervaring op soortgelijke opdrachten', maxPoints: 10 },
      { id: 'cc2', text: 'Relevante werkervaring bij soortgelijke organisaties', maxPoints: 10 },
    ],
    competencies: [
      { id: 'p1', name: 'Analytisch sterk' },
      { id: 'p2', name: 'Verbindend' },
    ],
    ...overrides,
  });
}

export type Entry = { candidate: Candidate; evaluation: Evaluation };

/**
 * A candidate with a matrix total (on c1, c2 is 0), a client total (on cc1, cc2 is 0) and any
 * further procedure facts (invitedAt, panel, competencies).
 */
export function contender(id: string, total: number, client: number | null, candidate: Partial<Candidate> = {}, facts: Partial<Evaluation> = {}): Entry {
  const evaluation: Evaluation = { ...makeEvaluation(id, { c1: total, c2: 0 }), clientScores: { cc1: client, cc2: 0 }, ...facts };
  return { candidate: makeCandidate(id, candidate), evaluation };
}

/** The same entry with more facts on its evaluation. */
export function withFacts(entry: Entry, facts: Partial<Evaluation>): Entry {
  return { candidate: entry.candidate, evaluation: { ...entry.evaluation, ...facts } };
}

/** Invited on a fixed day. */
export const INVITED = { invitedAt: '2026-07-06' } as const;

/** The agreed ratings recorded for p1 and p2. */
export function rated(p1: CompetencyRating, p2: CompetencyRating): Partial<Evaluation> {
  return { ...INVITED, competencies: { p1, p2 } };
}

/** The arguments most procedure functions take: the request's candidates and their evaluations. */
export function people(entries: Entry[]): [Candidate[], Evaluation[]] {
  return [entries.map((e) => e.candidate), entries.map((e) => e.evaluation)];
}
