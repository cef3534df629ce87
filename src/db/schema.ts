// The Dexie database: tables and versions. Versions are append-only: a shipped version is never
// edited (tests/db/schema.test.ts compares them with tests/fixtures/databases/versions.json).
// Every version is described in prose in docs/schema.md.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Candidate, ChangeRecord, CompetencyRating, Evaluation, Request } from '../core';

export interface Stamped {
  createdAt: string;
  updatedAt: string;
}
export type StoredRequest = Request & Stamped;
export type StoredCandidate = Candidate & Stamped;
export type StoredEvaluation = Evaluation & { updatedAt: string };

export interface ImportBatch {
  id: string;
  requestId: string;
  fileName: string;
  size: number;
  sha256: string;
  createdAt: string;
  counts: { added: number; updated: number; unchanged: number; errors: number };
  /** What "undo last import" puts back: candidates created, and the records it replaced. */
  undo: { createdCandidateIds: string[]; previousCandidates: StoredCandidate[]; previousEvaluations: StoredEvaluation[]; createdEvaluationKeys: [string, string][] };
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  /** Dexie's store definitions of this version (tables and indexes). */
  stores: Record<string, string>;
  /**
   * Rewrites one record of the previous version into this version's shape, per table. Dexie runs it
   * over every record when a database of an older version is opened, and restoring an older
   * backup runs the same functions: one restorer for both. Omitted when records keep their shape.
   */
  migrate?: Partial<Record<TableName, (row: Record<string, unknown>) => Record<string, unknown>>>;
  /** Work beyond one record at a time (filling a new table from others); runs after `migrate`. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export type TableName = 'requests' | 'candidates' | 'evaluations' | 'importBatches' | 'settings' | 'changes' | 'erasures' | 'marks' | 'sheets' | 'sheetStatus';

/**
 * Independent scoring (PRODUCT §12): one assessor's own scores of one candidate on a request.
 * They stay on the assessor's device until the assessor marks their scoring done.
 */
export interface ScoreSheet {
  requestId: string;
  candidateId: string;
  /** The team member's user name. */
  assessor: string;
  scores: Record<string, number | null>;
  /**
   * The assessor's own interview ratings (competency id → rating) while their interview ratings
   * are not done, in a request scored independently; marking them done moves them into the
   * evaluation's `panel` (src/db/own-ratings.ts). A sheet holding them never leaves the device.
   */
  ratings?: Record<string, CompetencyRating>;
  updatedAt: string;
}

/**
 * Whether an assessor has finished scoring a request (only then do others see their sheets), and
 * apart from that whether they have finished their interview ratings (only then are those shared).
 */
export interface SheetStatus {
  requestId: string;
  assessor: string;
  done: boolean;
  doneAt?: string;
  panelDone?: boolean;
  panelDoneAt?: string;
}

/** A person erased with "Overal wissen": an id and a moment, no personal data (PRODUCT §12). */
export interface Erasure {
  candidateId: string;
  at: string;
}

/**
 * A cell two devices changed while apart (PRODUCT §12): the later change won; this keeps the
 * other value beside it until someone has looked at it.
 */
export interface ConflictMark {
  id: string;
  requestId?: string;
  candidateId?: string;
  /** The table and field path of the record that was merged ("evaluations", "scores.cr1"). */
  table: 'requests' | 'candidates' | 'evaluations';
  path: string;
  /** The value that did not win, as JSON text, with when and where it was entered. */
  other: string;
  otherAt: string;
  otherDevice: string;
  at: string;
}

/** The records of a backup written by `fromVersion`, brought to the current version's shape. */
export function migrateRows(table: TableName, rows: Record<string, unknown>[], fromVersion: number): Record<string, unknown>[] {
  let current = rows;
  for (const v of VERSIONS) {
    const step = v.version > fromVersion ? v.migrate?.[table] : undefined;
    if (step) current = current.map(step);
  }
  return current;
}

/** The stores of team mode (version 3), unchanged since. */
const TEAM_STORES = {
  requests: 'id, number, updatedAt',
  candidates: 'id, email, name, updatedAt',
  evaluations: '[requestId+candidateId], requestId, candidateId',
  importBatches: 'id, requestId, createdAt',
  settings: 'key',
  changes: 'id, [requestId+candidateId], requestId, candidateId, at',
  erasures: 'candidateId',
  marks: 'id, requestId, [requestId+candidateId], candidateId',
  sheets: '[requestId+candidateId+assessor], [requestId+assessor], requestId, candidateId',
  sheetStatus: '[requestId+assessor], requestId',
};

/** The schema of every version ever shipped, oldest first. Append; never edit. */
export const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      requests: 'id, number, updatedAt',
      candidates: 'id, email, name, updatedAt',
      evaluations: '[requestId+candidateId], requestId, candidateId',
      importBatches: 'id, requestId, createdAt',
      settings: 'key',
    },
  },
  {
    // The change log (PRODUCT §4). The procedure's facts (client scores, invitations, each
    // assessor's ratings, the award) live in the evaluations and requests as before: no record
    // changes shape, so there is nothing to migrate.
    version: 2,
    stores: {
      requests: 'id, number, updatedAt',
      candidates: 'id, email, name, updatedAt',
      evaluations: '[requestId+candidateId], requestId, candidateId',
      importBatches: 'id, requestId, createdAt',
      settings: 'key',
      changes: 'id, [requestId+candidateId], requestId, at',
    },
  },
  {
    // Team mode (PRODUCT §12): erasure markers that every device honours, the marks of cells two
    // devices changed while apart, and independent scoring's sheets per assessor. Records keep
    // their shape; the change log gains an index by candidate (erasure deletes by it).
    version: 3,
    stores: TEAM_STORES,
  },
  {
    // The interview panel scored independently, and the sample marker: records gain optional
    // fields (sheets.ratings, sheetStatus.panelDone/panelDoneAt, settings.sample) and no index
    // changes, so nothing is upgraded. It is a version all the same so that a backup holding
    // those fields says so, and a version 3 app refuses it ("newer version") rather than
    // restoring it without the assessors' draft ratings.
    version: 4,
    stores: TEAM_STORES,
  },
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

export class ShortlistDb extends Dexie {
  requests!: EntityTable<StoredRequest, 'id'>;
  candidates!: EntityTable<StoredCandidate, 'id'>;
  evaluations!: Table<StoredEvaluation, [string, string]>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  changes!: EntityTable<ChangeRecord, 'id'>;
  erasures!: EntityTable<Erasure, 'candidateId'>;
  marks!: EntityTable<ConflictMark, 'id'>;
  sheets!: Table<ScoreSheet, [string, string, string]>;
  sheetStatus!: Table<SheetStatus, [string, string]>;

  constructor(name = 'shortlist', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      const { migrate, upgrade } = v;
      if (migrate || upgrade) {
        version.upgrade(async (tx) => {
          for (const [table, step] of Object.entries(migrate ?? {})) {
            await tx.table(table).toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
              ref.value = step(row);
            });
          }
          await upgrade?.(tx);
        });
      }
    }
  }
}
