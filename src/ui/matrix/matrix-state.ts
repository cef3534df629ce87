// The matrix's working copy of one request's candidates and evaluations. Edits land here at once
// (so totals and ranks repaint within a frame) and are written to Dexie in the same breath; the
// database stays the truth: a refused write rolls the working copy back, and changes from other
// tabs arrive through liveQuery.
import { liveQuery } from 'dexie';
import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Request } from '../../core';
import { applyEdits, applyOne, loadMatrix, type MatrixEdit } from '../../db/repository';
import type { ShortlistDb, StoredCandidate, StoredEvaluation } from '../../db/schema';
import type { InputError } from '../../core';

export interface MatrixState {
  candidates: Accessor<StoredCandidate[]>;
  evaluations: Accessor<Map<string, StoredEvaluation>>;
  loaded: Accessor<boolean>;
  /** Checks and applies edits; returns the refusals (nothing is applied when any edit is refused). */
  edit(edits: MatrixEdit[]): InputError[];
  /** Resolves when every write started so far has reached the database. */
  settled(): Promise<void>;
}

export function createMatrixState(db: ShortlistDb, request: Accessor<Request>, onWriteError: (errors: InputError[]) => void): MatrixState {
  const [candidates, setCandidates] = createSignal<StoredCandidate[]>([]);
  const [evaluations, setEvaluations] = createSignal<Map<string, StoredEvaluation>>(new Map());
  const [loaded, setLoaded] = createSignal(false);
  let pending = 0;
  let writes: Promise<unknown> = Promise.resolve();

  const requestId = request().id;
  const subscription = liveQuery(() => loadMatrix(db, requestId)).subscribe({
    next: (result) => {
      // While our own writes are under way an older snapshot may arrive; the next one will be current.
      if (pending > 0) return;
      batch(() => {
        setCandidates((old) => reconcile(old, result.candidates, (c) => c.id));
        setEvaluations((old) => {
          const list = [...old.values()];
          const next = reconcile(list, result.evaluations, (e) => e.candidateId);
          return next === list ? old : new Map(next.map((e) => [e.candidateId, e]));
        });
        setLoaded(true);
      });
    },
    error: (error: unknown) => onWriteError([{ code: 'load-failed', message: String(error) }]),
  });
  onCleanup(() => subscription.unsubscribe());

  function edit(edits: MatrixEdit[]): InputError[] {
    if (edits.length === 0) return [];
    const byId = new Map(candidates().map((c) => [c.id, c]));
    const nextCandidates = new Map<string, StoredCandidate>();
    const nextEvaluations = new Map<string, StoredEvaluation>();
    const errors: InputError[] = [];
    const at = new Date().toISOString();
    for (const e of edits) {
      const candidate = nextCandidates.get(e.candidateId) ?? copy(byId.get(e.candidateId));
      const evaluation = nextEvaluations.get(e.candidateId) ?? copy(evaluations().get(e.candidateId));
      if (!candidate || !evaluation) {
        errors.push({ code: 'unknown-candidate', message: 'Deze kandidaat staat niet (meer) op de aanvraag.' });
        continue;
      }
      const refused = applyOne(request(), candidate, evaluation, e, at);
      if (refused) errors.push(...refused);
      nextCandidates.set(candidate.id, candidate);
      nextEvaluations.set(candidate.id, evaluation);
    }
    if (errors.length) return errors;

    const before = { candidates: candidates(), evaluations: evaluations() };
    batch(() => {
      if ([...nextCandidates.values()].some((c) => c !== byId.get(c.id))) {
        setCandidates(before.candidates.map((c) => nextCandidates.get(c.id) ?? c));
      }
      const map = new Map(before.evaluations);
      for (const [id, e] of nextEvaluations) map.set(id, e);
      setEvaluations(map);
    });

    pending++;
    writes = writes
      .then(() => applyEdits(db, requestId, edits, at))
      .then((result) => {
        if (!result.ok) {
          batch(() => {
            setCandidates(before.candidates);
            setEvaluations(before.evaluations);
          });
          onWriteError(result.errors);
        }
      })
      .catch((error: unknown) => {
        batch(() => {
          setCandidates(before.candidates);
          setEvaluations(before.evaluations);
        });
        onWriteError([{ code: 'write-failed', message: `Opslaan mislukt: ${String(error)}` }]);
      })
      .finally(() => {
        pending--;
      });
    return [];
  }

  return { candidates, evaluations, loaded, edit, settled: () => writes.then(() => undefined) };
}

/**
 * Keeps the old object where a record did not change (same updatedAt), so the grid redraws less;
 * keeps the old list itself when nothing changed, so the echo of our own write (liveQuery) does
 * not re-rank and re-render everything once more.
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

function copy<T extends object>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}
