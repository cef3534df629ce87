// Short labels for the matrix header (PRODUCT §8): at most 12 characters, never empty, different
// within a list, the same every time, and saying what sets an item apart from the others.
import { describe, expect, it } from 'vitest';
import { LABEL_MAX, parsePosting, proposeLabels } from '../../src/core';
import { fit } from '../../src/core/labels';
import { corpusCases } from './posting/corpus';

const seed002 = corpusCases().find((c) => c.name === '002_30b003ba387f8f1b.txt');
const proposal002 = parsePosting(seed002?.text ?? '');

// Every list of the corpus, and lists that try to break the rules.
const lists: string[][] = [
  ...corpusCases().flatMap((c) => {
    const r = parsePosting(c.text).request;
    return [r.knockOuts, r.criteria, r.clientCriteria ?? []].map((items) => items.map((i) => i.text));
  }),
  ['', '', ''],
  ['...', '—', '(  )'],
  ['Ervaring', 'Ervaring', 'Ervaring', 'Ervaring'],
  ['Aantoonbare werkervaring', 'Aantoonbare werkervaring met', 'Minimaal 5 jaar'],
  ['Donaudampfschifffahrtsgesellschaftskapitänsmütze', 'Donaudampfschifffahrtsgesellschaftskapitänsjacke'],
  ['12345678901234567890', '😀 🎉 ✓', 'A'],
  ['😀😀😀😀😀😀😀😀😀😀😀😀😀😀 feest', 'Ervaring met 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉'],
  Array.from({ length: 30 }, () => 'Ervaring met Python'),
];

describe('proposeLabels', () => {
  it.each(lists.map((list, i) => [i, list] as const))('list %i: at most 12 characters, never empty, all different', (_, list) => {
    const labels = proposeLabels(list);
    expect(labels).toHaveLength(list.length);
    for (const label of labels) {
      expect(label.trim().length, label).toBeGreaterThan(0);
      expect(label.length, label).toBeLessThanOrEqual(LABEL_MAX);
      expect(label, 'no character cut in two').not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
  });

  it('gives the same labels for the same list every time', () => {
    for (const list of lists) expect(proposeLabels([...list])).toEqual(proposeLabels(list));
  });

  it('names what differs in seed 002, whose knock-outs all start "Aantoonbare werkervaring met"', () => {
    expect(proposal002.request.knockOuts.map((k) => k.label)).toEqual([
      'BYOD', 'BI-dashboar.', "KPI's", 'Sociaal Dom.', 'Stakeholder', 'Power BI', 'Min. 16 uur', 'Max. € 120',
    ]);
    expect(proposal002.request.criteria.map((c) => c.label)).toEqual(['BlinQt', 'Sociaal Dom.', 'Requirements', 'GAT/UAT', 'Agile', 'AVG', 'Beheer']);
  });

  it('names the client criteria of seed 002 by what differs: the assignments or the organisations', () =>
    expect(proposal002.request.clientCriteria?.map((c) => c.label)).toEqual(['Opdrachten', 'Organisaties']));

  it('takes the abbreviation a posting gives in brackets', () =>
    expect(proposeLabels(['Kennis van de Wet gemeentelijke schuldhulpverlening (Wgs)', 'Ervaring met Python'])).toEqual(['Wgs', 'Python']));

  it('labels a rate cap and a minimum of hours by their rule', () =>
    expect(proposeLabels(['Uurtarief maximaal € 97,50 excl. btw', 'Beschikbaar voor minimaal 28 uur per week', 'Available for at least 24 hours per week'])).toEqual([
      'Max. € 97,50', 'Min. 28 uur', 'Min. 24 hrs',
    ]));

  it('numbers items that nothing tells apart', () =>
    expect(proposeLabels(['Ervaring met Python', 'Ervaring met Python', 'Ervaring met Python'])).toEqual(['Python', 'Python 2', 'Python 3']));

  it('reads words of any letters, and ends a word on a letter, a digit or an apostrophe (not on "-" or "/")', () =>
    expect(proposeLabels(['Ervaring met Ærøs havens', 'Ervaring met 𝐁oekhouding-', 'Kennis van KPI’s en GAT/UAT-', 'Ervaring met é'])).toEqual([
      'Ærøs', '𝐁oekhouding', 'KPI’s', 'É',
    ]));

  it('gives an empty list no labels', () => expect(proposeLabels([])).toEqual([]));
});

describe('fit', () => {
  it.each([
    ['Power BI', 'Power BI'],
    ['Bring Your Own Device', 'BYOD'],
    ['Raad van State', 'RvS'],
    ['Sociaal Domein', 'Sociaal Dom.'],
    ['stakeholdermanagement', 'stakeholder'],
    ['requirementsanalyses', 'requirements'],
    ['omgevingsmanagement', 'omgevingsma.'],
    ['gegevensuitwisseling', 'gegevensuit.'],
  ])('fits "%s" as "%s"', (text, label) => expect(fit(text)).toBe(label));
});

describe('labels in a proposal', () => {
  it('every knock-out, criterion and client criterion of every corpus posting has one', () => {
    for (const c of corpusCases()) {
      const r = parsePosting(c.text).request;
      for (const item of [...r.knockOuts, ...r.criteria, ...(r.clientCriteria ?? [])]) {
        expect(item.label, `${c.name}: ${item.text}`).toMatch(/\S/);
        expect((item.label ?? '').length).toBeLessThanOrEqual(LABEL_MAX);
      }
    }
  });
});

describe('labels of texts that say little', () => {
  it('labels a text of stop words only by its first word', () => expect(proposeLabels(['Minimaal 5 jaar'])).toEqual(['Minimaal']));
  it('labels an empty text by its place', () => expect(proposeLabels(['Ervaring met SQL', ''])).toEqual(['SQL', '2']));
  it('labels a rate cap with cents in the Dutch way', () => expect(proposeLabels(['Uurtarief maximaal € 92,50'])).toEqual(['Max. € 92,50']));
});
