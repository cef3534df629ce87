// Knock-outs, criteria, competencies and offer requirements from their sections.
import { describe, expect, it } from 'vitest';
import type { PostingWarning } from '../../../src/core/model';
import { competenciesOf, criteriaOf, knockOutsOf, offerRequirementsOf } from '../../../src/core/posting/lists';
import { toLines } from '../../../src/core/posting/text';

describe('criteriaOf', () => {
  it('gives a criterion without points 0 points and a warning, never a guess', () => {
    const warnings: PostingWarning[] = [];
    expect(criteriaOf(toLines('- Ervaring met aanbesteden\n- Ervaring met contracten (100 punten)'), warnings)).toEqual([
      { id: 'cr1', text: 'Ervaring met aanbesteden', maxPoints: 0 },
      { id: 'cr2', text: 'Ervaring met contracten', maxPoints: 100 },
    ]);
    expect(warnings).toEqual([
      {
        code: 'criterion-no-points',
        field: 'criteria.cr1',
        params: { position: 1, text: 'Ervaring met aanbesteden' },
        message: 'Gunningscriterium 1 ("Ervaring met aanbesteden"): geen punten gevonden; vul het maximum zelf in.',
      },
    ]);
  });

  it('warns when the points add up to more than 100', () => {
    const warnings: PostingWarning[] = [];
    criteriaOf(toLines('1. A (60 punten)\n2. B (60 punten)'), warnings);
    expect(warnings).toEqual([
      { code: 'points-total', field: 'criteria', params: { total: 120 }, message: 'Gunningscriteria: de punten tellen op tot 120 in plaats van 100.' },
    ]);
  });

  it('gives no criteria and no warning for an empty section', () => {
    const warnings: PostingWarning[] = [];
    expect(criteriaOf([], warnings)).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('knockOutsOf', () => {
  it('reads each section of a repeated heading as its own list, so a paragraph ending one does not end the next', () =>
    expect(knockOutsOf([toLines('- Ervaring met A.\n\nDe tekst gaat hierna verder.'), toLines('- Ervaring met B.')]).map((k) => k.text)).toEqual([
      'Ervaring met A',
      'Ervaring met B',
    ]));

  it('numbers ids in text order and recognises rules', () =>
    expect(knockOutsOf(toLines('3. Uurtarief maximaal € 80\n1. Minimaal 24 uur per week beschikbaar'))).toEqual([
      { id: 'ko1', text: 'Uurtarief maximaal € 80', rule: { kind: 'max-rate', max: 80 } },
      { id: 'ko2', text: 'Minimaal 24 uur per week beschikbaar', rule: { kind: 'min-hours', min: 24 } },
    ]));
});

describe('competenciesOf', () => {
  it.each([
    ['- Analytisch sterk: Je denkt in structuren.', { id: 'cp1', name: 'Analytisch sterk', description: 'Je denkt in structuren.' }],
    ['- Verbindend – je brengt partijen samen', { id: 'cp1', name: 'Verbindend', description: 'je brengt partijen samen' }],
    ['- Flexibel', { id: 'cp1', name: 'Flexibel' }],
  ])('reads "%s"', (line, competency) => expect(competenciesOf(toLines(line))).toEqual([competency]));

  it('reads competencies on plain lines', () =>
    expect(competenciesOf(toLines('Zelfstandig\nFlexibel')).map((c) => c.name)).toEqual(['Zelfstandig', 'Flexibel']));
});

describe('offerRequirementsOf', () => {
  it('reads sentences wrapped over lines', () =>
    expect(offerRequirementsOf(toLines('Maximaal 5 pagina’s, in het\n\nNederlands. Twee referenties.'))).toEqual([
      'Maximaal 5 pagina’s, in het Nederlands',
      'Twee referenties',
    ]));
  it('reads list items', () =>
    expect(offerRequirementsOf(toLines('- CV\n- Motivatie'))).toEqual(['CV', 'Motivatie']));
});
