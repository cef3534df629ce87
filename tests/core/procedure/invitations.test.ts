import { describe, expect, it } from 'vitest';
import { invitationProposal, proposedInvitations } from '../../../src/core';
import { contender, INVITED, makeProcedureRequest, people, rated, withFacts, type Entry } from '../../builders';

// Six on the shortlist; interviews for 2. Client totals 9, 8, 7, 6, 5, 4 (a best … f worst).
const request = makeProcedureRequest({ shortlistSize: 6, interviewSize: 2 });
const six = (): Entry[] => ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => contender(id, 60 - i, 9 - i, { hourlyRate: 90 }));
const propose = (entries: Entry[], r = request) => invitationProposal(r, ...people(entries));
/** Sets facts on the entries with these ids. */
function set(entries: Entry[], facts: Record<string, Parameters<typeof withFacts>[1]>): Entry[] {
  return entries.map((e) => (facts[e.candidate.id] ? withFacts(e, facts[e.candidate.id]!) : e));
}

describe('proposed invitations before anyone is invited (§3.11)', () => {
  it('proposes the candidates whose client rank is within interviewSize', () => {
    expect(propose(six())).toEqual({ proposed: ['a', 'b'], tieOnLine: false, repeat: false });
    expect(proposedInvitations(request, ...people(six()))).toEqual(['a', 'b']);
  });
  it('proposes all of a shared rank that straddles the line, and flags it', () => {
    const entries = set(six(), { c: { clientScores: { cc1: 8, cc2: 0 } } }); // b and c share rank 2
    expect(propose(entries)).toEqual({ proposed: ['a', 'b', 'c'], tieOnLine: true, repeat: false });
  });
  it('does not flag a tie that lies inside the line', () => {
    const entries = set(six(), { b: { clientScores: { cc1: 9, cc2: 0 } } }); // a and b share rank 1
    expect(propose(entries)).toEqual({ proposed: ['a', 'b'], tieOnLine: false, repeat: false });
  });
  it('lets the rate break a tie on the line, so nobody extra is proposed', () => {
    const entries = set(six(), { c: { clientScores: { cc1: 8, cc2: 0 } } }).map((e) =>
      e.candidate.id === 'c' ? { ...e, candidate: { ...e.candidate, hourlyRate: 80 } } : e,
    );
    expect(propose(entries)).toEqual({ proposed: ['a', 'c'], tieOnLine: false, repeat: false });
  });
  it('proposes everyone on the shortlist when it holds fewer than interviewSize', () => {
    expect(propose(six().slice(0, 1))).toEqual({ proposed: ['a'], tieOnLine: false, repeat: false });
  });
  it.each([
    ['no interviewSize', undefined],
    ['an interviewSize of 0', 0],
    ['a negative interviewSize', -1],
  ])('proposes nobody with %s', (_, interviewSize) => {
    expect(propose(six(), makeProcedureRequest({ shortlistSize: 6, interviewSize }))).toEqual({ proposed: [], tieOnLine: false, repeat: false });
    expect(proposedInvitations(makeProcedureRequest({ shortlistSize: 6, interviewSize }), ...people(six()))).toEqual([]);
  });
  it('reads a fractional interviewSize down, as client rank ≤ interviewSize does', () => {
    expect(propose(six(), makeProcedureRequest({ shortlistSize: 6, interviewSize: 2.5 })).proposed).toEqual(['a', 'b']);
  });
  it('proposes nobody with nobody on the shortlist', () => {
    expect(propose([])).toEqual({ proposed: [], tieOnLine: false, repeat: false });
  });
});

describe('proposed invitations once someone is invited (§3.11, §3.12)', () => {
  it('proposes nobody while an invited candidate has not been rated', () => {
    expect(propose(set(six(), { a: INVITED, b: INVITED })).proposed).toEqual([]);
  });
  it('proposes nobody when the consultant invited others than proposed and they are pending', () => {
    expect(propose(set(six(), { e: INVITED })).proposed).toEqual([]);
  });
  it('proposes nobody while one invited candidate passed', () => {
    expect(propose(set(six(), { a: rated('onvoldoende', 'goed'), b: rated('goed', 'voldoende') }))).toEqual({ proposed: [], tieOnLine: false, repeat: false });
  });
  it('proposes nobody while one failed and the other is still undecided', () => {
    expect(propose(set(six(), { a: rated('onvoldoende', 'goed'), b: INVITED })).proposed).toEqual([]);
  });
  it('proposes the next interviewSize by client rank when every invited candidate failed (step 3 repeated)', () => {
    const entries = set(six(), { a: rated('onvoldoende', 'goed'), b: rated('goed', 'onvoldoende') });
    expect(propose(entries)).toEqual({ proposed: ['c', 'd'], tieOnLine: false, repeat: true });
    expect(proposedInvitations(request, ...people(entries))).toEqual(['c', 'd']);
  });
  it('skips everyone already invited, whatever their client rank', () => {
    const entries = set(six(), { a: rated('onvoldoende', 'goed'), c: rated('goed', 'onvoldoende') });
    expect(propose(entries).proposed).toEqual(['b', 'd']);
  });
  it('proposes all of a shared rank on the line of the next round, and flags it', () => {
    const entries = set(six(), {
      a: rated('onvoldoende', 'goed'),
      b: rated('onvoldoende', 'goed'),
      e: { clientScores: { cc1: 6, cc2: 0 } }, // d and e share rank 4
    });
    expect(propose(entries)).toEqual({ proposed: ['c', 'd', 'e'], tieOnLine: true, repeat: true });
  });
  it('proposes a third round when the second failed too', () => {
    const fail = rated('onvoldoende', 'onvoldoende');
    expect(propose(set(six(), { a: fail, b: fail, c: fail, d: fail })).proposed).toEqual(['e', 'f']);
  });
  it('proposes the one left when fewer than interviewSize remain', () => {
    const fail = rated('onvoldoende', 'goed');
    expect(propose(set(six(), { a: fail, b: fail, c: fail, d: fail, e: fail }))).toEqual({ proposed: ['f'], tieOnLine: false, repeat: true });
  });
  it('proposes nobody when everyone on the shortlist was invited and failed', () => {
    const fail = rated('onvoldoende', 'goed');
    expect(propose(set(six(), { a: fail, b: fail, c: fail, d: fail, e: fail, f: fail }))).toEqual({ proposed: [], tieOnLine: false, repeat: true });
  });
  it('does not count an empty invitation date as an invitation', () => {
    expect(propose(set(six(), { a: { invitedAt: ' ' } })).proposed).toEqual(['a', 'b']);
  });
});
