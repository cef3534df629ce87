// Rate caps, minimum hours, rate inclusions and the broker's fee.
import { describe, expect, it } from 'vitest';
import { euro, findFee, findMinHours, findRateCap, rateIncludes } from '../../../src/core/posting/rates';

describe('findRateCap', () => {
  it.each([
    ['Het maximale uurtarief bedraagt 75,- excl. btw.', 75],
    ['Uurtarief maximaal € 120,- exclusief btw', 120],
    ['Hourly rate max € 95', 95],
    ['Max. uurtarief: € 92,50', 92.5],
    ['Het uurtarief bedraagt maximaal EUR 1.050,00 per dag', 1050],
    ['Uurtarief niet hoger dan € 105,-', 105],
    ['The hourly rate may not exceed 110 euro', 110],
  ])('reads "%s" as a cap of %d', (text, max) => expect(findRateCap(text)?.max).toBe(max));

  it.each([
    ['Minimaal 1 jaar werkervaring'],
    ['Het uurtarief is vast gedurende de opdracht.'],
    ['Uurtarief € 95'],
    ['Maximaal 40 uur per week tegen het afgesproken tarief'],
  ])('reads no cap in "%s"', (text) => expect(findRateCap(text)).toBeUndefined());

  it('accepts a bare number when the key names the rate', () =>
    expect(findRateCap('95', true)).toEqual({ max: 95, capWord: false }));
});

describe('findMinHours', () => {
  it.each([
    ['Beschikbaar voor minimaal 16 uur per week', 16],
    ['Available for at least 24 hours per week', 24],
    ['Ten minste 32 uur beschikbaar per week', 32],
  ])('reads "%s" as %d', (text, hours) => expect(findMinHours(text)).toBe(hours));

  it.each([['Minimaal 2 jaar ervaring'], ['Beschikbaar voor 16 uur per week']])('reads no minimum in "%s"', (text) =>
    expect(findMinHours(text)).toBeUndefined());
});

describe('rateIncludes', () => {
  it('lists what follows "inclusief" and stops at "exclusief"', () =>
    expect(rateIncludes('€ 120,- exclusief btw, inclusief reiskosten woon-werkverkeer, parkeerkosten én fee Flextender.')).toEqual([
      'reiskosten', 'parkeerkosten', 'fee',
    ]));
  it('reads "incl." before "excl."', () => expect(rateIncludes('€ 110 incl. reiskosten, excl. btw')).toEqual(['reiskosten']));
  it('gives nothing for "excl. btw"', () => expect(rateIncludes('75,- excl. btw.')).toBeUndefined());
});

describe('findFee', () => {
  it.each([
    ['Flextender brengt voor deze opdracht geen fee in rekening bij de winnende leverancier.', true, { kind: 'none' }],
    ['Flextender brengt voor deze opdracht € 2,25 per gewerkt uur in rekening.', true, { kind: 'amount', perHour: 2.25 }],
    ['Voor deze opdracht geldt een fee van € 1,95 per gewerkt uur.', false, { kind: 'amount', perHour: 1.95 }],
    ['De bemiddelaar rekent een fee van 3% over het uurtarief.', false, { kind: 'percent', percent: 3 }],
    ['Er worden geen reiskosten vergoed.', false, undefined],
    ['Het uurtarief is inclusief fee.', false, undefined],
  ] as const)('reads "%s"', (text, inSection, fee) => expect(findFee(text, inSection)).toEqual(fee));
});

describe('euro', () => {
  it.each([[75, '€ 75'], [92.5, '€ 92,50']])('writes %d as "%s"', (amount, text) => expect(euro(amount)).toBe(text));
});
