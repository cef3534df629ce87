// Points notations for selection criteria.
import { describe, expect, it } from 'vitest';
import { extractPoints, isPointsOnly } from '../../../src/core/posting/points';

describe('extractPoints', () => {
  it.each([
    ['Ervaring met BAG (20 punten)', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG (20 punten);', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG (15 punten).', 15, 'Ervaring met BAG'],
    ['Ervaring met BAG 20 pnt', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG – 20 pnt', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG (max. 20 punten)', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG max. 20 punten', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG, maximaal 20 punten', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG (weging 20%)', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG – weging 20%', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG, weging: 25%', 25, 'Ervaring met BAG'],
    ['Ervaring met BAG (20%)', 20, 'Ervaring met BAG'],
    ['Ervaring met BAG 20%', 20, 'Ervaring met BAG'],
    ['Experience with BAG (40 points)', 40, 'Experience with BAG'],
    ['Experience with BAG, weight 40', 40, 'Experience with BAG'],
    ['Ervaring met BAG (7,5 punten)', 7.5, 'Ervaring met BAG'],
    ['Een lange zin. Onder de werkervaring wordt vermeld waar (15 punten);', 15, 'Een lange zin. Onder de werkervaring wordt vermeld waar'],
    ['Begeleiden van testen (GAT/UAT) (15 punten);', 15, 'Begeleiden van testen (GAT/UAT)'],
  ])('reads "%s" as %d points', (text, points, rest) =>
    expect(extractPoints(text)).toEqual(text.includes('%') ? { points, percent: true, text: rest } : { points, text: rest }));

  it.each([
    ['Minimaal 2 jaar ervaring'],
    ['Ervaring (3 jaar) met BAG'],
    ['Maximaal 5 pagina’s'],
    ['Voor 50% van de tijd op locatie in Assen'],
    ['Ervaring met Windows 10'],
    ['Ervaring met BAG (0 punten)'],
  ])('reads no points in "%s"', (text) => expect(extractPoints(text)).toBeUndefined());

  it('takes the rightmost notation when a text holds two', () =>
    expect(extractPoints('Ervaring, waarvan maximaal 50% extern (20 punten)')?.points).toBe(20));
});

describe('isPointsOnly', () => {
  it.each([['20 punten'], ['(20 punten)'], ['max. 35 punten'], ['25 pnt'], ['Weging: 20%'], ['(weging 20%)']])(
    '"%s" is a weight on its own line',
    (line) => expect(isPointsOnly(line)).toBe(true),
  );
  it.each([['Ervaring met BAG (20 punten)'], ['20'], ['Minimaal 20 uur']])('"%s" is not', (line) =>
    expect(isPointsOnly(line)).toBe(false));
});
