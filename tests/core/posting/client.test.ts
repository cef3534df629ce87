// Who the client is, and how sure the parser is of it.
import { describe, expect, it } from 'vitest';
import { findClient, nameAt } from '../../../src/core/posting/client';

describe('nameAt', () => {
  it.each([
    ['Gemeente Westerveld betekent dat', 'Gemeente Westerveld'],
    ['Samenwerkingsorganisatie De Wolden Hoozeveen (SWO) geeft met ruim 900', 'Samenwerkingsorganisatie De Wolden Hoozeveen (SWO)'],
    ['gemeente Alphen aan den Rijn zoekt', 'gemeente Alphen aan den Rijn'],
    ['Provincie Utrecht, afdeling Mobiliteit', 'Provincie Utrecht'],
    ['Rijkswaterstaat is de uitvoeringsorganisatie', 'Rijkswaterstaat'],
  ])('reads the name at the start of "%s"', (text, name) => expect(nameAt(text, false)).toBe(name));

  it.each([['De organisatie is groot'], ['Wij zijn een gemeente'], ['gemeente zoekt'], ['een dynamische organisatie']])(
    'reads no name in "%s"',
    (text) => expect(nameAt(text, false)).toBeUndefined(),
  );
});

describe('findClient', () => {
  it('trusts a header field without a warning', () =>
    expect(findClient({ client: { key: 'client', label: 'Opdrachtgever', value: 'Gemeente Zwolle', line: 0 } }, '', [])).toEqual({
      client: 'Gemeente Zwolle',
    }));

  it('derives the client from "Werken voor de …" and quotes the phrase', () =>
    expect(findClient({}, '', ['Werken voor de Gemeente Westerveld betekent dat je terecht komt in'])).toEqual({
      client: 'Gemeente Westerveld',
      warning: {
        code: 'client-from-phrase',
        field: 'client',
        params: { phrase: 'Werken voor de Gemeente Westerveld', client: 'Gemeente Westerveld' },
        message: "Opdrachtgever: afgeleid uit 'Werken voor de Gemeente Westerveld'; controleer dit.",
      },
    }));

  it('prefers the first sentence under "Organisatie" over a phrase elsewhere', () =>
    expect(findClient({}, 'Provincie Drenthe is een provincie. Meer tekst.', ['Werken voor de Gemeente Assen']).client).toBe(
      'Provincie Drenthe',
    ));

  it('capitalises a lowercase "gemeente"', () =>
    expect(findClient({}, '', ['De opdracht is namens de gemeente Emmen.']).client).toBe('Gemeente Emmen'));

  it('falls back to the first organisation named anywhere, with a warning', () =>
    expect(findClient({}, '', ['Titel', 'De Provincie Groningen zoekt iemand.'])).toEqual({
      client: 'Provincie Groningen',
      warning: {
        code: 'client-first-named',
        field: 'client',
        params: { client: 'Provincie Groningen' },
        message: 'Opdrachtgever: de eerste genoemde organisatie ("Provincie Groningen") aangenomen; controleer dit.',
      },
    }));

  it('leaves the client empty, with a warning, when no organisation is named', () =>
    expect(findClient({}, '', ['Een mooie opdracht.'])).toEqual({
      warning: { code: 'client-missing', field: 'client', message: 'Opdrachtgever: niet gevonden in de tekst; vul het zelf in.' },
    }));
});
