// Undo and redo of the matrix: each step is a list of edits and the edits that take it back, read
// from the records just before; a step only applies over what it left behind.
import { createSignal, type Accessor } from 'solid-js';
import { inverseEdit, type Candidate, type Evaluation, type InputError, type MatrixEdit } from '../../core';

/** The edit that puts back what an edit replaces, read from the current records (the core's rule). */
export const inverseOf = inverseEdit;

/**
 * Whether the records still hold what a history step left there. An import, a restored backup or
 * another tab may have changed a cell since; undoing over that would silently overwrite it.
 */
export function stillHolds(expected: MatrixEdit[], current: (MatrixEdit | undefined)[]): boolean {
  if (current.some((e) => e === undefined)) return false;
  const key = (e: MatrixEdit) => JSON.stringify(e);
  const wanted = expected.map(key).sort();
  const found = (current as MatrixEdit[]).map(key).sort();
  return wanted.length === found.length && wanted.every((k, i) => k === found[i]);
}

export interface HistoryEntry {
  forward: MatrixEdit[];
  backward: MatrixEdit[];
}

/** Undo and redo stacks of edit lists: one paste or one cell edit is one step. */
export function createHistory(limit = 200) {
  const undoStack: HistoryEntry[] = [];
  const redoStack: HistoryEntry[] = [];
  return {
    push(entry: HistoryEntry) {
      undoStack.push(entry);
      if (undoStack.length > limit) undoStack.shift();
      redoStack.length = 0;
    },
    undo(): HistoryEntry | undefined {
      const entry = undoStack.pop();
      if (entry) redoStack.push(entry);
      return entry;
    },
    redo(): HistoryEntry | undefined {
      const entry = redoStack.pop();
      if (entry) undoStack.push(entry);
      return entry;
    },
    /** Puts an entry back when applying it failed, so nothing is lost from the stacks. */
    restore(entry: HistoryEntry, from: 'undo' | 'redo') {
      if (from === 'undo') {
        redoStack.pop();
        undoStack.push(entry);
      } else {
        undoStack.pop();
        redoStack.push(entry);
      }
    },
    clear() {
      undoStack.length = 0;
      redoStack.length = 0;
    },
    sizes: () => ({ undo: undoStack.length, redo: redoStack.length }),
  };
}


/** What the matrix needs of its working copy to record and replay steps. */
export interface HistoryTarget {
  candidateOf(id: string): Candidate | undefined;
  evaluationOf(id: string): Evaluation | undefined;
  /** Applies edits (checked by the core); returns the refusals, nothing applied when any. */
  edit(edits: MatrixEdit[]): InputError[];
}

export interface EditHistory {
  /** Applies edits as one undo step; false (and nothing applied) when the core refused them. */
  commit(edits: MatrixEdit[]): boolean;
  /** Takes one step back or forward; says so when the cells changed since (another tab, an import). */
  step(direction: 'undo' | 'redo'): void;
  sizes: Accessor<{ undo: number; redo: number }>;
}

/**
 * Binds the history to the working copy. Refusals go to `refused`; a step that would overwrite a
 * change made elsewhere empties the history and goes to `stale` instead of applying.
 */
export function createEditHistory(target: HistoryTarget, refused: (errors: InputError[]) => void, stale: () => void, applied: () => void): EditHistory {
  const history = createHistory();
  const [sizes, setSizes] = createSignal(history.sizes());
  const inverse = (edits: MatrixEdit[]) =>
    edits.map((e) => {
      const candidate = target.candidateOf(e.candidateId);
      return candidate && inverseOf(e, candidate, target.evaluationOf(e.candidateId));
    });
  return {
    commit(edits) {
      const backward = inverse(edits).reverse();
      const start = performance.now();
      const errors = target.edit(edits);
      if (errors.length) {
        refused(errors);
        return false;
      }
      // Our own share of an edit's frame, for `npm run bench` and DevTools (one entry kept).
      performance.clearMeasures('shortlist:edit');
      performance.measure('shortlist:edit', { start });
      history.push({ forward: edits, backward: backward.filter((e): e is MatrixEdit => e !== undefined) });
      setSizes(history.sizes());
      return true;
    },
    step(direction) {
      const entry = direction === 'undo' ? history.undo() : history.redo();
      if (!entry) return;
      const apply = direction === 'undo' ? entry.backward : entry.forward;
      if (!stillHolds(direction === 'undo' ? entry.forward : entry.backward, inverse(apply))) {
        history.clear();
        setSizes(history.sizes());
        stale();
        return;
      }
      const errors = target.edit(apply);
      if (errors.length) {
        history.restore(entry, direction);
        refused(errors);
      } else applied();
      setSizes(history.sizes());
    },
    sizes,
  };
}
