// Splitting list sections into items.
import { describe, expect, it } from 'vitest';
import { splitGlued, splitItems } from '../../../src/core/posting/items';
import { toLines } from '../../../src/core/posting/text';

const split = (text: string, points = false) => splitItems(toLines(text), { points });
const textsOf = (text: string, points = false) => split(text, points).map((i) => i.text);

describe('splitItems', () => {
  it.each([
    ['numbered with a dot', '1. Eerste\n2. Tweede'],
    ['numbered with a bracket', '1) Eerste\n2) Tweede'],
    ['• bullets', '• Eerste\n• Tweede'],
    ['- bullets', '- Eerste\n- Tweede'],
    ['* bullets', '* Eerste\n* Tweede'],
    ['K-codes', 'K1. Eerste\nK2: Tweede'],
    ['G-codes without punctuation', 'G1 Eerste\nG2 Tweede'],
    ['words with numbers', 'Eis 1: Eerste\nEis 2: Tweede'],
    ['letters', 'a. Eerste\nb. Tweede'],
    ['plain lines', 'Eerste\nTweede'],
  ])('splits %s', (_, text) => expect(textsOf(text)).toEqual(['Eerste', 'Tweede']));

  it('splits an item glued to the end of the previous one', () =>
    expect(textsOf('2. Minimaal 1 jaar SOR op het gebied van\nBAG/WOZ4. Minimaal 1 jaar BAG/WOZ\nwerkzaamheden\n3. Het maximale uurtarief')).toEqual([
      'Minimaal 1 jaar SOR op het gebied van BAG/WOZ',
      'Minimaal 1 jaar BAG/WOZ werkzaamheden',
      'Het maximale uurtarief',
    ]));

  it('keeps text order, not numbering order', () =>
    expect(split('9. Negen\n4. Vier\n3. Drie').map((i) => i.marker)).toEqual(['9', '4', '3']));

  it('joins lines wrapped mid-sentence across blank lines', () =>
    expect(textsOf('4. Aantoonbare opleiding in het vakgebied\n\nBAG/WOZ (10 punten)\n\n5. Ervaring bij een\n\ngemeente (30 punten)', true)).toEqual([
      'Aantoonbare opleiding in het vakgebied BAG/WOZ (10 punten)',
      'Ervaring bij een gemeente (30 punten)',
    ]));

  it('ends the list at a paragraph after the items', () =>
    expect(textsOf('1. Eerste (10 punten)\n\nGeef in het cv duidelijk aan in hoeverre u voldoet.\n\n2. Iets anders', true)).toEqual([
      'Eerste (10 punten)',
    ]));

  it('ends a list without points at a full sentence after a finished item', () =>
    expect(textsOf('- Eerste eis.\nDe kandidaten die niet voldoen vallen af.')).toEqual(['Eerste eis.']));

  it('skips an introduction before the first item', () =>
    expect(textsOf('De kandidaat voldoet aan:\n- Eerste\n- Tweede')).toEqual(['Eerste', 'Tweede']));

  it('gives a weight on the line under an item to that item', () =>
    expect(split('1. Ervaring met X\n(max. 20 punten)\n2. Ervaring met Y\n\n25 pnt', true)).toEqual([
      { marker: '1', text: 'Ervaring met X', points: 20 },
      { marker: '2', text: 'Ervaring met Y', points: 25 },
    ]));

  it('reads pipe table rows, skipping the header and rule rows', () =>
    expect(split('| Nr | Criterium | Punten |\n|----|-----|----|\n| 4 | Ervaring met X | 40 |\n| 5 | Ervaring met Y | 60 |', true)).toEqual([
      { marker: '4', text: 'Ervaring met X', points: 40 },
      { marker: '5', text: 'Ervaring met Y', points: 60 },
    ]));

  it('reads tab table rows with percent weights', () =>
    expect(split('Nr\tWens\tWeging\nW1\tErvaring met X\t35%\nW2\tErvaring met Y\t65%', true)).toEqual([
      { marker: 'W1', text: 'Ervaring met X', points: 35, percent: true },
      { marker: 'W2', text: 'Ervaring met Y', points: 65, percent: true },
    ]));

  it('reads no points from the table of a knock-out list', () =>
    expect(split('K1\tMinimaal 3 jaar ervaring\t3')).toEqual([{ marker: 'K1', text: 'Minimaal 3 jaar ervaring' }]));

  it('gives nothing for an empty section', () => expect(split('\n\n')).toEqual([]));
});

describe('splitGlued', () => {
  it('cuts where a number is glued to a word and followed by ". " and a capital', () =>
    expect(splitGlued('BAG/WOZ4. Minimaal 1 jaar')).toEqual({ head: 'BAG/WOZ', items: [{ marker: '4', rest: 'Minimaal 1 jaar' }] }));

  it.each([['Windows 10. Daarna'], ['versie 2.5 van'], ['BAG/WOZ4. minimaal'], ['in 2026. Daarna']])(
    'leaves "%s" whole',
    (text) => expect(splitGlued(text).items).toEqual([]),
  );
});
