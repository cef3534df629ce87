import { describe, expect, it } from 'vitest';
import { LiveRanking, checkAward, clientRanking, contenderOf, invitationProposal, invitedOffShortlist, procedureOutcomes, procedureOverview, rankCandidates, type Award } from '../../../src/core';
import { contender, INVITED, makeProcedureRequest, people, rated, withFacts } from '../../builders';

describe('the procedure overview for the screen', () => {
  // 2 000 candidates, 200 on the shortlist, 1 in 13 knocked out (literal arithmetic, no randomness).
  // Invited and failed: c60, c460, c860, c1260, c1660 — all but c60 now on reserve; invited and
  // since knocked out: c0, c650, c1300, c1950. Everyone invited is out, so a new round is proposed.
  const request = makeProcedureRequest({ shortlistSize: 200, interviewSize: 3 });
  const entries = Array.from({ length: 2_000 }, (_, i) => {
    const e = contender(`c${i}`, i % 61, i % 11, { hourlyRate: 60 + (i % 7) });
    if (i % 13 === 0) return withFacts(e, { knockOuts: { k1: 'fail' }, ...(i % 650 === 0 ? INVITED : {}) });
    return i % 400 === 60 ? withFacts(e, rated('onvoldoende', 'goed')) : e;
  });
  const [candidates, evaluations] = people(entries);
  const award: Award = { awarded: [], decidedAt: '2026-07-20' };

  it('gives the same values as the separate functions, from one ranking', () => {
    expect(procedureOverview(request, candidates, evaluations, award)).toEqual({
      standings: rankCandidates(request, candidates, evaluations),
      clientRanking: clientRanking(request, candidates, evaluations),
      proposal: invitationProposal(request, candidates, evaluations),
      invitedOffShortlist: invitedOffShortlist(request, candidates, evaluations),
      outcomes: procedureOutcomes(request, candidates, evaluations, award),
    });
  });
  it('is a case worth comparing: a repeated round, people who left, outcomes at every stage', () => {
    const overview = procedureOverview(request, candidates, evaluations);
    expect(overview.proposal).toMatchObject({ repeat: true, tieOnLine: false });
    expect(overview.proposal.proposed).toHaveLength(3);
    expect(overview.invitedOffShortlist).toEqual(['c0', 'c460', 'c650', 'c860', 'c1260', 'c1300', 'c1660', 'c1950']);
    expect(new Set(overview.outcomes.map((o) => o.stage))).toEqual(new Set(['knock-out', 'selection', 'client', 'interview']));
  });
  it('reads the award stored on the request when none is passed', () => {
    const stored = procedureOverview({ ...request, award }, candidates, evaluations);
    expect(stored.outcomes.some((o) => o.result === 'open')).toBe(false);
  });
  it('gives the same overview from the standings of a live ranking kept up to date through edits', () => {
    // The screen keeps the matrix's LiveRanking and passes its standings instead of ranking again.
    const live = new LiveRanking(request, candidates.map((c, i) => contenderOf(request, c, evaluations[i])));
    const edited = evaluations.map((e, i) => (i % 97 === 5 ? { ...e, scores: { ...e.scores, c1: (i * 7) % 61 } } : e));
    live.update(edited.flatMap((e, i) => (e === evaluations[i] ? [] : [contenderOf(request, candidates[i]!, e)])));
    const standings = live.standings();
    expect(standings).toEqual(rankCandidates(request, candidates, edited));
    expect(procedureOverview(request, candidates, edited, award, { standings })).toEqual(procedureOverview(request, candidates, edited, award));
  });
});

describe('checking an award with standings already ranked', () => {
  const request = makeProcedureRequest({ shortlistSize: 3 });
  const [candidates, evaluations] = people([
    withFacts(contender('a', 50, 9), rated('goed', 'voldoende')),
    withFacts(contender('b', 45, 8), rated('goed', 'onvoldoende')),
    contender('c', 40, 7),
    contender('d', 10, 4),
  ]);
  const standings = rankCandidates(request, candidates, evaluations);
  it.each([[['a']], [['b']], [['d']], [['a', 'c']]])('gives what ranking afresh gives for %j', (awarded) =>
    expect(checkAward(request, candidates, evaluations, { awarded, decidedAt: '2026-07-20', objectionDays: 20 }, { standings })).toEqual(
      checkAward(request, candidates, evaluations, { awarded, decidedAt: '2026-07-20', objectionDays: 20 }),
    ));
});
