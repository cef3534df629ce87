// The price component of a price-quality award is reported and left out of the criteria.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';
import { isPriceItem, priceInText } from '../../../src/core/posting/price';

describe('isPriceItem', () => {
  it.each([
    ['Prijs: de laagste prijs krijgt 30 punten, overige naar rato'],
    ['Price: the lowest rate gets 20 points, the others pro rata'],
    ['Uurtarief'],
    ['De laagste inschrijving krijgt de maximale score, de overige naar rato'],
  ])('"%s" is the price', (text) => expect(isPriceItem(text)).toBe(true));

  it.each([['Ervaring met prijsonderhandelingen'], ['Prijs-kwaliteitverhouding van eerdere opdrachten'], ['Kwaliteit van het plan van aanpak']])(
    '"%s" is no price',
    (text) => expect(isPriceItem(text)).toBe(false),
  );
});

describe('priceInText', () => {
  it.each([
    ['Kwaliteit weegt 70%, prijs weegt 30%.', { weight: 30, percent: true }],
    ['Weging prijs 30%: de laagste prijs krijgt de maximale score.', { weight: 30, percent: true }],
    ['Price has a weighting of 25%.', { weight: 25, percent: true }],
    ['De prijs telt voor 40 punten.', { weight: 40, percent: false }],
  ])('reads "%s"', (text, price) => expect(priceInText([text])).toEqual(price));

  it('reads nothing from a sentence without a price weight', () =>
    expect(priceInText(['Gunning op basis van de beste prijs-kwaliteitverhouding.'])).toBeUndefined());
});

describe('a price component in a posting', () => {
  const posting = (criteria: string, after = '') =>
    parsePosting(`Adviseur\n\nAanvraagnummer: 1\nUren per week: 8\n\nEisen\n- Ervaring met X.\n\nGunningscriteria\n${criteria}\n\n${after}`);

  it('is left out of the criteria and reported with its points and what the others add up to', () => {
    const { request, warnings } = posting('1. Ervaring met Y (70 punten)\n2. Prijs (30 punten): de laagste prijs krijgt 30 punten, overige naar rato.');
    expect(request.criteria).toMatchObject([{ id: 'cr1', text: 'Ervaring met Y', maxPoints: 70 }]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'price-component', field: 'criteria', params: { points: 30, total: 70 } }));
    expect(warnings.map((w) => w.code)).not.toContain('points-total');
  });

  it('is reported from a paragraph ("weging prijs 30%") when the list holds only quality', () => {
    const { request, warnings } = posting('- Ervaring met Y (weging 70%)', 'Weging prijs 30%: de laagste prijs krijgt de maximale score.');
    expect(request.criteria).toHaveLength(1);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'price-component-percent', params: { percent: 30, total: 70 } }));
  });

  it('still warns about the total when quality and price do not make 100', () =>
    expect(posting('- Ervaring met Y (50 punten)\n- Prijs (30 punten): laagste prijs 30 punten, overige naar rato').warnings).toContainEqual(
      expect.objectContaining({ code: 'points-total', params: { total: 50 } }),
    ));
});

describe('price weights written after a colon', () => {
  it.each([
    ['Prijs: weging 25%. De laagste prijs krijgt de maximale score.', { weight: 25, percent: true }],
    ['Price: weighting 20%.', { weight: 20, percent: true }],
    ['Prijs – 30 punten.', { weight: 30, percent: false }],
  ])('reads "%s"', (text, price) => expect(priceInText([text])).toEqual(price));
});
