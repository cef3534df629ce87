import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCandidatesCsv, targetLabel, type MappingTarget, type Request } from '../../src/core';
import { setLocale } from '../../src/ui/i18n';
import { changeText, columnNote, targetText, warningText } from '../../src/ui/transfer/mapping-text';

const requests = JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/requests.json', import.meta.url)), 'utf8')) as Request[];
const sor = requests.find((r) => r.number === '25924')!;
const dir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const columns = readdirSync(dir)
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => parseCandidatesCsv(new Uint8Array(readFileSync(dir + name)), sor).columns.map((column) => ({ name, column })));

afterEach(() => setLocale('nl'));

describe('the column mapping in the chosen language', () => {
  const targets: MappingTarget[] = [
    ...(['name', 'email', 'phone', 'hourlyRate', 'hoursPerWeek', 'supplier', 'education'] as const).map((field): MappingTarget => ({ kind: 'field', field })),
    ...sor.knockOuts.map((k): MappingTarget => ({ kind: 'knockOut', id: k.id })),
    ...sor.criteria.flatMap((c): MappingTarget[] => [{ kind: 'score', id: c.id }, { kind: 'note', id: c.id }]),
  ];

  it('names every target in Dutch as the core does', () => {
    setLocale('nl');
    for (const target of targets) expect(targetText(target, sor)).toBe(targetLabel(target, sor));
  });

  it('says why a column is not read in Dutch as the core does, for every column in the CSV corpus', () => {
    setLocale('nl');
    const noted = columns.filter(({ column }) => column.message !== undefined);
    expect(noted.length).toBeGreaterThan(5);
    for (const { name, column } of noted) expect([name, columnNote(column, sor)]).toEqual([name, column.message]);
  });

  it('and in English', () => {
    setLocale('en');
    expect(targetText({ kind: 'note', id: sor.criteria[1]!.id }, sor)).toBe('the note on criterion G2');
    expect(targetText({ kind: 'field', field: 'hourlyRate' }, sor)).toBe('Hourly rate');
    const parsed = parseCandidatesCsv('Naam;Uurtarief;Tarief;Totaal;\nAnna;70;71;80;x\n', sor);
    expect(parsed.columns.map((c) => columnNote(c, sor))).toEqual([
      '',
      '',
      'Hourly rate is already in column 2 ("Uurtarief"); this column is not read.',
      'Calculated by Shortlist; not read.',
      'Column without a header; not stored.',
    ]);
  });
});

describe('mapping warnings and row changes in the chosen language', () => {
  it('words a warning about a column from its note, in Dutch as the core does, and in English', () => {
    const parsed = parseCandidatesCsv('Naam;Uurtarief;Tarief\nAnna;70;71\n', sor, { mapping: { 2: { kind: 'field', field: 'hourlyRate' } } });
    const withWarning = readdirSync(dir)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => parseCandidatesCsv(new Uint8Array(readFileSync(dir + name)), sor))
      .concat(parsed)
      .flatMap((result) => result.warnings.filter((w) => w.code === 'invalid-mapping' || w.code === 'duplicate-column').map((w) => ({ w, columns: result.columns })));
    expect(withWarning.length).toBeGreaterThan(1);
    setLocale('nl');
    for (const { w, columns } of withWarning) expect(warningText(w, columns, sor)).toBe(w.message);
    setLocale('en');
    const mine = parsed.warnings.find((w) => w.code === 'invalid-mapping' || w.code === 'duplicate-column')!;
    // The hand-made mapping claims first: the automatic "Uurtarief" column gives way.
    expect(warningText(mine, parsed.columns, sor)).toBe('Column 2 ("Uurtarief"): Hourly rate is already in column 3 ("Tarief"); this column is not read.');
  });

  it('words what an update changes: the request, field names, codes and notes', () => {
    setLocale('nl');
    expect(['aanvraag', 'hourlyRate', 'K2', 'G3', 'G3 toelichting'].map(changeText)).toEqual(['aanvraag', 'Uurtarief', 'K2', 'G3', 'G3 toelichting']);
    setLocale('en');
    expect(['aanvraag', 'hourlyRate', 'K2', 'G3 toelichting'].map(changeText)).toEqual(['request', 'Hourly rate', 'K2', 'G3 note']);
  });
});
