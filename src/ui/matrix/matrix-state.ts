// The matrix's working copy of one request's candidates and evaluations. Edits land here at once
// (so totals and ranks repaint within a frame) and are written to Dexie in the same breath; the
// database stays the truth: a refused write rolls the working copy back, and changes from other
// tabs or the import worker are read back, only for the people they touched.
import Dexie, { type ObservabilitySet } from 'dexie';
import { batch, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { applyEditList, type InputError, type MatrixEdit, type Request } from '../../core';
import { matrixChanges, mergeChanges, sheetChanges, type MatrixChanges } from '../../db/changes';
import { takeMatrixRead } from '../../db/matrix-ahead';
import { applyEdits, loadMatrix, loadMatrixPart, stamped } from '../../db/repository';
import { storageError } from '../../db/storage-errors';
import { holdWrite } from '../../db/unsaved';
import type { Revision } from './rows';
import type { ShortlistDb, StoredCandidate, StoredEvaluation } from '../../db/schema';

export interface MatrixState {
  /** In the order they were added to the request; a new list when someone joins, leaves or changes. */
  candidates: Accessor<StoredCandidate[]>;
  candidateById: Accessor<Map<string, StoredCandidate>>;
  /** The working copy of an evaluation. Not tracked: track `revision` to hear of changes. */
  evaluationOf(candidateId: string): StoredEvaluation | undefined;
  /** Changes with every change to the working copy, and says whose records changed. */
  revision: Accessor<Revision>;
  loaded: Accessor<boolean>;
  /** Checks and applies edits; returns the refusals (nothing is applied when any edit is refused). */
  edit(edits: MatrixEdit[]): InputError[];
  /**
   * Resolves when every write started so far has reached the database and been read back, to the
   * writes that failed since the previous call (each was also reported as it failed).
   */
  settled(): Promise<InputError[]>;
}

/**
 * `ownSheet`: the assessor whose own scores this matrix shows and edits (independent scoring, not
 * done yet — db/sheets.ts); null for the agreed scores.
 */
export function createMatrixState(db: ShortlistDb, request: Accessor<Request>, onWriteError: (errors: InputError[]) => void, ownSheet: string | null = null): MatrixState {
  const [candidates, setCandidates] = createSignal<StoredCandidate[]>([]);
  // One map changed in place: copying 10 000 entries on every keystroke is what we avoid here.
  const evaluations = new Map<string, StoredEvaluation>();
  const [revision, setRevision] = createSignal<Revision>({ all: true }, { equals: false });
  const [loaded, setLoaded] = createSignal(false);
  const candidateById = createMemo(() => new Map(candidates().map((c) => [c.id, c])));
  const requestId = request().id;
  let disposed = false;

  // Reading back. Our own writes are echoed too; while one is under way the database may not yet
  // hold what the working copy shows, so changes wait until every write is in, then one read runs.
  let pending = 0;
  /** Counts edits begun; a read that saw an edit begin meanwhile may hold older records than the copy. */
  let begun = 0;
  let writes: Promise<unknown> = Promise.resolve();
  let waiting: MatrixChanges | null = { all: true };
  let reading: Promise<void> | null = null;

  function readBack(): Promise<void> {
    if (reading) return reading;
    reading = (async () => {
      while (waiting && pending === 0 && !disposed) {
        const changes = waiting;
        waiting = null;
        const seen = begun;
        try {
          if (changes.all) {
            // The first read may have begun while this tab's code loaded (readMatrixAhead).
            const ahead = loaded() || ownSheet !== null ? undefined : takeMatrixRead(db, requestId);
            const all = await (ahead ?? loadMatrix(db, requestId, ownSheet));
            if (seen === begun && !disposed) applyAll(all);
          } else {
            const part = await loadMatrixPart(db, requestId, [...changes.candidateIds], ownSheet);
            if (seen === begun && !disposed) applyPart(part);
          }
        } catch (error: unknown) {
          onWriteError([storageError(error)]);
        }
        // An edit that began during the read makes its result possibly stale: read again once it is in.
        if (seen !== begun) waiting = mergeChanges(waiting, changes);
      }
    })().finally(() => {
      reading = null;
    });
    return reading;
  }

  function applyAll(result: { candidates: StoredCandidate[]; evaluations: StoredEvaluation[] }) {
    const list = reconcile(candidates(), result.candidates, (c) => c.id);
    let changed = list !== candidates() || result.evaluations.length !== evaluations.size;
    const fresh = new Map<string, StoredEvaluation>();
    for (const e of result.evaluations) {
      const known = evaluations.get(e.candidateId);
      if (known && known.updatedAt === e.updatedAt) fresh.set(e.candidateId, known);
      else {
        fresh.set(e.candidateId, e);
        changed = true;
      }
    }
    batch(() => {
      if (changed || !loaded()) {
        evaluations.clear();
        for (const [id, e] of fresh) evaluations.set(id, e);
        setCandidates(list);
        setRevision({ all: true });
      }
      setLoaded(true);
    });
  }

  function applyPart(found: Awaited<ReturnType<typeof loadMatrixPart>>) {
    const byId = candidateById();
    const ids = new Set<string>();
    let joinedOrLeft = false;
    let people = false;
    for (const { candidateId, candidate, evaluation } of found) {
      const known = byId.get(candidateId);
      if (!candidate || !evaluation) {
        if (known) joinedOrLeft = true;
        continue;
      }
      if (!known) joinedOrLeft = true;
      else if (known.updatedAt !== candidate.updatedAt) people = true;
      else if (evaluations.get(candidateId)?.updatedAt === evaluation.updatedAt) continue;
      ids.add(candidateId);
    }
    if (!joinedOrLeft && ids.size === 0) return;
    const fresh = new Map(found.map((f) => [f.candidateId, f]));
    let list = candidates();
    if (joinedOrLeft || people) {
      list = list
        .filter((c) => {
          const f = fresh.get(c.id);
          return !f || (f.candidate && f.evaluation);
        })
        .map((c) => (ids.has(c.id) ? (fresh.get(c.id)?.candidate ?? c) : c));
      for (const f of found) if (f.candidate && f.evaluation && !byId.has(f.candidateId)) list.push(f.candidate);
      if (joinedOrLeft) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    }
    batch(() => {
      for (const f of found) {
        if (f.candidate && f.evaluation) {
          if (ids.has(f.candidateId)) evaluations.set(f.candidateId, f.evaluation);
        } else evaluations.delete(f.candidateId);
      }
      if (list !== candidates()) setCandidates(list);
      setRevision(joinedOrLeft ? { all: true } : { all: false, ids });
    });
  }

  const onMutated = (parts: ObservabilitySet) => {
    const changes = mergeChanges(matrixChanges(db, requestId, parts, (id) => candidateById().has(id)), ownSheet ? sheetChanges(db, requestId, ownSheet, parts) : null);
    if (!changes) return;
    waiting = mergeChanges(waiting, changes);
    void readBack();
  };
  Dexie.on('storagemutated', onMutated);
  void readBack();
  onCleanup(() => {
    disposed = true;
    Dexie.on('storagemutated').unsubscribe(onMutated);
  });

  /** Writes that failed since the last settled(): what a flush before closing must report. */
  let failed: InputError[] = [];

  function edit(edits: MatrixEdit[]): InputError[] {
    if (edits.length === 0) return [];
    // Another tab took the database over (a newer version): this tab writes nothing more.
    if (db.hasBeenClosed()) return [storageError(new Dexie.DatabaseClosedError('closed'))];
    const byId = candidateById();
    const records = new Map<string, { candidate: StoredCandidate; evaluation: StoredEvaluation }>();
    for (const e of edits) {
      const candidate = byId.get(e.candidateId);
      const evaluation = evaluations.get(e.candidateId);
      if (candidate && evaluation) records.set(e.candidateId, { candidate, evaluation });
    }
    const applied = applyEditList(request(), records, edits);
    if (!applied.ok) return applied.errors;
    const at = new Date().toISOString();
    const next = stamped(records, applied.value, at);

    const ids = new Set(applied.value.keys());
    // Only a field edit changes the person; a score edit leaves the candidate list as it is.
    const people = new Map(next.candidates.map((c) => [c.id, c]));
    const before = {
      candidates: new Map([...people.keys()].map((id) => [id, byId.get(id)])),
      evaluations: new Map([...ids].map((id) => [id, evaluations.get(id)])),
    };
    batch(() => {
      if (people.size) setCandidates(candidates().map((c) => people.get(c.id) ?? c));
      for (const e of next.evaluations) evaluations.set(e.candidateId, e);
      setRevision({ all: false, ids });
    });

    const rollBack = (errors: InputError[]) => {
      batch(() => {
        if (people.size) setCandidates(candidates().map((c) => (people.has(c.id) ? (before.candidates.get(c.id) ?? c) : c)));
        for (const [id, e] of before.evaluations) if (e) evaluations.set(id, e);
        setRevision({ all: false, ids });
      });
      // The database is the truth: read everything back once every write is in.
      waiting = { all: true };
      failed.push(...errors);
      onWriteError(errors);
    };
    pending++;
    begun++;
    // Until it is in, the write is kept for a reload that comes before it (db/unsaved.ts).
    const release = holdWrite({ requestId, edits, at, assessor: ownSheet });
    writes = writes
      .then(afterPaint)
      .then(() => applyEdits(db, requestId, edits, at, ownSheet))
      .then((result) => {
        if (!result.ok) rollBack(result.errors);
      })
      .catch((error: unknown) => rollBack([storageError(error)]))
      .finally(() => {
        release();
        pending--;
        if (pending === 0) return readBack();
      });
    return [];
  }

  return {
    candidates,
    candidateById,
    evaluationOf: (id) => evaluations.get(id),
    revision,
    loaded,
    edit,
    settled: async () => {
      await writes;
      // After the database closed there is nothing to read back (and reading would throw).
      if (!db.hasBeenClosed()) await readBack();
      const errors = failed;
      failed = [];
      return errors;
    },
  };
}

/**
 * Keeps the old object where a record did not change (same updatedAt), so the grid redraws less;
 * keeps the old list itself when nothing changed, so a read-back of our own write does not
 * re-rank and re-render everything once more.
 */
function reconcile<T extends { updatedAt: string }>(old: T[], fresh: T[], key: (item: T) => string): T[] {
  const previous = new Map(old.map((item) => [key(item), item]));
  let same = old.length === fresh.length;
  const next = fresh.map((item, i) => {
    const known = previous.get(key(item));
    const kept = known && known.updatedAt === item.updatedAt ? known : item;
    if (kept !== old[i]) same = false;
    return kept;
  });
  return same ? old : next;
}

/**
 * Resolves once the frame that shows an edit has been drawn (or after 50 ms in a hidden tab, which
 * draws no frames), so the write's database work does not delay the feedback the user waits for.
 * When the page is being hidden or left, every waiting write starts at once.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      waitingWrites.delete(done);
      resolve();
    };
    const fallback = setTimeout(done, 50);
    waitingWrites.add(done);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  });
}

const waitingWrites = new Set<() => void>();
if (typeof addEventListener === 'function') {
  const startAll = () => [...waitingWrites].forEach((start) => start());
  addEventListener('pagehide', startAll);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && startAll());
}

