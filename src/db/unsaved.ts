// Edits the screen shows but the database does not hold yet, kept when the page goes away. A write
// starts a frame after its edit (the feedback comes first) and at once when the page is hidden or
// left; but a page being unloaded gets no more turns of its event loop, so a write begun at a reload
// never reaches IndexedDB. localStorage writes synchronously: what is still unwritten at that moment
// goes there, and the next start writes it (unsaved-replay.ts). Tabs share the one key, so each
// adds and removes only its own entries.
import type { MatrixEdit } from '../core';

export const UNSAVED_KEY = 'shortlist.unsaved';

export interface UnsavedWrite {
  id: string;
  requestId: string;
  edits: MatrixEdit[];
  /** The stamp the write gives its records: a record stamped at or after it already holds the edit. */
  at: string;
  assessor: string | null;
}

const open = new Map<string, UnsavedWrite>();
/** Whether this page has put entries in the journal (only then does a finished write rewrite it). */
let journaled = false;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that refuses storage to this page (a sandboxed frame): nothing to keep or replay.
    return null;
  }
}

/** The journal as stored; anything that is not a list of writes counts as empty. */
export function readUnsaved(): UnsavedWrite[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(UNSAVED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isWrite) : [];
  } catch {
    return [];
  }
}

function isWrite(value: unknown): value is UnsavedWrite {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return typeof w.id === 'string' && typeof w.requestId === 'string' && typeof w.at === 'string' && Array.isArray(w.edits) && (w.assessor === null || typeof w.assessor === 'string');
}

function writeJournal(writes: UnsavedWrite[]): void {
  const store = storage();
  if (!store) return;
  try {
    if (writes.length) store.setItem(UNSAVED_KEY, JSON.stringify(writes));
    else store.removeItem(UNSAVED_KEY);
  } catch {
    // A full disk refuses this too: the write itself may still make it, nothing more can be done.
  }
}

/** A write about to go to the database; call the returned function once it has ended either way. */
export function holdWrite(write: Omit<UnsavedWrite, 'id'>): () => void {
  const id = crypto.randomUUID();
  open.set(id, { id, ...write });
  return () => {
    open.delete(id);
    if (journaled) writeJournal(readUnsaved().filter((w) => w.id !== id));
  };
}

/** Puts every write of this page not yet ended into the journal, beside other tabs' entries. */
export function keepUnsaved(): void {
  if (open.size === 0) return;
  const others = readUnsaved().filter((w) => !open.has(w.id));
  writeJournal([...others, ...open.values()]);
  journaled = true;
}

export function hasUnsaved(): boolean {
  return storage()?.getItem(UNSAVED_KEY) != null;
}

/** Takes entries out of the journal (those replayed), leaving any another tab added meanwhile. */
export function dropUnsaved(ids: readonly string[]): void {
  const gone = new Set(ids);
  writeJournal(readUnsaved().filter((w) => !gone.has(w.id)));
}

if (typeof addEventListener === 'function') {
  addEventListener('pagehide', keepUnsaved);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && keepUnsaved());
}
