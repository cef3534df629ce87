// The Dexie database: tables and versions. Versions are append-only: a shipped version is never
// edited (tests/db/schema.test.ts compares them with tests/fixtures/databases/versions.json).
// Every version is described in prose in docs/schema.md.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Candidate, Evaluation, Request } from '../core';

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
   * Rewrites the records of the previous version into this version's shape; runs once, inside
   * Dexie's upgrade transaction, when a database of an older version is opened. Omitted when the
   * records keep their shape (only tables or indexes were added).
   */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

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
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

export class ShortlistDb extends Dexie {
  requests!: EntityTable<StoredRequest, 'id'>;
  candidates!: EntityTable<StoredCandidate, 'id'>;
  evaluations!: Table<StoredEvaluation, [string, string]>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'shortlist', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
