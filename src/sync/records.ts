// Which Dexie records team mode shares, and the document id each becomes. Ids carry table names
// and generated ids only — never a name, e-mail or other personal data (PRODUCT §12). Settings,
// remembered column mappings and import undo data stay on the device.
import type { ShortlistDb } from '../db/schema';

export type SyncedTable = 'requests' | 'candidates' | 'evaluations' | 'changes' | 'erasures' | 'marks' | 'sheets' | 'sheetStatus';
export const SYNCED_TABLES: readonly SyncedTable[] = ['requests', 'candidates', 'evaluations', 'changes', 'erasures', 'marks', 'sheets', 'sheetStatus'];

const PREFIX: Record<SyncedTable, string> = {
  requests: 'request',
  candidates: 'candidate',
  evaluations: 'evaluation',
  changes: 'change',
  erasures: 'erasure',
  marks: 'mark',
  sheets: 'sheet',
  sheetStatus: 'sheetdone',
};
const TABLE_OF = new Map(Object.entries(PREFIX).map(([table, prefix]) => [prefix, table as SyncedTable]));

/** A record's key in Dexie: a string, or the parts of a compound key. */
export type RecordKey = string | string[];

const enc = encodeURIComponent;

/** "candidate:": every document of a table starts with it. */
export function prefixOf(table: SyncedTable): string {
  return `${PREFIX[table]}:`;
}

export function docIdOf(table: SyncedTable, key: RecordKey): string {
  const parts = Array.isArray(key) ? key : [key];
  return `${PREFIX[table]}:${parts.map(enc).join(':')}`;
}

export function recordOfDocId(id: string): { table: SyncedTable; key: RecordKey } | null {
  const [prefix = '', ...parts] = id.split(':');
  const table = TABLE_OF.get(prefix);
  if (!table || parts.length === 0) return null;
  const key = parts.map(decodeURIComponent);
  return { table, key: key.length === 1 ? (key[0] as string) : key };
}

/** The Dexie key of a record of a synced table. */
export function keyOf(table: SyncedTable, record: Record<string, unknown>): RecordKey {
  const s = (name: string) => String(record[name] ?? '');
  switch (table) {
    case 'evaluations':
      return [s('requestId'), s('candidateId')];
    case 'erasures':
      return s('candidateId');
    case 'sheets':
      return [s('requestId'), s('candidateId'), s('assessor')];
    case 'sheetStatus':
      return [s('requestId'), s('assessor')];
    default:
      return s('id');
  }
}

/** The person a record is about, where it is about one (an erasure removes all of these). */
export function candidateOf(table: SyncedTable, record: Record<string, unknown>): string | undefined {
  if (table === 'candidates') return String(record.id);
  const id = record.candidateId;
  return typeof id === 'string' ? id : undefined;
}

export function tableOf(db: ShortlistDb, table: SyncedTable) {
  return db.table<Record<string, unknown>, RecordKey>(table);
}
