import { describe, expect, it } from 'vitest';
import { parseCandidatesCsv, readKnockOut } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const one = (header: string, cell: string) => parseCandidatesCsv(`Naam;${header}\nJan;${cell}\n`, csvRequest());

describe('number cells', () => {
  it.each([
    ['75', 75], ['75,50', 75.5], ['€ 75,-', 75], ['€75', 75], ['1.250,00', 1250], ['75.5', 75.5], ['1,250.00', 1250],
    ['"€ 1.250,50"', 1250.5], ['EUR 80', 80], ['0', 0],
  ])('reads the rate %s as %d', (cell, value) => {
    const r = one('Uurtarief', cell);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.candidate.hourlyRate).toBe(value);
  });

  it.each([['32', 32], ['24,5', 24.5], ['32 uur', 32], ['36u', 36], ['16 u/w', 16], ['40 uur per week', 40], ['20 h', 20]])(
    'reads the hours %s as %d',
    (cell, value) => expect(one('Uren per week', cell).rows[0]?.candidate.hoursPerWeek).toBe(value),
  );

  it.each([
    ['Uurtarief', 'zeventig', 'not-a-number', '"zeventig" is geen getal'],
    ['Uurtarief', '75 per uur', 'not-a-number', 'geen getal'],
    ['Uurtarief', '-5', 'negative', 'negatief'],
    ['Uren per week', '16-24', 'not-a-number', 'geen getal'],
    ['Uren per week', '200', 'out-of-range', '0 tot 168'],
  ])('refuses %s %j with a message naming line and column', (header, cell, code, text) => {
    const r = one(header, cell);
    expect(r.rows).toEqual([]);
    // The values come along as params, for a screen in another language.
    expect(r.errors).toEqual([{ code, line: 2, column: header, message: expect.stringContaining(text), params: expect.objectContaining({ text: cell }) }]);
    expect(r.errors[0]?.message).toMatch(new RegExp(`^Regel 2, kolom "${header}": `));
  });

  it('leaves an empty number cell unknown rather than zero', () => {
    expect(one('Uurtarief', '').rows[0]?.candidate).toEqual({ name: 'Jan' });
  });
});

describe('score cells', () => {
  it.each([
    ['7,5', 7.5], ['7.5', 7.5], ['30', 30], ['0', 0], ['', null], ['12,25', 12.25],
  ])('reads %j as %s', (cell, value) => {
    expect(one('G1', cell).rows[0]?.scores).toEqual({ 'c-exp': value });
  });

  it.each([
    ['31', 'score-above-max'], ['-1', 'score-below-zero'], ['7,555', 'too-many-decimals'], ['veel', 'not-a-number'],
    ['3 4', 'not-a-number'], ['7,50000000001', 'too-many-decimals'], ['0,00000000001', 'too-many-decimals'],
  ])('refuses %j (%s) through checkScore', (cell, code) => {
    const r = one('G1', cell);
    expect(r.errors.map((e) => [e.code, e.line, e.column])).toEqual([[code, 2, 'G1']]);
    expect(r.rows).toEqual([]);
  });
});

describe('numbers with spaces and leading zeros', () => {
  it.each([['1 250,50', 1250.5], ['12 500', 12500], ['€ 75', 75], ['75 EUR', 75], ['0.500', 0.5]])('reads the rate %j as %d', (cell, value) => {
    const r = one('Uurtarief', cell);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.candidate.hourlyRate).toBe(value);
  });

  it('refuses the score "3 4" rather than importing 34, naming line and column', () => {
    const r = one('G1', '3 4');
    expect(r.errors).toEqual([{ code: 'not-a-number', line: 2, column: 'G1', message: expect.stringMatching(/^Regel 2, kolom "G1": "3 4" is geen getal/), params: expect.objectContaining({ text: '3 4' }) }]);
    expect(r.rows).toEqual([]);
  });

  it('keeps the Dutch reading of "1,250" and "1.250": the files come from Dutch Excel', () => {
    expect(one('Uurtarief', '1.250').rows[0]?.candidate.hourlyRate).toBe(1250);
    expect(one('Uren per week', '1,250').rows[0]?.candidate.hoursPerWeek).toBe(1.25);
  });
});

describe('knock-out cells', () => {
  it.each([
    ['pass', 'pass'], ['fail', 'fail'], ['unknown', 'unknown'],
    ['ja', 'pass'], ['nee', 'fail'], ['?', 'unknown'], ['Ja', 'pass'], [' NEE ', 'fail'],
    ['✓', 'pass'], ['✗', 'fail'], ['✔', 'pass'], ['✘', 'fail'],
    ['voldaan', 'pass'], ['niet voldaan', 'fail'], ['Niet  voldaan', 'fail'],
    ['yes', 'pass'], ['no', 'fail'], ['1', 'pass'], ['0', 'fail'], ['', 'unknown'], ['onbekend', 'unknown'],
  ])('reads %j as %s', (cell, value) => {
    expect(readKnockOut(cell)).toEqual({ ok: true, value });
  });

  it.each(['misschien', 'x', '2', 'ja!'])('refuses %j and lists what is accepted', (cell) => {
    const r = readKnockOut(cell);
    expect(r).toMatchObject({ ok: false, code: 'invalid-knockout-value' });
    if (!r.ok) expect(r.message).toContain('ja, nee of ?');
  });

  it('does not store a value that the max-rate rule decides by itself from the row', () => {
    const r = parseCandidatesCsv('Naam;Uurtarief;K2\nJan;70;ja\nPiet;80;nee\nKees;;ja\nLot;70;nee\nMia;70;?\n', csvRequest());
    expect(r.rows.map((row) => row.knockOuts)).toEqual([{}, {}, { 'k-rate': 'pass' }, { 'k-rate': 'fail' }, {}]);
  });

  it('ignores a pass that the data contradicts, with a warning', () => {
    const r = parseCandidatesCsv('Naam;Uurtarief;K2\nJan;80;ja\n', csvRequest());
    expect(r.rows[0]?.knockOuts).toEqual({});
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'rule-contradicts', line: 2, column: 'K2' })]);
  });
});

describe('rows', () => {
  it('trims text fields and keeps a leading zero of a phone number', () => {
    const r = parseCandidatesCsv('Naam;Telefoon;E-mail\n  Jan Jansen ;0612345678; jan@x.nl \n');
    expect(r.rows[0]?.candidate).toEqual({ name: 'Jan Jansen', phone: '0612345678', email: 'jan@x.nl' });
  });

  it('refuses a row without a name and says which line', () => {
    const r = parseCandidatesCsv('Naam;E-mail\n;jan@x.nl\n');
    expect(r.errors).toEqual([{ code: 'missing-name', line: 2, column: 'Naam', message: expect.stringContaining('Regel 2') }]);
    expect(r.rejectedLines).toEqual([2]);
  });

  it('reports every error of a row, not just the first', () => {
    const r = parseCandidatesCsv('Naam;Uurtarief;G1\n;abc;99\n', csvRequest());
    expect(r.errors.map((e) => e.code)).toEqual(['not-a-number', 'score-above-max', 'missing-name']);
    expect(r.rejectedLines).toEqual([2]);
  });

  it('counts a removed sep= line in the line numbers', () => {
    const r = parseCandidatesCsv('sep=;\nNaam;Uurtarief\nJan;x\n');
    expect(r.errors[0]).toMatchObject({ line: 3 });
    expect(r.headerLine).toBe(2);
  });

  it('keeps the file name on the result', () => {
    expect(parseCandidatesCsv('Naam\nJan', undefined, { fileName: 'lijst.csv' }).fileName).toBe('lijst.csv');
  });

  it('refuses a header line with a broken quote, naming the line', () => {
    const r = parseCandidatesCsv('"Naam" x;E-mail\nJan;j@x.nl\n');
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['bad-header', 1]]);
    expect(r.rows).toEqual([]);
  });

  it('reports a row read into a score column that its criterion no longer has as unmapped', () => {
    const r = parseCandidatesCsv('Naam;G9\nJan;5\n', csvRequest());
    expect(r.columns[1]?.status).toBe('ignored');
    expect(r.rows[0]?.scores).toEqual({});
  });
});

describe('length limits on import (PRODUCT §4): too long is an error for that cell, never a silent cut', () => {
  const request = {
    id: 'r', title: 'T', shortlistSize: 1, tieBreak: 'none' as const, knockOuts: [], competencies: [],
    criteria: [{ id: 'c1', text: 'Ervaring', maxPoints: 10 }],
  };
  it('refuses a 1 MB name with the line, the column and the limit', () => {
    const result = parseCandidatesCsv(`Naam;E-mail\r\n${'x'.repeat(1024 * 1024)};a@b.nl\r\nAnna;anna@b.nl\r\n`, request);
    expect(result.rows.map((r) => r.candidate.name)).toEqual(['Anna']);
    expect(result.errors).toMatchObject([{ code: 'too-long', line: 2, column: 'Naam', params: { field: 'name', max: 200 } }]);
  });
  it('accepts a name of exactly 200 characters and refuses a supplier of 501', () => {
    const result = parseCandidatesCsv(`Naam;Leverancier\r\n${'n'.repeat(200)};${'s'.repeat(501)}\r\n`, request);
    expect(result.errors).toMatchObject([{ code: 'too-long', line: 2, column: 'Leverancier', params: { max: 500 } }]);
  });
  it('refuses an evidence note past 5 000 characters', () => {
    const result = parseCandidatesCsv(`Naam;G1 toelichting\r\nAnna;${'x'.repeat(5001)}\r\n`, request);
    expect(result.errors).toMatchObject([{ code: 'too-long', line: 2, params: { max: 5000 } }]);
  });
});
