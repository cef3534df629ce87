import { describe, expect, it } from 'vitest';
import { LiveRanking, contenderOf, rankCandidates, type Candidate, type Evaluation, type Request, type Standing } from '../../src/core';
import { makeCandidate, makeEvaluation, makeRequest } from '../builders';

/** A small deterministic generator (no random fakers): equal totals, equal and missing rates, failures. */
function generator(seed: number) {
  let x = seed;
  return (m: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % m;
  };
}

function field(seed: number, size: number) {
  const next = generator(seed);
  const request = makeRequest({
    shortlistSize: next(6),
    tieBreak: next(3) === 0 ? 'none' : 'lowest-rate',
    knockOuts: [{ id: 'k1', text: 'HBO' }, { id: 'k2', text: 'Tarief', rule: { kind: 'max-rate', max: 85 } }],
  });
  const candidate = (i: number): Candidate => {
    const rate = next(4) === 0 ? undefined : 70 + 5 * next(4);
    return makeCandidate(`p${i}`, rate === undefined ? {} : { hourlyRate: rate });
  };
  const evaluation = (i: number): Evaluation =>
    makeEvaluation(`p${i}`, { c1: next(4) * 10, c2: next(3) === 0 ? null : 5 * next(2) }, { k1: next(7) === 0 ? 'fail' : next(4) === 0 ? 'unknown' : 'pass' });
  const candidates = Array.from({ length: size }, (_, i) => candidate(i));
  const evaluations = Array.from({ length: size }, (_, i) => evaluation(i));
  return { request, candidates, evaluations, next, candidate, evaluation };
}

function sameStanding(a: Standing | undefined, b: Standing | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe('LiveRanking', () => {
  it('after every change ranks as a fresh ranking would, and names every standing that changed', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { request, candidates, evaluations, next, candidate, evaluation } = field(seed, 12);
      const live = new LiveRanking(request, candidates.map((c, i) => contenderOf(request, c, evaluations[i])));
      let before = new Map(live.standings().map((s) => [s.candidateId, s]));
      for (let step = 0; step < 25; step++) {
        // One to three people get new scores, a new knock-out value or a new rate.
        const who = [...new Set(Array.from({ length: 1 + next(3) }, () => next(12)))];
        for (const i of who) {
          if (next(3) === 0) candidates[i] = { ...candidate(i), id: `p${i}` };
          else evaluations[i] = evaluation(i);
        }
        const { standings: changed, statuses } = live.update(who.map((i) => contenderOf(request, candidates[i]!, evaluations[i])));
        const expected = rankCandidates(request, candidates, evaluations);
        expect(live.standings()).toEqual(expected);
        // A standing that changed and was not named would stay stale on screen. (Naming one more,
        // e.g. when a tie group grows from 2 to 3, costs only a redraw.)
        for (const s of expected) if (!sameStanding(before.get(s.candidateId), s)) expect(changed.has(s.candidateId)).toBe(true);
        // A status (or tie on the cut-off) that changed and was not named would leave the row's colour stale.
        for (const s of expected) {
          const old = before.get(s.candidateId)!;
          if (old.status !== s.status || old.tieAtCutoff !== s.tieAtCutoff) expect(statuses.has(s.candidateId)).toBe(true);
          if (statuses.has(s.candidateId)) expect(changed.has(s.candidateId)).toBe(true);
        }
        const unnamed = expected.filter((s) => !changed.has(s.candidateId));
        for (const s of unnamed) expect(live.standingOf(s.candidateId)).toBe(before.get(s.candidateId));
        before = new Map(live.standings().map((s) => [s.candidateId, s]));
      }
    }
  });

  it('keeps the same standing object while it does not change', () => {
    const request = makeRequest({ shortlistSize: 2 });
    const people = ['a', 'b', 'c', 'd'].map((id) => makeCandidate(id, { hourlyRate: 70 }));
    const scores = [50, 40, 30, 20];
    const live = new LiveRanking(request, people.map((p, i) => contenderOf(request, p, makeEvaluation(p.id, { c1: scores[i]! }))));
    const a = live.standingOf('a');
    const c = live.standingOf('c');
    // d climbs past c: a and b keep their objects, c and d get new ones.
    const changed = live.update([contenderOf(request, people[3]!, makeEvaluation('d', { c1: 35 }))]);
    expect([...changed.standings].sort()).toEqual(['c', 'd']);
    expect([...changed.statuses].sort()).toEqual([]);
    expect(live.standingOf('a')).toBe(a);
    expect(live.standingOf('c')).not.toBe(c);
    expect(live.standingOf('c')).toMatchObject({ rank: 4, status: 'reserve', pointsBehindCutoff: 10 });
  });

  it('shows a new total for someone whose rank stays the same', () => {
    const request = makeRequest({ shortlistSize: 1 });
    const people = ['a', 'b'].map((id) => makeCandidate(id));
    const live = new LiveRanking(request, people.map((p, i) => contenderOf(request, p, makeEvaluation(p.id, { c1: [50, 40][i]! }))));
    const a = live.standingOf('a');
    expect([...live.update([contenderOf(request, people[0]!, makeEvaluation('a', { c1: 50, c2: 1 }))]).standings].sort()).toEqual(['a', 'b']);
    expect(live.standingOf('a')).not.toBe(a);
    expect(live.standingOf('a')).toMatchObject({ rank: 1, total: 51 });
  });

  it('names whose status changed when someone crosses the cut-off', () => {
    const request = makeRequest({ shortlistSize: 1 });
    const people = ['a', 'b', 'c'].map((id) => makeCandidate(id));
    const live = new LiveRanking(request, people.map((p, i) => contenderOf(request, p, makeEvaluation(p.id, { c1: [50, 40, 30][i]! }))));
    const changed = live.update([contenderOf(request, people[1]!, makeEvaluation('b', { c1: 60 }))]);
    expect([...changed.statuses].sort()).toEqual(['a', 'b']);
    expect(live.standingOf('a')).toMatchObject({ status: 'reserve', pointsBehindCutoff: 10 });
  });

  it('moves the distance of every reserve when the cut-off total moves', () => {
    const request = makeRequest({ shortlistSize: 1 });
    const people = ['a', 'b', 'c'].map((id) => makeCandidate(id));
    const live = new LiveRanking(request, people.map((p, i) => contenderOf(request, p, makeEvaluation(p.id, { c1: [50, 40, 30][i]! }))));
    const changed = live.update([contenderOf(request, people[0]!, makeEvaluation('a', { c1: 55 }))]);
    expect([...changed.standings].sort()).toEqual(['a', 'b', 'c']);
    expect([...changed.statuses]).toEqual([]);
    expect(live.standings().map((s) => s.pointsBehindCutoff)).toEqual([null, 15, 25]);
  });

  it('eliminates and restores in input order', () => {
    const request = makeRequest({ shortlistSize: 1 });
    const people = ['a', 'b', 'c'].map((id) => makeCandidate(id));
    const live = new LiveRanking(request, people.map((p) => contenderOf(request, p, makeEvaluation(p.id, { c1: 10 }, { k1: 'fail' }))));
    expect(live.standings().map((s) => s.candidateId)).toEqual(['a', 'b', 'c']);
    live.update([contenderOf(request, people[1]!, makeEvaluation('b', { c1: 10 }))]);
    expect(live.standings().map((s) => [s.candidateId, s.status])).toEqual([['b', 'shortlist'], ['a', 'eliminated'], ['c', 'eliminated']]);
  });

  it('refuses news about someone it does not rank', () => {
    const request = makeRequest();
    const live = new LiveRanking(request, []);
    expect(() => live.update([contenderOf(request, makeCandidate('x'), undefined)])).toThrow(/not in the ranking/);
    expect(live.has('x')).toBe(false);
    expect(live.standingOf('x')).toBeUndefined();
  });
});
