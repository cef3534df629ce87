import { describe, expect, it } from 'vitest';
import { checkAward, procedureOutcomes, type Award, type Outcome } from '../../../src/core';
import { contender, INVITED, makeCandidate, makeProcedureRequest, people, rated, withFacts, type Entry } from '../../builders';

// Four on the shortlist (a–d), one on reserve, one knocked out on both knock-outs.
const request = makeProcedureRequest({
  shortlistSize: 4,
  interviewSize: 3,
  knockOuts: [
    { id: 'k1', text: 'HBO' },
    { id: 'k2', text: 'Power BI' },
  ],
});
const pass = { k1: 'pass', k2: 'pass' } as const;
const entries: Entry[] = [
  withFacts(contender('ko', 60, null), { knockOuts: { k1: 'fail', k2: 'fail' } }),
  withFacts(contender('a', 50, 9), { knockOuts: pass }), // shortlisted, not invited
  withFacts(contender('b', 45, 8), { knockOuts: pass, ...rated('voldoende', 'onvoldoende') }), // failed p2
  withFacts(contender('c', 40, 7), { knockOuts: pass, ...rated('goed', 'voldoende') }), // passed
  withFacts(contender('d', 35, 6), { knockOuts: pass, ...INVITED }), // invited, not rated yet
  withFacts(contender('r', 22.5, null), { knockOuts: pass }), // reserve, 12.5 behind d
];
const award: Award = { awarded: ['c'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' };
const outcomes = (es: Entry[] = entries, a?: Award, r = request) => procedureOutcomes(r, ...people(es), a);
const byId = (list: Outcome[]) => Object.fromEntries(list.map((o) => [o.candidateId, o]));

describe('outcomes before the award: the current stage (§3.13, §9)', () => {
  const o = byId(outcomes());
  it('stops the eliminated at the knock-outs, one reason per failed knock-out', () =>
    expect(o.ko).toEqual({
      candidateId: 'ko',
      stage: 'knock-out',
      result: 'out',
      reasons: [
        { code: 'knock-out', params: { knockOut: 'k1' } },
        { code: 'knock-out', params: { knockOut: 'k2' } },
      ],
    }));
  it('stops the reserve at the selection, with the points behind the cut-off', () =>
    expect(o.r).toEqual({ candidateId: 'r', stage: 'selection', result: 'out', reasons: [{ code: 'below-cutoff', params: { behind: 12.5 } }] }));
  it('keeps a shortlisted candidate who is not invited open in the client round, without reasons', () =>
    expect(o.a).toEqual({ candidateId: 'a', stage: 'client', result: 'open', reasons: [] }));
  it('stops an invited candidate at the interview, one reason per agreed onvoldoende', () =>
    expect(o.b).toEqual({ candidateId: 'b', stage: 'interview', result: 'out', reasons: [{ code: 'competency', params: { competency: 'p2' } }] }));
  it('keeps an invited candidate who passed open at the interview until the award', () =>
    expect(o.c).toEqual({ candidateId: 'c', stage: 'interview', result: 'open', reasons: [] }));
  it('keeps an invited candidate not yet rated open at the interview', () =>
    expect(o.d).toEqual({ candidateId: 'd', stage: 'interview', result: 'open', reasons: [] }));
  it('gives one outcome per candidate, in the order given', () => expect(outcomes().map((x) => x.candidateId)).toEqual(['ko', 'a', 'b', 'c', 'd', 'r']));
  it('lists every agreed onvoldoende, in the request’s order of competencies', () => {
    const both = withFacts(contender('x', 50, 9), { ...INVITED, competencies: { p2: 'onvoldoende', p1: 'onvoldoende' } });
    expect(outcomes([both])[0]?.reasons).toEqual([
      { code: 'competency', params: { competency: 'p1' } },
      { code: 'competency', params: { competency: 'p2' } },
    ]);
  });
  it('fails on an onvoldoende the panel agreed on, without a recorded rating', () => {
    const panel = withFacts(contender('x', 50, 9), { ...INVITED, panel: { Anna: { p1: 'onvoldoende' }, Bert: { p1: 'onvoldoende' } } });
    expect(outcomes([panel])[0]).toMatchObject({ stage: 'interview', result: 'out', reasons: [{ code: 'competency', params: { competency: 'p1' } }] });
  });
  it('gives a reserve candidate no distance when there is no cut-off, and no empty params', () => {
    const list = outcomes([contender('x', 10, null)], undefined, makeProcedureRequest({ shortlistSize: 0 }));
    expect(list[0]).toEqual({ candidateId: 'x', stage: 'selection', result: 'out', reasons: [{ code: 'below-cutoff' }] });
  });
  it('keeps a candidate without any evaluation open in the client round (nothing failed yet)', () => {
    expect(procedureOutcomes(request, [makeCandidate('new')], [])).toEqual([{ candidateId: 'new', stage: 'client', result: 'open', reasons: [] }]);
  });
});

describe('outcomes after the award (§3.13, §9)', () => {
  const o = byId(outcomes(entries, award));
  it('awards the awarded at the award stage', () => expect(o.c).toEqual({ candidateId: 'c', stage: 'award', result: 'awarded', reasons: [] }));
  it('closes the client round for those never invited: not-invited', () =>
    expect(o.a).toEqual({ candidateId: 'a', stage: 'client', result: 'out', reasons: [{ code: 'not-invited' }] }));
  it('closes the interview for those invited but not awarded: not-awarded', () =>
    expect(o.d).toEqual({ candidateId: 'd', stage: 'interview', result: 'out', reasons: [{ code: 'not-awarded' }] }));
  it('leaves earlier outcomes and their reasons as they were', () => {
    const before = byId(outcomes());
    expect([o.ko, o.r, o.b]).toEqual([before.ko, before.r, before.b]);
  });
  it('leaves nobody open', () => expect(outcomes(entries, award).filter((x) => x.result === 'open')).toEqual([]));
  it('closes a passed candidate who was not chosen as not-awarded', () => {
    const other = byId(outcomes(entries.map((e) => (e.candidate.id === 'd' ? withFacts(e, rated('goed', 'goed')) : e)), award));
    expect(other.d).toEqual({ candidateId: 'd', stage: 'interview', result: 'out', reasons: [{ code: 'not-awarded' }] });
  });
  it('awards two professionals when the request seeks two', () => {
    const two = makeProcedureRequest({ ...request, professionals: 2 });
    const both = entries.map((e) => (e.candidate.id === 'd' ? withFacts(e, rated('voldoende', 'voldoende')) : e));
    const list = outcomes(both, { awarded: ['c', 'd'], decidedAt: '2026-07-20' }, two);
    expect(list.filter((x) => x.result === 'awarded').map((x) => x.candidateId)).toEqual(['c', 'd']);
    expect(byId(list).a?.reasons).toEqual([{ code: 'not-invited' }]);
  });
  it('reads the award stored on the request when none is passed', () => {
    expect(byId(procedureOutcomes({ ...request, award }, ...people(entries))).c?.result).toBe('awarded');
  });
  it('awards whoever a stored award names (a decided fact, §9), and checkAward says why it no longer holds', () => {
    const failed = entries.map((e) => (e.candidate.id === 'c' ? withFacts(e, rated('goed', 'onvoldoende')) : e));
    expect(byId(outcomes(failed, award)).c).toEqual({ candidateId: 'c', stage: 'award', result: 'awarded', reasons: [] });
    expect(checkAward(request, ...people(failed), { awarded: award.awarded, decidedAt: award.decidedAt })).toMatchObject({ ok: false, errors: [{ code: 'not-passed' }] });
  });
  it('awards a stored award\'s candidate who was never invited, and checkAward refuses that award', () => {
    expect(byId(outcomes(entries, { ...award, awarded: ['a'] })).a).toEqual({ candidateId: 'a', stage: 'award', result: 'awarded', reasons: [] });
    expect(checkAward(request, ...people(entries), { awarded: ['a'], decidedAt: award.decidedAt })).toMatchObject({ ok: false, errors: [{ code: 'not-passed' }] });
  });
});
