import { describe, expect, it } from 'vitest';
import { guessTarget, mapColumns, parseCandidatesCsv, type MappingTarget } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const f = (field: string) => ({ kind: 'field', field });

describe('header synonyms', () => {
  it.each([
    ['Naam', 'name'], ['Name', 'name'], ['Volledige naam', 'name'], ['Kandidaat', 'name'], ['Candidate', 'name'], ['  NAAM ', 'name'],
    ['E-mail', 'email'], ['Email', 'email'], ['Mail', 'email'], ['E-mailadres', 'email'], ['e_mail', 'email'],
    ['Telefoon', 'phone'], ['Telefoonnummer', 'phone'], ['Tel', 'phone'], ['Tel.', 'phone'], ['Phone', 'phone'], ['Mobiel', 'phone'],
    ['Uurtarief', 'hourlyRate'], ['Tarief', 'hourlyRate'], ['Rate', 'hourlyRate'], ['Hourly rate', 'hourlyRate'],
    ['Tarief per uur', 'hourlyRate'], ['Uurtarief (€)', 'hourlyRate'], ['Uurtarief (excl. btw)', 'hourlyRate'],
    ['Uren per week', 'hoursPerWeek'], ['Uren', 'hoursPerWeek'], ['Beschikbaarheid', 'hoursPerWeek'], ['Hours', 'hoursPerWeek'],
    ['Hours per week', 'hoursPerWeek'], ['Beschikbaar (uur/week)', 'hoursPerWeek'], ['uren-per-week', 'hoursPerWeek'],
    ['Leverancier', 'supplier'], ['Supplier', 'supplier'], ['Bureau', 'supplier'],
    ['Opleiding', 'education'], ['Education', 'education'], ['Opleidingsniveau', 'education'], ['OPLEIDÍNG', 'education'],
  ])('%j → %s', (header, field) => {
    expect(guessTarget(header)).toEqual(f(field));
  });

  it.each(['BSN', 'Geboortedatum', 'Date of birth', 'IBAN', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'Rang', 'Totaal', ''])(
    'leaves %j unmapped',
    (header) => expect(guessTarget(header, csvRequest())).toBeNull(),
  );
});

describe("columns named after the request's knock-outs and criteria", () => {
  const request = csvRequest();
  it.each<[string, MappingTarget]>([
    ['k-hbo', { kind: 'knockOut', id: 'k-hbo' }],
    ['c-com', { kind: 'score', id: 'c-com' }],
    ['HBO werk- en denkniveau', { kind: 'knockOut', id: 'k-hbo' }],
    ['hbo werk en denkniveau', { kind: 'knockOut', id: 'k-hbo' }],
    ['Kennis van BAG en WOZ', { kind: 'score', id: 'c-bag' }],
    ['K1', { kind: 'knockOut', id: 'k-hbo' }],
    ['k2', { kind: 'knockOut', id: 'k-rate' }],
    ['G3', { kind: 'score', id: 'c-com' }],
    ['K1 HBO werk- en denkniveau', { kind: 'knockOut', id: 'k-hbo' }],
    ['K2 Maximaal uurtarief € 75 excl. btw', { kind: 'knockOut', id: 'k-rate' }],
    ['G1 Ervaring met SOR-implementaties (max 30)', { kind: 'score', id: 'c-exp' }],
    ['G2 Kennis van BAG en WOZ (max 40)', { kind: 'score', id: 'c-bag' }],
    ['G2 toelichting', { kind: 'note', id: 'c-bag' }],
    ['g1 Toelichting', { kind: 'note', id: 'c-exp' }],
    // The request was reordered after the export: the text wins over the position.
    ['G1 Kennis van BAG (max 40)', { kind: 'score', id: 'c-bag' }],
    ['Ervaring met SOR', { kind: 'score', id: 'c-exp' }],
    ['Maximaal uurtarief', { kind: 'knockOut', id: 'k-rate' }],
    ['Communicatie (max 30)', { kind: 'score', id: 'c-com' }],
  ])('%j → %j', (header, target) => {
    expect(guessTarget(header, request)).toEqual(target);
  });

  it('keeps a synonym before a prefix of a criterion text', () => {
    const r = csvRequest({ knockOuts: [{ id: 'k', text: 'Uurtarief maximaal € 75' }] });
    expect(guessTarget('Uurtarief', r)).toEqual(f('hourlyRate'));
  });

  it('maps nothing by a prefix shorter than four characters or shared by two items', () => {
    const r = csvRequest({ criteria: [{ id: 'a', text: 'Kennis van A', maxPoints: 50 }, { id: 'b', text: 'Kennis van B', maxPoints: 50 }] });
    expect(guessTarget('Kennis', r)).toBeNull();
    expect(guessTarget('Ken', r)).toBeNull();
  });

  it('ignores knock-out and criterion columns when there is no request', () => {
    expect(guessTarget('K1')).toBeNull();
    expect(guessTarget('G1 toelichting')).toBeNull();
  });

  it('ignores a code past the end of the request', () => {
    expect(guessTarget('K9', request)).toBeNull();
  });
});

describe('what happens to every column', () => {
  it('reports mapped, ignored, duplicate and empty-header columns', () => {
    const { columns, warnings } = mapColumns(['Naam', 'BSN', '', 'Name', 'Mail'], undefined, undefined, 1);
    expect(columns.map((c) => c.status)).toEqual(['mapped', 'ignored', 'empty-header', 'duplicate', 'mapped']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'duplicate-column', line: 1, column: 'Name' });
    expect(warnings[0]?.message).toContain('kolom 1');
  });

  it("lets the user's mapping win, and moves an automatic column that loses its target aside", () => {
    const { columns } = mapColumns(['Naam', 'Roepnaam', 'BSN'], undefined, { 1: { kind: 'field', field: 'name' }, 2: null }, 1);
    expect(columns.map((c) => [c.status, c.source])).toEqual([['duplicate', 'auto'], ['mapped', 'user'], ['ignored', 'user']]);
  });

  it("refuses a user mapping to a criterion the request doesn't have", () => {
    const { columns, warnings } = mapColumns(['Naam', 'X'], csvRequest(), { 1: { kind: 'score', id: 'nope' } }, 1);
    expect(columns[1]?.status).toBe('ignored');
    expect(warnings.map((w) => w.code)).toEqual(['invalid-mapping']);
  });

  it('reads a file through the user mapping by column index', () => {
    const r = parseCandidatesCsv('Wie;Wat;Kosten\nJan;x;75\n', csvRequest(), {
      mapping: { 0: { kind: 'field', field: 'name' }, 2: { kind: 'field', field: 'hourlyRate' }, 1: { kind: 'knockOut', id: 'k-hbo' } },
    });
    expect(r.errors.map((e) => e.code)).toEqual(['invalid-knockout-value']);
    const ok = parseCandidatesCsv('Wie;Wat;Kosten\nJan;ja;75\n', csvRequest(), {
      mapping: { 0: { kind: 'field', field: 'name' }, 2: { kind: 'field', field: 'hourlyRate' }, 1: { kind: 'knockOut', id: 'k-hbo' } },
    });
    expect(ok.rows[0]).toMatchObject({ candidate: { name: 'Jan', hourlyRate: 75 }, knockOuts: { 'k-hbo': 'pass' } });
  });

  it('survives headers that are names of Object.prototype members, even as targets of knock-outs', () => {
    const r = parseCandidatesCsv(
      'Naam;__proto__;constructor;hasOwnProperty\nJan;ja;nee;1\n',
      csvRequest({ knockOuts: [{ id: '__proto__', text: 'Proto' }, { id: 'constructor', text: 'Ctor' }, { id: 'hasOwnProperty', text: 'Own' }] }),
    );
    expect(r.errors).toEqual([]);
    const row = r.rows[0];
    expect(row?.knockOuts).toEqual(Object.fromEntries([['__proto__', 'pass'], ['constructor', 'fail'], ['hasOwnProperty', 'pass']]));
    expect(Object.getPrototypeOf(row?.knockOuts)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(row?.knockOuts, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
  });
});
