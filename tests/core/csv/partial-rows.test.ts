// PRODUCT §5: a row whose only problems are unreadable optional cells ("20-24" hours, "n.v.t." as
// a rate, an unreadable score or knock-out) can be imported with those cells left empty; the
// parser offers such a row with its cells emptied and marked, and still lists it as refused.
// Name, structure, quote, length and range errors keep blocking. Unlikely values are flagged.
import { describe, expect, it } from 'vitest';
import { parseCandidatesCsv, type MappingTarget } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const request = csvRequest();
const header = 'Naam;E-mail;Uurtarief;Uren per week;K1;G1;G2';
const parse = (...lines: string[]) => parseCandidatesCsv([header, ...lines].join('\n') + '\n', request);

describe('rows whose only problems are unreadable optional cells', () => {
  it.each<[string, string, string, MappingTarget]>([
    ['"20-24" as hours', 'Anna;anna@x.nl;70;20-24;ja;10;20', 'Uren per week', { kind: 'field', field: 'hoursPerWeek' }],
    ['"n.v.t." as a rate', 'Anna;anna@x.nl;n.v.t.;32;ja;10;20', 'Uurtarief', { kind: 'field', field: 'hourlyRate' }],
    ['an unreadable score', 'Anna;anna@x.nl;70;32;ja;tien;20', 'G1', { kind: 'score', id: 'c-exp' }],
    ['an unreadable knock-out value', 'Anna;anna@x.nl;70;32;misschien;10;20', 'K1', { kind: 'knockOut', id: 'k-hbo' }],
  ])('offers a row with %s, that cell left empty and marked', (_, line, column, target) => {
    const result = parse(line);
    expect(result.rows).toEqual([]);
    expect(result.partialRows).toHaveLength(1);
    const row = result.partialRows[0]!;
    expect(row.emptied).toEqual([expect.objectContaining({ line: 2, column, target, code: expect.any(String) })]);
    // The other cells are read as they were.
    expect(row.candidate).toMatchObject({ name: 'Anna', email: 'anna@x.nl' });
    const values = { ...row.candidate, ...row.scores, ...row.knockOuts } as Record<string, unknown>;
    const emptiedKey = target.kind === 'field' ? target.field : target.id;
    expect(values[emptiedKey as string]).toBeUndefined();
  });

  it('keeps listing the row as refused, so a caller that ignores partial rows never imports it', () => {
    const result = parse('Anna;anna@x.nl;n.v.t.;20-24;ja;10;20', 'Bram;bram@x.nl;70;32;ja;10;20');
    expect(result.rows.map((r) => r.candidate.name)).toEqual(['Bram']);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'Uurtarief', 'not-a-number'],
      [2, 'Uren per week', 'not-a-number'],
    ]);
    expect(result.rejectedLines).toEqual([2]);
    expect(result.partialRows[0]?.emptied?.map((c) => c.column)).toEqual(['Uurtarief', 'Uren per week']);
    expect(result.partialRows[0]?.emptied?.[0]?.params).toMatchObject({ text: 'n.v.t.' });
  });

  it.each([
    ['the name is missing', ';anna@x.nl;n.v.t.;32;ja;10;20'],
    ['a score is above its maximum', 'Anna;anna@x.nl;n.v.t.;32;ja;31;20'],
    ['a rate is negative', 'Anna;anna@x.nl;-5;20-24;ja;10;20'],
    ['the hours are impossible', 'Anna;anna@x.nl;n.v.t.;200;ja;10;20'],
    ['a score has three decimals', 'Anna;anna@x.nl;n.v.t.;32;ja;7,555;20'],
    ['the name is too long', `${'n'.repeat(201)};anna@x.nl;n.v.t.;32;ja;10;20`],
    ['the row has too many cells', 'Anna;anna@x.nl;n.v.t.;32;ja;10;20;extra'],
  ])('blocks the row when, beside an unreadable cell, %s', (_, line) => {
    const result = parse(line);
    expect(result.partialRows).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(result.rejectedLines).toEqual([2]);
  });

  it('blocks a row with an unterminated quote, whatever else it holds', () => {
    const result = parse('"Anna;anna@x.nl;n.v.t.;32;ja;10;20');
    expect(result.partialRows).toEqual([]);
    expect(result.errors[0]?.code).toBe('unterminated-quote');
  });
});

describe('field length limits (PRODUCT §4) on import', () => {
  it.each([
    ['a name of 201 characters', 'Naam', `${'n'.repeat(201)};;;`, 200],
    ['a supplier of 501 characters', 'Leverancier', `Anna;${'l'.repeat(501)};;`, 500],
    ['an e-mail of 501 characters', 'E-mail', `Anna;;${'e'.repeat(501)};`, 500],
    ['a note of 5 001 characters', 'G1 toelichting', `Anna;;;${'t'.repeat(5001)}`, 5000],
  ])('refuses %s, naming its line and column', (_, column, line, max) => {
    const result = parseCandidatesCsv(`Naam;Leverancier;E-mail;G1 toelichting\n${line}\n`, request);
    expect(result.rows).toEqual([]);
    expect(result.partialRows).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'too-long', line: 2, column, params: expect.objectContaining({ max }) })]);
    expect(result.errors[0]?.message).toMatch(new RegExp(`^Regel 2, kolom "${column}": .* tekens lang; de grens is ${max.toLocaleString('nl-NL')} tekens\\.$`));
  });

  it('accepts texts exactly at the limit', () => {
    const result = parseCandidatesCsv(`Naam;Leverancier;G1 toelichting\n${'n'.repeat(200)};${'l'.repeat(500)};${'t'.repeat(5000)}\n`, request);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});

describe('unlikely values on import', () => {
  it('flags a rate that reads as € 1.250 per hour beside its line and column, and still reads it', () => {
    const result = parse('Anna;anna@x.nl;€ 1.250,00;32;ja;10;20');
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.candidate.hourlyRate).toBe(1250);
    expect(result.rows[0]?.flags).toEqual([
      expect.objectContaining({ code: 'implausible-rate', field: 'hourlyRate', line: 2, column: 'Uurtarief', params: { value: 1250, min: 15, max: 400 } }),
    ]);
    expect(result.rows[0]?.flags?.[0]?.message.replace(/\u00a0/g, ' ')).toBe(
      'Regel 2, kolom "Uurtarief": Een uurtarief van € 1.250,00 is ongebruikelijk (meestal € 15,00 tot € 400,00); kijk of het goed gelezen is.',
    );
  });

  it('flags more than 60 hours a week, names the column the file used, and leaves plausible rows unflagged', () => {
    const result = parseCandidatesCsv('Naam;Beschikbaarheid\nAnna;72\nBram;60\n', request);
    expect(result.rows[0]?.flags).toEqual([expect.objectContaining({ code: 'implausible-hours', column: 'Beschikbaarheid', line: 2 })]);
    expect(result.rows[1]?.flags).toBeUndefined();
  });

  it('flags a partial row too', () => {
    const result = parse('Anna;anna@x.nl;5;20-24;ja;10;20');
    expect(result.partialRows[0]?.flags?.map((f) => f.code)).toEqual(['implausible-rate']);
  });
});
