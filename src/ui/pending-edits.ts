// Work the screens hold that is not stored yet (an open grid cell, a field being typed in, a save
// in the queue). Before the app reloads into a new version, and before this tab gives the database
// up to a newer version in another tab, it is finished and written.
import type { InputError } from '../core';

export type Flush = () => Promise<InputError[] | void> | InputError[] | void;

export interface PendingEdits {
  register(flush: Flush): () => void;
  /** Commits the field that has the focus, runs every flush, and resolves to the writes that failed. */
  flush(): Promise<InputError[]>;
}

export function createPendingEdits(): PendingEdits {
  const flushers = new Set<Flush>();
  return {
    register(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    async flush() {
      // A field being typed in commits on change, which leaving it fires.
      if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const errors: InputError[] = [];
      for (const flush of flushers) errors.push(...((await flush()) ?? []));
      return errors;
    },
  };
}
