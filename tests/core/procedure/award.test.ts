import { describe, expect, it } from 'vitest';
import { checkAward, professionalsOf, type Request } from '../../../src/core';
import { contender, INVITED, makeCandidate, makeProcedureRequest, people, rated, withFacts, type Entry } from '../../builders';

const entries: Entry[] = [
  withFacts(contender('pass1', 50, 9), rated('goed', 'voldoende')),
  withFacts(contender('pass2', 45, 8), rated('voldoende', 'voldoende')),
  withFacts(contender('failed', 40, 7), rated('goed', 'onvoldoende')),
  withFacts(contender('pending', 35, 6), INVITED),
  contender('uninvited', 30, 5),
  contender('reserve', 10, 4),
];
const request = makeProcedureRequest({ shortlistSize: 5 });
const award = (awarded: string[], extra: { decidedAt?: string; objectionDays?: number } = {}, r: Request = request) =>
  checkAward(r, ...people(entries), { awarded, decidedAt: '2026-07-20', ...extra });

describe('the award (§3.13)', () => {
  it('awards one candidate who passed, with the date and the end of the objection period', () => {
    expect(award(['pass1'], { objectionDays: 20 })).toEqual({ ok: true, value: { awarded: ['pass1'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' } });
  });
  it('leaves the objection end out when no period is given', () => {
    expect(award(['pass1'])).toEqual({ ok: true, value: { awarded: ['pass1'], decidedAt: '2026-07-20' } });
  });
  it('awards two professionals when the request seeks two', () => {
    expect(award(['pass1', 'pass2'], {}, { ...request, professionals: 2 })).toMatchObject({ ok: true, value: { awarded: ['pass1', 'pass2'] } });
  });
  it('refuses two when the request seeks one (the default), and says how many it seeks', () => {
    expect(award(['pass1', 'pass2'])).toMatchObject({
      ok: false,
      errors: [{ code: 'award-too-many', params: { max: 1, count: 2 }, message: 'Deze aanvraag zoekt één professional; er zijn er 2 gekozen.' }],
    });
    const three = award(['pass1', 'pass2', 'failed'], {}, { ...request, professionals: 2 });
    expect(three.ok ? '' : three.errors[0]?.message).toBe('Deze aanvraag zoekt 2 professionals; er zijn er 3 gekozen.');
  });
  it('refuses an award to nobody', () => expect(award([])).toMatchObject({ ok: false, errors: [{ code: 'award-empty' }] }));
  it.each([
    ['failed a competency', 'failed', 'fail'],
    ['is still being rated', 'pending', 'pending'],
    ['was never invited', 'uninvited', 'not-invited'],
    ['is on reserve', 'reserve', 'not-shortlisted'],
  ])('refuses an award to someone who %s, with a message', (_, id, state) => {
    const result = award([id]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not-passed', params: { candidate: id, name: `Kandidaat ${id}`, state } }] });
    expect(result.ok ? '' : result.errors[0]?.message).toContain(`Kandidaat ${id}`);
  });
  it('refuses a candidate who is not on the request', () => {
    expect(award(['stranger'])).toMatchObject({ ok: false, errors: [{ code: 'unknown-candidate', params: { candidate: 'stranger' } }] });
  });
  it('refuses the same candidate twice, named, or by id when unknown', () => {
    expect(award(['pass1', 'pass1'], {}, { ...request, professionals: 2 })).toMatchObject({
      ok: false,
      errors: [{ code: 'award-duplicate', message: expect.stringContaining('Kandidaat pass1') }],
    });
    const twice = award(['x', 'x'], {}, { ...request, professionals: 2 });
    expect(twice.ok ? [] : twice.errors.map((e) => [e.code, e.params?.candidate])).toEqual([['unknown-candidate', 'x'], ['award-duplicate', 'x']]);
  });
  it.each(['20-07-2026', '2026-02-30', '2026-07-20T14:00', 'morgen', ''])('refuses the award date %j', (decidedAt) => {
    expect(award(['pass1'], { decidedAt })).toMatchObject({ ok: false, errors: [{ code: 'invalid-date', params: { field: 'decidedAt' } }] });
  });
  it('refuses a negative objection period', () => {
    expect(award(['pass1'], { objectionDays: -1 })).toMatchObject({ ok: false, errors: [{ code: 'objection-negative' }] });
  });
  it('lists every refusal at once', () => {
    const result = award(['failed', 'pending'], { decidedAt: 'gisteren', objectionDays: -5 });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['award-too-many', 'not-passed', 'not-passed', 'invalid-date', 'objection-negative']);
  });
  it('counts the objection end from the day in the Netherlands of an award given as a moment', () => {
    // 23:30 UTC on 19 July is 01:30 on 20 July in Amsterdam.
    expect(award(['pass1'], { decidedAt: '2026-07-19T23:30:00Z', objectionDays: 1 })).toMatchObject({ ok: true, value: { objectionUntil: '2026-07-21' } });
  });
  it('passes a candidate of a request without competencies once invited', () => {
    const plain = makeProcedureRequest({ shortlistSize: 5, competencies: [] });
    const result = checkAward(plain, [makeCandidate('x')], [{ ...contender('x', 10, 1).evaluation, ...INVITED }], { awarded: ['x'], decidedAt: '2026-07-20' });
    expect(result).toMatchObject({ ok: true });
  });
});

describe('professionals (§3.13)', () => {
  it.each([
    [undefined, 1],
    [1, 1],
    [3, 3],
    [0, 1],
    [1.5, 1],
  ])('reads professionals %j as %d', (professionals, n) => expect(professionalsOf(makeProcedureRequest({ professionals }))).toBe(n));
});
