// A text that is no posting gives an empty proposal and a warning, never invented criteria.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';
import { parseFixture } from './fixture';

describe('parsePosting on text that is no posting', () => {
  it.each([
    ['an empty string', ''],
    ['white space only', ' \n\t\n  '],
    ['one sentence', 'Kun je me morgen even terugbellen over de offerte?'],
  ])('gives an empty proposal for %s', (_, text) => {
    const { request, warnings } = parsePosting(text);
    expect(request).toMatchObject({ title: '', knockOuts: [], criteria: [], competencies: [], tieBreak: 'none' });
    expect(warnings).toHaveLength(1);
  });

  it('gives an empty proposal for a recipe, however listy', () => {
    const { request, warnings } = parseFixture('own-12-recipe.txt');
    expect(request).toEqual({ title: '', shortlistSize: 5, tieBreak: 'none', knockOuts: [], criteria: [], competencies: [] });
    expect(warnings).toEqual([
      {
        code: 'not-a-posting',
        message:
          'Geen inhuuropdracht herkend: geen kopgegevens (zoals Aanvraagnummer of Uren per week) en geen eisen of gunningscriteria gevonden.',
      },
    ]);
  });

  it('asks for text when none was pasted', () =>
    expect(parsePosting('').warnings).toEqual([{ code: 'no-text', message: 'Geen tekst: plak de tekst van een inhuuropdracht.' }]));

  it('proposes a request from a bare list of requirements, without inventing a title', () => {
    const { request, warnings } = parsePosting('Eisen\n- Minimaal 3 jaar ervaring als jurist.\n- Uurtarief maximaal € 90,- excl. btw.');
    expect(request.title).toBe('');
    expect(request.knockOuts.map((k) => k.rule)).toEqual([undefined, { kind: 'max-rate', max: 90 }]);
    expect(request.maxRate).toBe(90);
    expect(warnings).toContainEqual({ code: 'title-missing', field: 'title', message: 'Titel: niet gevonden; vul zelf een titel in.' });
  });
});
