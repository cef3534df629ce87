// Shortlist size, interview size and tie-break from the running text.
import { describe, expect, it } from 'vitest';
import { findSelection, findTieBreak } from '../../../src/core/posting/selection';

describe('findSelection', () => {
  it.each([
    ['De 5 kandidaten die het beste scoren op bovengenoemde criteria worden geselecteerd voor stap 3.', 5],
    ['De vijf hoogst scorende kandidaten worden voorgelegd aan de opdrachtgever.', 5],
    ['De tien kandidaten met de hoogste score worden voorgelegd.', 10],
    ['Stap 2: Selectie 5 cv’s die aan de organisatie worden voorgelegd', 5],
    ['Maximaal 3 kandidaten worden aangeboden aan de opdrachtgever.', 3],
    ['The 5 candidates with the highest score are forwarded to the client.', 5],
    ['The top 8 candidates are presented to the client.', 8],
  ])('reads the shortlist size from "%s"', (text, size) => expect(findSelection(text).shortlistSize).toBe(size));

  it.each([
    ['De beste 3 kandidaten worden uitgenodigd voor een gesprek.', 3],
    ['De beste drie kandidaten worden uitgenodigd voor een gesprek.', 3],
    ['The best 2 candidates will be invited for an interview.', 2],
  ])('reads the interview size from "%s"', (text, size) => {
    const found = findSelection(text);
    expect(found.interviewSize).toBe(size);
    expect(found.shortlistSize).toBeUndefined();
  });

  it('warns when candidates are invited to an interview but the text says not how many', () =>
    expect(findSelection('De beste kandidaten worden uitgenodigd voor een gesprek.')).toMatchObject({
      warnings: [{ code: 'interview-size-missing', field: 'interviewSize' }],
    }));

  it('reads no shortlist from a limit per supplier', () =>
    expect(findSelection(['Per leverancier mogen maximaal 2 kandidaten worden aangeboden.', 'De zeven kandidaten met de hoogste score worden voorgelegd.'])).toEqual({
      shortlistSize: 7,
      shortlistSentence: 'De zeven kandidaten met de hoogste score worden voorgelegd.',
      warnings: [],
    }));

  it.each([
    ['Het selectiegesprek wordt gevoerd met minimaal twee vertegenwoordigers van de organisatie.'],
    ['Een gesprek met de kandidaat volgt.'],
  ])('reads no size from "%s"', (text) => expect(findSelection(text)).toEqual({ warnings: [] }));

  it('keeps the first shortlist size and warns when the text gives two', () => {
    const found = findSelection('De 5 kandidaten die het beste scoren worden voorgelegd. Daarna worden de 10 kandidaten met de hoogste score geselecteerd.');
    expect(found.shortlistSize).toBe(5);
    expect(found.warnings).toEqual([
      {
        code: 'shortlist-conflict',
        field: 'shortlistSize',
        params: { size: 5, other: 10 },
        message: 'Shortlistgrootte: de tekst noemt 5 en 10; 5 aangenomen, controleer dit.',
      },
    ]);
  });
});

describe('findTieBreak', () => {
  it.each([
    ['Bij een gelijke score is het uurtarief doorslaggevend.'],
    ['Bij gelijke score geeft het laagste uurtarief de doorslag.'],
    ['Bij een gelijke eindscore is het laagste uurtarief bepalend.'],
    ['Bij een gelijke score wordt gekozen voor de kandidaat met het laagste uurtarief.'],
    ['In case of an equal score, the lowest hourly rate is decisive.'],
    ['The lower hourly rate wins in case of a tie.'],
  ])('reads "%s" as lowest-rate, without a warning', (text) => expect(findTieBreak(text)).toEqual({ tieBreak: 'lowest-rate' }));

  it('reads ties by lot as none, with a warning', () =>
    expect(findTieBreak('Bij een gelijke score wordt geloot.')).toMatchObject({ tieBreak: 'none', warning: { code: 'tie-by-lot', field: 'tieBreak' } }));

  it('falls back to none with a warning when the text gives no rule', () =>
    expect(findTieBreak('De opdracht wordt gegund aan de beste kandidaat.')).toEqual({
      tieBreak: 'none',
      warning: {
        code: 'tie-missing',
        field: 'tieBreak',
        message: "Bij gelijke score: geen regel gevonden in de tekst; 'geen' aangenomen, controleer dit.",
      },
    }));
});
