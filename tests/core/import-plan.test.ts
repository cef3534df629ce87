import { describe, expect, it } from 'vitest';
import { choosePartialRows, isPartial, matchKeys, mergeRow, normaliseName, normalisePhone, planImport, rowsToWrite, type ImportRowInput } from '../../src/core';
import { makeCandidate, makeEvaluation, makeRequest } from '../builders';

const request = makeRequest();

function row(line: number, candidate: ImportRowInput['candidate'], scores: ImportRowInput['scores'] = {}, knockOuts: ImportRowInput['knockOuts'] = {}): ImportRowInput {
  return { line, candidate, scores, knockOuts };
}

describe('recognising a person', () => {
  it('normalises names without accents, case or punctuation', () => {
    expect(normaliseName('  Zoë  Brouwer-de Wit ')).toBe('zoe brouwer de wit');
  });

  it('normalises Dutch phone numbers with country code, spaces and dashes', () => {
    expect(normalisePhone('+31 6-1234 5678')).toBe('0612345678');
    expect(normalisePhone('0031612345678')).toBe('0612345678');
    expect(normalisePhone('06 12 34 56 78')).toBe('0612345678');
  });

  it('uses the e-mail first, case-insensitively, else name and phone, else nothing', () => {
    expect(matchKeys({ name: 'A', email: ' Anna@Example.NL ', phone: '0612345678' })).toEqual(['e:anna@example.nl']);
    expect(matchKeys({ name: 'Anna Bos', phone: '+31 612345678' })).toEqual(['np:anna bos|0612345678']);
    expect(matchKeys({ name: 'Anna Bos' })).toEqual([]);
  });
});

describe('planning an import', () => {
  const pool = [
    makeCandidate('p1', { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 90 }),
    makeCandidate('p2', { name: 'Bram de Jong', phone: '06-11112222' }),
  ];
  const evaluations = [makeEvaluation('p1', { c1: 40, c2: 30 }), makeEvaluation('p2', { c1: 10, c2: null }, { k1: 'unknown' }, 'other')];

  it('marks a person nobody knows as new', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Cor Vis', email: 'cor@example.nl' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'new', candidateId: null });
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 0 });
  });

  it('matches by e-mail whatever the case, and sees nothing changed when nothing differs', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'ANNA@example.nl', hourlyRate: 90 }, { c1: 40 })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'unchanged', candidateId: 'p1', changes: [] });
    expect(plan.counts.unchanged).toBe(1);
  });

  it('lists what an update changes as data, old → new: fields, knock-outs and scores by id', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 95 }, { c2: 35 }, { k1: 'fail' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', candidateId: 'p1' });
    expect(plan.rows[0]!.changes).toEqual([
      { kind: 'field', field: 'hourlyRate', from: 90, to: 95 },
      { kind: 'knockOut', id: 'k1', from: 'pass', to: 'fail' },
      { kind: 'score', id: 'c2', from: 30, to: 35 },
    ]);
  });

  it('gives a field the person did not have yet as a change from null', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'anna@example.nl', supplier: 'Eigen', hoursPerWeek: 24 })], 0);
    expect(plan.rows[0]!.changes).toEqual([
      { kind: 'field', field: 'hoursPerWeek', from: null, to: 24 },
      { kind: 'field', field: 'supplier', from: null, to: 'Eigen' },
    ]);
  });

  it('sees an e-mail that differs only in case as no change', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'Anna@Example.nl' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'unchanged', changes: [] });
  });

  it('matches by name and phone when there is no e-mail, and puts a person from another request on this one', () => {
    const plan = planImport(request, pool, evaluations, [row(3, { name: 'bram DE jong', phone: '+31 6 1111 2222' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', candidateId: 'p2' });
    expect(plan.rows[0]!.changes).toEqual([{ kind: 'request' }, { kind: 'field', field: 'name', from: 'Bram de Jong', to: 'bram DE jong' }, { kind: 'field', field: 'phone', from: '06-11112222', to: '+31 6 1111 2222' }]);
  });

  // §5 "matched by e-mail, else by normalised name + phone": the e-mail the file adds made a second Bram.
  it('matches by name and phone when the row has an e-mail the pool does not know and the person has none yet; the e-mail is a change', () => {
    const plan = planImport(request, pool, evaluations, [row(3, { name: 'Bram de Jong', phone: '0611112222', email: 'bram@example.nl' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', candidateId: 'p2' });
    expect(plan.rows[0]!.changes).toContainEqual({ kind: 'field', field: 'email', from: null, to: 'bram@example.nl' });
    // Someone of that name and phone with another e-mail is another person: two addresses, two people.
    const other = [makeCandidate('p3', { name: 'Bram de Jong', phone: '0611112222', email: 'b.dejong@elders.nl' })];
    expect(planImport(request, other, [], [row(3, { name: 'Bram de Jong', phone: '0611112222', email: 'bram@example.nl' })], 0).rows[0]).toMatchObject({ action: 'new' });
  });

  it('never treats an empty cell as a change: an import adds and corrects, it does not erase', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'anna@example.nl', supplier: '' }, { c1: null }, { k1: 'unknown' })], 0);
    expect(plan.rows[0]!.action).toBe('unchanged');
  });

  it('refuses the same person twice in one file, naming both lines, and counts parse errors', () => {
    const plan = planImport(
      request,
      pool,
      evaluations,
      [row(2, { name: 'Cor Vis', email: 'cor@example.nl' }), row(5, { name: 'C. Vis', email: 'Cor@example.nl' })],
      2,
    );
    expect(plan.rows).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ code: 'duplicate-row', line: 5 });
    expect(plan.errors[0]!.message).toContain('regel 2');
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 3 });
  });

  it('sees a new evidence note as a change of that criterion', () => {
    const withNote: ImportRowInput = { ...row(2, { name: 'Anna Bos', email: 'anna@example.nl' }), notes: { c1: 'CV p. 2' } };
    const plan = planImport(request, pool, evaluations, [withNote], 0);
    expect(plan.rows[0]!.changes).toEqual([{ kind: 'note', id: 'c1', from: null, to: 'CV p. 2' }]);
  });

  it('sees a changed evidence note with its old text', () => {
    const noted = [{ ...makeEvaluation('p1', { c1: 40 }), notes: { c1: 'CV p. 1' } }];
    const withNote: ImportRowInput = { ...row(2, { name: 'Anna Bos', email: 'anna@example.nl' }), notes: { c1: 'CV p. 2' } };
    expect(planImport(request, pool, noted, [withNote], 0).rows[0]!.changes).toEqual([{ kind: 'note', id: 'c1', from: 'CV p. 1', to: 'CV p. 2' }]);
  });

  it('plans nothing for an empty file', () => {
    expect(planImport(request, pool, evaluations, [], 0)).toMatchObject({ rows: [], errors: [], partial: { rows: 0, choice: null }, counts: { added: 0, updated: 0, unchanged: 0, errors: 0 } });
  });
});

describe('merging a row', () => {
  it('overwrites only what the row gives, and keeps scores, knock-outs and notes it leaves empty', () => {
    const candidate = makeCandidate('p1', { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 90, supplier: 'Eigen' });
    const evaluation = { ...makeEvaluation('p1', { c1: 40, c2: 30 }), notes: { c1: 'CV p. 1' } };
    const merged = mergeRow(candidate, evaluation, {
      line: 2,
      candidate: { name: 'Anna Bos', hourlyRate: 95, supplier: '' },
      knockOuts: { k1: 'unknown' },
      scores: { c1: null, c2: 35 },
      notes: { c1: '', c2: 'CV p. 3' },
    });
    expect(merged.candidate).toEqual({ id: 'p1', name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 95, supplier: 'Eigen' });
    expect(merged.evaluation.knockOuts).toEqual({ k1: 'pass' });
    expect(merged.evaluation.scores).toEqual({ c1: 40, c2: 35 });
    expect(merged.evaluation.notes).toEqual({ c1: 'CV p. 1', c2: 'CV p. 3' });
    // The inputs are facts of record: merging makes new objects and leaves them as they were.
    expect(candidate.hourlyRate).toBe(90);
    expect(evaluation.scores.c2).toBe(30);
  });
});

describe('rows with unreadable optional cells (partial rows)', () => {
  const pool = [makeCandidate('p1', { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 90 })];
  const evaluations = [makeEvaluation('p1', { c1: 40 })];
  const emptied = (line: number, column: string) => [{ code: 'not-a-number', line, column, message: `Regel ${line}`, target: { kind: 'field' as const, field: 'hoursPerWeek' as const }, params: { text: '20-24' } }];
  const partialNew: ImportRowInput = { ...row(3, { name: 'Cor Vis', email: 'cor@example.nl' }), emptied: emptied(3, 'Uren') };
  const partialUpdate: ImportRowInput = { ...row(4, { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 95 }), emptied: emptied(4, 'Uren') };
  const full = row(2, { name: 'Dirk Mol', email: 'dirk@example.nl' });
  const plan = planImport(request, pool, evaluations, [full, partialNew, partialUpdate], 1);

  it('plans them like any row: matched, with their changes, and marked as partial', () => {
    expect(plan.rows.map((r) => [r.line, r.action, r.candidateId, isPartial(r)])).toEqual([
      [2, 'new', null, false],
      [3, 'new', null, true],
      [4, 'update', 'p1', true],
    ]);
    expect(plan.rows[2]?.changes).toEqual([{ kind: 'field', field: 'hourlyRate', from: 90, to: 95 }]);
  });

  it('leaves the choice open, counts them nowhere, and writes none of them until it is made', () => {
    expect(plan.partial).toEqual({ rows: 2, choice: null });
    expect(plan.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 1 });
    expect(rowsToWrite(plan).map((r) => r.line)).toEqual([2]);
  });

  it('imports them when the user chooses so, with their counts', () => {
    const chosen = choosePartialRows(plan, 'import');
    expect(chosen.partial).toEqual({ rows: 2, choice: 'import' });
    expect(chosen.counts).toEqual({ added: 2, updated: 1, unchanged: 0, errors: 1 });
    expect(rowsToWrite(chosen).map((r) => r.line)).toEqual([2, 3, 4]);
    // The rows themselves are the planned ones: nothing matched again.
    expect(rowsToWrite(chosen)[2]).toBe(plan.rows[2]);
  });

  it('skips them when the user chooses so, counted with the rows not imported', () => {
    const skipped = choosePartialRows(plan, 'skip');
    expect(skipped.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 3 });
    expect(rowsToWrite(skipped).map((r) => r.line)).toEqual([2]);
  });

  it('takes a changed mind: skip, then import, counts as import alone would', () => {
    const again = choosePartialRows(choosePartialRows(choosePartialRows(plan, 'skip'), 'import'), 'skip');
    expect(again.counts).toEqual(choosePartialRows(plan, 'skip').counts);
    expect(choosePartialRows(choosePartialRows(plan, 'skip'), 'import').counts).toEqual(choosePartialRows(plan, 'import').counts);
  });

  it('takes a choice given at planning time', () => {
    expect(planImport(request, pool, evaluations, [full, partialNew], 0, 'import').counts).toEqual({ added: 2, updated: 0, unchanged: 0, errors: 0 });
  });

  it('refuses a person twice in the file whichever of the two rows is partial', () => {
    const twice = planImport(request, pool, evaluations, [partialNew, row(5, { name: 'C. Vis', email: 'cor@example.nl' })], 0);
    expect(twice.errors).toMatchObject([{ code: 'duplicate-row', line: 5, params: { first: 3 } }]);
  });

  it('writes an unchanged partial row as nothing', () => {
    const same: ImportRowInput = { ...row(2, { name: 'Anna Bos', email: 'anna@example.nl' }), emptied: emptied(2, 'Uren') };
    const p = choosePartialRows(planImport(request, pool, evaluations, [same], 0), 'import');
    expect(p.counts).toEqual({ added: 0, updated: 0, unchanged: 1, errors: 0 });
    expect(rowsToWrite(p)).toEqual([]);
  });
});
