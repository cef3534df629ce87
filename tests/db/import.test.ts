// Replays the import dialog: parse → preview (plan) → the user's choice → commit, and proves that
// what the preview showed is what lands, all of it or nothing.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../builders';
import type { Request } from '../../src/core';
import { choosePartial, previewImport } from '../../src/db/import-preview';
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
    expect(plan.rows[1]?.changes).toEqual([
      { kind: 'field', field: 'name', from: 'Anouk de Vries', to: 'A. de Vries' },
      { kind: 'field', field: 'hourlyRate', from: 70, to: 72.5 },
    ]);
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
    // A negative rate is read but wrong: it blocks its row (an unreadable one would not; see below).
    const { plan, summary } = await preview('Naam;E-mail;Uurtarief\r\nAnouk;anouk@example.nl;75\r\nNieuw;nieuw@example.nl;60\r\nZonder;;-5\r\n');
    expect(summary.counts).toEqual({ added: 1, updated: 1, unchanged: 0, errors: 1 });
    expect(summary.samples.new.map((r) => r.candidate.name)).toEqual(['Nieuw']);
    expect(summary.errors).toMatchObject([{ line: 4, column: 'Uurtarief' }]);
    const committed = await commitImport(db, plan, meta);
    expect(committed.ok && committed.value.counts).toEqual(summary.counts);
    expect((await db.candidates.toArray()).map((c) => c.name).sort()).toEqual(['Anouk', 'Nieuw']);
    expect(summary.sha256).toBe(await sha256Hex(new TextEncoder().encode('Naam;E-mail;Uurtarief\r\nAnouk;anouk@example.nl;75\r\nNieuw;nieuw@example.nl;60\r\nZonder;;-5\r\n')));
  });

  it('hashes the file bytes with SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('test'))).toBe('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });
});

// PRODUCT §5 and STYLE.md (Actual's csv-import-silent-drop): the preview shows what it read, the
// user decides about rows with unreadable cells in the preview, and exactly that lands.
describe('import preview → choice for rows with unreadable cells → commit', () => {
  const csv =
    'Naam;E-mail;Uurtarief;Uren per week;Ervaring;Kennis\r\n' +
    'Anouk;anouk@example.nl;75;20-24;;15\r\n' + // update; hours unreadable
    'Nieuw;nieuw@example.nl;n.v.t.;32;8;\r\n' + // new; rate unreadable
    'Bram;bram@example.nl;60;24;5;10\r\n' + // new, readable
    ';zonder@example.nl;70;32;;\r\n'; // no name: blocks its row whatever the choice
  const bytes = new TextEncoder().encode(csv);
  let anouk: string;
  beforeEach(async () => {
    const added = await addCandidate(db, 'r1', { name: 'Anouk', email: 'anouk@example.nl', hourlyRate: 70, hoursPerWeek: 16 });
    if (!added.ok) throw new Error('setup');
    anouk = added.value.id;
  });
  const previewIt = (options: Parameters<typeof previewImport>[4] = {}) => previewImport(db, request, bytes, 'lijst.csv', options);
  const stored = async () => {
    const candidates = await db.candidates.toArray();
    const evaluations = await db.evaluations.where('requestId').equals('r1').toArray();
    return candidates
      .map((c) => ({ name: c.name, hourlyRate: c.hourlyRate, hoursPerWeek: c.hoursPerWeek, scores: evaluations.find((e) => e.candidateId === c.id)?.scores }))
      .sort((a, b) => a.name.localeCompare(b.name));
  };

  it('shows the partial rows apart, with the cells it could not read, and the choice still open', async () => {
    const { summary } = await previewIt();
    expect(summary.partial).toEqual({ rows: 2, choice: null });
    expect(summary.rowTotals).toEqual({ new: 1, update: 0, unchanged: 0, partial: 2 });
    expect(summary.samples.partial.map((r) => [r.line, r.action, r.candidate.name, r.emptied?.map((c) => [c.column, c.params?.['text']])])).toEqual([
      [2, 'update', 'Anouk', [['Uren per week', '20-24']]],
      [3, 'new', 'Nieuw', [['Uurtarief', 'n.v.t.']]],
    ]);
    // What the update would change, old → new, without the unreadable cell.
    expect(summary.samples.partial[0]?.changes).toEqual([
      { kind: 'field', field: 'hourlyRate', from: 70, to: 75 },
      { kind: 'score', id: 'cr2', from: null, to: 15 },
    ]);
    // Only the nameless row is an error; the partial rows are not listed as errors.
    expect(summary.errors.map((e) => [e.line, e.code])).toEqual([[5, 'missing-name']]);
    expect(summary.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 1 });
  });

  it('writes nothing while the choice is open: neither importing nor skipping happens silently', async () => {
    const { plan, meta } = await previewIt();
    const before = await stored();
    const result = await commitImport(db, plan, meta);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'partial-undecided', params: { n: 2 } }] });
    expect(await stored()).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('imports them with the unreadable cells left empty when so chosen: what the preview showed lands', async () => {
    const chosen = choosePartial(await previewIt(), 'import');
    const { summary } = chosen;
    expect(summary.counts).toEqual({ added: 2, updated: 1, unchanged: 0, errors: 1 });
    const committed = await commitImport(db, chosen.plan, chosen.meta);
    expect(committed.ok && committed.value.counts).toEqual(summary.counts);
    expect(await stored()).toEqual([
      // The update: the new rate and score; the unreadable hours leave the old value as it was.
      { name: 'Anouk', hourlyRate: 75, hoursPerWeek: 16, scores: { cr2: 15 } },
      { name: 'Bram', hourlyRate: 60, hoursPerWeek: 24, scores: { cr1: 5, cr2: 10 } },
      // The new person without the rate the file held as "n.v.t.".
      { name: 'Nieuw', hourlyRate: undefined, hoursPerWeek: 32, scores: { cr1: 8 } },
    ]);
    // Every value the preview listed for a new row is the stored one.
    for (const row of [...summary.samples.new, ...summary.samples.partial.filter((r) => r.action === 'new')]) {
      const person = (await stored()).find((p) => p.name === row.candidate.name);
      expect(person).toMatchObject({ hourlyRate: row.candidate.hourlyRate, hoursPerWeek: row.candidate.hoursPerWeek });
    }
    expect((await db.candidates.get(anouk))?.hourlyRate).toBe(75);
  });

  it('skips them when so chosen: only the readable rows land, the partial ones are counted as skipped', async () => {
    const chosen = choosePartial(await previewIt(), 'skip');
    expect(chosen.summary.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 3 });
    const committed = await commitImport(db, chosen.plan, chosen.meta);
    expect(committed.ok && committed.value.counts).toEqual(chosen.summary.counts);
    expect((await stored()).map((p) => p.name)).toEqual(['Anouk', 'Bram']);
    expect((await db.candidates.get(anouk))).toMatchObject({ hourlyRate: 70, hoursPerWeek: 16 });
  });

  it('changes its mind without reading the file again, and keeps the choice when the mapping changes', async () => {
    const first = await previewIt();
    const flipped = choosePartial(choosePartial(first, 'skip'), 'import');
    expect(flipped.summary.counts).toEqual(choosePartial(first, 'import').summary.counts);
    expect(flipped.plan.rows).toBe(first.plan.rows);
    const remapped = await previewIt({ mapping: { 4: null }, partialRows: 'import' });
    expect(remapped.summary.partial).toEqual({ rows: 2, choice: 'import' });
    expect(remapped.summary.columns[4]?.status).toBe('ignored');
  });

  it('writes the partial rows as planned even when the pool changed after the preview', async () => {
    const chosen = choosePartial(await previewIt(), 'import');
    await addCandidate(db, 'r1', { name: 'Nieuw (handmatig)', email: 'nieuw@example.nl' });
    expect((await commitImport(db, chosen.plan, chosen.meta)).ok).toBe(true);
    expect((await db.candidates.where('email').equals('nieuw@example.nl').toArray()).map((c) => c.name).sort()).toEqual(['Nieuw', 'Nieuw (handmatig)']);
  });
});

describe('the preview shows what it read', () => {
  it('flags a rate that reads as € 1.250 per hour before anything is written, and writes it as read', async () => {
    const result = await previewImport(db, request, new TextEncoder().encode('Naam;Uurtarief;Uren\r\nAnna;€ 1.250,00;32\r\nBram;75;72\r\nCor;80;40\r\n'), 'lijst.csv');
    expect(result.summary.flagTotal).toBe(2);
    expect(result.summary.flags.map((f) => [f.line, f.column, f.code])).toEqual([
      [2, 'Uurtarief', 'implausible-rate'],
      [3, 'Uren', 'implausible-hours'],
    ]);
    expect(result.summary.samples.new.map((r) => [r.candidate.name, r.candidate.hourlyRate, r.flags?.map((f) => f.field) ?? []])).toEqual([
      ['Anna', 1250, ['hourlyRate']],
      ['Bram', 75, ['hoursPerWeek']],
      ['Cor', 80, []],
    ]);
    expect(await db.candidates.count()).toBe(0);
    await commitImport(db, result.plan, result.meta);
    expect((await db.candidates.toArray()).find((c) => c.name === 'Anna')?.hourlyRate).toBe(1250);
  });

  it('names a look-alike column, and reads it once the mapping the preview offers is taken', async () => {
    const file = new TextEncoder().encode('Naam;Tarief excl. btw;Wens 2\r\nAnna;72,50;15\r\n');
    const first = await previewImport(db, request, file, 'lijst.csv');
    const like = first.summary.columns.filter((c) => c.note?.code === 'look-alike').map((c) => [c.index, c.note]);
    expect(like).toEqual([
      [1, { code: 'look-alike', target: { kind: 'field', field: 'hourlyRate' } }],
      [2, { code: 'look-alike', target: { kind: 'score', id: 'cr2' } }],
    ]);
    expect(first.summary.samples.new[0]?.candidate.hourlyRate).toBeUndefined();
    const taken = await previewImport(db, request, file, 'lijst.csv', { mapping: { 0: { kind: 'field', field: 'name' }, 1: { kind: 'field', field: 'hourlyRate' } } });
    expect(taken.summary.samples.new[0]).toMatchObject({ candidate: { name: 'Anna', hourlyRate: 72.5 }, scores: {} });
  });

  it('shows a too-long name as an error of its line and column, and writes nothing of that row', async () => {
    const result = await previewImport(db, request, new TextEncoder().encode(`Naam;Leverancier\r\n${'n'.repeat(201)};Eigen\r\nBram;${'l'.repeat(501)}\r\nCor;Eigen\r\n`), 'lijst.csv');
    expect(result.summary.errors.map((e) => [e.line, e.column, e.code, e.params?.['max']])).toEqual([
      [2, 'Naam', 'too-long', 200],
      [3, 'Leverancier', 'too-long', 500],
    ]);
    expect(result.summary.counts).toEqual({ added: 1, updated: 0, unchanged: 0, errors: 2 });
  });
});
