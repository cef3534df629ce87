// The bridge between Dexie (the store the app reads and writes) and the local PouchDB database
// that PouchDB replicates with the team's CouchDB (PRODUCT §12). It is our only sync code:
// - up: a committed Dexie change (this tab, another tab, the import worker) becomes a new
//   revision of its document, with the time, device and predecessor of each changed field;
// - down: a document that arrives is written into Dexie, unless Dexie already holds it (which
//   is also how a change never echoes back: the same record produces no new revision);
// - conflicts: revisions made on two devices while apart are merged field by field (merge.ts);
//   the value a same-field conflict did not choose goes into the change log and marks the cell;
// - erasure: an erasure marker wins over everything about that person, on every device, and the
//   person's documents are purged locally once their deletion has reached the server;
// - checkpoint: how far down the local changes feed Dexie is, so a restart resumes there.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { ChangeRecord } from '../core';
import { singleKeys } from '../db/changes';
import { RESTORED_ID_PREFIX } from '../db/restores';
import type { ConflictMark, ShortlistDb } from '../db/schema';
import { hasDraftRatings } from '../db/sheets';
import { changedPaths, fieldsOf, mergeAll, stamp, type FieldConflict, type FieldTimes } from './merge';
import type { Change, NewDoc, StoredDoc } from 'pouchdb-core';
import type { Db } from './pouch';
import { candidateOf, docIdOf, keyOf, prefixOf, recordOfDocId, SYNCED_TABLES, tableOf, type RecordKey, type SyncedTable } from './records';

/** A document as the bridge writes it: the record, its field times, and whether it may leave this device. */
export interface SyncDoc extends NewDoc {
  kind: SyncedTable;
  body: Record<string, unknown>;
  t: FieldTimes;
  /**
   * Not pushed to the server: an assessor's sheet before they mark their scoring done, or while it
   * holds interview ratings they have not marked done.
   */
  private?: boolean;
}

export interface BridgeOptions {
  /**
   * Which records stay on this device (the sample data), asked afresh before each round of
   * carrying changes up, since the answer changes (sample data removed, a sample person put on a
   * real request).
   */
  localOnly?: () => Promise<(table: SyncedTable, record: Record<string, unknown>) => boolean>;
  /** Sheets of this assessor are private until done; everyone else's arrive only once shared. */
  assessor?: string;
  now?: () => string;
}

const CHECKPOINT = 'sync:seq';
const PURGE = 'sync:purge';
/**
 * Documents in conflict whose merge failed and has not succeeded since: kept in the database, not
 * only in memory, so that a device closed or reloaded before the retries succeed merges them at
 * its next start. The feed resumes after the checkpoint, past them, and would not bring them again.
 */
const UNMERGED = 'sync:unmerged';
/**
 * Records made here whose document came from elsewhere too (the same [request, person] made on two
 * devices) and that have not gone up as a branch yet: kept in the database, so that a device
 * stopped in between still merges the two at its next start instead of writing its record over.
 */
const MADE_HERE = 'sync:made-here';
/**
 * The order changes go up in: erasure markers first, so that another device hears of an erasure
 * no later than of the deletions that come with it (replication carries them in that order, a
 * hundred at a time); a record edited there meanwhile is then not kept against the deletion.
 */
const UP_ORDER: readonly SyncedTable[] = ['erasures', ...SYNCED_TABLES.filter((t) => t !== 'erasures')];
/**
 * At a start, how many records behind their documents (changes that reached the pouch, not Dexie)
 * have the revision they are in step with looked up, and how far back along a revision path.
 * Beyond, a record counts as changed here (it goes up as a new branch and merges field by field).
 */
const MAX_IN_STEP_LOOKUPS = 1000;
const MAX_PATH_STEPS = 20;
/** Beyond this many changed keys at once (an import), one full comparison is cheaper. */
const MAX_KEYS = 5000;

/** Who deleted a document and when: the latest of its deletion's field stamps (none for a live one). */
function deletionOf(leaf: StoredDoc): { at: string; dev: string } | undefined {
  if (!leaf._deleted) return undefined;
  const times = Object.values((leaf as { t?: FieldTimes }).t ?? {});
  return times.reduce<{ at: string; dev: string } | undefined>((latest, time) => (!latest || time.at > latest.at ? { at: time.at, dev: time.dev } : latest), undefined);
}

/** Two deletions written together (one device, within a minute): a request's and its records'. */
function sameDeletion(a: { at: string; dev: string } | undefined, b: { at: string; dev: string }): boolean {
  return !!a && a.dev === b.dev && Math.abs(Date.parse(a.at) - Date.parse(b.at)) <= 60_000;
}

const isDoc = (doc: StoredDoc | undefined): doc is StoredDoc & SyncDoc => !!doc && typeof doc.kind === 'string' && typeof doc.body === 'object';
const sameFields = (a: Record<string, unknown> | undefined, b: Record<string, unknown>) => !!a && changedPaths(a, b).length === 0;

/**
 * A cheap fingerprint of a record as Dexie holds it: whether the record changed here since it
 * was last in step with its document. Two 32-bit FNV-style hashes and the length.
 */
function fingerprint(record: Record<string, unknown>): string {
  const text = JSON.stringify(record);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${text.length}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** A local change made against a revision the pouch has since moved past: written as a branch of it. */
interface Branch {
  branch: true;
  id: string;
  table: SyncedTable;
  /** The revision it was made on; null for a record made here that never was in step (a root of its own). */
  from: string | null;
  record: Record<string, unknown>;
  isPrivate: boolean;
}

/** When the user made the change a record holds: its own stamp, not the time it is carried over. */
function changedAt(record: Record<string, unknown>, now: string): string {
  return typeof record.updatedAt === 'string' ? record.updatedAt : typeof record.at === 'string' ? record.at : now;
}

/**
 * The next revision of a document, named after its parent and what it holds, so that the same
 * change made on two devices is one revision, not two that conflict.
 */
async function childOf(parent: StoredDoc, content: Record<string, unknown>): Promise<NewDoc> {
  const revisions = parent._revisions as { start: number; ids: string[] } | undefined;
  const path = revisions ?? { start: Number(parent._rev.split('-')[0]), ids: [parent._rev.slice(parent._rev.indexOf('-') + 1)] };
  const bytes = new TextEncoder().encode(`${parent._rev}\n${JSON.stringify(content)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const name = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { _id: parent._id, _rev: `${path.start + 1}-${name}`, _revisions: { start: path.start + 1, ids: [name, ...path.ids] }, ...content } as NewDoc;
}

/** A short, stable hash (FNV-1a, 52 bits) for ids that must be the same on every device. */
function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of text) h = BigInt.asUintN(64, (h ^ BigInt(ch.codePointAt(0) ?? 0)) * 0x100000001b3n);
  return (h & 0xfffffffffffffn).toString(36);
}

export class Bridge {
  readonly #db: ShortlistDb;
  readonly #local: Db;
  readonly #device: string;
  readonly #options: BridgeOptions;
  #feed: ReturnType<Db['changes']> | null = null;
  #queue = new Map<SyncedTable, Set<string>>();
  #rescan = false;
  #work: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  /** Documents written here since the server last had everything: what "N changes waiting" counts. */
  readonly #waiting = new Set<string>();
  #listeners = new Set<() => void>();
  /**
   * Per document: the revision Dexie's record was last in step with, and the record's fingerprint
   * then. A record whose fingerprint moved was changed here; a document whose revision moved was
   * changed elsewhere; both moved is two devices apart, which becomes a PouchDB conflict (a branch)
   * and is merged field by field — never one side written over the other.
   */
  readonly #synced = new Map<string, { rev: string; print: string }>();
  /**
   * Records made here, not carried up yet, when a document of the same key came from elsewhere
   * (a pool person put on the same request on two devices at once): neither was made on the
   * other, so this one goes up as a revision of its own beside it, and the two merge.
   */
  readonly #madeHere = new Set<string>();
  /** #madeHere as last written to the database (MADE_HERE), to write it only when it changed. */
  #madeHereSaved = '';

  constructor(db: ShortlistDb, local: Db, device: string, options: BridgeOptions = {}) {
    this.#db = db;
    this.#local = local;
    this.#device = device;
    this.#options = options;
  }

  get waiting(): number {
    return this.#waiting.size;
  }

  /** Hears every change of `waiting` (the sidebar's count). */
  onWaiting(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #now(): string {
    return this.#options.now?.() ?? new Date().toISOString();
  }

  /** Compares everything once (a database joining the team, or changes made while disconnected), then follows both sides. */
  async start(): Promise<void> {
    this.#stopped = false;
    Dexie.on('storagemutated', this.#onMutated);
    // The notes as stored now (a pouch given to another team forgets them before a start).
    this.#unmerged = undefined;
    await this.#enqueue(async () => {
      for (const id of await this.#stringList(MADE_HERE)) this.#madeHere.add(id);
      this.#madeHereSaved = [...this.#madeHere].sort().join('\n');
    });
    await this.#enqueue(() => this.#reconcile());
    // Merges left over from the last session, once the comparison has noted what is in step: each
    // such document is read again with its conflicts and merged (all its branches, whatever the
    // comparison wrote on top), as if the feed had brought it.
    await this.#enqueue(async () => {
      const left = await this.#unmergedList();
      if (left.length) await this.#applyDown(left.map((id) => ({ id })), 1);
    });
    this.#follow();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    Dexie.on('storagemutated').unsubscribe(this.#onMutated);
    clearTimeout(this.#timer);
    this.#feed?.cancel();
    this.#feed = null;
    await this.#work;
  }

  /** Resolves once every change seen so far has been carried over, both ways. */
  async settled(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const before = this.#work;
      await new Promise((resolve) => setTimeout(resolve, 30));
      await this.#work;
      if (before === this.#work && this.#queue.size === 0 && !this.#rescan) return;
    }
  }

  /** The server has everything: nothing waits, and erased people's documents may now be purged locally. */
  async upToDate(): Promise<void> {
    if (this.#waiting.size) {
      this.#waiting.clear();
      this.#notify();
    }
    await this.#enqueue(() => this.#purgePending());
  }

  #notify() {
    for (const listener of this.#listeners) listener();
  }

  #enqueue(job: () => Promise<void>): Promise<void> {
    // After each job, the records made here as they now stand (cheap when unchanged).
    const run = this.#work
      .then(() => (this.#stopped ? undefined : job()))
      .then(() => this.#saveMadeHere())
      .catch((error: unknown) => console.error('sync bridge', error));
    this.#work = run;
    return run;
  }

  // ── Dexie → PouchDB ──────────────────────────────────────────────────────────────────────

  readonly #onMutated = (parts: ObservabilitySet) => {
    for (const table of UP_ORDER) {
      const keys = singleKeys(parts[`idb://${this.#db.name}/${table}/`], MAX_KEYS);
      if (keys === 'range') this.#rescan = true;
      else if (keys.length) {
        const set = this.#queue.get(table) ?? new Set<string>();
        for (const key of keys) set.add(JSON.stringify(key));
        this.#queue.set(table, set);
      }
    }
    if (!this.#rescan && this.#queue.size === 0) return;
    // Edits come in bursts (a paste, typing): carry them over together, after the app's own work.
    this.#schedule();
  };

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#enqueue(() => this.#flushQueue()), 40);
  }

  async #flushQueue(): Promise<void> {
    await this.#loadLocalOnly();
    if (this.#rescan) {
      this.#rescan = false;
      this.#queue.clear();
      return this.#reconcile();
    }
    const queue = this.#queue;
    this.#queue = new Map();
    // An assessor who marks their scoring done shares their sheets: those go up again, now public.
    if (queue.has('sheetStatus') && this.#options.assessor) {
      await this.#loadDone();
      const mine = await this.#db.sheets.where('[requestId+assessor]').anyOf([...this.#doneRequests].map((r) => [r, this.#options.assessor as string])).primaryKeys();
      const sheets = queue.get('sheets') ?? new Set<string>();
      for (const key of mine) sheets.add(JSON.stringify(key));
      queue.delete('sheets');
      queue.set('sheets', sheets);
    }
    // Erasure markers first (UP_ORDER), the rest in the order they came.
    const ordered = [...queue].sort(([a], [b]) => Number(b === 'erasures') - Number(a === 'erasures'));
    for (const [table, keys] of ordered) {
      const list = [...keys].map((k) => JSON.parse(k) as RecordKey);
      const records = await tableOf(this.#db, table).bulkGet(list);
      const ids = list.map((key) => docIdOf(table, key));
      const docs = await this.#docs(ids);
      // A record that is gone while its document lives on is a deletion here — unless the document
      // came down after the last one Dexie took (this batch's own read-back, racing the feed).
      const gone = ids.filter((id, i) => records[i] === undefined && docs.get(id) && !docs.get(id)?._deleted);
      const unapplied = await this.#unapplied(gone);
      // A record never in step here whose document came from elsewhere and is not in Dexie yet
      // (the same [request, person] made on two devices, this flush before that feed): made here.
      const twice = ids.filter((id, i) => {
        const doc = docs.get(id);
        const record = records[i];
        return !!record && !!doc && !doc._deleted && !this.#synced.has(id) && !sameFields(doc.body, record);
      });
      for (const id of await this.#unapplied(twice)) this.#madeHere.add(id);
      const writes: (SyncDoc | Branch)[] = [];
      list.forEach((key, i) => {
        if (unapplied.has(ids[i] as string)) return;
        const write = this.#upWrite(table, key, records[i], docs.get(ids[i] as string));
        if (write) writes.push(write);
      });
      await this.#write(writes);
    }
  }

  /** The document write that brings the local pouch up to a Dexie record (or its absence); null when nothing differs. */
  #upWrite(table: SyncedTable, key: RecordKey, record: Record<string, unknown> | undefined, doc: (StoredDoc & SyncDoc) | undefined): SyncDoc | Branch | null {
    const id = docIdOf(table, key);
    if (record && this.#keepLocal(table, record)) return null;
    if (!record) {
      if (!doc || doc._deleted) return null;
      return { _id: id, _rev: doc._rev, _deleted: true, kind: table, body: {}, t: stamp(doc.t, Object.keys(doc.t), this.#now(), this.#device) };
    }
    const isPrivate = table === 'sheets' && this.#privateSheet(record);
    if (doc && !doc._deleted && sameFields(doc.body, record) && !!doc.private === isPrivate) {
      this.#synced.set(id, { rev: doc._rev, print: fingerprint(record) });
      return null;
    }
    const known = this.#synced.get(id);
    if (doc && !doc._deleted && !known && this.#madeHere.delete(id)) return { branch: true, id, table, from: null, record, isPrivate };
    if (doc && !doc._deleted && known && known.rev !== doc._rev) {
      // Unchanged here since it was in step: the newer revision is on its way down, not a change to push.
      if (fingerprint(record) === known.print) return null;
      return { branch: true, id, table, from: known.rev, record, isPrivate };
    }
    const base = doc && !doc._deleted ? doc : undefined;
    const paths = changedPaths(base?.body, record);
    // A field changed when the user changed it (the record's stamp), not when it was carried over:
    // the later change is the one made later.
    const at = changedAt(record, this.#now());
    return {
      _id: id,
      ...(doc ? { _rev: doc._rev } : {}),
      kind: table,
      body: record,
      t: stamp(base?.t ?? {}, paths, at, this.#device),
      ...(isPrivate ? { private: true } : {}),
    };
  }

  #keepLocal: (table: SyncedTable, record: Record<string, unknown>) => boolean = () => false;

  async #loadLocalOnly(): Promise<void> {
    if (this.#options.localOnly) this.#keepLocal = await this.#options.localOnly();
  }

  /**
   * A sheet of this device's assessor whose scoring is not marked done yet, or that holds their
   * draft interview ratings (those leave it when they are marked done, so the sheet is then
   * written again without them, public).
   */
  #privateSheet(record: Record<string, unknown>): boolean {
    return record.assessor === this.#options.assessor && (!this.#doneRequests.has(String(record.requestId)) || hasDraftRatings(record));
  }
  #doneRequests = new Set<string>();

  async #loadDone(): Promise<void> {
    const assessor = this.#options.assessor;
    if (!assessor) return;
    const statuses = await this.#db.sheetStatus.where('requestId').above('').toArray();
    this.#doneRequests = new Set(statuses.filter((s) => s.assessor === assessor && s.done).map((s) => s.requestId));
  }

  /** Of these documents, the ones the local pouch changed after the checkpoint: not yet in Dexie. */
  /**
   * The revision of a document whose body is this record: found along the revision paths of its
   * leaves (the record is behind them, or equal to one), as far as old revisions are still kept.
   */
  async #inStepRevision(id: string, record: Record<string, unknown>): Promise<string | undefined> {
    const seen = new Set<string>();
    for (const leaf of await this.#leaves(id)) {
      const path = leaf._revisions as { start: number; ids: string[] } | undefined;
      if (!path) continue;
      for (let i = 0; i < path.ids.length && i < MAX_PATH_STEPS; i++) {
        const rev = `${path.start - i}-${path.ids[i]}`;
        if (seen.has(rev)) continue;
        seen.add(rev);
        let doc: StoredDoc;
        try {
          doc = i === 0 ? leaf : await this.#local.get(id, { rev });
        } catch {
          break; // compacted from here on
        }
        if (isDoc(doc) && !doc._deleted && sameFields(doc.body, record)) return rev;
      }
    }
    return undefined;
  }

  async #unapplied(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const since = await this.#checkpoint();
    const later = await this.#local.changes({ since, doc_ids: ids, style: 'main_only' });
    // A document applied as it stood (#applyDown reads the current revision) is in Dexie already,
    // though its change is beyond the checkpoint: its record going missing is a deletion here.
    return new Set(later.results.filter((change) => this.#synced.get(change.id)?.rev !== change.changes[0]?.rev).map((change) => change.id));
  }

  async #docs(ids: string[]): Promise<Map<string, StoredDoc & SyncDoc>> {
    const found = new Map<string, StoredDoc & SyncDoc>();
    if (!ids.length) return found;
    const result = await this.#local.allDocs({ keys: ids, include_docs: true });
    for (const row of result.rows) {
      if (row.doc && isDoc(row.doc)) found.set(row.id, row.doc);
      // A deleted document answers without its body, but its revision must be known to write over it.
      else if (row.value?.deleted) found.set(row.id, { _id: row.id, _rev: row.value.rev, _deleted: true, kind: recordOfDocId(row.id)?.table ?? 'requests', body: {}, t: {} });
    }
    return found;
  }

  async #write(all: (SyncDoc | Branch)[]): Promise<void> {
    const writes = all.filter((w): w is SyncDoc => !('branch' in w));
    const branches = all.filter((w): w is Branch => 'branch' in w);
    if (branches.length) await this.#writeBranches(branches);
    if (!writes.length) return;
    const results = await this.#local.bulkDocs(writes);
    results.forEach((result, i) => {
      const write = writes[i] as SyncDoc;
      if ('ok' in result) {
        this.#waiting.add(write._id);
        if (write._deleted) this.#synced.delete(write._id);
        else this.#synced.set(write._id, { rev: result.rev, print: fingerprint(write.body) });
      }
      // A conflict here means the feed brought a newer revision meanwhile: compare again later.
      else if (result.status === 409) this.#rescan = true;
    });
    if (this.#rescan) this.#schedule();
    this.#notify();
  }

  /**
   * Local changes made on a revision that has since been replaced (a change from elsewhere came
   * down meanwhile) are written as a new revision of the one they were made on, beside the other:
   * PouchDB sees a conflict, and #resolve merges the two field by field like any other.
   */
  async #writeBranches(branches: Branch[]): Promise<void> {
    const docs: NewDoc[] = [];
    const onTop: SyncDoc[] = [];
    const inStep: [string, { rev: string; print: string }][] = [];
    for (const b of branches) {
      const at = changedAt(b.record, this.#now());
      const privateFlag = b.isPrivate ? { private: true } : {};
      let base: StoredDoc | undefined;
      if (b.from !== null) {
        try {
          base = await this.#local.get(b.id, { rev: b.from, revs: true });
        } catch {
          base = undefined;
        }
      }
      const revisions = base?._revisions as { start: number; ids: string[] } | undefined;
      if (b.from !== null && (!base || !isDoc(base) || !revisions)) {
        // The revision it was made on is gone (compacted): the change goes on top of the current one.
        const current = (await this.#docs([b.id])).get(b.id);
        const paths = changedPaths(current?.body, b.record);
        onTop.push({ _id: b.id, ...(current ? { _rev: current._rev } : {}), kind: b.table, body: b.record, t: stamp(current?.t ?? {}, paths, at, this.#device), ...privateFlag });
        this.#synced.delete(b.id);
        continue;
      }
      // A revision of its own beside the other: made on `from`, or a root for a record made here.
      const t = base && isDoc(base) ? stamp(base.t, changedPaths(base.body, b.record), at, this.#device) : stamp({}, changedPaths(undefined, b.record), at, this.#device);
      if (b.isPrivate) {
        // A private sibling that loses PouchDB's choice of winner would be pushed with the winner
        // (the push filter sees only the winner): a draft is merged here, into one private child.
        const current = (await this.#docs([b.id])).get(b.id);
        if (current && !current._deleted) {
          const { merged, conflicts } = mergeAll([{ body: current.body, t: current.t }, { body: b.record, t }]);
          if (conflicts.length) await this.#record(b.table, merged.body, b.id, conflicts);
          try {
            await this.#local.put({ _id: b.id, _rev: current._rev, kind: b.table, body: merged.body, t: merged.t, private: true } as NewDoc);
          } catch {
            // Moved on meanwhile (409): compare again; the draft is still changed here.
            this.#rescan = true;
            this.#schedule();
            continue;
          }
          // In step with the revision it replaced: the merged one comes down into Dexie by the feed.
          this.#synced.set(b.id, { rev: current._rev, print: fingerprint(b.record) });
          this.#waiting.add(b.id);
          continue;
        }
      }
      const name = crypto.randomUUID().replace(/-/g, '');
      const start = (revisions?.start ?? 0) + 1;
      const rev = `${start}-${name}`;
      docs.push({ _id: b.id, _rev: rev, _revisions: { start, ids: [name, ...(revisions?.ids ?? [])] }, kind: b.table, body: b.record, t, ...privateFlag });
      inStep.push([b.id, { rev, print: fingerprint(b.record) }]);
    }
    if (docs.length) await this.#local.bulkDocs(docs, { new_edits: false });
    // Only once written: a branch that failed is still "changed here" and goes up next time.
    for (const [id, entry] of inStep) {
      this.#synced.set(id, entry);
      this.#waiting.add(id);
    }
    if (onTop.length) await this.#write(onTop);
  }

  /** Compares every synced record with its document: what differs goes up, what went missing here is deleted there. */
  async #reconcile(): Promise<void> {
    await this.#loadDone();
    await this.#loadLocalOnly();
    const since = await this.#checkpoint();
    const unmerged = new Set(await this.#unmergedList());
    let looked = 0;
    for (const table of UP_ORDER) {
      // In this order — Dexie, then the pouch, then what the pouch changed since the checkpoint —
      // so that a document arriving meanwhile is never taken for a deletion here.
      const records = await tableOf(this.#db, table).toArray();
      const prefix = prefixOf(table);
      const all = await this.#local.allDocs({ include_docs: true, startkey: prefix, endkey: `${prefix}\ufff0` });
      const docs = new Map<string, StoredDoc & SyncDoc>();
      for (const row of all.rows) if (row.doc && isDoc(row.doc)) docs.set(row.id, row.doc);
      // Documents changed in the local pouch after the checkpoint have not reached Dexie yet: they
      // are not deletions, and the record here is older than they are, not a change to carry up
      // (carried up, it would stand over what came from elsewhere, a deletion or an edit, and that
      // would be lost). The way down brings them; an edit made here meanwhile goes up from there,
      // as a branch, and merges. The same for a document whose merge is still to do.
      // A document deleted elsewhere is not among `docs` (allDocs leaves deletions out): asked for too.
      const missing = records.map((record) => docIdOf(table, keyOf(table, record))).filter((id) => !docs.has(id));
      const unapplied = since === 0 ? new Set<string>() : await this.#unapplied([...docs.keys(), ...missing]);
      const writes: (SyncDoc | Branch)[] = [];
      const present = new Set<string>();
      for (const record of records) {
        const key = keyOf(table, record);
        const id = docIdOf(table, key);
        present.add(id);
        if (unapplied.has(id) || unmerged.has(id)) {
          // Which revision the record here is in step with, so that the way down can tell an edit
          // made here (it goes up as a branch of that revision) from a record merely behind.
          const rev = looked++ < MAX_IN_STEP_LOOKUPS ? await this.#inStepRevision(id, record) : undefined;
          if (rev) this.#synced.set(id, { rev, print: fingerprint(record) });
          continue;
        }
        const write = this.#upWrite(table, key, record, docs.get(id));
        if (write) writes.push(write);
      }
      // A fresh device (no checkpoint) has deleted nothing: what the pouch holds is yet to come down.
      if (since !== 0) {
        for (const [id, doc] of docs) {
          if (present.has(id) || unapplied.has(id) || doc._deleted) continue;
          writes.push({ _id: id, _rev: doc._rev, _deleted: true, kind: table, body: {}, t: doc.t });
        }
      }
      await this.#write(writes);
    }
  }

  // ── PouchDB → Dexie ──────────────────────────────────────────────────────────────────────

  async #checkpoint(): Promise<number | string> {
    const value = (await this.#db.settings.get(CHECKPOINT))?.value;
    return typeof value === 'number' || typeof value === 'string' ? value : 0;
  }

  #follow(): void {
    void this.#checkpoint().then((since) => {
      if (this.#stopped) return;
      // Only which documents changed: #applyDown reads each as it stands when it is applied.
      const feed = this.#local.changes({ live: true, since });
      let batch: Change[] = [];
      let scheduled = false;
      feed.on('change', (change) => {
        batch.push(change);
        if (scheduled) return;
        scheduled = true;
        // Documents arrive in batches of a hundred: apply them together, in one Dexie transaction.
        setTimeout(() => {
          scheduled = false;
          const changes = batch;
          batch = [];
          void this.#enqueue(() => this.#applyDown(changes));
        }, 20);
      });
      feed.on('error', (error) => console.error('sync bridge: changes feed', error));
      this.#feed = feed;
    });
  }

  /**
   * Documents whose merge failed (the disk full, the pouch busy) are applied again later, without
   * moving the checkpoint: the rest of their batch is not held up, and none is dropped.
   */
  #retryLater(ids: string[], attempt: number): void {
    if (!ids.length || this.#stopped) return;
    if (attempt >= 6) {
      // They merge when one of them next changes (the feed brings it again); said, not silent.
      console.error('sync bridge: gave up merging for now', ids);
      return;
    }
    setTimeout(() => void this.#enqueue(() => this.#applyDown(ids.map((id) => ({ id })), attempt + 1)), 500 * 2 ** attempt);
  }

  async #applyDown(batch: { id: string; seq?: Change['seq'] }[], attempt = 0): Promise<void> {
    // A retry (attempt > 0) re-reads documents of an older batch: it must not move the checkpoint.
    const last = attempt === 0 ? batch.at(-1)?.seq : undefined;
    // The feed hands each document as it was when its change was announced. By the time a batch
    // is applied the document may have moved on: a later revision, or a branch this device wrote
    // meanwhile (its own edit made on an older revision) that is now in conflict with it. Writing
    // the announced document into Dexie would then put an older or a sibling revision over the
    // local edit. So each document is read again as it stands now, with its conflicts: a
    // document in conflict is merged first, and only its merged revision reaches Dexie.
    const ids = [...new Set(batch.map((change) => change.id))];
    const current = await this.#local.allDocs({ keys: ids, include_docs: true, conflicts: true });
    const changes: { id: string; doc: StoredDoc }[] = [];
    for (const row of current.rows) {
      if (row.doc) changes.push({ id: row.id, doc: row.doc });
      else if (row.value?.deleted) changes.push({ id: row.id, doc: { _id: row.id, _rev: row.value.rev, _deleted: true } as StoredDoc });
    }
    const erased = new Set((await this.#db.erasures.toArray()).map((e) => e.candidateId));
    const puts = new Map<SyncedTable, (StoredDoc & SyncDoc)[]>();
    const deletes = new Map<SyncedTable, { id: string; key: RecordKey }[]>();
    const againstErasure: (StoredDoc & SyncDoc)[] = [];
    const newlyErased: string[] = [];
    const unmerged: string[] = [];
    for (const change of changes) {
      const doc = change.doc;
      const where = recordOfDocId(change.id);
      if (!doc || !where) continue;
      if (doc._conflicts?.length) {
        try {
          await this.#resolve(change.id);
        } catch (error: unknown) {
          console.error('sync bridge: merge failed, tried again later', change.id, error);
          unmerged.push(change.id);
        }
        continue;
      }
      if (doc._deleted) {
        (deletes.get(where.table) ?? deletes.set(where.table, []).get(where.table))?.push({ id: change.id, key: where.key });
        continue;
      }
      if (!isDoc(doc)) continue;
      // The revision Dexie is already in step with (this device's own write, coming back round).
      if (this.#synced.get(change.id)?.rev === doc._rev) continue;
      const person = candidateOf(where.table, doc.body);
      if (where.table === 'erasures') {
        newlyErased.push(String(doc.body.candidateId));
        erased.add(String(doc.body.candidateId));
      } else if (person && erased.has(person)) {
        // An edit of someone erased (made offline, before the device heard of it) does not bring them back.
        againstErasure.push(doc);
        continue;
      }
      (puts.get(where.table) ?? puts.set(where.table, []).get(where.table))?.push(doc);
    }
    // Records changed here since they were last in step: a change from elsewhere does not
    // overwrite them; they go up as a branch of the revision they were made on, and merge.
    const diverged = new Map<SyncedTable, RecordKey[]>();
    const divergedHere = (table: SyncedTable, doc: StoredDoc & SyncDoc, known: Record<string, unknown> | undefined): boolean => {
      const synced = this.#synced.get(doc._id);
      if (!known || sameFields(known, doc.body)) return false;
      // Every record in step has its revision noted (since the start's comparison); one without,
      // outside the sample data, was made here and is still on its way up.
      if (!synced && !this.#keepLocal(table, known)) this.#madeHere.add(doc._id);
      else if (!synced || fingerprint(known) === synced.print) return false;
      (diverged.get(table) ?? diverged.set(table, []).get(table))?.push(keyOf(table, known));
      return true;
    };
    const applied: { id: string; rev: string; record: Record<string, unknown> }[] = [];
    const tables = [...SYNCED_TABLES.map((t) => tableOf(this.#db, t)), this.#db.settings];
    await this.#db.transaction('rw', tables, async () => {
      for (const [table, gone] of deletes) {
        // A deletion from elsewhere does not take an edit made here since the record was last in
        // step (typed while the deletion was on its way): an edit beats a deletion, as it does
        // offline (PRODUCT §12, nothing lost). The record goes up again on top of the deletion.
        // Only an erasure takes the person's edits with it.
        const current = await tableOf(this.#db, table).bulkGet(gone.map((g) => g.key));
        const doomed: RecordKey[] = [];
        gone.forEach(({ id, key }, i) => {
          const known = current[i];
          const synced = this.#synced.get(id);
          const person = known ? candidateOf(table, known) : undefined;
          // Changed since in step — or made here and not carried up yet (no revision noted).
          const changedHere = !!known && (synced ? fingerprint(known) !== synced.print : !this.#keepLocal(table, known));
          const editedHere = changedHere && !(person && erased.has(person));
          if (editedHere) (diverged.get(table) ?? diverged.set(table, []).get(table))?.push(key);
          else {
            doomed.push(key);
            this.#synced.delete(id);
          }
        });
        await tableOf(this.#db, table).bulkDelete(doomed);
      }
      for (const [table, docs] of puts) {
        const current = await tableOf(this.#db, table).bulkGet(docs.map((d) => keyOf(table, d.body)));
        const fresh: Record<string, unknown>[] = [];
        docs.forEach((doc, i) => {
          const known = current[i];
          if (divergedHere(table, doc, known)) return;
          if (sameFields(known, doc.body)) {
            if (known) applied.push({ id: doc._id, rev: doc._rev, record: known });
            return;
          }
          // The matrix notices a change by its stamp: a merged record with an unchanged stamp gets a new one.
          const record = known && known.updatedAt === doc.body.updatedAt ? { ...doc.body, updatedAt: this.#now() } : doc.body;
          fresh.push(record);
          applied.push({ id: doc._id, rev: doc._rev, record });
        });
        // Dexie reports a put of 50 records or more as "the whole table changed"; in smaller
        // pieces it names the keys, so the way up can see at once that nothing is new.
        for (let at = 0; at < fresh.length; at += 40) await tableOf(this.#db, table).bulkPut(fresh.slice(at, at + 40));
      }
      for (const candidateId of newlyErased) await this.#eraseHere(candidateId);
      if (last !== undefined) await this.#db.settings.put({ key: CHECKPOINT, value: last });
    });
    for (const { id, rev, record } of applied) this.#synced.set(id, { rev, print: fingerprint(record) });
    await this.#restoreScoredRequests(changes.map((c) => c.id));
    if (diverged.size) {
      for (const [table, keys] of diverged) {
        const set = this.#queue.get(table) ?? new Set<string>();
        for (const key of keys) set.add(JSON.stringify(key));
        this.#queue.set(table, set);
      }
      void this.#enqueue(() => this.#flushQueue());
    }
    await this.#noteUnmerged(ids, unmerged);
    this.#retryLater(unmerged, attempt);
    if (againstErasure.length || newlyErased.length) {
      await this.#write(againstErasure.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true, kind: doc.kind, body: {}, t: doc.t })));
      await this.#queuePurge(againstErasure.map((d) => d._id));
    }
  }

  /**
   * A request deleted elsewhere while a person on it was scored here (offline, or at the same
   * moment): the score beat its own deletion (an edit beats a deletion), so the request comes back
   * too, as it last stood — else the score would live on, and travel to every device, on a request
   * that no one sees. Looked at for the requests of this batch's documents; a request comes back
   * when one of its evaluations or sheets is alive beside the deletion that came with the request's
   * (the sign that an edit beat it). Back in Dexie, it goes up over its deletion like any edit.
   */
  async #restoreScoredRequests(docIds: string[]): Promise<void> {
    const requestIds = new Set<string>();
    for (const id of docIds) {
      const where = recordOfDocId(id);
      if (!where) continue;
      if (where.table === 'requests') requestIds.add(String(where.key));
      else if ((where.table === 'evaluations' || where.table === 'sheets') && Array.isArray(where.key)) requestIds.add(String(where.key[0]));
    }
    for (const requestId of requestIds) {
      if (await this.#db.requests.get(requestId)) continue;
      // The request's deletion: by whom and when (a deletion stamps every field with both).
      const deletion = (await this.#leaves(docIdOf('requests', requestId))).map(deletionOf).find((d) => d !== undefined);
      if (!deletion) continue;
      const scored = [
        ...(await this.#db.evaluations.where('requestId').equals(requestId).primaryKeys()).map((key) => docIdOf('evaluations', key as string[])),
        ...(await this.#db.sheets.where('requestId').equals(requestId).primaryKeys()).map((key) => docIdOf('sheets', key as string[])),
      ];
      let beatDeletion = false;
      for (const id of scored) {
        const leaves = await this.#leaves(id);
        // Alive beside the deletion that came with the request's (the same device, within the
        // minute): an older deletion beside it (the person once taken off and kept) does not count.
        if (leaves.some((leaf) => !leaf._deleted) && leaves.some((leaf) => sameDeletion(deletionOf(leaf), deletion))) {
          beatDeletion = true;
          break;
        }
      }
      if (!beatDeletion) continue;
      const last = await this.#lastLiveRevision(docIdOf('requests', requestId));
      if (!last) {
        console.error('sync bridge: a scored request was deleted elsewhere and its last revision is gone', requestId);
        continue;
      }
      // Said in the request's change log, on every device (the log travels): on the one that
      // deleted it the request reappears, and the log says why. Every device that brings it back
      // writes the same entry (its id comes from the deletion), so it is there once.
      const at = this.#now();
      const restored: ChangeRecord = { id: `${RESTORED_ID_PREFIX}${hash(`${requestId}|${deletion.at}|${deletion.dev}`)}`, at, device: this.#device, requestId, kind: 'restored', target: deletion.dev, old: deletion.at, new: null };
      await this.#db.transaction('rw', this.#db.requests, this.#db.changes, async () => {
        await tableOf(this.#db, 'requests').put({ ...last.body, updatedAt: at });
        await this.#db.changes.put(restored);
      });
    }
  }

  async #leaves(id: string): Promise<StoredDoc[]> {
    try {
      return (await this.#local.get(id, { open_revs: 'all', revs: true })).flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []));
    } catch {
      return [];
    }
  }

  /** A deleted document's revision before its deletion, if the pouch still holds it. */
  async #lastLiveRevision(id: string): Promise<(StoredDoc & SyncDoc) | undefined> {
    for (const leaf of await this.#leaves(id)) {
      const path = leaf._revisions as { start: number; ids: string[] } | undefined;
      if (!leaf._deleted || !path || path.ids.length < 2) continue;
      try {
        const before = await this.#local.get(id, { rev: `${path.start - 1}-${path.ids[1]}` });
        if (isDoc(before) && !before._deleted) return before;
      } catch {
        // Compacted: not kept any more.
      }
    }
    return undefined;
  }

  /** What "Overal wissen" leaves on this device: nothing about the person, only the marker. */
  async #eraseHere(candidateId: string): Promise<void> {
    const db = this.#db;
    const ids: string[] = [docIdOf('candidates', candidateId)];
    const evaluations = await db.evaluations.where('candidateId').equals(candidateId).primaryKeys();
    const sheets = await db.sheets.where('candidateId').equals(candidateId).primaryKeys();
    const changes = await db.changes.where('candidateId').equals(candidateId).primaryKeys();
    const marks = await db.marks.where('candidateId').equals(candidateId).primaryKeys();
    ids.push(...evaluations.map((k) => docIdOf('evaluations', k as string[])), ...sheets.map((k) => docIdOf('sheets', k as string[])));
    ids.push(...changes.map((k) => docIdOf('changes', k)), ...marks.map((k) => docIdOf('marks', k)));
    await db.evaluations.bulkDelete(evaluations);
    await db.sheets.bulkDelete(sheets);
    await db.changes.bulkDelete(changes);
    await db.marks.bulkDelete(marks);
    await db.candidates.delete(candidateId);
    await db.settings.put({ key: PURGE, value: [...(await this.#purgeList()), ...ids] });
  }

  async #stringList(key: string): Promise<string[]> {
    const value = (await this.#db.settings.get(key))?.value;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  /** UNMERGED as stored, read once: #applyDown asks after every batch. */
  #unmerged: string[] | undefined;

  async #unmergedList(): Promise<string[]> {
    this.#unmerged ??= await this.#stringList(UNMERGED);
    return this.#unmerged;
  }

  /** Writes #madeHere to the database when it changed since last written. */
  async #saveMadeHere(): Promise<void> {
    const now = [...this.#madeHere].sort();
    const text = now.join('\n');
    if (text === this.#madeHereSaved) return;
    try {
      await this.#db.settings.put({ key: MADE_HERE, value: now });
      this.#madeHereSaved = text;
    } catch (error: unknown) {
      console.error('sync bridge: could not note the records made here', error);
    }
  }

  /** Of the documents just applied, keeps those whose merge failed and forgets the rest. */
  async #noteUnmerged(applied: string[], failed: string[]): Promise<void> {
    const before = await this.#unmergedList();
    if (!failed.length && !before.length) return;
    const done = new Set(applied);
    const after = [...new Set([...before.filter((id) => !done.has(id)), ...failed])];
    if (after.length === before.length && after.every((id, i) => id === before[i])) return;
    try {
      await this.#db.settings.put({ key: UNMERGED, value: after });
      this.#unmerged = after;
    } catch (error: unknown) {
      // The disk that failed the merge may fail this too: the retries in memory still run.
      console.error('sync bridge: could not note the merges still to do', error);
    }
  }

  #purgeList(): Promise<string[]> {
    return this.#stringList(PURGE);
  }

  async #queuePurge(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.#db.settings.put({ key: PURGE, value: [...new Set([...(await this.#purgeList()), ...ids])] });
  }

  /**
   * Removes the revisions of erased people's documents from the local pouch, so nothing of them
   * remains on this device, not even in old revisions. Only once the server has their deletion:
   * a purge before the push would keep the deletion from ever leaving.
   */
  async #purgePending(): Promise<void> {
    const ids = await this.#purgeList();
    if (!ids.length) return;
    for (const id of ids) {
      let leaves: StoredDoc[];
      try {
        leaves = (await this.#local.get(id, { open_revs: 'all' })).flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []));
      } catch {
        continue;
      }
      // Still alive here (the deletion not yet written): keep it for the next time.
      if (leaves.some((leaf) => !leaf._deleted)) continue;
      for (const leaf of leaves) await this.#local.purge(id, leaf._rev).catch(() => undefined);
    }
    const left: string[] = [];
    for (const id of ids) {
      const still = await this.#local.get(id, { open_revs: 'all' }).catch(() => []);
      if (still.some((leaf) => 'ok' in leaf)) left.push(id);
    }
    await this.#db.settings.put({ key: PURGE, value: left });
  }

  // ── Conflicts ────────────────────────────────────────────────────────────────────────────

  /**
   * Merges the revisions two devices made while apart into one, and deletes the others. Every
   * device that sees the same conflict merges it the same way, and names the revisions it writes
   * after what they hold (like CouchDB names its own): two devices resolving the same conflict at
   * the same moment write the same revisions, rather than two new ones that conflict again.
   */
  async #resolve(id: string): Promise<void> {
    const winner = await this.#local.get(id, { conflicts: true, revs: true });
    const leaves = (await this.#local.get(id, { open_revs: 'all', revs: true })).flatMap((leaf) => ('ok' in leaf && !leaf.ok._deleted && isDoc(leaf.ok) ? [leaf.ok] : []));
    if (leaves.length < 2 || !isDoc(winner)) return;
    leaves.sort((a, b) => (a._rev < b._rev ? -1 : 1));
    const { merged, conflicts } = mergeAll(leaves.map((leaf) => ({ body: leaf.body, t: leaf.t })));
    const where = recordOfDocId(id);
    // A merge holding a private revision (an assessor's draft) stays on this device, and so do the
    // deletions of the revisions it replaces: else the drafts, or the deletion alone, would leave.
    const isPrivate = leaves.some((leaf) => leaf.private === true);
    const content = { kind: winner.kind, body: merged.body, t: merged.t, ...(isPrivate ? { private: true } : {}) };
    const docs: NewDoc[] = [await childOf(winner, content)];
    for (const leaf of leaves) if (leaf._rev !== winner._rev) docs.push(await childOf(leaf, { _deleted: true, ...(isPrivate ? { private: true } : {}) }));
    // Logged first: a merge written but not logged would leave no trace of the value it did not
    // choose when tried again (its ids are the same each time, so logging twice is harmless).
    if (where && conflicts.length) await this.#record(where.table, merged.body, id, conflicts);
    await this.#local.bulkDocs(docs, { new_edits: false });
    this.#waiting.add(id);
    this.#notify();
  }

  /** Each same-field conflict into the change log (the value that lost) and a mark on the cell. */
  async #record(table: SyncedTable, body: Record<string, unknown>, id: string, conflicts: FieldConflict[]): Promise<void> {
    if (table !== 'requests' && table !== 'candidates' && table !== 'evaluations') return;
    const requestId = table === 'requests' ? String(body.id) : typeof body.requestId === 'string' ? body.requestId : undefined;
    const candidateId = table === 'candidates' ? String(body.id) : typeof body.candidateId === 'string' ? body.candidateId : undefined;
    const at = this.#now();
    const json = (value: unknown) => (value === undefined ? 'null' : JSON.stringify(value));
    const plain = (value: unknown): string | number | null => (typeof value === 'string' || typeof value === 'number' ? value : value === undefined || value === null ? null : JSON.stringify(value));
    const changes: ChangeRecord[] = [];
    const marks: ConflictMark[] = [];
    for (const c of conflicts) {
      // The same conflict merged on two devices makes the same ids: it is recorded once.
      const key = hash(`${id}|${c.path}|${c.loser.time.at}|${c.loser.time.dev}`);
      changes.push({
        id: `conflict-${key}`, at, device: c.loser.time.dev, requestId: requestId ?? '', kind: 'conflict', target: c.path, old: plain(c.loser.value), new: plain(c.winner.value),
        ...(candidateId ? { candidateId } : {}),
      });
      marks.push({
        id: `mark-${key}`, table, path: c.path, other: json(c.loser.value), otherAt: c.loser.time.at, otherDevice: c.loser.time.dev, at,
        ...(requestId ? { requestId } : {}), ...(candidateId ? { candidateId } : {}),
      });
    }
    await this.#db.transaction('rw', this.#db.changes, this.#db.marks, async () => {
      await this.#db.changes.bulkPut(changes);
      await this.#db.marks.bulkPut(marks);
    });
  }
}

/** Whether a document may leave this device (a private sheet stays): the push filter. */
export function mayLeave(doc: StoredDoc): boolean {
  return doc.private !== true;
}

/** Documents ids as the tests and the HTTP checks name them. */
export { docIdOf, fieldsOf };
