import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCandidatesCsv, targetLabel, type MappingTarget, type Request, type RowChange } from '../../src/core';
import { setLocale } from '../../src/ui/i18n';
import { changeText, columnNote, noteValue, targetText, warningText } from '../../src/ui/transfer/mapping-text';

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

  it('words what an update changes, old → new, in the chosen language', () => {
    const [k2, , c3] = [sor.knockOuts[1]!.id, null, sor.criteria[2]!.id];
    const changes: RowChange[] = [
      { kind: 'request' },
      { kind: 'field', field: 'hourlyRate', from: 70, to: 72.5 },
      { kind: 'field', field: 'supplier', from: null, to: 'Zelfstandige' },
      { kind: 'field', field: 'hoursPerWeek', from: 16, to: 24 },
      { kind: 'knockOut', id: k2, from: 'unknown', to: 'pass' },
      { kind: 'score', id: c3, from: null, to: 36 },
      { kind: 'note', id: c3, from: 'CV p. 1', to: 'CV p. 2' },
    ];
    setLocale('nl');
    expect(changes.map((c) => changeText(c, sor).replace(/\u00a0/g, ' '))).toEqual([
      'op deze aanvraag gezet',
      'Uurtarief: € 70,00 → € 72,50',
      'Leverancier: (leeg) → Zelfstandige',
      'Uren per week: 16 uur → 24 uur',
      'knock-out K2: onbekend → voldaan',
      'criterium G3: (leeg) → 36',
      'de toelichting bij criterium G3: "CV p. 1" → "CV p. 2"',
    ]);
    setLocale('en');
    expect(changes.map((c) => changeText(c, sor))).toEqual([
      'added to this request',
      'Hourly rate: €70.00 → €72.50',
      'Supplier: (empty) → Zelfstandige',
      'Hours per week: 16 h → 24 h',
      'knock-out K2: unknown → passed',
      'criterion G3: (empty) → 36',
      'the note on criterion G3: "CV p. 1" → "CV p. 2"',
    ]);
  });

  it('shows a long note by its start, on one line', () => {
    setLocale('nl');
    expect(noteValue('Zie CV\nblz. 2')).toBe('"Zie CV blz. 2"');
    expect(noteValue('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…"`);
  });
});

describe('columns that look like a known field', () => {
  it('names what an unmapped column might be, in Dutch as the core does and in English', () => {
    const parsed = parseCandidatesCsv('Naam;Tarief excl. btw;Uren p/w;Eis 1;Wens 2\nAnna;70;32;ja;8\n', sor);
    setLocale('nl');
    for (const column of parsed.columns.slice(1)) expect(columnNote(column, sor)).toBe(column.message);
    expect(columnNote(parsed.columns[1]!, sor)).toBe('Niet gekoppeld; lijkt op Uurtarief. Kies dat hiernaast om deze kolom in te lezen.');
    setLocale('en');
    expect(parsed.columns.slice(1).map((c) => columnNote(c, sor))).toEqual([
      'Not mapped; looks like Hourly rate. Choose that beside it to read this column.',
      'Not mapped; looks like Hours per week. Choose that beside it to read this column.',
      'Not mapped; looks like knock-out K1. Choose that beside it to read this column.',
      'Not mapped; looks like criterion G2. Choose that beside it to read this column.',
    ]);
  });
});
