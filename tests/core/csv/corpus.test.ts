// The CSV corpus (tests/fixtures/csv): every file gives the right rows or a clear error, and
// none crashes. Each row of the table is one fixture and its expected outcome.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCandidatesCsv, type CsvImportResult, type Delimiter, type Encoding } from '../../../src/core/csv';
import { csvRequest, fixture } from './helpers';

interface Expected {
  file: string;
  withRequest?: boolean;
  maxRows?: number;
  delimiter?: Delimiter;
  encoding?: Encoding;
  /** Names of the accepted rows, in order. */
  names?: string[];
  lines?: number[];
  /** Every error as "code@line" (line 0 = the whole file). */
  errors?: string[];
  warnings?: string[];
  /** Words the first error's message must contain. */
  says?: string[];
  check?: (r: CsvImportResult) => void;
}

const field = <K extends 'hourlyRate' | 'hoursPerWeek' | 'supplier' | 'phone' | 'email' | 'education'>(r: CsvImportResult, key: K) =>
  r.rows.map((row) => row.candidate[key]);

const corpus: Expected[] = [
  { file: 'rfc-basic.csv', delimiter: ',', names: ['Jan Jansen', 'Piet Pieters'], lines: [2, 3],
    check: (r) => expect(field(r, 'hourlyRate')).toEqual([75, 80.5]) },
  { file: 'rfc-quotes.csv', delimiter: ',', names: ['Jansen, Jan', 'Piet'],
    check: (r) => {
      expect(field(r, 'supplier')).toEqual(['Bureau "De Brug" B.V.', undefined]);
      expect(field(r, 'phone')).toEqual(['0612345678', undefined]);
    } },
  { file: 'rfc-embedded-newline.csv', delimiter: ',', names: ['Anna\nde Vries', 'Bram Bos'], lines: [2, 5] },
  { file: 'crlf.csv', delimiter: ';', names: ['Jan', 'Piet'], lines: [2, 3] },
  { file: 'cr-only.csv', delimiter: ';', names: ['Jan', 'Piet\rPaulus', 'Kees'], lines: [2, 3, 5] },
  { file: 'no-trailing-newline.csv', names: ['Jan', 'Piet'], lines: [2, 3],
    check: (r) => expect(field(r, 'hourlyRate')).toEqual([75, 80]) },
  { file: 'excel-nl-1252.csv', encoding: 'windows-1252', delimiter: ';', names: ['Joëlle Brouwer', 'René Müller'], lines: [3, 4],
    check: (r) => {
      expect(field(r, 'hourlyRate')).toEqual([75, 1250]);
      expect(field(r, 'supplier')).toEqual(['Café Één B.V.', 'Brouwer & Zn']);
    } },
  { file: 'ansi-plain.csv', encoding: 'windows-1252', names: ['Zoë Smit'],
    check: (r) => {
      expect(field(r, 'supplier')).toEqual(['“Procurement” – Noord']);
      expect(field(r, 'hourlyRate')).toEqual([99.5]);
    } },
  { file: 'utf8-bom.csv', encoding: 'utf-8', names: ['Joëlle Brouwer'], check: (r) => expect(r.columns[0]?.status).toBe('mapped') },
  { file: 'utf8-bom-sep.csv', delimiter: ';', names: ['Émile'], lines: [3], check: (r) => expect(field(r, 'hourlyRate')).toEqual([75.5]) },
  { file: 'sep-comma.csv', delimiter: ',', names: ['Jan'], lines: [3], check: (r) => expect(field(r, 'hourlyRate')).toEqual([75.5]) },
  { file: 'tab-separated.csv', delimiter: '\t', names: ['Jansen, Jan', 'Piet'],
    check: (r) => expect(field(r, 'supplier')).toEqual(['Bureau A, B & C', 'Bureau D']) },
  { file: 'pipe-separated.csv', delimiter: '|', names: ['Jan', 'Piet'], check: (r) => expect(field(r, 'hourlyRate')).toEqual([75, 80.5]) },
  { file: 'empty.csv', errors: ['empty-file@0'], says: ['leeg'] },
  { file: 'blank-lines.csv', errors: ['empty-file@0'] },
  { file: 'sep-line-only.csv', errors: ['empty-file@0'] },
  { file: 'header-only.csv', errors: ['no-rows@1'], says: ['alleen de kopregel'] },
  { file: 'blank-lines-between.csv', names: ['Jan', 'Piet'], lines: [3, 6] },
  { file: 'ragged-rows.csv', names: ['Jan', 'Piet', 'Lot'], lines: [2, 3, 5], errors: ['too-many-cells@4'], warnings: ['too-few-cells@2'],
    says: ['Regel 4', '4 cellen', '3 kolommen'] },
  { file: 'duplicate-headers.csv', names: ['Jan'], warnings: ['duplicate-column@1', 'duplicate-column@1'],
    check: (r) => {
      expect(field(r, 'email')).toEqual(['jan@example.nl']);
      expect(r.columns.map((c) => c.status)).toEqual(['mapped', 'mapped', 'duplicate', 'duplicate']);
    } },
  { file: 'unterminated-quote.csv', names: ['Jan'], errors: ['unterminated-quote@3'], says: ['Regel 3', 'regels 3–5', 'niet ingelezen'],
    check: (r) => expect(r.rejectedLines).toEqual([3]) },
  { file: 'malformed-quote.csv', names: [], errors: ['malformed-quote@2'], says: ['Regel 2', 'regels 2–3', 'niet ingelezen'] },
  { file: 'big-field.csv', names: ['Jan', 'Piet'], lines: [2, 34_003], check: (r) => expect(field(r, 'hourlyRate')).toEqual([75, 80]) },
  { file: 'png-renamed.csv', errors: ['not-csv@0'], says: ['PNG'] },
  { file: 'xlsx-renamed.csv', errors: ['not-csv@0'], says: ['ZIP', '.xlsx'] },
  { file: 'pdf-renamed.csv', errors: ['not-csv@0'], says: ['PDF'] },
  { file: 'gzip.csv', errors: ['not-csv@0'], says: ['gzip'] },
  { file: 'nul-bytes.csv', errors: ['not-csv@0'], says: ['nul-bytes'] },
  { file: 'utf16le.csv', errors: ['unsupported-encoding@0'], says: ['UTF-16', 'CSV UTF-8'] },
  { file: 'formula-payloads.csv', names: ['=1+1', '-2+3', 'Tab', '@Anna'],
    check: (r) => {
      expect(field(r, 'supplier')).toEqual(['=HYPERLINK("http://x","klik")', '@SUM(A1:A2)', 'CR', '+31 6 2']);
      expect(field(r, 'phone')).toEqual(['+31 6 12345678', '-', '=al geneutraliseerd', "'=twee quotes"]);
    } },
  { file: 'proto-headers.csv', names: ['Jan', 'Piet'],
    check: (r) => {
      expect(r.columns.slice(1).map((c) => [c.header, c.status])).toEqual([
        ['__proto__', 'ignored'], ['constructor', 'ignored'], ['hasOwnProperty', 'ignored'], ['toString', 'ignored'], ['valueOf', 'ignored'],
      ]);
      expect(Object.keys(r.rows[0]?.candidate ?? {})).toEqual(['name']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(r.rows[0]?.candidate)).toBe(Object.prototype);
    } },
  { file: 'number-formats.csv', names: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
    check: (r) => {
      expect(field(r, 'hourlyRate')).toEqual([75, 75.5, 75, 1250, 75.5, 75, 80, 1250, undefined]);
      expect(field(r, 'hoursPerWeek')).toEqual([32, 24.5, 16, 8, 40, 32, 36, undefined, undefined]);
    } },
  { file: 'unreadable-numbers.csv', names: ['Mia'], errors: ['not-a-number@2', 'not-a-number@3', 'negative@4', 'out-of-range@5'],
    says: ['Regel 2, kolom "Uurtarief"', '"zeventig" is geen getal'],
    check: (r) => expect(r.errors.map((e) => e.column)).toEqual(['Uurtarief', 'Uren per week', 'Uurtarief', 'Uren per week']) },
  { file: 'bsn-dob.csv', names: ['Jan'],
    check: (r) => {
      expect(r.columns.filter((c) => c.status === 'ignored').map((c) => c.header)).toEqual(['BSN', 'Geboortedatum']);
      const stored = JSON.stringify(r.rows);
      expect(stored).not.toContain('123456782');
      expect(stored).not.toContain('1980');
    } },
  { file: 'request-columns.csv', withRequest: true, names: ['Jan', 'Piet'],
    check: (r) => {
      expect(r.columns.map((c) => c.target)).toEqual([
        { kind: 'field', field: 'name' },
        { kind: 'knockOut', id: 'k-hbo' },
        { kind: 'knockOut', id: 'k-rate' },
        { kind: 'score', id: 'c-bag' },
        { kind: 'score', id: 'c-exp' },
        { kind: 'score', id: 'c-com' },
        { kind: 'note', id: 'c-bag' },
      ]);
      expect(r.rows.map((row) => [row.knockOuts, row.scores, row.notes])).toEqual([
        [{ 'k-hbo': 'pass', 'k-rate': 'fail' }, { 'c-bag': 35, 'c-exp': 25.5, 'c-com': 20 }, { 'c-bag': 'Zie cv blz. 2' }],
        // "?" on the rate knock-out is what its rule says without a rate, so nothing is stored.
        [{ 'k-hbo': 'pass' }, { 'c-bag': 40, 'c-exp': 30, 'c-com': null }, {}],
      ]);
    } },
  { file: 'request-columns.csv', names: ['Jan', 'Piet'],
    check: (r) => expect(r.columns.filter((c) => c.status === 'mapped').map((c) => c.header)).toEqual(['Naam']) },
  { file: 'request-scores-invalid.csv', withRequest: true, names: ['Noor'],
    errors: ['invalid-knockout-value@2', 'score-above-max@3', 'score-below-zero@4', 'too-many-decimals@5', 'not-a-number@6'],
    says: ['Regel 2, kolom "K1 HBO werk- en denkniveau"', '"misschien"'] },
  { file: 'knockout-values.csv', withRequest: true, names: 'ABCDEFGHIJKLMNOP'.split(''),
    check: (r) =>
      expect(r.rows.map((row) => row.knockOuts['k-hbo'])).toEqual([
        'pass', 'fail', 'unknown', 'pass', 'fail', 'unknown', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'unknown', 'pass',
      ]) },
  { file: 'decimal-comma-semicolon.csv', delimiter: ';', names: ['Jan de Vries', 'Piet', 'Kees'],
    check: (r) => expect(field(r, 'hourlyRate')).toEqual([75.5, 80.25, 92]) },
  { file: 'missing-name.csv', names: ['Jan'], errors: ['missing-name@3', 'missing-name@4'], says: ['Regel 3, kolom "Naam"'] },
  { file: 'no-name-column.csv', names: [], errors: ['no-name-column@1'], says: ['"E-mail"', 'Naam'] },
  { file: 'english-headers.csv', delimiter: ',', names: ['Jane Doe'],
    check: (r) => expect(r.rows[0]?.candidate).toEqual({
      name: 'Jane Doe', email: 'jane@example.com', phone: '+44 20 7946 0000', hourlyRate: 95.5, hoursPerWeek: 32, supplier: 'Acme Ltd', education: 'MSc',
    }) },
  { file: 'header-variants.csv', names: ['Jan'],
    check: (r) => expect(r.rows[0]?.candidate).toEqual({
      name: 'Jan', email: 'jan@example.nl', phone: '06-12345678', hourlyRate: 75, hoursPerWeek: 32, supplier: 'Bureau X', education: 'HBO',
    }) },
  { file: 'many-rows.csv', names: Array.from({ length: 50 }, (_, i) => `Kandidaat ${i + 1}`) },
  { file: 'many-rows.csv', maxRows: 20, names: [], errors: ['too-many-rows@0'], says: ['meer dan 20 rijen'] },
];

describe('the CSV corpus', () => {
  it.each(corpus)('$file gives the expected rows or a clear error', (expected) => {
    const request = expected.withRequest ? csvRequest() : undefined;
    const options = expected.maxRows ? { maxRows: expected.maxRows, fileName: expected.file } : { fileName: expected.file };
    const r = parseCandidatesCsv(fixture(expected.file), request, options);

    expect(r.errors.map((e) => `${e.code}@${e.line}`)).toEqual(expected.errors ?? []);
    if (expected.names) expect(r.rows.map((row) => row.candidate.name)).toEqual(expected.names);
    if (expected.lines) expect(r.rows.map((row) => row.line)).toEqual(expected.lines);
    if (expected.warnings) expect(r.warnings.map((e) => `${e.code}@${e.line}`)).toEqual(expected.warnings);
    if (expected.delimiter) expect(r.delimiter).toBe(expected.delimiter);
    if (expected.encoding) expect(r.encoding).toBe(expected.encoding);
    for (const words of expected.says ?? []) expect(r.errors[0]?.message).toContain(words);
    for (const e of r.errors) expect(e.message.length).toBeGreaterThan(20);
    expected.check?.(r);
  });

  it('has at least 30 fixture files', () => {
    expect(new Set(corpus.map((c) => c.file)).size).toBeGreaterThanOrEqual(30);
  });

  it("picks ';' on a semicolon file with decimal commas where PapaParse's own guess says ','", () => {
    const text = new TextDecoder().decode(fixture('decimal-comma-semicolon.csv'));
    expect(Papa.parse(text).meta.delimiter).toBe(',');
    expect(parseCandidatesCsv(text).delimiter).toBe(';');
  });
});
