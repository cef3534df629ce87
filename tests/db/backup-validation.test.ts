// A backup is checked field by field before anything is written (issue 9.2): a wrongly typed value
// in any record refuses the whole file, with the record and the field named.
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../src/core';
import { createBackup, readBackup, type Backup } from '../../src/db/backup';
import { ShortlistDb } from '../../src/db/schema';
import { seedIfEmpty } from '../../src/db/seed';

const read = (path: string) => readFileSync(new URL(`../../seeds/${path}`, import.meta.url), 'utf8');
const seed = {
  requests: JSON.parse(read('requests.json')) as Request[],
  candidateLists: [
    { requestId: 'seed-30601', csv: read('demo-candidates-30601.csv') },
    { requestId: 'seed-25924', csv: read('demo-candidates-25924.csv') },
  ],
};

let db: ShortlistDb;
let original: Backup;
beforeAll(async () => {
  db = new ShortlistDb(`validation-${Math.random()}`);
  await seedIfEmpty(db, seed);
  original = await createBackup(db);
  // An import batch too, so its undo data is checked as well.
  original.tables.importBatches.push({
    id: 'batch-1', requestId: 'seed-25924', fileName: 'lijst.csv', size: 10, sha256: 'ab', createdAt: '2026-11-01T10:00:00.000Z',
    counts: { added: 0, updated: 1, unchanged: 0, errors: 0 },
    undo: { createdCandidateIds: [], previousCandidates: [original.tables.candidates[0]!], previousEvaluations: [], createdEvaluationKeys: [] },
  });
  original.counts.importBatches = 1;
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A copy of the backup with one record changed by `tamper`. */
function tampered(tamper: (b: Backup) => void): string {
  const copy = structuredClone(original);
  tamper(copy);
  return JSON.stringify(copy);
}
const firstOf = (b: Backup, requestId: string) => b.tables.evaluations.find((e) => e.requestId === requestId)!;
const set = (target: object, key: string, value: unknown) => ((target as Record<string, unknown>)[key] = value);

describe('a backup with one wrongly typed value is refused whole, naming the record and the field', () => {
  it('accepts the untouched backup (the check knows every field the app writes)', () => {
    expect(readBackup(JSON.stringify(original))).toMatchObject({ ok: true });
  });

  it.each<[string, (b: Backup) => void, { table: string; field: string }]>([
    ['a score stored as the text "negen"', (b) => set(firstOf(b, 'seed-30601').scores, 'cr1', 'negen'), { table: 'evaluations', field: 'scores.cr1' }],
    ['a knock-out value that is not pass / fail / unknown', (b) => set(firstOf(b, 'seed-30601').knockOuts, 'ko1', 'ja'), { table: 'evaluations', field: 'knockOuts.ko1' }],
    ['a rating that is no rating', (b) => set(firstOf(b, 'seed-30601'), 'competencies', { cp1: 'matig' }), { table: 'evaluations', field: 'competencies.cp1' }],
    ['an assessor\'s rating that is no rating', (b) => set(firstOf(b, 'seed-30601'), 'panel', { Anne: { cp1: 5 } }), { table: 'evaluations', field: 'panel.Anne.cp1' }],
    ['a client score that is text', (b) => set(firstOf(b, 'seed-30601'), 'clientScores', { cc1: '8' }), { table: 'evaluations', field: 'clientScores.cc1' }],
    ['an invitation date that is a number', (b) => set(firstOf(b, 'seed-30601'), 'invitedAt', 20260701), { table: 'evaluations', field: 'invitedAt' }],
    ['notes that are no object', (b) => set(firstOf(b, 'seed-30601'), 'notes', 'CV p. 2'), { table: 'evaluations', field: 'notes' }],
    ['a rate stored as the text "75"', (b) => set(b.tables.candidates[0]!, 'hourlyRate', '75'), { table: 'candidates', field: 'hourlyRate' }],
    ['a name that is a number', (b) => set(b.tables.candidates[1]!, 'name', 42), { table: 'candidates', field: 'name' }],
    ['a field the schema does not know (a BSN)', (b) => set(b.tables.candidates[2]!, 'bsn', '123456782'), { table: 'candidates', field: 'bsn' }],
    ['a candidate without its stamp', (b) => set(b.tables.candidates[3]!, 'updatedAt', undefined), { table: 'candidates', field: 'updatedAt' }],
    ['a tie-break that does not exist', (b) => set(b.tables.requests[0]!, 'tieBreak', 'random'), { table: 'requests', field: 'tieBreak' }],
    ['a rule of an unknown kind', (b) => set(b.tables.requests[0]!.knockOuts[0]!, 'rule', { kind: 'max-hours', max: 3 }), { table: 'requests', field: 'knockOuts[0].rule.kind' }],
    ['maximum points that are text', (b) => set(b.tables.requests[1]!.criteria[0]!, 'maxPoints', '10'), { table: 'requests', field: 'criteria[0].maxPoints' }],
    ['criteria that are no list', (b) => set(b.tables.requests[1]!, 'criteria', {}), { table: 'requests', field: 'criteria' }],
    ['an import batch whose undo data is no list', (b) => set(b.tables.importBatches[0]!.undo, 'previousCandidates', 'x'), { table: 'importBatches', field: 'undo.previousCandidates' }],
    ['an import batch whose undo holds a broken candidate', (b) => set(b.tables.importBatches[0]!.undo.previousCandidates[0]!, 'hourlyRate', 'veel'), { table: 'importBatches', field: 'undo.previousCandidates[0].hourlyRate' }],
    ['a setting with a field beside key and value', (b) => set(b.tables.settings[0]!, 'extra', 1), { table: 'settings', field: 'extra' }],
  ])('refuses %s', (_, tamper, where) => {
    const result = readBackup(tampered(tamper));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ code: 'invalid-field', params: expect.objectContaining(where) }));
    const error = result.errors.find((e) => e.params?.['field'] === where.field);
    // The Dutch message names the record (its table word, its place and id) and the field.
    expect(error?.message).toMatch(new RegExp(`"${where.field.replace(/[.[\]]/g, '\\$&')}"`));
    expect(typeof error?.params?.['index']).toBe('number');
  });

  it.each<[string, (b: Backup) => void, string]>([
    ['a 1 MB name', (b) => set(b.tables.candidates[5]!, 'name', 'x'.repeat(1024 * 1024)), 'too-long'],
    ['a note of 5 001 characters', (b) => set(firstOf(b, 'seed-30601'), 'notes', { cr1: 'x'.repeat(5001) }), 'too-long'],
    ['a request title of 501 characters', (b) => set(b.tables.requests[0]!, 'title', 't'.repeat(501)), 'too-long'],
    ['a score above its criterion\'s maximum', (b) => set(firstOf(b, 'seed-25924').scores, 'cr1', 11), 'score-above-max'],
    ['a score with three decimals', (b) => set(firstOf(b, 'seed-25924').scores, 'cr1', 1.125), 'too-many-decimals'],
    ['an evaluation of someone not in the backup', (b) => set(firstOf(b, 'seed-25924'), 'candidateId', 'ghost'), 'dangling-evaluation'],
  ])('refuses %s by the rules of the record, naming it', (_, tamper, code) => {
    const result = readBackup(tampered(tamper));
    expect(result.ok).toBe(false);
    // One thing is wrong, so one error: a broken record brings no echoes of itself elsewhere.
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code, params: expect.objectContaining({ table: expect.any(String), index: expect.any(Number) }) })]);
  });

  it('refuses a file without a schema version, and says so (not "schema undefined")', () => {
    const result = readBackup(tampered((b) => set(b, 'schemaVersion', undefined)));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'no-schema-version' }] });
    expect(JSON.stringify(result)).not.toContain('undefined');
  });
});
