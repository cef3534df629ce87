import { describe, expect, it } from 'vitest';
import { checkInvitation, checkObjectionDays, MAX_OBJECTION_DAYS, objectionEnd, parseObjectionDays } from '../../../src/core';
import { contender, makeProcedureRequest, people, withFacts } from '../../builders';

describe('the objection period in days (§3.13)', () => {
  it.each([0, 1, 20, MAX_OBJECTION_DAYS])('accepts %d days', (days) => expect(checkObjectionDays(days)).toEqual({ ok: true, value: days }));
  it.each([
    [-1, 'objection-negative'],
    [2.5, 'objection-not-whole'],
    [MAX_OBJECTION_DAYS + 1, 'objection-too-long'],
    [Number.NaN, 'objection-not-a-number'],
    [Number.POSITIVE_INFINITY, 'objection-not-a-number'],
  ])('refuses %d days with %s and a message', (days, code) => {
    const result = checkObjectionDays(days);
    expect(result).toMatchObject({ ok: false, errors: [{ code }] });
    expect(result.ok ? '' : result.errors[0]?.message.length).toBeGreaterThan(20);
  });
  it('reads typed days', () => {
    expect(parseObjectionDays(' 20 ')).toEqual({ ok: true, value: 20 });
    expect(parseObjectionDays('-3')).toMatchObject({ ok: false, errors: [{ code: 'objection-negative' }] });
    expect(parseObjectionDays('twintig')).toMatchObject({ ok: false, errors: [{ code: 'objection-not-a-number', params: { text: 'twintig' } }] });
    expect(parseObjectionDays('')).toMatchObject({ ok: false, errors: [{ code: 'objection-not-a-number' }] });
  });
});

describe('the end of the objection period (calendar days after the award date)', () => {
  it.each([
    ['2026-07-20', 20, '2026-08-09'],
    ['2026-07-20', 0, '2026-07-20'],
    ['2026-07-20', 1, '2026-07-21'],
    ['2026-12-20', 15, '2027-01-04'], // over the year's end
    ['2028-02-20', 10, '2028-03-01'], // a leap year: 29 February counts
    ['2026-03-20', 14, '2026-04-03'], // over the change to summer time
    ['2026-07-17', 1, '2026-07-18'], // ends on a Saturday: calendar days, not working days
  ])('%s plus %d days ends on %s', (decidedAt, days, end) => expect(objectionEnd(decidedAt, days)).toBe(end));
  it.each([
    ['2026-07-20T14:00:00+02:00', '2026-07-30'],
    ['2026-07-19T23:30:00Z', '2026-07-30'], // already 20 July in Amsterdam (19 July in UTC would end on the 29th)
    ['2026-07-20T21:59:59.999Z', '2026-07-30'], // 23:59 in Amsterdam
  ])('counts from the day in the Netherlands of the moment %s', (decidedAt, end) => expect(objectionEnd(decidedAt, 10)).toBe(end));
  it.each([['2026-13-01'], ['2026-02-29'], ['2026-07-20T25:00:00Z'], ['2026-07-20 14:00'], ['2026-07-20T14:00:00']])('gives no end for the date %s', (decidedAt) =>
    expect(objectionEnd(decidedAt, 10)).toBeNull(),
  );
  it('gives no end for a negative period', () => expect(objectionEnd('2026-07-20', -1)).toBeNull());
});

describe('an invitation (§3.11)', () => {
  const request = makeProcedureRequest({ shortlistSize: 2 });
  const [candidates, evaluations] = people([contender('a', 50, 9), contender('b', 40, 8), contender('c', 30, 7), withFacts(contender('ko', 60, 9), { knockOuts: { k1: 'fail' } })]);
  const invite = (candidateId: string, invitedAt = '2026-07-06') => checkInvitation(request, candidates, evaluations, { candidateId, invitedAt });
  it('invites a shortlisted candidate on a date or a moment', () => {
    expect(invite('a')).toEqual({ ok: true, value: { candidateId: 'a', invitedAt: '2026-07-06' } });
    expect(invite('b', '2026-07-06T10:15:00+02:00')).toMatchObject({ ok: true });
  });
  it('refuses a candidate on reserve, with a message that says so', () => {
    const result = invite('c');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted', params: { candidate: 'c', status: 'reserve' } }] });
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/Kandidaat c staat niet op de shortlist.*reservelijst/);
  });
  it('refuses a knocked-out candidate, with a message that says so', () => {
    const result = invite('ko');
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-shortlisted', params: { status: 'eliminated' } }] });
    expect(result.ok ? '' : result.errors[0]?.message).toContain('knock-out');
  });
  it('refuses someone who is not on the request', () => {
    expect(invite('stranger')).toMatchObject({ ok: false, errors: [{ code: 'unknown-candidate' }] });
  });
  it('refuses an invitation without a valid date', () => {
    expect(invite('a', '6 juli')).toMatchObject({ ok: false, errors: [{ code: 'invalid-date', params: { field: 'invitedAt', text: '6 juli' } }] });
  });
});
