import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markBackupSaved } from '../../src/db/backup';
import { ShortlistDb } from '../../src/db/schema';
import { lastBackupAt, rememberMapping, rememberedMapping } from '../../src/db/settings';

let db: ShortlistDb;
beforeEach(() => {
  db = new ShortlistDb(`settings-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('remembered column mappings', () => {
  it('come back for the same headers on the same request, however the headers are written', async () => {
    await rememberMapping(db, 'r1', ['Naam', 'Uurtarief', 'BSN'], { 2: null });
    expect(await rememberedMapping(db, 'r1', ['naam', ' UURTARIEF ', 'bsn'])).toEqual({ 2: null });
  });
  it('are kept apart per request and per header layout', async () => {
    await rememberMapping(db, 'r1', ['Naam', 'BSN'], { 1: null });
    expect(await rememberedMapping(db, 'r2', ['Naam', 'BSN'])).toBeUndefined();
    expect(await rememberedMapping(db, 'r1', ['Naam', 'BSN', 'Telefoon'])).toBeUndefined();
  });
});

describe('last backup', () => {
  it('is unknown until a backup is saved, then its time', async () => {
    expect(await lastBackupAt(db)).toBeUndefined();
    await markBackupSaved(db, '2026-11-23T10:00:00.000Z');
    expect(await lastBackupAt(db)).toBe('2026-11-23T10:00:00.000Z');
  });
});
