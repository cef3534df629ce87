// Our own declaration of the part of PouchDB 9 that team mode uses (tsconfig "paths" maps
// 'pouchdb-core' here). @types/pouchdb-core is not used on purpose: it declares a global
// non-generic `interface Buffer` that merges with Node's generic one and breaks every Buffer
// in the program (tests/e2e/update.spec.ts stops compiling). The shapes are PouchDB's HTTP/JSON
// shapes, written as narrowly as PouchDB really answers.

/** What every stored document carries. */
export type Meta = { _id: string; _rev: string; _deleted?: boolean; _conflicts?: string[] };
/** A document to write: an id, and the revision it replaces when it is an update. */
export type NewDoc = { _id: string; _rev?: string; _deleted?: boolean; [field: string]: unknown };
export type StoredDoc = Meta & Record<string, unknown>;

export type WriteOk = { ok: true; id: string; rev: string };
export type WriteError = { error: true; id?: string; status?: number; name?: string; message?: string; reason?: string };

export type GetOptions = { rev?: string; conflicts?: boolean; revs?: boolean; deleted_conflicts?: boolean; latest?: boolean };
export type OpenRevsLeaf = { ok: StoredDoc } | { missing: string };

export type AllDocsRow = { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: StoredDoc | null };
export type AllDocsOptions = { include_docs?: boolean; conflicts?: boolean; keys?: string[]; startkey?: string; endkey?: string; limit?: number };

export type ChangesOptions = {
  since?: number | string;
  live?: boolean;
  include_docs?: boolean;
  conflicts?: boolean;
  style?: 'main_only' | 'all_docs';
  limit?: number;
  doc_ids?: string[];
};
export type Change = { id: string; seq: number | string; changes: { rev: string }[]; deleted?: boolean; doc?: StoredDoc };
export interface ChangesFeed extends Promise<{ results: Change[]; last_seq: number | string }> {
  on(event: 'change', listener: (change: Change) => void): this;
  on(event: 'complete', listener: (info: { results: Change[]; last_seq: number | string }) => void): this;
  on(event: 'error', listener: (error: unknown) => void): this;
  cancel(): void;
}

export type PurgeResult = { ok: true; deletedRevs: string[]; documentWasRemovedCompletely: boolean };

export interface Database {
  readonly name: string;
  /** 'indexeddb', 'memory', 'http', … */
  readonly adapter: string;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  get(id: string, options: { open_revs: 'all' | string[]; revs?: boolean }): Promise<OpenRevsLeaf[]>;
  get(id: string, options?: GetOptions): Promise<StoredDoc>;
  put(doc: NewDoc): Promise<WriteOk>;
  remove(doc: { _id: string; _rev: string }): Promise<WriteOk>;
  bulkDocs(docs: NewDoc[], options?: { new_edits?: boolean }): Promise<(WriteOk | WriteError)[]>;
  allDocs(options?: AllDocsOptions): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
  changes(options?: ChangesOptions): ChangesFeed;
  /** Only adapters that implement it (in the browser: indexeddb); others reject. */
  purge(id: string, rev: string): Promise<PurgeResult>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export type FetchFunction = (url: string | Request, init?: RequestInit) => Promise<Response>;
export type DatabaseOptions = {
  adapter?: string;
  /** http: do not try to create the remote database when it answers 404. */
  skip_setup?: boolean;
  fetch?: FetchFunction;
  auto_compaction?: boolean;
  revs_limit?: number;
};

export type ReplicateOptions = {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  back_off_function?: (delay: number) => number;
  checkpoint?: false | 'source' | 'target';
  doc_ids?: string[];
  /** Only documents for which this answers true are replicated (push: run on the local side). */
  filter?: (doc: StoredDoc) => boolean;
};

/** What PouchDB.sync returns: an event emitter that is also a promise of its end. */
export interface Sync extends Promise<unknown> {
  on(event: 'active' | 'paused' | 'complete', listener: (info?: unknown) => void): this;
  on(event: 'change' | 'denied' | 'error', listener: (info: unknown) => void): this;
  cancel(): void;
}

/** A plugin (adapter, replication) as PouchDB.plugin takes it; opaque to us. */
export type Plugin = { readonly __pouchdbPlugin?: never };

export interface Static {
  new (name: string, options?: DatabaseOptions): Database;
  plugin(plugin: Plugin): Static;
  sync(local: Database, remote: Database, options?: ReplicateOptions & { push?: ReplicateOptions; pull?: ReplicateOptions }): Sync;
  replicate(source: Database, target: Database, options?: ReplicateOptions): Sync;
}

declare const PouchDB: Static;
export default PouchDB;
