// The owner's rule for a candidate who leaves the shortlist after the invitation (a late score or
// knock-out change): the invitation stays a stored fact, but they are out of the client ranking,
// cannot pass or be awarded, count as out of the interviews, and stop where they now stop.
import { describe, expect, it } from 'vitest';
import { checkAward, clientRanking, invitationProposal, invitedOffShortlist, procedureOutcomes } from '../../../src/core';
import { contender, INVITED, makeProcedureRequest, people, rated, withFacts, type Entry } from '../../builders';

const request = makeProcedureRequest({ shortlistSize: 3, interviewSize: 2 });
// a and b invited; a passed. Then a late change: a scores lower than d (to reserve), or fails k1.
const before: Entry[] = [
  withFacts(contender('a', 50, 9), rated('goed', 'goed')),
  withFacts(contender('b', 40, 8), INVITED),
  contender('c', 30, 7),
  contender('d', 20, 6),
];
const toReserve = (es: Entry[]) => es.map((e) => (e.candidate.id === 'a' ? withFacts(e, { scores: { c1: 10, c2: 0 } }) : e));
const knockedOut = (es: Entry[]) => es.map((e) => (e.candidate.id === 'a' ? withFacts(e, { knockOuts: { k1: 'fail' } }) : e));
const byId = <T extends { candidateId: string }>(list: T[]) => Object.fromEntries(list.map((o) => [o.candidateId, o]));

describe('a candidate who left the shortlist after being invited', () => {
  it('keeps the invitation as a stored fact and is listed so the screen can warn', () => {
    const after = toReserve(before);
    expect(after[0]?.evaluation.invitedAt).toBe('2026-07-06');
    expect(invitedOffShortlist(request, ...people(after))).toEqual(['a']);
    expect(invitedOffShortlist(request, ...people(before))).toEqual([]);
  });
  it('lists an invited candidate who was knocked out later, but not one never invited', () => {
    const es = knockedOut(before).map((e) => (e.candidate.id === 'c' ? withFacts(e, { knockOuts: { k1: 'fail' } }) : e));
    expect(invitedOffShortlist(request, ...people(es))).toEqual(['a']);
  });
  it('is no longer in the client ranking', () => {
    expect(clientRanking(request, ...people(toReserve(before))).map((r) => r.candidateId)).toEqual(['b', 'c', 'd']);
  });
  it('stops at the selection with the distance to the cut-off, though the panel passed them', () => {
    expect(byId(procedureOutcomes(request, ...people(toReserve(before)))).a).toEqual({
      candidateId: 'a',
      stage: 'selection',
      result: 'out',
      reasons: [{ code: 'below-cutoff', params: { behind: 10 } }],
    });
  });
  it('stops at the knock-outs when a knock-out failed later', () => {
    expect(byId(procedureOutcomes(request, ...people(knockedOut(before)))).a).toEqual({
      candidateId: 'a',
      stage: 'knock-out',
      result: 'out',
      reasons: [{ code: 'knock-out', params: { knockOut: 'k1' } }],
    });
  });
  it('cannot be awarded, and says why', () => {
    const result = checkAward(request, ...people(toReserve(before)), { awarded: ['a'], decidedAt: '2026-07-20' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-passed', params: { candidate: 'a', state: 'left-shortlist' } }] });
  });
  it('keeps an award stored before they left (a decided fact), which checkAward then refuses so the screen warns', () => {
    const award = { awarded: ['a'], decidedAt: '2026-07-20' };
    expect(byId(procedureOutcomes(request, ...people(knockedOut(before)), award)).a).toMatchObject({ stage: 'award', result: 'awarded' });
    expect(checkAward(request, ...people(knockedOut(before)), award)).toMatchObject({ ok: false, errors: [{ code: 'not-passed' }] });
  });
  it('counts as out: when every other invited candidate failed, the next ones are proposed', () => {
    const es = toReserve(before).map((e) => (e.candidate.id === 'b' ? withFacts(e, rated('onvoldoende', 'goed')) : e));
    // Now shortlisted: b, c, d (a is on reserve). b failed, a left: c and d are proposed.
    expect(invitationProposal(request, ...people(es))).toEqual({ proposed: ['c', 'd'], tieOnLine: false, repeat: true });
  });
  it('blocks no proposal while another invited candidate is still open', () => {
    expect(invitationProposal(request, ...people(toReserve(before))).proposed).toEqual([]);
  });
  it('counts as out when they were the only one invited', () => {
    const only = [withFacts(contender('a', 50, 9), INVITED), contender('b', 40, 8), contender('c', 30, 7), contender('d', 20, 6)];
    expect(invitationProposal(request, ...people(knockedOut(only)))).toEqual({ proposed: ['b', 'c'], tieOnLine: false, repeat: true });
  });
});
