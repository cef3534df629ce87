// The rate cap always eliminates (PRODUCT §7), and disagreements about it are warned about.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';

const posting = (header: string, requirements: string) =>
  parsePosting(`Adviseur\n\nAanvraagnummer 1\n${header}\n\nEisen\n${requirements}\n\nWensen\n- Ervaring (100 punten)`);

describe('the max-rate knock-out', () => {
  it('is not added twice when a listed knock-out states the cap', () => {
    const { request, warnings } = posting('Maximaal uurtarief € 90', '- Ervaring met X.\n- Uurtarief maximaal € 90,- excl. btw.');
    expect(request.knockOuts.filter((k) => k.rule?.kind === 'max-rate')).toHaveLength(1);
    expect(warnings.filter((w) => w.field === 'maxRate' || w.field?.startsWith('knockOuts'))).toEqual([]);
  });

  it('keeps the header value as maxRate and warns when a knock-out states another cap', () => {
    const { request, warnings } = posting('Maximaal uurtarief € 90', '- Uurtarief maximaal € 95,- excl. btw.');
    expect(request.maxRate).toBe(90);
    expect(request.knockOuts[0]?.rule).toEqual({ kind: 'max-rate', max: 95 });
    expect(warnings).toContainEqual({
      code: 'rate-conflict',
      field: 'maxRate',
      params: { label: 'Maximaal uurtarief', max: 90, knockOut: 1, knockOutMax: 95 },
      message: "Maximaal uurtarief: 'Maximaal uurtarief' zegt € 90, knock-out 1 zegt € 95; controleer dit.",
    });
  });

  it('reads a header rate without "maximaal" as the cap, with a warning', () => {
    const { request, warnings } = posting('Uurtarief € 85 excl. btw', '- Ervaring met X.');
    expect(request.maxRate).toBe(85);
    expect(request.knockOuts[1]).toMatchObject({ id: 'ko2', text: 'Uurtarief maximaal € 85', rule: { kind: 'max-rate', max: 85 } });
    expect(warnings).toContainEqual({
      code: 'rate-not-called-maximum',
      field: 'maxRate',
      params: { label: 'Uurtarief', text: '€ 85 excl. btw', max: 85 },
      message: "Maximaal uurtarief: 'Uurtarief € 85 excl. btw' zegt niet 'maximaal'; € 85 als maximum aangenomen, controleer dit.",
    });
  });

  it('reads what the rate includes from the header value', () =>
    expect(posting('Maximaal uurtarief: € 100 inclusief reiskosten en fee', '- Ervaring met X.').request.maxRateIncludes).toEqual([
      'reiskosten', 'fee',
    ]));
});

describe('the minimum hours rule', () => {
  it('is carried by the knock-out that states it, and the header hours stay separate', () => {
    const { request } = posting('Uren per week 24 uur', '- Beschikbaar voor minimaal 16 uur per week.');
    expect(request.hoursPerWeek).toBe(24);
    expect(request.knockOuts[0]?.rule).toEqual({ kind: 'min-hours', min: 16 });
  });
});
