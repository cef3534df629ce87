import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../src/core';
import { createBackup, markBackupSaved, readBackup, restoreBackup } from '../../src/db/backup';
import { addCandidate, applyEdits, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { seedIfEmpty } from '../../src/db/seed';

const read = (path: string) => readFileSync(new URL(`../../seeds/${path}`, import.meta.url), 'utf8');
const requests = JSON.parse(read('requests.json')) as Request[];
const seed = {
  requests,
  candidateLists: [
    { requestId: 'seed-30601', csv: read('demo-candidates-30601.csv') },
    { requestId: 'seed-25924', csv: read('demo-candidates-25924.csv') },
  ],
};

let db: ShortlistDb;
let other: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`backup-${Math.random()}`);
  other = new ShortlistDb(`restore-${Math.random()}`);
  await seedIfEmpty(db, seed);
});
afterEach(async () => {
  db.close();
  other.close();
  await Dexie.delete(db.name);
  await Dexie.delete(other.name);
});

describe('backup and restore', () => {
  it('round-trips every record through one JSON file', async () => {
    const text = JSON.stringify(await createBackup(db));
    const backup = readBackup(text);
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(backup.value.counts).toMatchObject({ requests: 2, candidates: 40, evaluations: 44 });
    await restoreBackup(other, backup.value, 'replace');
    for (const table of ['requests', 'candidates', 'evaluations', 'importBatches', 'settings']) {
      expect(await other.table(table).toArray(), table).toEqual(await db.table(table).toArray());
    }
  });

  it('refuses a truncated file and says so', () => {
    return createBackup(db).then((b) => {
      const text = JSON.stringify(b);
      expect(readBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, errors: [{ code: 'not-json' }] });
    });
  });

  it('refuses a file whose rows do not match its counts (partly cut away)', async () => {
    const b = await createBackup(db);
    b.tables.candidates.pop();
    expect(readBackup(JSON.stringify(b))).toMatchObject({ ok: false, errors: [{ code: 'count-mismatch' }] });
  });

  it('refuses a backup with an invalid score maximum or a dangling evaluation, naming it', async () => {
    const b = await createBackup(db);
    b.tables.requests[0]!.criteria[0]!.maxPoints = -3;
    const result = readBackup(JSON.stringify(b));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.map((e) => e.code)).toContain('invalid-max-points');
  });

  it('refuses something that is no backup, and a backup from a newer schema', () => {
    expect(readBackup('{"hello":1}')).toMatchObject({ ok: false, errors: [{ code: 'not-a-backup' }] });
    expect(readBackup('{"format":"shortlist-backup","schemaVersion":99}')).toMatchObject({ ok: false, errors: [{ code: 'newer-version' }] });
  });

  it('merge keeps what is there; replace starts from the backup only', async () => {
    const backup = readBackup(JSON.stringify(await createBackup(db)));
    if (!backup.ok) throw new Error();
    const mine: Request = { ...requests[0]!, id: 'mine', title: 'Mijn eigen' };
    await saveRequest(other, mine);
    await restoreBackup(other, backup.value, 'merge');
    expect(await other.requests.count()).toBe(3);
    await restoreBackup(other, backup.value, 'replace');
    expect(await other.requests.get('mine')).toBeUndefined();
    expect(await other.requests.count()).toBe(2);
  });

  it('keeps the scores a consultant entered', async () => {
    const person = await addCandidate(db, 'seed-25924', { name: 'Extra' });
    if (!person.ok) throw new Error();
    await applyEdits(db, 'seed-25924', [{ kind: 'score', candidateId: person.value.id, criterionId: 'cr2', value: 27.5 }]);
    const backup = readBackup(JSON.stringify(await createBackup(db)));
    if (!backup.ok) throw new Error();
    await restoreBackup(other, backup.value, 'replace');
    expect((await other.evaluations.get(['seed-25924', person.value.id]))?.scores.cr2).toBe(27.5);
  });

  it('remembers when the last backup was saved', async () => {
    await markBackupSaved(db, '2026-11-23T10:00:00.000Z');
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-23T10:00:00.000Z');
  });

  it("leaves the team sync's notes about this device's documents out, and replacing everything keeps them", async () => {
    await db.settings.bulkPut([{ key: 'sync:unmerged', value: ['evaluation:a:b'] }, { key: 'sync:made-here', value: ['evaluation:a:c'] }]);
    const made = await createBackup(db);
    expect(made.tables.settings.map((s) => s.key)).not.toEqual(expect.arrayContaining(['sync:unmerged']));
    expect(made.tables.settings.map((s) => s.key)).not.toEqual(expect.arrayContaining(['sync:made-here']));
    const backup = readBackup(JSON.stringify(made));
    if (!backup.ok) throw new Error();
    await other.settings.put({ key: 'sync:unmerged', value: ['evaluation:x:y'] });
    await restoreBackup(other, backup.value, 'replace');
    expect((await other.settings.get('sync:unmerged'))?.value).toEqual(['evaluation:x:y']);
  });

  it('replacing everything keeps the date of the last backup this browser saved', async () => {
    const backup = readBackup(JSON.stringify(await createBackup(db)));
    if (!backup.ok) throw new Error();
    await markBackupSaved(other, '2026-11-23T10:00:00.000Z');
    await restoreBackup(other, backup.value, 'replace');
    expect((await other.settings.get('lastBackupAt'))?.value).toBe('2026-11-23T10:00:00.000Z');
  });
});
