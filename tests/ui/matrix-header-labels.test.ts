import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Request } from '../../src/core';
import { fallbackLabels, headerLabels } from '../../src/ui/matrix/header-labels';
import { makeRequest } from '../builders';

const seeds = JSON.parse(readFileSync(new URL('../../seeds/requests.json', import.meta.url), 'utf8')) as Request[];
const seed = (id: string) => seeds.find((r) => r.id === id)!;
const ruleLabel = (rule: NonNullable<Request['knockOuts'][number]['rule']>) => (rule.kind === 'max-rate' ? `max. € ${rule.max}` : `min. ${rule.min} u/wk`);

describe('fallbackLabels', () => {
  it('tells the criteria of seed 30601 apart, each in at most 12 characters', () => {
    const labels = fallbackLabels(seed('seed-30601').criteria.map((c) => c.text));
    expect(labels).toEqual(['BlinQt', 'Gegevensuit…', 'Requirement…', 'GAT/UAT', 'Agile', 'AVG-vraagst…', 'Beheerproce…']);
    expect(new Set(labels).size).toBe(labels.length);
  });
  it.each([
    ["Op deze opdracht is het principe 'Bring Your Own Device' van toepassing.", 'BYOD'],
    ['Aantoonbare werkervaring met Power BI', 'Power BI'],
    ['Aantoonbare werkervaring binnen het gemeentelijk Sociaal Domein (Jeugd, Wmo)', 'Soc. Domein'],
    ['Aantoonbaar afgeronde opleiding op minimaal HBO bachelor niveau', 'HBO'],
    ['Aantoonbare werkervaring met stakeholdermanagement', 'Stakeholder…'],
    ['Kennis', 'Kennis'],
  ])('makes %j into %j', (text, label) => {
    expect(fallbackLabels([text])).toEqual([label]);
  });
  it('never gives more than 12 characters', () => {
    for (const request of seeds) for (const label of fallbackLabels([...request.knockOuts, ...request.criteria].map((i) => i.text))) expect([...label].length).toBeLessThanOrEqual(12);
  });
});

describe('headerLabels', () => {
  it('takes a label of its own first, then a rule in words, then the fallback', () => {
    const request = makeRequest({
      knockOuts: [
        { id: 'k1', text: 'Aantoonbare werkervaring met Power BI', label: 'PBI' },
        { id: 'k2', text: 'Uurtarief maximaal € 120', rule: { kind: 'max-rate', max: 120 } },
        { id: 'k3', text: 'Aantoonbare werkervaring met Power BI' },
      ],
      criteria: [{ id: 'c1', text: 'Agile werken', label: '  ', maxPoints: 10 }],
    });
    expect(headerLabels(request, ruleLabel)).toEqual({ knockOuts: ['PBI', 'max. € 120', 'Power BI'], criteria: ['Agile'] });
  });
  it('labels seed 30601 for the matrix header', () => {
    expect(headerLabels(seed('seed-30601'), ruleLabel).knockOuts).toEqual(['BYOD', 'BI-dashboar…', "KPI's", 'Soc. Domein', 'Stakeholder…', 'Power BI', 'min. 16 u/wk', 'max. € 120']);
  });
});
