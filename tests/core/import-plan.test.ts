import { describe, expect, it } from 'vitest';
import { matchKeys, mergeRow, normaliseName, normalisePhone, planImport, type ImportRowInput } from '../../src/core';
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

  it('lists what an update changes: fields, knock-outs by K-code and criteria by G-code', () => {
    const plan = planImport(request, pool, evaluations, [row(2, { name: 'Anna Bos', email: 'anna@example.nl', hourlyRate: 95 }, { c2: 35 }, { k1: 'fail' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', candidateId: 'p1' });
    expect(plan.rows[0]!.changes).toEqual(['hourlyRate', 'K1', 'G2']);
  });

  it('matches by name and phone when there is no e-mail, and puts a person from another request on this one', () => {
    const plan = planImport(request, pool, evaluations, [row(3, { name: 'bram DE jong', phone: '+31 6 1111 2222' })], 0);
    expect(plan.rows[0]).toMatchObject({ action: 'update', candidateId: 'p2' });
    expect(plan.rows[0]!.changes).toContain('aanvraag');
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
    expect(plan.rows[0]!.changes).toEqual(['G1 toelichting']);
  });

  it('plans nothing for an empty file', () => {
    expect(planImport(request, pool, evaluations, [], 0)).toMatchObject({ rows: [], errors: [], counts: { added: 0, updated: 0, unchanged: 0, errors: 0 } });
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
