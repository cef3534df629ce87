// A full backup (one JSON file with every table and the schema version) and its restore. A backup
// is checked whole before anything is written; the restore is one transaction, and afterwards the
// row counts are compared with the file's, so a partial restore can never pass as a good one.
import type { IndexableType } from 'dexie';
import { checkCandidate, checkRequest, type Candidate, type InputError, type Request, type Result } from '../core';
import { CURRENT_VERSION, type ImportBatch, type Setting, type ShortlistDb, type StoredCandidate, type StoredEvaluation, type StoredRequest } from './schema';

export const BACKUP_FORMAT = 'shortlist-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  counts: Record<TableName, number>;
  tables: {
    requests: StoredRequest[];
    candidates: StoredCandidate[];
    evaluations: StoredEvaluation[];
    importBatches: ImportBatch[];
    settings: Setting[];
  };
}
type TableName = keyof Backup['tables'];
const TABLES: TableName[] = ['requests', 'candidates', 'evaluations', 'importBatches', 'settings'];

export async function createBackup(db: ShortlistDb): Promise<Backup> {
  return db.transaction('r', [db.requests, db.candidates, db.evaluations, db.importBatches, db.settings], async () => {
    const tables = {
      requests: await db.requests.toArray(),
      candidates: await db.candidates.toArray(),
      evaluations: await db.evaluations.toArray(),
      importBatches: await db.importBatches.toArray(),
      settings: (await db.settings.toArray()).filter((s) => s.key !== 'lastBackupAt'),
    };
    const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
    return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: new Date().toISOString(), counts, tables };
  });
}

/** Records when the user last saved a backup (shown beside the storage state). */
export async function markBackupSaved(db: ShortlistDb, at = new Date().toISOString()): Promise<void> {
  await db.settings.put({ key: 'lastBackupAt', value: at });
}

/** Reads and checks a backup file completely; says what is wrong and where. */
export function readBackup(text: string): Result<Backup> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return bad('not-json', `Dit is geen geldig back-upbestand: de JSON is onleesbaar of afgebroken (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return bad('not-a-backup', 'Dit bestand is geen Shortlist-back-up.');
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > CURRENT_VERSION) {
    return bad('newer-version', `Deze back-up komt van een nieuwere versie van Shortlist (schema ${String(data.schemaVersion)}); werk de app eerst bij.`);
  }
  if (!isObject(data.tables) || !isObject(data.counts)) return bad('missing-tables', 'De back-up mist de tabellen of de tellingen.');
  const errors: InputError[] = [];
  const tables = data.tables;
  const counts = data.counts;
  for (const name of TABLES) {
    const rows = tables[name];
    if (!Array.isArray(rows)) {
      errors.push({ code: 'missing-table', message: `Tabel "${name}" ontbreekt in de back-up.` });
      continue;
    }
    if (rows.length !== counts[name]) {
      errors.push({ code: 'count-mismatch', message: `Tabel "${name}" heeft ${rows.length} rijen, maar de back-up meldt ${String(counts[name])}: het bestand is onvolledig.` });
    }
  }
  if (errors.length) return { ok: false, errors };
  const backup = data as unknown as Backup;
  const requestIds = new Set<string>();
  (backup.tables.requests as unknown[]).forEach((r, i) => {
    const whole = isObject(r) && typeof r.id === 'string' && typeof r.title === 'string' && Array.isArray(r.criteria) && Array.isArray(r.knockOuts) && Array.isArray(r.competencies);
    const checked = whole ? checkRequest(r as unknown as Request) : null;
    if (!checked) errors.push({ code: 'invalid-request', message: `Aanvraag ${i + 1} is onvolledig.` });
    else if (!checked.ok) errors.push(...checked.errors.map((e) => ({ ...e, message: `Aanvraag ${i + 1}: ${e.message}` })));
    else requestIds.add((r as Request).id);
  });
  const candidateIds = new Set<string>();
  (backup.tables.candidates as unknown[]).forEach((c, i) => {
    if (!isObject(c) || typeof c.id !== 'string' || typeof c.name !== 'string') {
      errors.push({ code: 'invalid-candidate', message: `Kandidaat ${i + 1} is onvolledig.` });
      return;
    }
    for (const e of checkCandidate(c as unknown as Candidate)) errors.push({ ...e, message: `Kandidaat ${i + 1}: ${e.message}` });
    candidateIds.add(c.id);
  });
  (backup.tables.evaluations as unknown[]).forEach((e, i) => {
    if (!isObject(e) || !requestIds.has(String(e.requestId)) || !candidateIds.has(String(e.candidateId)) || !isObject(e.scores) || !isObject(e.knockOuts)) {
      errors.push({ code: 'invalid-evaluation', message: `Beoordeling ${i + 1} verwijst naar een onbekende aanvraag of kandidaat, of is onvolledig.` });
    }
  });
  return errors.length ? { ok: false, errors: errors.slice(0, 50) } : { ok: true, value: backup };
}

export async function isEmpty(db: ShortlistDb): Promise<boolean> {
  return (await db.requests.count()) === 0 && (await db.candidates.count()) === 0;
}

/**
 * Restores a checked backup. "replace" empties the database first; "merge" keeps what is there and
 * lets the backup's records win where ids are the same. One transaction, then the counts are checked.
 */
export async function restoreBackup(db: ShortlistDb, backup: Backup, mode: 'replace' | 'merge'): Promise<Result<Record<TableName, number>>> {
  const tables = [db.requests, db.candidates, db.evaluations, db.importBatches, db.settings];
  await db.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      // When this browser last saved a backup is a fact about the device, not the data (the
      // backup leaves it out too): replacing the data must not make it say "never".
      const lastBackup = await db.settings.get('lastBackupAt');
      for (const table of tables) await table.clear();
      if (lastBackup) await db.settings.put(lastBackup);
    }
    await db.requests.bulkPut(backup.tables.requests);
    await db.candidates.bulkPut(backup.tables.candidates);
    await db.evaluations.bulkPut(backup.tables.evaluations);
    await db.importBatches.bulkPut(backup.tables.importBatches);
    await db.settings.bulkPut(backup.tables.settings);
    // Verify inside the transaction: a shortfall throws, and the throw rolls everything back.
    for (const name of TABLES) {
      const keys = backup.tables[name].map((row) => primaryKey(name, row));
      const found = await db.table(name).bulkGet(keys);
      const missing = found.filter((row) => row === undefined).length;
      if (missing > 0) throw new Error(`${missing} rijen van "${name}" zijn niet teruggezet`);
    }
  });
  return { ok: true, value: backup.counts };
}

function primaryKey(table: TableName, row: unknown): IndexableType {
  const r = row as Record<string, unknown>;
  if (table === 'evaluations') return [String(r.requestId), String(r.candidateId)];
  return String(table === 'settings' ? r.key : r.id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(code: string, message: string): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message }] };
}
