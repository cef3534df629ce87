// What the Outcomes step warns about before letters go out (QA walk 2026-12-03): an award that
// later facts undermine, and invited people whose interview has no verdict.
import { describe, expect, it } from 'vitest';
import { procedureOverview, type Award, type Request } from '../../src/core';
import type { StoredCandidate } from '../../src/db/schema';
import { staleAward, unratedAtAward, type ProcedureData } from '../../src/ui/procedure/procedure-data';
import { INVITED, contender, makeProcedureRequest, people, rated, withFacts, type Entry } from '../builders';

function dataOf(request: Request, entries: Entry[]): ProcedureData {
  const [candidates, evaluations] = people(entries);
  const overview = procedureOverview(request, candidates, evaluations);
  const stored = candidates.map((c) => ({ ...c, createdAt: '2026-07-01T00:00:00.000Z', updatedAt: '2026-07-01T00:00:00.000Z' }) as StoredCandidate);
  return {
    request,
    candidates: stored,
    candidateOf: new Map(stored.map((c) => [c.id, c])),
    evaluationOf: new Map(evaluations.map((e) => [e.candidateId, e])),
    standingOf: new Map(overview.standings.map((s) => [s.candidateId, s])),
    overview,
  };
}

const award: Award = { awarded: ['a'], decidedAt: '2026-07-20' };
const entries: Entry[] = [
  withFacts(contender('a', 50, 9), rated('goed', 'voldoende')),
  withFacts(contender('b', 45, 8), INVITED),
  withFacts(contender('c', 40, 7), { ...INVITED, competencies: { p1: 'goed' } }),
  contender('d', 35, 6),
];

describe('before the letters go out', () => {
  it('names the invited people not awarded whose interview has no verdict, once there is an award', () => {
    expect(unratedAtAward(dataOf(makeProcedureRequest({ interviewSize: 3, award }), entries))).toEqual(['b', 'c']);
    expect(unratedAtAward(dataOf(makeProcedureRequest({ interviewSize: 3 }), entries))).toEqual([]);
  });
  it('finds the award stale when the awarded candidate has since failed a knock-out, and sound otherwise', () => {
    const request = makeProcedureRequest({ interviewSize: 3, award, knockOuts: [{ id: 'k1', text: 'HBO' }] });
    expect(staleAward(dataOf(request, entries))).toEqual([]);
    const failed = entries.map((e) => (e.candidate.id === 'a' ? withFacts(e, { knockOuts: { k1: 'fail' } }) : e));
    expect(staleAward(dataOf(request, failed))).toEqual([expect.objectContaining({ code: 'not-passed', params: expect.objectContaining({ candidate: 'a' }) })]);
  });
});
