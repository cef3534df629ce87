// PRODUCT §5: a column that is not mapped but looks like a known field ("Tarief excl. btw",
// "Uren p/w", "Eis 1", "Wens 2") is named with what it might be; it is still not read.
import { describe, expect, it } from 'vitest';
import { lookAlike, mapColumns, parseCandidatesCsv, type MappingTarget } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const request = csvRequest();
const free = () => true;
const field = (f: string): MappingTarget => ({ kind: 'field', field: f } as MappingTarget);

describe('what an unmapped header looks like', () => {
  it.each<[string, MappingTarget]>([
    ['Tarief excl. btw', field('hourlyRate')],
    ['Tarief incl. reiskosten', field('hourlyRate')],
    ['Prijs per uur', field('hourlyRate')],
    ['Uurloon', field('hourlyRate')],
    ['Rate excl. VAT', field('hourlyRate')],
    ['Uren p/w', field('hoursPerWeek')],
    ['Uur/week', field('hoursPerWeek')],
    ['Inzetbaarheid per week', field('hoursPerWeek')],
    ['Hours available', field('hoursPerWeek')],
    ['Mailadres kandidaat', field('email')],
    ['Tel. mobiel', field('phone')],
    ['Telefoon (werk)', field('phone')],
    ['Naam leverancier', field('supplier')],
    ['Bedrijfsnaam', field('supplier')],
    ['Hoogst genoten opleiding', field('education')],
    ['Voornaam + achternaam', field('name')],
    ['Eis 1', { kind: 'knockOut', id: 'k-hbo' }],
    ['Eis 2', { kind: 'knockOut', id: 'k-rate' }],
    ['E2', { kind: 'knockOut', id: 'k-rate' }],
    ['KO 1', { kind: 'knockOut', id: 'k-hbo' }],
    ['Knock-out 2', { kind: 'knockOut', id: 'k-rate' }],
    ['Vereiste 1', { kind: 'knockOut', id: 'k-hbo' }],
    ['Wens 2', { kind: 'score', id: 'c-bag' }],
    ['W3', { kind: 'score', id: 'c-com' }],
    ['Gunningscriterium 1', { kind: 'score', id: 'c-exp' }],
    ['Criterium nr. 3', { kind: 'score', id: 'c-com' }],
    ['Toelichting wens 2', { kind: 'note', id: 'c-bag' }],
    ['Wens 1 onderbouwing', { kind: 'note', id: 'c-exp' }],
  ])('%j looks like %j', (header, target) => {
    expect(lookAlike(header, request, free)).toEqual(target);
  });

  it.each(['BSN', 'Geboortedatum', 'Woonplaats', 'Duur', 'Beschikbaar vanaf', 'Startdatum', 'LinkedIn', 'Rijbewijs', 'IBAN', '', '   '])(
    '%j looks like nothing',
    (header) => expect(lookAlike(header, request, free)).toBeNull(),
  );

  it('suggests no knock-out or criterion past the end of the request, nor any without a request', () => {
    expect(lookAlike('Eis 3', request, free)).toBeNull();
    expect(lookAlike('Wens 4', request, free)).toBeNull();
    expect(lookAlike('Toelichting wens 9', request, free)).toBeNull();
    expect(lookAlike('Eis 1', undefined, free)).toBeNull();
    expect(lookAlike('Wens 1', undefined, free)).toBeNull();
  });

  it('suggests nothing that another column fills already', () => {
    const taken = (t: MappingTarget) => !(t.kind === 'field' && t.field === 'supplier');
    expect(lookAlike('Kenmerk leverancier', request, taken)).toBeNull();
    const koTaken = (t: MappingTarget) => t.kind !== 'knockOut';
    expect(lookAlike('Eis 1', request, koTaken)).toBeNull();
  });

  it('reads "Prijs per uur" as a rate before hours, and a date as no hours', () => {
    expect(lookAlike('Prijs per uur', request, free)).toEqual(field('hourlyRate'));
    expect(lookAlike('Uren vanaf datum', request, free)).toBeNull();
  });
});

describe('look-alike columns in the mapping', () => {
  const headers = ['Naam', 'Tarief excl. btw', 'Uren p/w', 'Eis 1', 'Wens 2', 'BSN', 'Tarief incl. btw'];

  it('names each one with what it might be, and leaves it unread', () => {
    const { columns, warnings } = mapColumns(headers, request, undefined, 1);
    expect(columns.map((c) => [c.status, c.note?.code ?? null])).toEqual([
      ['mapped', null],
      ['ignored', 'look-alike'],
      ['ignored', 'look-alike'],
      ['ignored', 'look-alike'],
      ['ignored', 'look-alike'],
      ['ignored', 'unmapped'],
      // The rate is suggested once: the first column that looks like it has it.
      ['ignored', 'unmapped'],
    ]);
    expect(columns[1]).toMatchObject({
      target: null,
      note: { code: 'look-alike', target: field('hourlyRate') },
      message: 'Niet gekoppeld; lijkt op Uurtarief. Kies dat hiernaast om deze kolom in te lezen.',
    });
    expect(columns[3]?.message).toBe('Niet gekoppeld; lijkt op knock-out K1. Kies dat hiernaast om deze kolom in te lezen.');
    expect(columns[4]?.message).toBe('Niet gekoppeld; lijkt op criterium G2. Kies dat hiernaast om deze kolom in te lezen.');
    expect(warnings).toEqual([]);
  });

  it('does not suggest a field that a later column maps', () => {
    const { columns } = mapColumns(['Naam', 'Tarief excl. btw', 'Uurtarief'], request, undefined, 1);
    expect(columns[1]?.note).toEqual({ code: 'unmapped' });
  });

  it('reads nothing of a look-alike column until the user maps it, then reads it like any other', () => {
    const csv = 'Naam;Tarief excl. btw;Uren p/w;Wens 2\nAnna;€ 72,50;32;30\n';
    const before = parseCandidatesCsv(csv, request);
    expect(before.rows[0]).toMatchObject({ candidate: { name: 'Anna' }, scores: {} });
    expect(before.rows[0]?.candidate.hourlyRate).toBeUndefined();
    const mapped = parseCandidatesCsv(csv, request, { mapping: { 1: field('hourlyRate'), 2: field('hoursPerWeek'), 3: { kind: 'score', id: 'c-bag' } } });
    expect(mapped.rows[0]).toMatchObject({ candidate: { name: 'Anna', hourlyRate: 72.5, hoursPerWeek: 32 }, scores: { 'c-bag': 30 } });
    expect(mapped.columns.map((c) => c.status)).toEqual(['mapped', 'mapped', 'mapped', 'mapped']);
  });

  it('makes no suggestion for a column the user switched off, a derived one or one without a header', () => {
    const { columns } = mapColumns(['Naam', 'Tarief excl. btw', 'Totaal', ''], request, { 1: null }, 1);
    expect(columns.map((c) => c.note?.code ?? null)).toEqual([null, 'switched-off', 'derived', 'no-header']);
  });
});
