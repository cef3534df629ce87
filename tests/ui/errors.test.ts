import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import { checkKnockOutValue, evaluateRule, parseCandidatesCsv, parseScore, planImport, restoreRequest, type Criterion, type InputError, type Request } from '../../src/core';
import { checkCandidate } from '../../src/core';
import { interpretCell } from '../../src/ui/matrix/cells';
import { setLocale } from '../../src/ui/i18n';
import { errorText, ruleReason } from '../../src/ui/i18n/errors';

const criterion: Criterion = { id: 'c1', text: 'Ervaring', maxPoints: 10 };
const request = makeRequest({
  id: 'r',
  title: 'T',
  shortlistSize: 1,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'k', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } }],
  criteria: [criterion],
  competencies: [],
});
const firstError = (result: { ok: boolean; errors?: InputError[] }): InputError => {
  if (result.ok || !result.errors?.[0]) throw new Error('expected a refusal');
  return result.errors[0];
};

afterEach(() => setLocale('nl'));

describe('errorText', () => {
  it('words a refused score in Dutch as the core does, and in English when English is chosen', () => {
    const above = firstError(parseScore(criterion, '11'));
    setLocale('nl');
    expect(errorText(above)).toBe(above.message);
    setLocale('en');
    expect(errorText(above)).toBe('Score 11 is above the maximum of 10 for "Ervaring".');
  });

  it('writes numbers the way the chosen language does', () => {
    const decimals = firstError(parseScore(criterion, '7,555'));
    setLocale('nl');
    expect(errorText(decimals)).toBe('Score 7,555 heeft meer dan 2 decimalen.');
    setLocale('en');
    expect(errorText(decimals)).toBe('Score 7.555 has more than 2 decimals.');
  });

  it('tells a score that is no number from a rate that is no number', () => {
    setLocale('en');
    expect(errorText(firstError(parseScore(criterion, 'abc')))).toBe('"abc" is not a score; give a number from 0 to 10, for example 7.5.');
    const rate = interpretCell(request, { kind: 'field', field: 'hourlyRate' }, 'a', 'zeventig');
    expect(errorText(firstError(rate))).toBe('"zeventig" is not a number; use for example 75, 7.5 or 1,250.00.');
    const ko = interpretCell(request, { kind: 'knockOut', id: 'k' }, 'a', 'misschien');
    expect(errorText(firstError(ko))).toMatch(/^"misschien" is not a knock-out value/);
  });

  it('says why a rule refuses a pass, in the chosen language', () => {
    const refused = firstError(checkKnockOutValue(request, { id: 'a', name: 'A', hourlyRate: 80 }, 'k', 'pass'));
    setLocale('nl');
    expect(errorText(refused)).toMatch(/^Kan niet op voldaan zetten: uurtarief €\s80,00 > max €\s75,00\.$/);
    setLocale('en');
    expect(errorText(refused)).toMatch(/^Cannot be set to passed: hourly rate €80(\.00)? > max €75(\.00)?\.$/);
  });

  it('words candidate field refusals', () => {
    setLocale('en');
    expect(checkCandidate({ name: ' ', hourlyRate: -5, hoursPerWeek: 200 }).map(errorText)).toEqual([
      'A candidate needs a name.',
      'Hourly rate -5 is not valid; use an amount of 0 or more.',
      'Hours per week 200 is not valid; use 0 to 168.',
    ]);
  });

  it("keeps the core's sentence for a code it does not know, or when a value it needs is missing", () => {
    setLocale('en');
    expect(errorText({ code: 'something-new', message: 'Iets nieuws.' })).toBe('Iets nieuws.');
    expect(errorText({ code: 'score-above-max', message: 'Te hoog.' })).toBe('Te hoog.');
  });
});

describe('errorText for an imported file', () => {
  const csv = 'Naam;Uurtarief;Uren;G1\nAnna;-5;200;11\n;70;32;3\n';
  const errors = () => parseCandidatesCsv(csv, request).errors;

  it('says where in the file, in the same words as the core in Dutch', () => {
    setLocale('nl');
    const worded = errors().map(errorText);
    expect(worded).toEqual(errors().map((e) => e.message));
    expect(worded).toContain('Regel 2, kolom "G1": Score 11 is hoger dan het maximum van 10 voor "Ervaring".');
  });

  it('and in English when English is chosen', () => {
    setLocale('en');
    expect(errors().map(errorText)).toEqual([
      'Line 2, column "Uurtarief": "-5" is negative; an hourly rate is 0 or more.',
      'Line 2, column "Uren": "200" hours per week is not possible; use a number from 0 to 168.',
      'Line 2, column "G1": Score 11 is above the maximum of 10 for "Ervaring".',
      'Line 3, column "Naam": the name is missing; every candidate needs a name.',
    ]);
  });
});

describe('errorText for every refusal in the CSV corpus', () => {
  const requests = JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/requests.json', import.meta.url)), 'utf8')) as Request[];
  const sor = requests.find((r) => r.number === '25924')!;
  const dir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
  const found = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => {
      const parsed = parseCandidatesCsv(new Uint8Array(readFileSync(dir + name)), sor);
      return [...parsed.errors, ...parsed.warnings].map((error) => ({ name, error }));
    });

  it('words each one in Dutch exactly as the core does', () => {
    setLocale('nl');
    expect(found.length).toBeGreaterThan(20);
    for (const { name, error } of found) expect([name, errorText(error)]).toEqual([name, error.message]);
  });

  it('words the file-level ones in English', () => {
    setLocale('en');
    const english = (file: string) => found.filter((f) => f.name === file).map((f) => errorText(f.error));
    expect(english('png-renamed.csv')).toEqual(['This is not a CSV file but a PNG image. In Excel, save the file as "CSV UTF-8 (Comma delimited)".']);
    expect(english('utf16le.csv')[0]).toMatch(/^This file is saved as UTF-16/);
    expect(english('header-only.csv')[0]).toMatch(/^The file holds only the header line \(line \d+\) and no candidates\.$/);
    expect(english('unterminated-quote.csv')[0]).toMatch(/^Line \d+: a quote \(".*\) is never closed/);
    expect(english('no-name-column.csv')[0]).toMatch(/^No column for the name found/);
  });
});

describe('errorText for a "voldaan" the import ignores', () => {
  it('says which rule the data breaks, in either language', () => {
    const [warning] = parseCandidatesCsv('Naam;Uurtarief;K1\nAnna;80;ja\n', request).warnings;
    setLocale('nl');
    expect(errorText(warning!)).toMatch(/^Regel 2, kolom "K1": "voldaan" genegeerd, want uurtarief €\s80,00 > max €\s75,00\.$/);
    setLocale('en');
    expect(errorText(warning!)).toMatch(/^Line 2, column "K1": "passed" ignored, because hourly rate €80(\.00)? > max €75(\.00)?\.$/);
  });
});

describe('errorText for a person twice in one file', () => {
  it('names both lines, in either language', () => {
    const parsed = parseCandidatesCsv('Naam;E-mail\nAnna;anna@example.nl\nAnna B.;anna@example.nl\n', request);
    const [duplicate] = planImport(request, [], [], parsed.rows, 0).errors;
    setLocale('nl');
    expect(errorText(duplicate!)).toBe(duplicate!.message);
    setLocale('en');
    expect(errorText(duplicate!)).toBe('Line 3: the same person as line 2 (same e-mail, or name + phone); correct the file.');
  });
});

describe('ruleReason', () => {
  it('words what a rule read from the data, or that the data is missing', () => {
    setLocale('en');
    expect(ruleReason(evaluateRule({ kind: 'min-hours', min: 16 }, { id: 'a', name: 'A', hoursPerWeek: 12 }))).toBe('12 h/week < min 16');
    expect(ruleReason(evaluateRule({ kind: 'max-rate', max: 75 }, { id: 'a', name: 'A' }))).toBe('no hourly rate known');
    setLocale('nl');
    expect(ruleReason(evaluateRule({ kind: 'min-hours', min: 16 }, { id: 'a', name: 'A', hoursPerWeek: 24 }))).toBe('24 uur/week ≥ min 16');
  });
});

describe('errorText for what the import preview flags and refuses', () => {
  const sorRequest = makeRequest({ criteria: [criterion] });

  it('words an unlikely rate and unlikely hours, in Dutch as the core does and in English', () => {
    const parsed = parseCandidatesCsv('Naam;Uurtarief;Uren\nAnna;€ 1.250,00;72,5\n', sorRequest);
    const flags = parsed.rows[0]?.flags ?? [];
    expect(flags).toHaveLength(2);
    setLocale('nl');
    expect(flags.map(errorText)).toEqual(flags.map((f) => f.message));
    setLocale('en');
    expect(flags.map(errorText).map((s) => s.replace(/\u00a0/g, ' '))).toEqual([
      'Line 2, column "Uurtarief": An hourly rate of €1,250.00 is unusual (usually €15.00 to €400.00); check that it was read correctly.',
      'Line 2, column "Uren": 72.5 hours per week is unusual (more than 60); check that it was read correctly.',
    ]);
  });

  it('names the field of a text that is too long, with its line and column, in either language', () => {
    const csv = `Naam;Leverancier;G1 toelichting\n${'n'.repeat(201)};;\nBram;${'l'.repeat(501)};\nCor;;${'t'.repeat(5001)}\n`;
    const errors = parseCandidatesCsv(csv, sorRequest).errors;
    setLocale('nl');
    expect(errors.map(errorText)).toEqual(errors.map((e) => e.message));
    expect(errors.map(errorText)[2]).toBe('Regel 4, kolom "G1 toelichting": De toelichting is 5.001 tekens lang; de grens is 5.000 tekens.');
    setLocale('en');
    expect(errors.map(errorText)).toEqual([
      'Line 2, column "Naam": Name is 201 characters long; the limit is 200 characters.',
      'Line 3, column "Leverancier": Supplier is 501 characters long; the limit is 500 characters.',
      'Line 4, column "G1 toelichting": The note is 5,001 characters long; the limit is 5,000 characters.',
    ]);
  });

  it('says "more than 100 000" for a text too long to count, as the core does', () => {
    const [error] = parseCandidatesCsv(`Naam\n${'n'.repeat(100_050)}\n`, sorRequest).errors;
    setLocale('nl');
    expect(errorText(error!)).toBe(error!.message);
    setLocale('en');
    expect(errorText(error!)).toBe('Line 2, column "Naam": Name is more than 100,000 characters long; the limit is 200 characters.');
  });

  it('words the refusals of the commit and of the worker', () => {
    const refusals: InputError[] = [
      { code: 'partial-undecided', params: { n: 3 }, message: 'Kies eerst of de 3 rijen met onleesbare cellen worden geïmporteerd (met die cellen leeg) of overgeslagen.' },
      { code: 'partial-undecided', params: { n: 1 }, message: 'Kies eerst of de 1 rij met onleesbare cellen wordt geïmporteerd (met die cellen leeg) of overgeslagen.' },
      { code: 'no-preview', message: 'Er is geen voorbeeld om te importeren; kies het bestand opnieuw.' },
      { code: 'candidate-gone', line: 3, params: { line: 3 }, message: 'Regel 3: de kandidaat die deze regel bijwerkt bestaat niet meer; bekijk de import opnieuw.' },
      { code: 'unknown-request', message: 'De aanvraag bestaat niet meer.' },
      { code: 'no-import', message: 'Er is geen import om ongedaan te maken.' },
    ];
    setLocale('nl');
    expect(refusals.map(errorText)).toEqual(refusals.map((e) => e.message));
    setLocale('en');
    expect(refusals.map(errorText)).toEqual([
      'First choose whether the 3 rows with unreadable cells are imported (with those cells left empty) or skipped.',
      'First choose whether the 1 row with unreadable cells is imported (with those cells left empty) or skipped.',
      'There is no preview to import; choose the file again.',
      'Line 3: the candidate this line updates no longer exists; preview the import again.',
      'The request no longer exists.',
      'There is no import to undo.',
    ]);
  });
});

describe('no Dutch sentence of the core reaches the English import preview', () => {
  const requests = JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/requests.json', import.meta.url)), 'utf8')) as Request[];
  const sor = requests.find((r) => r.number === '25924')!;
  const dir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
  const extra = [
    'Naam;E-mail;Uurtarief;Uren;K1;G1;G2 toelichting\nAnna;a@x.nl;€ 1.250,00;72;misschien;tien;\nBram;b@x.nl;-5;200;ja;45;\n;c@x.nl;70;32;ja;3;\n',
    `Naam;Leverancier;G1 toelichting\n${'n'.repeat(201)};;\nCor;${'l'.repeat(501)};${'t'.repeat(5001)}\n`,
    'Naam;E-mail\nAnna;a@x.nl\nAnna B.;A@x.nl\n',
  ];
  const results = [
    ...readdirSync(dir).filter((name) => name.endsWith('.csv')).map((name) => ({ name, parsed: parseCandidatesCsv(new Uint8Array(readFileSync(dir + name)), sor) })),
    ...extra.map((text, i) => ({ name: `extra-${i}`, parsed: parseCandidatesCsv(text, sor) })),
  ];
  const said = results.flatMap(({ name, parsed }) => [
    ...parsed.errors,
    ...parsed.warnings.filter((w) => w.code !== 'invalid-mapping' && w.code !== 'duplicate-column'),
    ...[...parsed.rows, ...parsed.partialRows].flatMap((r) => r.flags ?? []),
    ...planImport(sor, [], [], parsed.rows, 0).errors,
  ].map((error) => ({ name, error })));

  it('words every refusal, warning and flag from the dictionary', () => {
    setLocale('en');
    expect(new Set(said.map((s) => s.error.code)).size).toBeGreaterThan(15);
    const fallbacks = said.filter(({ error }) => errorText(error) === error.message).map(({ name, error }) => `${name}: ${error.code}`);
    expect(fallbacks).toEqual([]);
  });
});

describe('errorText for a restored record with a wrong field', () => {
  const refusal = (raw: unknown) => firstError(restoreRequest(raw, { table: 'requests', index: 1, id: 'r1' }));
  it('says what the field must hold, in Dutch as the core does and in English', () => {
    const cases = [
      [{ ...request, shortlistSize: 'vijf' }, 'a number'],
      [{ ...request, independentScoring: 'ja' }, 'true or false'],
      [{ ...request, colour: 'rood' }, 'nothing (the schema has no such field)'],
    ] as const;
    for (const [raw, expected] of cases) {
      const error = refusal(raw);
      setLocale('nl');
      expect(errorText(error)).toBe(error.message);
      setLocale('en');
      expect(errorText(error)).toMatch(new RegExp(`; expected ${expected.replace(/[()]/g, '\\$&')}\\.$`));
    }
  });
});
