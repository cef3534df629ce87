import { describe, expect, it } from 'vitest';
import { contenderOf, rankCandidates, totalOf, weightsTotal, type Standing } from '../../src/core';
import { makeCandidate, makeEvaluation, makeRequest, scored } from '../builders';

function rank(request = makeRequest(), entries: ReturnType<typeof scored>[]): Standing[] {
  return rankCandidates(request, entries.map((e) => e.candidate), entries.map((e) => e.evaluation));
}
const byId = (standings: Standing[]) => Object.fromEntries(standings.map((s) => [s.candidateId, s]));

describe('totals (§3.3)', () => {
  it('sums the entered scores and counts empty as 0', () => {
    const [s] = rank(makeRequest(), [scored('a', 30, null)]);
    expect(s?.total).toBe(30);
  });
  it('adds decimals without floating-point noise', () => {
    const [s] = rank(makeRequest(), [scored('a', 0.1, 0.2)]);
    expect(s?.total).toBe(0.3);
  });
  it('ignores scores of criteria the request no longer has', () => {
    const request = makeRequest();
    const evaluation = makeEvaluation('a', { c1: 10, c2: 5, gone: 50 });
    expect(totalOf(request, evaluation)).toBe(15);
  });
  it('counts a candidate without an evaluation as all unknown and empty', () => {
    const [s] = rankCandidates(makeRequest(), [makeCandidate('a')], []);
    expect(s).toMatchObject({ total: 0, complete: false, rank: 1, status: 'shortlist' });
  });
  it('ignores evaluations that belong to another request', () => {
    const [s] = rankCandidates(makeRequest(), [makeCandidate('a')], [makeEvaluation('a', { c1: 50 }, { k1: 'fail' }, 'other')]);
    expect(s).toMatchObject({ total: 0, status: 'shortlist' });
  });
  it('adds the weights of the criteria', () => {
    expect(weightsTotal(makeRequest())).toBe(100);
  });
});

describe('completeness (§3.3)', () => {
  it('is complete when every knock-out is decided and every criterion scored', () => {
    expect(rank(makeRequest(), [scored('a', 10, 0)])[0]?.complete).toBe(true);
  });
  it('is incomplete with one empty score, yet still ranked provisionally', () => {
    expect(rank(makeRequest(), [scored('a', 10, null)])[0]).toMatchObject({ complete: false, rank: 1 });
  });
  it('is incomplete while a knock-out is unknown', () => {
    const s = rankCandidates(makeRequest(), [makeCandidate('a')], [makeEvaluation('a', { c1: 1, c2: 1 }, {})]);
    expect(s[0]?.complete).toBe(false);
  });
  it('is incomplete while a rule knock-out is unknown (max-rate, no rate), every criterion scored', () => {
    const request = makeRequest({ knockOuts: [{ id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }] });
    const s = rankCandidates(request, [makeCandidate('a')], [makeEvaluation('a', { c1: 10, c2: 10 }, {})]);
    expect(s[0]).toMatchObject({ complete: false, status: 'shortlist' });
  });
});

describe('elimination (§3.4)', () => {
  it('eliminates on any failed knock-out, keeps the scores, gives no rank and lists the failures', () => {
    const request = makeRequest({ knockOuts: [{ id: 'k1', text: 'A' }, { id: 'k2', text: 'B' }, { id: 'k3', text: 'C' }] });
    const s = rankCandidates(request, [makeCandidate('a')], [makeEvaluation('a', { c1: 50, c2: 40 }, { k1: 'fail', k2: 'pass', k3: 'fail' })]);
    expect(s[0]).toMatchObject({ status: 'eliminated', rank: null, total: 90, failedKnockOuts: ['k1', 'k3'], pointsBehindCutoff: null });
  });
  it('lists eliminated candidates after every ranked one', () => {
    const request = makeRequest();
    const s = rankCandidates(
      request,
      [makeCandidate('out'), makeCandidate('in')],
      [makeEvaluation('out', { c1: 60, c2: 40 }, { k1: 'fail' }), makeEvaluation('in', { c1: 1, c2: 0 })],
    );
    expect(s.map((x) => x.candidateId)).toEqual(['in', 'out']);
  });
  it('eliminates by the max-rate rule without any manual value', () => {
    const request = makeRequest({ knockOuts: [{ id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }] });
    const s = rankCandidates(request, [makeCandidate('a', { hourlyRate: 80 })], [makeEvaluation('a', { c1: 60 }, {})]);
    expect(s[0]).toMatchObject({ status: 'eliminated', failedKnockOuts: ['rate'] });
  });
  it('eliminates by the min-hours rule', () => {
    const request = makeRequest({ knockOuts: [{ id: 'hours', text: 'Min 16 uur', rule: { kind: 'min-hours', min: 16 } }] });
    const s = rankCandidates(request, [makeCandidate('a', { hoursPerWeek: 12 })], []);
    expect(s[0]).toMatchObject({ status: 'eliminated', failedKnockOuts: ['hours'] });
  });
  it('gives eliminated candidates no rank and never marks them tied, even with equal totals', () => {
    const out = (e: ReturnType<typeof scored>) => ({ ...e, evaluation: { ...e.evaluation, knockOuts: { k1: 'fail' as const } } });
    const s = rank(makeRequest({ shortlistSize: 1 }), [scored('a', 20, 0), out(scored('x', 20, 0)), out(scored('y', 20, 0)), scored('b', 10, 0)]);
    expect(byId(s).x).toMatchObject({ status: 'eliminated', rank: null, tied: false, tieAtCutoff: false, pointsBehindCutoff: null });
    expect(byId(s).y).toMatchObject({ status: 'eliminated', rank: null, tied: false, tieAtCutoff: false, pointsBehindCutoff: null });
    expect(byId(s).a).toMatchObject({ rank: 1, tied: false });
  });
  it('gives everyone no rank when everyone is eliminated', () => {
    const s = rank(makeRequest(), [scored('a', 1, 1), scored('b', 2, 2)].map((e) => ({ ...e, evaluation: { ...e.evaluation, knockOuts: { k1: 'fail' } } })));
    expect(s.map((x) => [x.candidateId, x.status, x.rank])).toEqual([['a', 'eliminated', null], ['b', 'eliminated', null]]);
  });
});

describe('rank (§3.5)', () => {
  it('orders by total, highest first', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('a', 10, 0), scored('b', 30, 0), scored('c', 20, 0)]);
    expect(s.map((x) => [x.candidateId, x.rank])).toEqual([['b', 1], ['c', 2], ['a', 3]]);
  });
  it('breaks equal totals on the lower hourly rate', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('dear', 20, 0, { hourlyRate: 90 }), scored('cheap', 20, 0, { hourlyRate: 70 })]);
    expect(s.map((x) => [x.candidateId, x.rank, x.tied])).toEqual([['cheap', 1, false], ['dear', 2, false]]);
  });
  it('sorts a missing rate after every known rate on equal totals', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('none', 20, 0), scored('high', 20, 0, { hourlyRate: 500 })]);
    expect(s.map((x) => [x.candidateId, x.rank])).toEqual([['high', 1], ['none', 2]]);
  });
  it('shares a rank when total and rate are equal (competition ranking 1, 2, 2, 4)', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [
      scored('a', 50, 0, { hourlyRate: 70 }),
      scored('b', 40, 0, { hourlyRate: 70 }),
      scored('c', 40, 0, { hourlyRate: 70 }),
      scored('d', 30, 0, { hourlyRate: 70 }),
    ]);
    expect(s.map((x) => [x.candidateId, x.rank, x.tied])).toEqual([['a', 1, false], ['b', 2, true], ['c', 2, true], ['d', 4, false]]);
  });
  it('treats two missing rates as equal', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('a', 20, 0), scored('b', 20, 0)]);
    expect(s.map((x) => [x.rank, x.tied])).toEqual([[1, true], [1, true]]);
  });
  it('ignores rates when the tie-break is none', () => {
    const s = rank(makeRequest({ shortlistSize: 5, tieBreak: 'none' }), [scored('a', 20, 0, { hourlyRate: 90 }), scored('b', 20, 0, { hourlyRate: 70 })]);
    expect(s.map((x) => [x.candidateId, x.rank, x.tied])).toEqual([['a', 1, true], ['b', 1, true]]);
  });
  it('keeps tied candidates in input order', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('z', 20, 0), scored('y', 20, 0), scored('x', 20, 0)]);
    expect(s.map((x) => x.candidateId)).toEqual(['z', 'y', 'x']);
  });
  it('ranks with decimal scores exactly', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('a', 7.5, 0.25), scored('b', 7.75, 0)]);
    expect(s.map((x) => [x.candidateId, x.rank, x.tied])).toEqual([['a', 1, true], ['b', 1, true]]);
  });
});

describe('shortlist, tie at the cut-off and distance (§3.6, §3.7)', () => {
  it('puts rank ≤ N on the shortlist and the rest on reserve', () => {
    const s = byId(rank(makeRequest({ shortlistSize: 2 }), [scored('a', 30, 0), scored('b', 20, 0), scored('c', 10, 0)]));
    expect([s.a?.status, s.b?.status, s.c?.status]).toEqual(['shortlist', 'shortlist', 'reserve']);
  });
  it('a tie straddling the cut-off shortlists all tied and marks them', () => {
    const s = byId(rank(makeRequest({ shortlistSize: 2 }), [scored('a', 30, 0), scored('b', 20, 0), scored('c', 20, 0), scored('d', 10, 0)]));
    expect(s.b).toMatchObject({ rank: 2, status: 'shortlist', tieAtCutoff: true, tied: true });
    expect(s.c).toMatchObject({ rank: 2, status: 'shortlist', tieAtCutoff: true, tied: true });
    expect(s.a).toMatchObject({ tieAtCutoff: false });
    expect(s.d).toMatchObject({ status: 'reserve', pointsBehindCutoff: 10 });
  });
  it('a tie inside the shortlist is tied but not at the cut-off', () => {
    const s = byId(rank(makeRequest({ shortlistSize: 3 }), [scored('a', 30, 0), scored('b', 30, 0), scored('c', 10, 0), scored('d', 5, 0)]));
    expect(s.a).toMatchObject({ tied: true, tieAtCutoff: false, status: 'shortlist' });
    expect(s.d).toMatchObject({ status: 'reserve', pointsBehindCutoff: 5 });
  });
  it('a tie broken by rate at the cut-off leaves the dearer one on reserve, 0 points behind', () => {
    const s = byId(rank(makeRequest({ shortlistSize: 1 }), [scored('dear', 20, 0, { hourlyRate: 90 }), scored('cheap', 20, 0, { hourlyRate: 70 })]));
    expect(s.cheap).toMatchObject({ status: 'shortlist', tieAtCutoff: false });
    expect(s.dear).toMatchObject({ status: 'reserve', pointsBehindCutoff: 0 });
  });
  it('gives no points behind the cut-off to any shortlisted candidate, those tied at the cut-off included', () => {
    const s = rank(makeRequest({ shortlistSize: 2 }), [scored('a', 30, 0), scored('b', 20, 0), scored('c', 20, 0)]);
    expect(s.map((x) => x.pointsBehindCutoff)).toEqual([null, null, null]);
    expect(s.map((x) => x.status)).toEqual(['shortlist', 'shortlist', 'shortlist']);
  });
  it('gives points behind the cut-off only to reserve candidates', () => {
    const s = byId(rank(makeRequest({ shortlistSize: 1 }), [scored('a', 30, 10), scored('b', 12.5, 0)]));
    expect(s.a?.pointsBehindCutoff).toBeNull();
    expect(s.b?.pointsBehindCutoff).toBe(27.5);
  });
  it('shortlists everyone and has no distance when fewer than N candidates remain', () => {
    const s = rank(makeRequest({ shortlistSize: 5 }), [scored('a', 30, 0), scored('b', 20, 0)]);
    expect(s.map((x) => [x.candidateId, x.status, x.pointsBehindCutoff])).toEqual([['a', 'shortlist', null], ['b', 'shortlist', null]]);
  });
  it('does not count eliminated candidates towards N', () => {
    const entries = [scored('a', 60, 40), scored('b', 20, 0), scored('c', 10, 0)];
    entries[0]!.evaluation.knockOuts = { k1: 'fail' };
    const s = byId(rank(makeRequest({ shortlistSize: 2 }), entries));
    expect([s.a?.status, s.b?.status, s.c?.status]).toEqual(['eliminated', 'shortlist', 'shortlist']);
  });
  it('handles no candidates', () => {
    expect(rankCandidates(makeRequest(), [], [])).toEqual([]);
  });
  it('handles a request without criteria: everyone totals 0 and shares rank 1', () => {
    const s = rankCandidates(makeRequest({ criteria: [], shortlistSize: 1 }), [makeCandidate('a'), makeCandidate('b')], []);
    expect(s.map((x) => [x.rank, x.total, x.tieAtCutoff, x.status])).toEqual([[1, 0, true, 'shortlist'], [1, 0, true, 'shortlist']]);
  });
});

describe('scale', () => {
  it('ranks 10 000 candidates consistently with the rules', () => {
    const request = makeRequest({ shortlistSize: 10 });
    const candidates = Array.from({ length: 10_000 }, (_, i) => makeCandidate(`c${i}`, { hourlyRate: 60 + (i % 7) }));
    const evaluations = candidates.map((c, i) => makeEvaluation(c.id, { c1: i % 61, c2: (i * 7) % 41 }, { k1: i % 13 === 0 ? 'fail' : 'pass' }));
    const s = rankCandidates(request, candidates, evaluations);
    expect(s).toHaveLength(10_000);
    const ranked = s.filter((x) => x.rank !== null);
    expect(ranked).toHaveLength(10_000 - Math.ceil(10_000 / 13));
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.total >= b.total).toBe(true);
      expect(a.rank! <= b.rank!).toBe(true);
    }
    expect(s.filter((x) => x.status === 'shortlist').length).toBeGreaterThanOrEqual(10);
  });
});

describe('contenderOf', () => {
  it('reads the facts ranking needs: total, completeness, failures in request order, rate', () => {
    const request = makeRequest({ knockOuts: [{ id: 'k1', text: 'HBO' }, { id: 'k2', text: 'Tarief', rule: { kind: 'max-rate', max: 80 } }] });
    const c = makeCandidate('a', { hourlyRate: 85 });
    expect(contenderOf(request, c, makeEvaluation('a', { c1: 10.1, c2: 0.2 }, { k1: 'fail' }))).toEqual({
      candidateId: 'a',
      total: 10.3,
      complete: true,
      failed: ['k1', 'k2'],
      rate: 85,
    });
    expect(contenderOf(request, makeCandidate('b'), undefined)).toEqual({ candidateId: 'b', total: 0, complete: false, failed: [], rate: null });
  });
});
