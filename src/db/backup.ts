// A full backup (one JSON file with every table and the schema version) and its restore. A backup
// is checked whole before anything is written — every field of every record, through the core's
// restorers, after older versions' records are brought up to date by the schema's own steps; the restore is one transaction, and afterwards the
// row counts are compared with the file's, so a partial restore can never pass as a good one.
import type { IndexableType } from 'dexie';
import { restoreCandidate, restoreChange, restoreEvaluation, restoreRequest, type ChangeRecord, type InputError, type RecordPlace, type Result } from '../core';
import { SAMPLE_KEY, mergeMarkers, readMarker } from './sample';
import { CURRENT_VERSION, migrateRows, type ConflictMark, type Erasure, type ImportBatch, type ScoreSheet, type SheetStatus, type Setting, type ShortlistDb, type StoredCandidate, type StoredEvaluation, type StoredRequest, type TableName } from './schema';

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
    changes: ChangeRecord[];
    erasures: Erasure[];
    marks: ConflictMark[];
    sheets: ScoreSheet[];
    sheetStatus: SheetStatus[];
  };
}
const TABLES: TableName[] = ['requests', 'candidates', 'evaluations', 'importBatches', 'settings', 'changes', 'erasures', 'marks', 'sheets', 'sheetStatus'];
/** The version that added each table after the first; a backup from before it has none. */
const ADDED_IN: Partial<Record<TableName, number>> = { changes: 2, erasures: 3, marks: 3, sheets: 3, sheetStatus: 3 };

export async function createBackup(db: ShortlistDb): Promise<Backup> {
  return db.transaction('r', [db.requests, db.candidates, db.evaluations, db.importBatches, db.settings, db.changes, db.erasures, db.marks, db.sheets, db.sheetStatus], async () => {
    const tables = {
      requests: await db.requests.toArray(),
      candidates: await db.candidates.toArray(),
      evaluations: await db.evaluations.toArray(),
      importBatches: await db.importBatches.toArray(),
      // When this device last backed up, and which device it is, are facts of the device, not the data.
      settings: (await db.settings.toArray()).filter((s) => !DEVICE_SETTINGS.includes(s.key)),
      changes: await db.changes.toArray(),
      erasures: await db.erasures.toArray(),
      marks: await db.marks.toArray(),
      sheets: await db.sheets.toArray(),
      sheetStatus: await db.sheetStatus.toArray(),
    };
    const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
    return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: new Date().toISOString(), counts, tables };
  });
}

/** Settings that describe this browser profile; a backup neither carries nor replaces them. */
const DEVICE_SETTINGS = ['lastBackupAt', 'deviceId', 'team', 'assessor', 'sync:seq', 'sync:purge', 'sync:team', 'sync:unmerged', 'sync:made-here'];

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
    const detail = error instanceof Error ? error.message : String(error);
    return bad('not-json', `Dit is geen geldig back-upbestand: de JSON is onleesbaar of afgebroken (${detail}).`, { detail });
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return bad('not-a-backup', 'Dit bestand is geen Shortlist-back-up.');
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return bad('no-schema-version', 'De back-up zegt niet met welke versie van Shortlist hij is gemaakt; hij is beschadigd of geen Shortlist-back-up.');
  }
  if (version > CURRENT_VERSION) {
    return bad('newer-version', `Deze back-up komt van een nieuwere versie van Shortlist (schema ${version}); werk de app eerst bij.`, { version, current: CURRENT_VERSION });
  }
  if (!isObject(data.tables) || !isObject(data.counts)) return bad('missing-tables', 'De back-up mist de tabellen of de tellingen.');
  const errors: InputError[] = [];
  // A table added after the backup's version was empty then.
  const tables: Record<string, unknown> = { ...data.tables };
  const counts: Record<string, unknown> = { ...data.counts };
  for (const [name, added] of Object.entries(ADDED_IN)) {
    if (version < added && tables[name] === undefined) {
      tables[name] = [];
      counts[name] = 0;
    }
  }
  for (const name of TABLES) {
    const rows = tables[name];
    if (!Array.isArray(rows)) {
      errors.push({ code: 'missing-table', message: `Tabel "${name}" ontbreekt in de back-up.`, params: { table: name } });
      continue;
    }
    if (rows.length !== counts[name]) {
      errors.push({
        code: 'count-mismatch',
        message: `Tabel "${name}" heeft ${rows.length} rijen, maar de back-up meldt ${String(counts[name])}: het bestand is onvolledig.`,
        params: { table: name, rows: rows.length, counted: String(counts[name]) },
      });
    }
  }
  if (errors.length) return { ok: false, errors };

  // Records of an older version are brought to today's shape by the same steps the database's own
  // upgrade takes; then every field of every record is checked against today's schema.
  const rows = (name: TableName) => migrateRows(name, (tables[name] as unknown[]).map((r) => (isObject(r) ? r : { value: r })), version);
  const idOf = (row: Record<string, unknown>, key = 'id') => (typeof row[key] === 'string' ? (row[key] as string) : '?');
  const restored: Backup['tables'] = { requests: [], candidates: [], evaluations: [], importBatches: [], settings: [], changes: [], erasures: [], marks: [], sheets: [], sheetStatus: [] };
  const take = <T>(result: Result<T>, into: T[]) => (result.ok ? into.push(result.value) : errors.push(...result.errors));
  rows('requests').forEach((r, i) => take(restoreRequest<Backup['tables']['requests'][number]>(r, { table: 'requests', index: i + 1, id: idOf(r) }, STAMPS), restored.requests));
  rows('candidates').forEach((c, i) => take(restoreCandidate<Backup['tables']['candidates'][number]>(c, { table: 'candidates', index: i + 1, id: idOf(c) }, STAMPS), restored.candidates));
  const requestOf = new Map(restored.requests.map((r) => [r.id, r]));
  // Ids as the file has them, valid records or not: a broken candidate is one error, not also one
  // per evaluation of theirs.
  const requestIds = new Set(rows('requests').map((r) => r.id));
  const candidateIds = new Set(rows('candidates').map((c) => c.id));
  rows('evaluations').forEach((e, i) => {
    const place = { table: 'evaluations' as const, index: i + 1, id: `${idOf(e, 'requestId')}/${idOf(e, 'candidateId')}` };
    const result = restoreEvaluation<Backup['tables']['evaluations'][number]>(e, place, requestOf.get(String(e.requestId)), ['updatedAt']);
    if (!result.ok) return errors.push(...result.errors);
    const unknown = !requestIds.has(result.value.requestId) ? 'requestId' : !candidateIds.has(result.value.candidateId) ? 'candidateId' : null;
    if (unknown) {
      return errors.push({
        code: 'dangling-evaluation',
        message: `Beoordeling ${i + 1} ("${place.id}") verwijst naar een ${unknown === 'requestId' ? 'aanvraag' : 'kandidaat'} die niet in de back-up staat.`,
        params: { ...place, field: unknown },
      });
    }
    restored.evaluations.push(result.value);
  });
  rows('importBatches').forEach((b, i) => take(restoreBatch(b, { table: 'importBatches', index: i + 1, id: idOf(b) }), restored.importBatches));
  rows('settings').forEach((s, i) => take(restoreSetting(s, { table: 'settings', index: i + 1, id: idOf(s, 'key') }), restored.settings));
  rows('changes').forEach((c, i) => take(restoreChange(c, { table: 'changes', index: i + 1, id: idOf(c) }), restored.changes));
  rows('erasures').forEach((e, i) => take(restoreErasure(e, { table: 'erasures', index: i + 1, id: idOf(e, 'candidateId') }), restored.erasures));
  rows('marks').forEach((m, i) => take(restoreMark(m, { table: 'marks', index: i + 1, id: idOf(m) }), restored.marks));
  rows('sheets').forEach((s, i) => take(restoreSheet(s, { table: 'sheets', index: i + 1, id: `${idOf(s, 'requestId')}/${idOf(s, 'candidateId')}/${idOf(s, 'assessor')}` }), restored.sheets));
  rows('sheetStatus').forEach((s, i) => take(restoreSheetStatus(s, { table: 'sheetStatus', index: i + 1, id: `${idOf(s, 'requestId')}/${idOf(s, 'assessor')}` }), restored.sheetStatus));
  if (errors.length) return { ok: false, errors: errors.slice(0, 50) };
  return {
    ok: true,
    value: { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '', counts: counts as Backup['counts'], tables: restored },
  };
}

/** The stamps every stored request and candidate carries beside its fields. */
const STAMPS = ['createdAt', 'updatedAt'] as const;
const RATINGS: readonly unknown[] = ['onvoldoende', 'voldoende', 'goed'];

function fieldError(place: RecordPlace, field: string, expected: string, value: unknown): InputError {
  const shown = JSON.stringify(value) ?? 'niets';
  return {
    code: 'invalid-field',
    message: `${place.table} ${place.index} ("${place.id}"), veld "${field}": ${shown.slice(0, 40)} is ongeldig; verwacht ${expected}.`,
    params: { table: place.table, index: place.index, id: place.id, field, expected, value: shown.slice(0, 40) },
  };
}

/** An import batch: what undo needs must be there and well-formed, or undo could write garbage. */
function restoreBatch(raw: Record<string, unknown>, place: RecordPlace): Result<ImportBatch> {
  const errors: InputError[] = [];
  for (const key of ['id', 'requestId', 'fileName', 'sha256', 'createdAt']) if (typeof raw[key] !== 'string') errors.push(fieldError(place, key, 'text', raw[key]));
  if (typeof raw.size !== 'number' || !Number.isFinite(raw.size)) errors.push(fieldError(place, 'size', 'number', raw.size));
  const counts = raw.counts;
  if (!isObject(counts)) errors.push(fieldError(place, 'counts', 'object', counts));
  else for (const key of ['added', 'updated', 'unchanged', 'errors']) if (typeof counts[key] !== 'number') errors.push(fieldError(place, `counts.${key}`, 'number', counts[key]));
  const undo = raw.undo;
  if (!isObject(undo)) errors.push(fieldError(place, 'undo', 'object', undo));
  else {
    for (const key of ['createdCandidateIds', 'previousCandidates', 'previousEvaluations', 'createdEvaluationKeys']) {
      if (!Array.isArray(undo[key])) errors.push(fieldError(place, `undo.${key}`, 'list', undo[key]));
    }
    if (!errors.length) {
      (undo.previousCandidates as unknown[]).forEach((c, i) => {
        const result = restoreCandidate(c, { ...place, prefix: `undo.previousCandidates[${i}].` }, STAMPS);
        if (!result.ok) errors.push(...result.errors);
      });
      (undo.previousEvaluations as unknown[]).forEach((e, i) => {
        const result = restoreEvaluation(e, { ...place, prefix: `undo.previousEvaluations[${i}].` }, undefined, ['updatedAt']);
        if (!result.ok) errors.push(...result.errors);
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as unknown as ImportBatch };
}

function textFields(raw: Record<string, unknown>, place: RecordPlace, required: string[], optional: string[] = []): InputError[] {
  const errors: InputError[] = [];
  for (const key of required) if (typeof raw[key] !== 'string') errors.push(fieldError(place, key, 'text', raw[key]));
  for (const key of optional) if (raw[key] !== undefined && typeof raw[key] !== 'string') errors.push(fieldError(place, key, 'text', raw[key]));
  for (const key of Object.keys(raw)) if (!required.includes(key) && !optional.includes(key)) errors.push(fieldError(place, key, 'absent', raw[key]));
  return errors;
}

function restoreErasure(raw: Record<string, unknown>, place: RecordPlace): Result<Erasure> {
  const errors = textFields(raw, place, ['candidateId', 'at']);
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as unknown as Erasure };
}

function restoreMark(raw: Record<string, unknown>, place: RecordPlace): Result<ConflictMark> {
  const errors = textFields(raw, place, ['id', 'table', 'path', 'other', 'otherAt', 'otherDevice', 'at'], ['requestId', 'candidateId']);
  if (!errors.length && !['requests', 'candidates', 'evaluations'].includes(String(raw.table))) errors.push(fieldError(place, 'table', 'text', raw.table));
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as unknown as ConflictMark };
}

function restoreSheet(raw: Record<string, unknown>, place: RecordPlace): Result<ScoreSheet> {
  const { scores, ratings, ...rest } = raw;
  const errors = textFields(rest, place, ['requestId', 'candidateId', 'assessor', 'updatedAt']);
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) errors.push(fieldError(place, 'scores', 'object', scores));
  else for (const [id, v] of Object.entries(scores)) if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) errors.push(fieldError(place, `scores.${id}`, 'number-or-empty', v));
  // The assessor's own interview ratings, not yet shared (src/db/own-ratings.ts).
  if (ratings !== undefined) {
    if (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings)) errors.push(fieldError(place, 'ratings', 'object', ratings));
    else for (const [id, v] of Object.entries(ratings)) if (!RATINGS.includes(v)) errors.push(fieldError(place, `ratings.${id}`, 'rating', v));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as unknown as ScoreSheet };
}

function restoreSheetStatus(raw: Record<string, unknown>, place: RecordPlace): Result<SheetStatus> {
  const { done, panelDone, ...rest } = raw;
  const errors = textFields(rest, place, ['requestId', 'assessor'], ['doneAt', 'panelDoneAt']);
  if (typeof done !== 'boolean') errors.push(fieldError(place, 'done', 'boolean', done));
  if (panelDone !== undefined && typeof panelDone !== 'boolean') errors.push(fieldError(place, 'panelDone', 'boolean', panelDone));
  return errors.length ? { ok: false, errors } : { ok: true, value: raw as unknown as SheetStatus };
}

function restoreSetting(raw: Record<string, unknown>, place: RecordPlace): Result<Setting> {
  if (typeof raw.key !== 'string') return { ok: false, errors: [fieldError(place, 'key', 'text', raw.key)] };
  const extra = Object.keys(raw).filter((k) => k !== 'key' && k !== 'value');
  if (extra.length) return { ok: false, errors: [fieldError(place, extra[0] as string, 'absent', raw[extra[0] as string])] };
  return { ok: true, value: raw as unknown as Setting };
}

export async function isEmpty(db: ShortlistDb): Promise<boolean> {
  return (await db.requests.count()) === 0 && (await db.candidates.count()) === 0;
}

/**
 * Restores a checked backup. "replace" empties the database first; "merge" keeps what is there and
 * lets the backup's records win where ids are the same. One transaction, then the counts are checked.
 */
export async function restoreBackup(db: ShortlistDb, backup: Backup, mode: 'replace' | 'merge'): Promise<Result<Record<TableName, number>>> {
  const tables = [db.requests, db.candidates, db.evaluations, db.importBatches, db.settings, db.changes, db.erasures, db.marks, db.sheets, db.sheetStatus];
  await db.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      // When this browser last saved a backup, and which device it is, are facts about the device,
      // not the data (the backup leaves them out too): replacing the data keeps them.
      // Except the team sync's checkpoint: after a replace, what the team holds comes down again
      // and merges with the restored records, instead of being taken for deletions made here.
      const kept = (await db.settings.bulkGet(DEVICE_SETTINGS.filter((key) => key !== 'sync:seq'))).filter((s): s is Setting => s !== undefined);
      for (const table of tables) await table.clear();
      await db.settings.bulkPut(kept);
    }
    await db.requests.bulkPut(backup.tables.requests);
    await db.candidates.bulkPut(backup.tables.candidates);
    await db.evaluations.bulkPut(backup.tables.evaluations);
    await db.importBatches.bulkPut(backup.tables.importBatches);
    // Both sides' sample data stays marked: the markers are merged, not one put over the other.
    const localSample = mode === 'merge' ? readMarker((await db.settings.get(SAMPLE_KEY))?.value) : undefined;
    await db.settings.bulkPut(backup.tables.settings);
    const merged = mergeMarkers(localSample, readMarker(backup.tables.settings.find((s) => s.key === SAMPLE_KEY)?.value));
    if (localSample && merged) await db.settings.put({ key: SAMPLE_KEY, value: merged });
    await db.changes.bulkPut(backup.tables.changes);
    await db.erasures.bulkPut(backup.tables.erasures);
    await db.marks.bulkPut(backup.tables.marks);
    await db.sheets.bulkPut(backup.tables.sheets);
    await db.sheetStatus.bulkPut(backup.tables.sheetStatus);
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
  // The team-mode tables are keyed by their fields too; reading them by an `id` they lack found
  // nothing, and every backup holding a sheet, a status or an erasure was refused as incomplete.
  if (table === 'sheets') return [String(r.requestId), String(r.candidateId), String(r.assessor)];
  if (table === 'sheetStatus') return [String(r.requestId), String(r.assessor)];
  if (table === 'erasures') return String(r.candidateId);
  return String(table === 'settings' ? r.key : r.id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(code: string, message: string, params?: InputError['params']): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message, ...(params ? { params } : {}) }] };
}
