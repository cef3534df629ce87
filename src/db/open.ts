// The app's one database connection, and what happens when another tab opens a newer version of
// it: this tab first writes what is pending (an open cell editor's value included), then closes the
// connection for good and says so, truthfully: saved, or what could not be saved.
import type { InputError } from '../core';
import { ShortlistDb } from './schema';
import { storageError } from './storage-errors';

export type StaleOutcome = { saved: true } | { saved: false; errors: InputError[] };

export interface OpenedDatabase {
  db: ShortlistDb;
  /** Called once when another tab upgrades the schema, after the pending work was written (or not). */
  onStale(listener: (outcome: StaleOutcome) => void): void;
}

/** How long pending writes may take before this tab lets the newer version in regardless. */
const FLUSH_LIMIT_MS = 10_000;

/**
 * Opens the database. `flush` writes whatever the screens hold that is not stored yet and resolves
 * to the writes that failed; it runs when another tab asks to upgrade, before this tab closes.
 */
export function openDatabase(name = 'shortlist', flush: () => Promise<InputError[]> = async () => []): OpenedDatabase {
  const db = new ShortlistDb(name);
  const listeners: ((outcome: StaleOutcome) => void)[] = [];
  let closing = false;
  db.on('versionchange', () => {
    // Returning false keeps Dexie from closing at once: the other tab's upgrade waits ("blocked")
    // until the pending edit is in. Dexie 4 would otherwise reopen later and write old shapes.
    if (closing) return false;
    closing = true;
    void (async () => {
      let errors: InputError[];
      try {
        errors = await Promise.race([
          flush(),
          new Promise<InputError[]>((resolve) => setTimeout(() => resolve([{ code: 'flush-timeout', message: 'De laatste wijziging was na 10 seconden nog niet bewaard.' }]), FLUSH_LIMIT_MS)),
        ]);
      } catch (error) {
        errors = [storageError(error)];
      }
      db.close({ disableAutoOpen: true });
      const outcome: StaleOutcome = errors.length ? { saved: false, errors } : { saved: true };
      for (const listener of listeners) listener(outcome);
    })();
    return false;
  });
  return { db, onStale: (listener) => listeners.push(listener) };
}
