import { describe, expect, it } from 'vitest';
import { interviewVerdict } from '../../src/core';
import { makeEvaluation, makeRequest } from '../builders';

const request = makeRequest({
  competencies: [
    { id: 'p1', name: 'Zelfstandig' },
    { id: 'p2', name: 'Communicatief' },
  ],
});

describe('interview verdict (§3.8)', () => {
  it('passes when every competency is voldoende or goed', () => {
    const e = { ...makeEvaluation('a', {}), competencies: { p1: 'goed', p2: 'voldoende' } as const };
    expect(interviewVerdict(request, e)).toEqual({ verdict: 'pass', insufficient: [], unrated: [] });
  });
  it('fails on any onvoldoende, even with others unrated', () => {
    const e = { ...makeEvaluation('a', {}), competencies: { p2: 'onvoldoende' } as const };
    expect(interviewVerdict(request, e)).toEqual({ verdict: 'fail', insufficient: ['p2'], unrated: ['p1'] });
  });
  it('is pending while a competency is unrated', () => {
    expect(interviewVerdict(request, undefined)).toEqual({ verdict: 'pending', insufficient: [], unrated: ['p1', 'p2'] });
  });
  it('is pending for a request without competencies', () => {
    expect(interviewVerdict(makeRequest(), makeEvaluation('a', {})).verdict).toBe('pending');
  });
});
