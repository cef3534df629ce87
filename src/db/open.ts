// The app's one database connection, with the guard against a newer version in another tab.
import { ShortlistDb } from './schema';

export interface OpenedDatabase {
  db: ShortlistDb;
  /** Called once when another tab upgrades the schema: this tab must stop writing and reload. */
  onStale(listener: () => void): void;
}

export function openDatabase(name = 'shortlist'): OpenedDatabase {
  const db = new ShortlistDb(name);
  const listeners: (() => void)[] = [];
  db.on('versionchange', () => {
    // Dexie 4 would reopen and keep writing old-shaped records; close for good and ask to reload.
    db.close({ disableAutoOpen: true });
    for (const listener of listeners) listener();
    return false;
  });
  return { db, onStale: (listener) => listeners.push(listener) };
}
