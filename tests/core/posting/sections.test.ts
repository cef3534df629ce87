// Finding sections by their headings.
import { describe, expect, it } from 'vitest';
import { findSections, headingOf } from '../../../src/core/posting/sections';
import { toLines } from '../../../src/core/posting/text';

describe('headingOf', () => {
  it.each([
    ['Vereisten / knock-outcriteria', 'knockouts'],
    ['Knock-outcriteria', 'knockouts'],
    ['Eisen', 'knockouts'],
    ['Eisen:', 'knockouts'],
    ['Minimumeisen', 'knockouts'],
    ['Requirements', 'knockouts'],
    ['Must haves', 'knockouts'],
    ['Selectiecriteria te beoordelen door Flextender  (weging, totaal 100 punten)', 'criteria'],
    ['Gunningscriteria', 'criteria'],
    ['Wensen', 'criteria'],
    ['Award criteria', 'criteria'],
    ['Competenties', 'competencies'],
    ['Competencies', 'competencies'],
    ['CV-eisen', 'offer'],
    ['Offerte-eisen', 'offer'],
    ['Submission requirements', 'offer'],
    ['Fee Flextender', 'fee'],
    ['Benodigd aantal professionals', 'professionals'],
    ['Organisatie', 'organisation'],
    ['About the organisation', 'organisation'],
    ['Opdracht:', 'other'],
    ['Beoordeling', 'other'],
    ['Stap 2: Selectie 5 cv’s die aan de organisatie worden voorgelegd', 'other'],
    ['## Gunningscriteria', 'criteria'],
    ['**Eisen**', 'knockouts'],
  ])('"%s" is a %s heading', (line, kind) => expect(headingOf(line)?.kind).toBe(kind));

  it.each([
    ['Planning en organiseren'],
    ['werkzaamheden'],
    ['- Competenties'],
    ['1. Eisen'],
    ['Opdrachtgever: Gemeente Assen'],
    ['Competenties worden getoetst in het gesprek.'],
    ['“Flextender beoordeelt de cv’s op de Vereisten / Knock-outcriteria in het profiel.'],
    ['Eisenhower'],
    ['Aanvraagnummer\t30601'],
  ])('"%s" is no heading', (line) => expect(headingOf(line)).toBeUndefined());

  it('keeps the text after a colon on the heading line', () =>
    expect(headingOf('Competenties: Zelfstandig, Flexibel')).toEqual({ kind: 'competencies', rest: 'Zelfstandig, Flexibel' }));
});

describe('findSections', () => {
  it('runs each section to the next heading, with a preamble before the first', () => {
    const sections = findSections(toLines('Titel\nEisen\n- a\nWensen\n- b (10 punten)\nPlanning\nTekst'));
    expect(sections.map((s) => [s.kind, s.lines.map((l) => l.text).filter((t) => t !== '')])).toEqual([
      ['preamble', ['Titel']],
      ['knockouts', ['- a']],
      ['criteria', ['- b (10 punten)']],
      ['other', ['Tekst']],
    ]);
  });
});
