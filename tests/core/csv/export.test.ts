import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Candidate, Evaluation } from '../../../src/core';
import { csvFileName, exportCsv, exportFileName, neutralise, unneutralise, writeCsv } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const request = csvRequest();
const candidates: Candidate[] = [
  { id: 'a', name: 'Anna', hourlyRate: 70.5, hoursPerWeek: 8, email: 'anna@x.nl' },
  { id: 'b', name: 'Bram', hourlyRate: 60 },
  { id: 'c', name: 'Cas', hourlyRate: 90 },
  { id: 'd', name: 'Dirk', hourlyRate: 65 },
];
const evaluations: Evaluation[] = [
  { requestId: 'r-csv', candidateId: 'a', knockOuts: { 'k-hbo': 'pass' }, scores: { 'c-exp': 20, 'c-bag': 30.5, 'c-com': 20 } },
  { requestId: 'r-csv', candidateId: 'b', knockOuts: { 'k-hbo': 'pass' }, scores: { 'c-exp': 7.5, 'c-bag': 10, 'c-com': 5 } },
  { requestId: 'r-csv', candidateId: 'c', knockOuts: { 'k-hbo': 'pass' }, scores: { 'c-exp': 30, 'c-bag': 40, 'c-com': 30 } },
  { requestId: 'r-csv', candidateId: 'd', knockOuts: { 'k-hbo': 'pass' }, scores: { 'c-exp': 10, 'c-bag': 10, 'c-com': 10 } },
];
const rowsOf = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true }).data;

describe('export dialects', () => {
  it('writes Excel (NL) with a BOM, semicolons, decimal commas and CRLF', () => {
    const csv = exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'excel-nl' });
    expect(csv.startsWith('\uFEFFRang;Status;Naam;')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('1;Shortlist;Anna;anna@x.nl;;;70,5;8;70,5;20;30,5;20;;');
    expect(lines[3]).toBe('3;Reserve;Bram;;;;60;;22,5;7,5;10;5;7,5;');
  });

  it('writes RFC 4180 with commas, decimal points, CRLF and no BOM', () => {
    const csv = exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'rfc4180' });
    expect(csv.startsWith('Rang,Status,Naam,')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toBe('1,Shortlist,Anna,anna@x.nl,,,70.5,8,70.5,20,30.5,20,,');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('names the criteria columns with their code, text and maximum in the dialect', () => {
    const r = csvRequest({ criteria: [{ id: 'x', text: 'Een heel lange omschrijving van een criterium met meer dan veertig tekens', maxPoints: 7.5 }] });
    const nl = rowsOf(exportCsv(r, [], [], { kind: 'matrix', dialect: 'excel-nl' }), ';')[0];
    expect(nl).toContain('G1 Een heel lange omschrijving van een crit (max 7,5)');
    expect(nl).toContain('G1 toelichting');
    expect(nl).toContain('K1 HBO werk- en denkniveau');
    expect(nl).toContain('K2 Maximaal uurtarief € 75 excl. btw');
    const rfc = rowsOf(exportCsv(r, [], [], { kind: 'matrix', dialect: 'rfc4180' }), ',')[0];
    expect(rfc).toContain('G1 Een heel lange omschrijving van een crit (max 7.5)');
  });
});

describe('the shortlist', () => {
  it('lists ranked candidates, shortlist first then reserve, without the eliminated', () => {
    const rows = rowsOf(exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'excel-nl' }), ';');
    // Cas is eliminated by the max-rate rule (€ 90 > € 75).
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', 'Shortlist', 'Anna'],
      ['2', 'Shortlist', 'Dirk'],
      ['3', 'Reserve', 'Bram'],
    ]);
    expect(rows[0]?.at(-2)).toBe('Punten achter grens');
    expect(rows[3]?.at(-2)).toBe('7,5');
  });
});

describe('the full matrix', () => {
  it('lists everyone with effective knock-outs, scores, notes, total, status and failed knock-outs', () => {
    const withNote = evaluations.map((e) => (e.candidateId === 'a' ? { ...e, notes: { 'c-bag': 'CV blz. 2' } } : e));
    const rows = rowsOf(exportCsv(request, candidates, withNote, { kind: 'matrix', dialect: 'excel-nl' }), ';');
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const cas = rows.find((r) => r[2] === 'Cas') ?? [];
    expect(rows).toHaveLength(5);
    expect(cas[col('Status')]).toBe('Afgevallen');
    expect(cas[col('Rang')]).toBe('');
    expect(cas[col('K2 Maximaal uurtarief € 75 excl. btw')]).toBe('nee');
    expect(cas[col('Afgewezen op')]).toBe('K2');
    const anna = rows.find((r) => r[2] === 'Anna') ?? [];
    expect(anna[col('K1 HBO werk- en denkniveau')]).toBe('ja');
    expect(anna[col('K2 Maximaal uurtarief € 75 excl. btw')]).toBe('ja');
    expect(anna[col('G2 toelichting')]).toBe('CV blz. 2');
    expect(anna[col('Totaal')]).toBe('70,5');
    expect(anna[col('Compleet')]).toBe('ja');
  });

  it('writes ? for an undecided knock-out and leaves a missing evaluation empty', () => {
    const rows = rowsOf(exportCsv(request, [{ id: 'z', name: 'Zoë' }], [], { kind: 'matrix', dialect: 'rfc4180' }), ',');
    const [header = [], zoe = []] = rows;
    expect(zoe[header.indexOf('K1 HBO werk- en denkniveau')]).toBe('?');
    expect(zoe[header.indexOf('Totaal')]).toBe('0');
    expect(zoe[header.indexOf('Compleet')]).toBe('nee');
  });
});

describe('the language of the headers and words (PRODUCT §6, §8)', () => {
  it('writes Dutch by default', () => {
    const csv = exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'excel-nl' });
    expect(csv).toBe(exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'excel-nl', language: 'nl' }));
  });

  it('writes the shortlist in English: headers, status and remarks', () => {
    const rows = rowsOf(exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'rfc4180', language: 'en' }), ',');
    expect(rows[0]).toEqual([
      'Rank', 'Status', 'Name', 'E-mail', 'Phone', 'Supplier', 'Hourly rate', 'Hours per week', 'Total',
      'G1 Ervaring met SOR-implementaties (max 30)', 'G2 Kennis van BAG en WOZ (max 40)', 'G3 Communicatie (max 30)',
      'Points behind cut-off', 'Remark',
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Shortlist', 'Shortlist', 'Reserve']);
  });

  it('writes the full matrix in English, with no Dutch word left', () => {
    const incomplete = [...evaluations, { requestId: 'r-csv', candidateId: 'e', knockOuts: {}, scores: {} }];
    const tied = [...candidates, { id: 'e', name: 'Eva' }];
    const csv = exportCsv(request, tied, incomplete, { kind: 'matrix', dialect: 'excel-nl', language: 'en' });
    const rows = rowsOf(csv, ';');
    const header = rows[0] ?? [];
    expect(header).toEqual([
      'Rank', 'Status', 'Name', 'E-mail', 'Phone', 'Supplier', 'Education', 'Hourly rate', 'Hours per week',
      'K1 HBO werk- en denkniveau', 'K2 Maximaal uurtarief € 75 excl. btw',
      'G1 Ervaring met SOR-implementaties (max 30)', 'G1 note', 'G2 Kennis van BAG en WOZ (max 40)', 'G2 note', 'G3 Communicatie (max 30)', 'G3 note',
      'Total', 'Complete', 'Points behind cut-off', 'Failed on', 'Remark',
    ]);
    const col = (name: string) => header.indexOf(name);
    const cas = rows.find((r) => r[2] === 'Cas') ?? [];
    expect([cas[col('Status')], cas[col('K2 Maximaal uurtarief € 75 excl. btw')], cas[col('Failed on')]]).toEqual(['Eliminated', 'no', 'K2']);
    const anna = rows.find((r) => r[2] === 'Anna') ?? [];
    expect([anna[col('K1 HBO werk- en denkniveau')], anna[col('Complete')]]).toEqual(['yes', 'yes']);
    const eva = rows.find((r) => r[2] === 'Eva') ?? [];
    expect([eva[col('Complete')], eva[col('Remark')]]).toEqual(['no', 'provisional (not everything scored)']);
    // The request's own texts stay as they were written; our words are all English.
    for (const word of ['Rang', 'Totaal', 'Compleet', 'Afgevallen', 'toelichting', 'voorlopig', 'Opmerking', ';ja;', ';nee;']) expect(csv).not.toContain(word);
  });

  it('says a tie and a tie at the cut-off in the chosen language', () => {
    const tiedEvaluations: Evaluation[] = ['a', 'b', 'd'].map((id) => ({ requestId: 'r-csv', candidateId: id, knockOuts: { 'k-hbo': 'pass' }, scores: { 'c-exp': 10, 'c-bag': 10, 'c-com': 10 } }));
    const three = candidates.filter((c) => c.id !== 'c').map((c) => ({ ...c, hourlyRate: 60 }));
    const remarks = (language: 'nl' | 'en') => rowsOf(exportCsv(request, three, tiedEvaluations, { kind: 'shortlist', dialect: 'rfc4180', language }), ',').slice(1).map((r) => r.at(-1));
    expect(remarks('nl')).toEqual(['gelijke stand op de grens', 'gelijke stand op de grens', 'gelijke stand op de grens']);
    expect(remarks('en')).toEqual(['tied at the cut-off', 'tied at the cut-off', 'tied at the cut-off']);
    const two = rowsOf(exportCsv(csvRequest({ shortlistSize: 5 }), three, tiedEvaluations, { kind: 'shortlist', dialect: 'rfc4180', language: 'en' }), ',');
    expect(two.slice(1).map((r) => r.at(-1))).toEqual(['tied', 'tied', 'tied']);
  });
});

describe('neutralising formulas (OWASP)', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+31 6 1234', "'+31 6 1234"], ['-2+3', "'-2+3"], ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"], ['\rcmd', "'\rcmd"], ["'=x", "''=x"], ['Anna', 'Anna'], ["'t Hooft", "'t Hooft"], ['-5', '-5'], ['7,5', '7,5'],
  ])('neutralise(%j) → %j and back', (cell, safe) => {
    expect(neutralise(cell)).toBe(safe);
    expect(unneutralise(neutralise(cell))).toBe(cell);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('quotes and prefixes every cell that starts with %j, header cells too', (ch) => {
    const r = csvRequest({ criteria: [{ id: 'x', text: 'Ervaring', maxPoints: 10 }] });
    const evil = `${ch}HYPERLINK("http://x")`;
    for (const dialect of ['excel-nl', 'rfc4180'] as const) {
      const csv = exportCsv(r, [{ id: 'a', name: evil, supplier: evil }], [{ requestId: 'r-csv', candidateId: 'a', knockOuts: {}, scores: {}, notes: { x: evil } }], {
        kind: 'matrix',
        dialect,
      });
      const quoted = `"'${evil.replace(/"/g, '""')}"`;
      expect(csv.split(quoted)).toHaveLength(4);
      const cells = rowsOf(csv, dialect === 'excel-nl' ? ';' : ',').flat();
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('quotes cells that hold the delimiter, quotes or line breaks', () => {
    const csv = exportCsv(request, [{ id: 'a', name: 'Jansen; "Jan"\nJr., 2' }], [], { kind: 'matrix', dialect: 'excel-nl' });
    expect(csv).toContain(';"Jansen; ""Jan""\nJr., 2";');
    const rfc = exportCsv(request, [{ id: 'a', name: 'Jansen, Jan' }], [], { kind: 'matrix', dialect: 'rfc4180' });
    expect(rfc).toContain(',"Jansen, Jan",');
  });

  it('does not corrupt a number cell, even a negative one', () => {
    const csv = exportCsv(request, [{ id: 'a', name: 'A', hourlyRate: -5 }], [], { kind: 'matrix', dialect: 'excel-nl' });
    expect(csv.split('\r\n')[1]).toContain(';-5;');
  });
});

describe('file names', () => {
  const date = new Date('2026-11-22T10:00:00+01:00');
  it.each([
    ['25924', 'shortlist', 'shortlist-25924-2026-11-22.csv'],
    ['25924', 'matrix', 'matrix-25924-2026-11-22.csv'],
    ['ABC/12 34', 'shortlist', 'shortlist-ABC-12-34-2026-11-22.csv'],
    ['../../etc', 'matrix', 'matrix-etc-2026-11-22.csv'],
    ['Ééntje', 'matrix', 'matrix-Eentje-2026-11-22.csv'],
    [undefined, 'shortlist', 'shortlist-aanvraag-2026-11-22.csv'],
    ['///', 'shortlist', 'shortlist-aanvraag-2026-11-22.csv'],
  ] as const)('number %j, %s → %s', (number, kind, name) => {
    const r = csvRequest(number === undefined ? {} : { number });
    if (number === undefined) delete r.number;
    expect(exportFileName(r, kind, date)).toBe(name);
  });

  it('names a request without a number in the chosen language', () => {
    const r = csvRequest();
    delete r.number;
    expect(exportFileName(r, 'matrix', date, 'en')).toBe('matrix-request-2026-11-22.csv');
    expect(exportFileName(r, 'matrix', date, 'nl')).toBe('matrix-aanvraag-2026-11-22.csv');
    expect(exportFileName(csvRequest(), 'shortlist', date, 'en')).toBe('shortlist-25924-2026-11-22.csv');
  });

  it('uses the date in Amsterdam, not UTC', () => {
    expect(exportFileName(csvRequest(), 'shortlist', new Date('2026-11-22T23:30:00Z'))).toBe('shortlist-25924-2026-11-23.csv');
  });
});

describe('writeCsv: any table (the outcome letters) in a dialect, safe to open in Excel', () => {
  it('writes Excel (NL): a BOM, semicolons, decimal commas and CRLF after every record', () => {
    expect(writeCsv([['Naam', 'Punten'], ['Anna', 72.5], ['Bram', 1250.25]], 'excel-nl')).toBe('\uFEFFNaam;Punten\r\nAnna;72,5\r\nBram;1250,25\r\n');
  });
  it('writes RFC 4180: no BOM, commas, decimal points and CRLF', () => {
    expect(writeCsv([['Name', 'Points'], ['Anna', 72.5], ['Bram', 1250.25]], 'rfc4180')).toBe('Name,Points\r\nAnna,72.5\r\nBram,1250.25\r\n');
  });
  it.each([
    [0.1 + 0.2, '0,3', '0.3'],
    [7.125, '7,13', '7.13'],
    [-5, '-5', '-5'],
    [1_000_000, '1000000', '1000000'],
  ])('writes the number %d without thousands separators and to two decimals: %s / %s', (n, nl, en) => {
    expect(writeCsv([[n]], 'excel-nl')).toBe(`\uFEFF${nl}\r\n`);
    expect(writeCsv([[n]], 'rfc4180')).toBe(`${en}\r\n`);
  });
  it('leaves an empty cell and a number that is none empty', () => {
    expect(writeCsv([['Anna', null, Number.NaN, Number.POSITIVE_INFINITY, 'x']], 'rfc4180')).toBe('Anna,,,,x\r\n');
  });
  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises text that starts with %j in both dialects, so Excel runs no formula', (ch) => {
    const evil = `${ch}cmd|' /C calc'!A0`;
    for (const dialect of ['excel-nl', 'rfc4180'] as const) {
      const csv = writeCsv([['Anna', evil]], dialect);
      const cells = rowsOf(csv, dialect === 'excel-nl' ? ';' : ',').flat();
      expect(cells).toEqual(['Anna', `'${evil}`]);
    }
  });
  it('keeps a negative number a number, and text that merely looks like one as it is', () => {
    expect(writeCsv([[-5, '-5', '7,5']], 'excel-nl')).toBe('\uFEFF-5;-5;7,5\r\n');
  });
  it('quotes a sentence that holds the delimiter, a quote or a line break, and only then', () => {
    const sentence = 'U behaalde 72,5 van de 100 punten; dat is "net" te weinig.';
    expect(writeCsv([[sentence]], 'excel-nl')).toBe('\uFEFF"U behaalde 72,5 van de 100 punten; dat is ""net"" te weinig."\r\n');
    expect(writeCsv([['U behaalde 72,5 punten.']], 'excel-nl')).toBe('\uFEFFU behaalde 72,5 punten.\r\n');
    expect(writeCsv([['You scored 72.5, not enough.']], 'rfc4180')).toBe('"You scored 72.5, not enough."\r\n');
    expect(rowsOf(writeCsv([['regel 1\nregel 2', 'x']], 'excel-nl'), ';')).toEqual([['regel 1\nregel 2', 'x']]);
  });
  it('writes only the BOM for an empty table in the Excel dialect', () => {
    expect(writeCsv([], 'excel-nl')).toBe('\uFEFF');
    expect(writeCsv([], 'rfc4180')).toBe('');
  });
});

describe('csvFileName: the stem, the request number as a safe slug, the date in Amsterdam', () => {
  const noon = new Date('2026-11-22T11:00:00Z');
  const named = (number: string | undefined, fallback?: string) => {
    const r = csvRequest();
    if (number === undefined) delete r.number;
    else r.number = number;
    return csvFileName('uitslagen', r, noon, fallback);
  };
  it.each([
    ['25924', 'uitslagen-25924-2026-11-22.csv'],
    ['Ééntje café', 'uitslagen-Eentje-cafe-2026-11-22.csv'],
    ['Groningen/ÖZ 2026: BI?*', 'uitslagen-Groningen-OZ-2026-BI-2026-11-22.csv'],
    ['..\\..\\windows', 'uitslagen-windows-2026-11-22.csv'],
    ['  -25924-  ', 'uitslagen-25924-2026-11-22.csv'],
    ['AB_12-cd', 'uitslagen-AB_12-cd-2026-11-22.csv'],
  ])('slugs %j to %s', (number, name) => expect(named(number)).toBe(name));
  it('keeps at most 40 characters of the number', () => {
    expect(named('1234567890'.repeat(6))).toBe(`uitslagen-${'1234567890'.repeat(4)}-2026-11-22.csv`);
  });
  it('ends the cut number on a character, not on a dash', () => {
    expect(named(`${'A'.repeat(39)} B`)).toBe(`uitslagen-${'A'.repeat(39)}-2026-11-22.csv`);
  });
  it('uses the fallback when there is no number or nothing safe is left of it', () => {
    expect(named(undefined)).toBe('uitslagen-aanvraag-2026-11-22.csv');
    expect(named('€€€', 'request')).toBe('uitslagen-request-2026-11-22.csv');
  });
  it.each([
    // Summer time: midnight in Amsterdam is 22:00 UTC.
    ['2026-07-14T21:59:59Z', '2026-07-14'],
    ['2026-07-14T22:00:00Z', '2026-07-15'],
    // Winter time: midnight in Amsterdam is 23:00 UTC.
    ['2026-01-14T22:59:59Z', '2026-01-14'],
    ['2026-01-14T23:00:00Z', '2026-01-15'],
    // The night the clocks go forward (29 March 2026) still starts at 23:00 UTC the evening before.
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    // The night they go back (25 October 2026) starts at 22:00 UTC, still summer time.
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
  ])('names the instant %s by its day in Amsterdam, %s', (instant, day) => {
    expect(csvFileName('uitslagen', csvRequest(), new Date(instant))).toBe(`uitslagen-25924-${day}.csv`);
  });
});
