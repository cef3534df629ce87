// What every screen needs: the database and the work-in-progress guard.
import { createContext, useContext } from 'solid-js';
import type { ShortlistDb } from '../db/schema';

export interface AppContextValue {
  db: ShortlistDb;
  /** Finish any edit in progress (e.g. an open grid cell) before the page reloads. */
  flushPendingEdits(): Promise<void>;
  registerPendingEdits(flush: () => Promise<void> | void): () => void;
}

export const AppContext = createContext<AppContextValue>();

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
