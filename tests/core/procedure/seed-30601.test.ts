// The seeds' own procedure replayed (issue 12): request 30601 with its 28 demo candidates, from the
// shortlist through the client's round, two rounds of interviews and the award, to everyone's
// outcome. Only the facts a consultant would store are set by hand; everything else is derived.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAward,
  checkClientScore,
  checkInvitation,
  clientRanking,
  invitationProposal,
  parseCandidatesCsv,
  procedureOutcomes,
  rankCandidates,
  type Candidate,
  type CompetencyRating,
  type Evaluation,
  type Request,
} from '../../../src/core';

const read = (path: string) => readFileSync(new URL(`../../../seeds/${path}`, import.meta.url), 'utf8');
const seed = (JSON.parse(read('requests.json')) as Request[]).find((r) => r.id === 'seed-30601') as Request;
// The seed file may not carry the client's step-3 criteria yet: the posting's two, 10 points each.
const request: Request = {
  ...seed,
  clientCriteria: seed.clientCriteria ?? [
    { id: 'cc1', text: 'Relevante werkervaring op soortgelijke opdrachten', maxPoints: 10 },
    { id: 'cc2', text: 'Relevante werkervaring bij soortgelijke organisaties', maxPoints: 10 },
  ],
  interviewSize: seed.interviewSize ?? 3,
};
const [similarWork, similarOrganisations] = (request.clientCriteria ?? []).map((c) => c.id) as [string, string];
const competency = Object.fromEntries(request.competencies.map((c) => [c.name, c.id]));

const parsed = parseCandidatesCsv(read('demo-candidates-30601.csv'), request);
const candidates: Candidate[] = parsed.rows.map((r) => ({ ...r.candidate, id: (r.candidate.email as string).split('@')[0] as string }));
const idOf = new Map(candidates.map((c) => [c.name, c.id]));
const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
const id = (name: string) => idOf.get(name) as string;
const names = (ids: string[]) => ids.map((x) => nameOf.get(x));

/** The stored facts, changed step by step as the consultant would. */
let evaluations: Evaluation[] = parsed.rows.map((r, i) => ({
  requestId: request.id,
  candidateId: (candidates[i] as Candidate).id,
  knockOuts: r.knockOuts,
  scores: r.scores,
}));
function store(name: string, facts: Partial<Evaluation>): void {
  evaluations = evaluations.map((e) => (e.candidateId === id(name) ? { ...e, ...facts } : e));
}
function factsOf(name: string): Evaluation {
  return evaluations.find((e) => e.candidateId === id(name)) as Evaluation;
}
/** Two of the client's people rate every competency; `differ` gives the second assessor another rating. */
function interview(name: string, ratings: Record<string, CompetencyRating>, differ: Record<string, CompetencyRating> = {}): void {
  const first = Object.fromEntries(request.competencies.map((c) => [c.id, ratings[c.name] ?? 'voldoende']));
  const second = { ...first, ...Object.fromEntries(Object.entries(differ).map(([n, r]) => [competency[n] as string, r])) };
  store(name, { panel: { 'M. Kuipers (SWO)': first, 'J. Hofstra (SWO)': second } });
}
const fail = (name: string): Record<string, CompetencyRating> => ({ [name]: 'onvoldoende' });

describe('the seeds’ own procedure (issue 12)', () => {
  it('carries seed 30601 from 28 candidates through the client round and two interview rounds to one award and 27 outcomes with reasons', () => {
    // 1. Starts from the seed: 28 candidates, a shortlist of 10, interviews for 3, one professional
    expect(parsed.errors).toEqual([]);
    expect(candidates).toHaveLength(28);
    expect([request.shortlistSize, request.interviewSize, request.professionals]).toEqual([10, 3, 1]);

    // 2. Shortlists 10 — 11 people, since two share rank 10 on the cut-off
    const shortlist = rankCandidates(request, candidates, evaluations).filter((s) => s.status === 'shortlist');
    expect(shortlist).toHaveLength(11);
    expect(shortlist.filter((s) => s.tieAtCutoff).map((s) => nameOf.get(s.candidateId))).toEqual(['Joost de Groot', 'Karin Bos']);

    // 3. Takes the client scores of the shortlisted, and refuses them for anyone else or out of range
    const scores: Array<[string, number, number]> = [
      ['Anouk de Vries', 6, 5],
      ['Bram Jansen', 9, 8],
      ['Cor van Dijk', 8, 8],
      ['Daan Bakker', 7, 7],
      ['Eva Visser', 9, 9],
      ['Femke Smit', 7, 6],
      ['Gert Meijer', 5, 5],
      ['Hanna de Boer', 8, 7],
      ['Ilse Mulder', 7.5, 6.5],
      ['Joost de Groot', 6, 6],
      ['Karin Bos', 4, 5],
    ];
    for (const [name, a, b] of scores) {
      for (const [criterionId, value] of [[similarWork, a], [similarOrganisations, b]] as const) {
        expect(checkClientScore(request, candidates, evaluations, { candidateId: id(name), criterionId, value })).toEqual({ ok: true, value });
      }
      store(name, { clientScores: { [similarWork]: a, [similarOrganisations]: b } });
    }
    expect(checkClientScore(request, candidates, evaluations, { candidateId: id('Lars Vos'), criterionId: similarWork, value: 8 })).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted' }] });
    expect(checkClientScore(request, candidates, evaluations, { candidateId: id('Eva Visser'), criterionId: similarWork, value: 11 })).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }] });

    // 4. Ranks the client round, the lower rate breaking a tie (Ilse € 99 before Daan € 100 on 14)
    const ranking = clientRanking(request, candidates, evaluations);
    expect(ranking.map((r) => [nameOf.get(r.candidateId), r.total, r.rank])).toEqual([
      ['Eva Visser', 18, 1],
      ['Bram Jansen', 17, 2],
      ['Cor van Dijk', 16, 3],
      ['Hanna de Boer', 15, 4],
      ['Ilse Mulder', 14, 5],
      ['Daan Bakker', 14, 6],
      ['Femke Smit', 13, 7],
      ['Joost de Groot', 12, 8],
      ['Anouk de Vries', 11, 9],
      ['Gert Meijer', 10, 10],
      ['Karin Bos', 9, 11],
    ]);

    // 5. Proposes the best 3 and invites them; a reserve candidate cannot be invited
    const first = invitationProposal(request, candidates, evaluations);
    expect({ ...first, proposed: names(first.proposed) }).toEqual({ proposed: ['Eva Visser', 'Bram Jansen', 'Cor van Dijk'], tieOnLine: false, repeat: false });
    for (const candidateId of first.proposed) {
      expect(checkInvitation(request, candidates, evaluations, { candidateId, invitedAt: '2026-07-06' })).toMatchObject({ ok: true });
      store(nameOf.get(candidateId) as string, { invitedAt: '2026-07-06' });
    }
    expect(checkInvitation(request, candidates, evaluations, { candidateId: id('Lars Vos'), invitedAt: '2026-07-06' })).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted' }] });

    // 6. Holds the first interviews: all three fail one competency, one only once the consultant records it
    interview('Eva Visser', fail('Resultaatgericht'));
    interview('Cor van Dijk', fail('Zelfstandig en proactief'));
    // The assessors differ on Bram's analytical strength: undecided, so no new proposal yet.
    interview('Bram Jansen', { 'Analytisch sterk': 'goed' }, fail('Analytisch sterk'));
    expect(invitationProposal(request, candidates, evaluations).proposed).toEqual([]);
    store('Bram Jansen', { competencies: { [competency['Analytisch sterk'] as string]: 'onvoldoende' } });
    expect(factsOf('Bram Jansen').panel?.['M. Kuipers (SWO)']?.[competency['Analytisch sterk'] as string]).toBe('goed');

    // 7. Repeats step 3: proposes the next three of the client ranking
    const again = invitationProposal(request, candidates, evaluations);
    expect({ ...again, proposed: names(again.proposed) }).toEqual({ proposed: ['Hanna de Boer', 'Ilse Mulder', 'Daan Bakker'], tieOnLine: false, repeat: true });
    for (const candidateId of again.proposed) store(nameOf.get(candidateId) as string, { invitedAt: '2026-07-13' });

    // 8. Holds the second interviews: one passes, and nobody more is proposed
    interview('Hanna de Boer', { 'Analytisch sterk': 'goed', Verbindend: 'goed' });
    interview('Ilse Mulder', fail('Verbindend'));
    interview('Daan Bakker', fail('Communicatief vaardig'));
    expect(invitationProposal(request, candidates, evaluations)).toEqual({ proposed: [], tieOnLine: false, repeat: false });

    // 9. Awards Hanna de Boer with an objection period of 20 days; an award to someone who failed is refused
    expect(checkAward(request, candidates, evaluations, { awarded: [id('Ilse Mulder')], decidedAt: '2026-07-20' })).toMatchObject({ ok: false, errors: [{ code: 'not-passed' }] });
    const award = checkAward(request, candidates, evaluations, { awarded: [id('Hanna de Boer')], decidedAt: '2026-07-20', objectionDays: 20 });
    expect(award).toEqual({ ok: true, value: { awarded: [id('Hanna de Boer')], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' } });
    const decided: Request = { ...request, award: award.ok ? award.value : undefined };

    // 10. Gives 28 outcomes: one awarded, and 27 out, each with its reasons
    const outcomes = procedureOutcomes(decided, candidates, evaluations);
    expect(outcomes).toHaveLength(28);
    const awarded = outcomes.filter((o) => o.result === 'awarded');
    expect(names(awarded.map((o) => o.candidateId))).toEqual(['Hanna de Boer']);
    const out = outcomes.filter((o) => o.result === 'out');
    expect(out).toHaveLength(27);
    expect(out.every((o) => o.reasons.length > 0)).toBe(true);
    const count = (stage: string) => out.filter((o) => o.stage === stage).length;
    expect({ knockOut: count('knock-out'), selection: count('selection'), client: count('client'), interview: count('interview') }).toEqual({
      knockOut: 6,
      selection: 11,
      client: 5,
      interview: 5,
    });
    const of = (name: string) => outcomes.find((o) => o.candidateId === id(name));
    expect(of('Tim Smits')).toMatchObject({ stage: 'knock-out', reasons: [{ code: 'knock-out', params: { knockOut: 'ko8' } }] }); // € 125 > € 120
    expect(of('Vincent van der Meer')).toMatchObject({ stage: 'knock-out', reasons: [{ code: 'knock-out', params: { knockOut: 'ko7' } }] }); // 12 h
    expect(of('Lars Vos')).toMatchObject({ stage: 'selection', reasons: [{ code: 'below-cutoff', params: { behind: 2 } }] });
    expect(of('Karin Bos')).toMatchObject({ stage: 'client', reasons: [{ code: 'not-invited' }] });
    expect(of('Bram Jansen')).toMatchObject({ stage: 'interview', reasons: [{ code: 'competency', params: { competency: competency['Analytisch sterk'] } }] });
    expect(of('Daan Bakker')).toMatchObject({ stage: 'interview', reasons: [{ code: 'competency', params: { competency: competency['Communicatief vaardig'] } }] });
  });
});
