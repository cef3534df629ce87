import Dexie from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, ShortlistDb, VERSIONS } from '../../src/db/schema';

const dir = new URL('../fixtures/databases/', import.meta.url);
const shipped = JSON.parse(readFileSync(new URL('versions.json', dir), 'utf8')) as {
  versions: { version: number; stores: Record<string, string> }[];
};
type Fixture = { version: number; tables: Record<string, Record<string, unknown>[]> };
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture);

describe('schema versions', () => {
  it('never edits a version after it shipped (versions.json is the record)', () => {
    // The upgrade functions are code, not data: the stores and version numbers are the record.
    expect(VERSIONS.slice(0, shipped.versions.length).map(({ version, stores }) => ({ version, stores }))).toEqual(shipped.versions);
  });
  it('has shipped every version the code declares (append to versions.json when one ships)', () => {
    expect(shipped.versions.map((v) => v.version)).toEqual(VERSIONS.map((v) => v.version));
  });
  it('has a database fixture for every version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(VERSIONS.map((v) => v.version));
  });
});

describe.each(fixtures.map((f) => [f.version, f] as const))('a database written by version %i', (version, fixture) => {
  it(`opens with the current schema (v${CURRENT_VERSION}) and finds every record intact`, async () => {
    const name = `fixture-v${version}-${Math.random()}`;
    // Write the fixture exactly as that version's schema would: its own stores, no upgrade code.
    const old = new Dexie(name);
    for (const v of shipped.versions.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const db = new ShortlistDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const found = await db.table(table).toArray();
      expect(found, table).toHaveLength(rows.length);
      for (const row of rows) expect(found, table).toContainEqual(row);
    }
    db.close();
    await Dexie.delete(name);
  });
});

describe('a backup written by version 1', () => {
  it('restores into today\'s schema: the change log, which v1 did not have, starts empty', async () => {
    const { readBackup } = await import('../../src/db/backup');
    const v1 = fixtures.find((f) => f.version === 1)!;
    const counts = Object.fromEntries(Object.entries(v1.tables).map(([t, rows]) => [t, rows.length]));
    const result = readBackup(JSON.stringify({ format: 'shortlist-backup', schemaVersion: 1, exportedAt: '2026-11-01T00:00:00.000Z', counts, tables: v1.tables }));
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: CURRENT_VERSION, counts: { changes: 0 }, tables: { changes: [] } } });
  });
});

describe('a backup written by version 3 (before the panel drafts)', () => {
  it('restores into today\'s schema with every sheet and status as it was; a version beyond today\'s is refused', async () => {
    const { readBackup } = await import('../../src/db/backup');
    const v3 = fixtures.find((f) => f.version === 3)!;
    const tables = { ...v3.tables, settings: v3.tables.settings!.filter((s) => s.key !== 'deviceId' && s.key !== 'team') };
    const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
    const result = readBackup(JSON.stringify({ format: 'shortlist-backup', schemaVersion: 3, exportedAt: '2026-12-01T00:00:00.000Z', counts, tables }));
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: CURRENT_VERSION, tables: { sheets: v3.tables.sheets, sheetStatus: v3.tables.sheetStatus } } });
    const newer = readBackup(JSON.stringify({ format: 'shortlist-backup', schemaVersion: CURRENT_VERSION + 1, exportedAt: '2027-01-01T00:00:00.000Z', counts, tables }));
    expect(newer).toMatchObject({ ok: false, errors: [{ code: 'newer-version', params: { version: CURRENT_VERSION + 1, current: CURRENT_VERSION } }] });
  });
});
