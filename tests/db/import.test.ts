// Replays the import dialog: parse → preview (plan) → the user's choice → commit, and proves that
// what the preview showed is what lands, all of it or nothing.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import type { Request } from '../../src/core';
import { previewImport } from '../../src/db/import-preview';
import { commitImport, lastImport, sha256Hex, undoLastImport } from '../../src/db/imports';
import { addCandidate, applyEdits, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';

const request = makeRequest({
  id: 'r1',
  title: 'SOR Ondersteuner',
  shortlistSize: 5,
  tieBreak: 'lowest-rate',
  knockOuts: [{ id: 'ko1', text: 'HBO' }],
  criteria: [{ id: 'cr1', text: 'Ervaring', maxPoints: 10 }, { id: 'cr2', text: 'Kennis', maxPoints: 20 }],
  competencies: [],
});

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`import-${Math.random()}`);
  await db.open();
  await saveRequest(db, request);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The worker's own preview step (src/db/import-preview.ts), on the bytes of a file. */
async function preview(csv: string) {
  const result = await previewImport(db, request, new TextEncoder().encode(csv), 'lijst.csv');
  return { plan: result.plan, summary: result.summary };
}
const meta = { fileName: 'lijst.csv', size: 100, sha256: 'x' };

describe('import preview → commit', () => {
  it('classifies rows as new, update (by e-mail), update (by name + phone) and unchanged', async () => {
    const anouk = await addCandidate(db, 'r1', { name: 'Anouk de Vries', email: 'anouk@example.nl', hourlyRate: 70 });
    const bram = await addCandidate(db, 'r1', { name: 'Bram Jansen', phone: '06-12345678' });
    const cor = await addCandidate(db, 'r1', { name: 'Cor van Dijk', email: 'cor@example.nl', hourlyRate: 80 });
    const { plan } = await preview(
      'Naam;E-mail;Telefoon;Uurtarief\r\n' +
        'Daan Bakker;daan@example.nl;;90\r\n' +
        'A. de Vries;ANOUK@example.nl;;72,50\r\n' +
        'bram  jansen;;+31 6 1234 5678;95\r\n' +
        'Cor van Dijk;cor@example.nl;;80\r\n',
    );
    expect(plan.rows.map((r) => [r.line, r.action, r.candidateId])).toEqual([
      [2, 'new', null],
      [3, 'update', anouk.ok && anouk.value.id],
      [4, 'update', bram.ok && bram.value.id],
      [5, 'unchanged', cor.ok && cor.value.id],
    ]);
    expect(plan.counts).toEqual({ added: 1, updated: 2, unchanged: 1, errors: 0 });
    expect(plan.rows[1]?.changes).toEqual(['name', 'hourlyRate']);
  });

  it('writes exactly the previewed decisions, even when the pool changed after the preview', async () => {
    const { plan } = await preview('Naam;E-mail\r\nDaan Bakker;daan@example.nl\r\n');
    expect(plan.rows[0]?.action).toBe('new');
    // Someone adds Daan by hand between preview and commit: the commit must not merge silently.
    await addCandidate(db, 'r1', { name: 'Daan (handmatig)', email: 'daan@example.nl' });
    const result = await commitImport(db, plan, meta);
    expect(result.ok).toBe(true);
    const daans = await db.candidates.where('email').equals('daan@example.nl').toArray();
    expect(daans.map((d) => d.name).sort()).toEqual(['Daan (handmatig)', 'Daan Bakker']);
  });

  it('never erases with empty cells: an update keeps scores the file leaves empty', async () => {
    const anouk = await addCandidate(db, 'r1', { name: 'Anouk', email: 'anouk@example.nl' });
    if (!anouk.ok) throw new Error();
    await applyEdits(db, 'r1', [{ kind: 'score', candidateId: anouk.value.id, criterionId: 'cr1', value: 8 }]);
    const { plan } = await preview('Naam;E-mail;Ervaring;Kennis\r\nAnouk;anouk@example.nl;;15\r\n');
    await commitImport(db, plan, meta);
    expect((await db.evaluations.get(['r1', anouk.value.id]))?.scores).toMatchObject({ cr1: 8, cr2: 15 });
  });

  it('refuses the same person twice in one file instead of merging the rows', async () => {
    const { plan } = await preview('Naam;E-mail\r\nDaan;daan@example.nl\r\nDaan B.;DAAN@example.nl\r\n');
    expect(plan.rows).toHaveLength(1);
    expect(plan.errors).toMatchObject([{ code: 'duplicate-row', line: 3 }]);
    expect(plan.counts.errors).toBe(1);
  });

  it('writes nothing when one update targets a person erased after the preview', async () => {
    const anouk = await addCandidate(db, 'r1', { name: 'Anouk', email: 'anouk@example.nl' });
    if (!anouk.ok) throw new Error();
    const { plan } = await preview('Naam;E-mail;Uurtarief\r\nNieuw;nieuw@example.nl;70\r\nAnouk;anouk@example.nl;75\r\n');
    await db.candidates.delete(anouk.value.id);
    const before = await db.candidates.count();
    const result = await commitImport(db, plan, meta);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'candidate-gone', line: 3 }] });
    expect(await db.candidates.count()).toBe(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('records the batch and undoes the last import back to the state before it', async () => {
    const anouk = await addCandidate(db, 'r1', { name: 'Anouk', email: 'anouk@example.nl', hourlyRate: 70 });
    if (!anouk.ok) throw new Error();
    const { plan } = await preview('Naam;E-mail;Uurtarief;Ervaring\r\nAnouk;anouk@example.nl;99;5\r\nNieuw;nieuw@example.nl;60;7\r\n');
    const committed = await commitImport(db, plan, meta);
    expect(committed.ok && committed.value.counts).toEqual({ added: 1, updated: 1, unchanged: 0, errors: 0 });
    expect((await lastImport(db, 'r1'))?.fileName).toBe('lijst.csv');
    expect(await db.candidates.count()).toBe(2);

    expect((await undoLastImport(db, 'r1')).ok).toBe(true);
    expect(await db.candidates.count()).toBe(1);
    expect((await db.candidates.get(anouk.value.id))?.hourlyRate).toBe(70);
    expect((await db.evaluations.get(['r1', anouk.value.id]))?.scores).toEqual({});
    expect(await db.importBatches.count()).toBe(0);
  });

  it('what the preview lists is what lands: its counts, its new names and the file hash', async () => {
    await addCandidate(db, 'r1', { name: 'Anouk', email: 'anouk@example.nl', hourlyRate: 70 });
    const { plan, summary } = await preview('Naam;E-mail;Uurtarief\r\nAnouk;anouk@example.nl;75\r\nNieuw;nieuw@example.nl;60\r\nZonder;;nul\r\n');
    expect(summary.counts).toEqual({ added: 1, updated: 1, unchanged: 0, errors: 1 });
    expect(summary.samples.new.map((r) => r.candidate.name)).toEqual(['Nieuw']);
    expect(summary.errors).toMatchObject([{ line: 4, column: 'Uurtarief' }]);
    const committed = await commitImport(db, plan, meta);
    expect(committed.ok && committed.value.counts).toEqual(summary.counts);
    expect((await db.candidates.toArray()).map((c) => c.name).sort()).toEqual(['Anouk', 'Nieuw']);
    expect(summary.sha256).toBe(await sha256Hex(new TextEncoder().encode('Naam;E-mail;Uurtarief\r\nAnouk;anouk@example.nl;75\r\nNieuw;nieuw@example.nl;60\r\nZonder;;nul\r\n')));
  });

  it('hashes the file bytes with SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('test'))).toBe('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });
});
