import { describe, expect, it } from 'vitest';
import { agreedRatings, interviewVerdict, panelRatings, panelVerdict, type Evaluation } from '../../../src/core';
import { makeEvaluation, makeProcedureRequest, makeRequest } from '../../builders';

const request = makeProcedureRequest(); // competencies p1, p2
const withPanel = (panel: Evaluation['panel'], competencies?: Evaluation['competencies']): Evaluation => ({
  ...makeEvaluation('a', {}),
  invitedAt: '2026-07-06',
  panel,
  ...(competencies ? { competencies } : {}),
});
const p1 = (e: Evaluation) => panelRatings(request, e)[0];

describe('the panel’s agreed rating (§3.12)', () => {
  it('agrees on a rating every assessor gave alike', () => {
    expect(p1(withPanel({ Anna: { p1: 'goed' }, Bert: { p1: 'goed' } }))).toEqual({
      competencyId: 'p1',
      agreed: 'goed',
      source: 'unanimous',
      ratings: { Anna: 'goed', Bert: 'goed' },
      missing: [],
      differ: false,
    });
  });
  it('leaves a competency undecided when the assessors differ, and keeps their ratings visible', () => {
    expect(p1(withPanel({ Anna: { p1: 'goed' }, Bert: { p1: 'voldoende' } }))).toEqual({
      competencyId: 'p1',
      agreed: null,
      source: null,
      ratings: { Anna: 'goed', Bert: 'voldoende' },
      missing: [],
      differ: true,
    });
  });
  it('does not agree while one assessor of the panel has not rated it yet', () => {
    expect(p1(withPanel({ Anna: { p1: 'onvoldoende' }, Bert: { p2: 'goed' } }))).toMatchObject({
      agreed: null,
      source: null,
      ratings: { Anna: 'onvoldoende' },
      missing: ['Bert'],
      differ: false,
    });
  });
  it('lets the recorded agreed rating overrule assessors who differ', () => {
    expect(p1(withPanel({ Anna: { p1: 'goed' }, Bert: { p1: 'onvoldoende' } }, { p1: 'voldoende' }))).toMatchObject({
      agreed: 'voldoende',
      source: 'recorded',
      differ: true,
      ratings: { Anna: 'goed', Bert: 'onvoldoende' },
    });
  });
  it('lets the recorded agreed rating overrule even a unanimous panel', () => {
    expect(p1(withPanel({ Anna: { p1: 'goed' }, Bert: { p1: 'goed' } }, { p1: 'onvoldoende' }))).toMatchObject({ agreed: 'onvoldoende', source: 'recorded' });
  });
  it('takes a recorded rating without any panel', () => {
    expect(p1({ ...makeEvaluation('a', {}), competencies: { p1: 'goed' } })).toMatchObject({ agreed: 'goed', source: 'recorded', ratings: {}, missing: [] });
  });
  it('agrees on nothing without assessors: an empty panel is no unanimous one', () => {
    expect(p1(withPanel({}))).toMatchObject({ agreed: null, source: null, differ: false });
    expect(panelRatings(request, undefined).map((p) => p.agreed)).toEqual([null, null]);
  });
  it('takes a single assessor’s rating as agreed (the screen warns that the seeds want two)', () => {
    expect(p1(withPanel({ Anna: { p1: 'voldoende' } }))).toMatchObject({ agreed: 'voldoende', source: 'unanimous' });
  });
  it('treats a value that is no rating as not rated, in the panel and in the recorded ratings', () => {
    const e = withPanel({ Anna: { p1: 'goed' }, Bert: { p1: 'prima' as 'goed' } }, { p1: 'slecht' as 'goed' });
    expect(p1(e)).toMatchObject({ agreed: null, source: null, missing: ['Bert'] });
  });
  it('keeps an assessor whose name is "__proto__" as a name', () => {
    const panel = JSON.parse('{"__proto__": {"p1": "goed"}, "Bert": {"p1": "goed"}}') as Evaluation['panel'];
    const rating = p1(withPanel(panel));
    expect(rating?.agreed).toBe('goed');
    expect(Object.keys(rating?.ratings ?? {})).toEqual(['__proto__', 'Bert']);
  });
  it('gives one entry per competency of the request, in its order, and ignores other ids', () => {
    const e = withPanel({ Anna: { p2: 'goed', gone: 'onvoldoende' } });
    expect(panelRatings(request, e).map((p) => [p.competencyId, p.agreed])).toEqual([
      ['p1', null],
      ['p2', 'goed'],
    ]);
    expect(agreedRatings(request, e)).toEqual({ p2: 'goed' });
  });
});

describe('the interview verdict from the agreed ratings (§3.12)', () => {
  it('passes when every agreed rating is at least voldoende', () => {
    const e = withPanel({ Anna: { p1: 'goed', p2: 'voldoende' }, Bert: { p1: 'goed', p2: 'voldoende' } });
    expect(panelVerdict(request, e)).toEqual({ verdict: 'pass', insufficient: [], unrated: [] });
  });
  it('fails on an agreed onvoldoende even while the other competency is undecided', () => {
    const e = withPanel({ Anna: { p1: 'goed', p2: 'onvoldoende' }, Bert: { p1: 'voldoende', p2: 'onvoldoende' } });
    expect(panelVerdict(request, e)).toEqual({ verdict: 'fail', insufficient: ['p2'], unrated: ['p1'] });
  });
  it('stays pending while the assessors differ, and one onvoldoende of one assessor does not fail', () => {
    const e = withPanel({ Anna: { p1: 'goed', p2: 'onvoldoende' }, Bert: { p1: 'goed', p2: 'voldoende' } });
    expect(panelVerdict(request, e)).toEqual({ verdict: 'pending', insufficient: [], unrated: ['p2'] });
  });
  it('fails once the consultant records onvoldoende where the assessors differed', () => {
    const e = withPanel({ Anna: { p1: 'goed', p2: 'onvoldoende' }, Bert: { p1: 'goed', p2: 'voldoende' } }, { p2: 'onvoldoende' });
    expect(panelVerdict(request, e).verdict).toBe('fail');
  });
  it('passes once the consultant records voldoende where the assessors differed', () => {
    const e = withPanel({ Anna: { p1: 'goed', p2: 'onvoldoende' }, Bert: { p1: 'goed', p2: 'voldoende' } }, { p2: 'voldoende' });
    expect(panelVerdict(request, e).verdict).toBe('pass');
  });
  it('is pending before anyone rated', () => {
    expect(panelVerdict(request, undefined)).toEqual({ verdict: 'pending', insufficient: [], unrated: ['p1', 'p2'] });
  });
  it('passes for a request without competencies: there is nothing to fail', () => {
    expect(panelVerdict(makeRequest(), makeEvaluation('a', {})).verdict).toBe('pass');
  });
  it('leaves the matrix’s interviewVerdict as it was: pending without competencies', () => {
    expect(interviewVerdict(makeRequest(), makeEvaluation('a', {})).verdict).toBe('pending');
  });
});
