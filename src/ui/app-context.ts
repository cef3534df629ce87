// What every screen needs: the database and the work-in-progress guard.
import { createContext, useContext } from 'solid-js';
import type { InputError } from '../core';
import type { ShortlistDb } from '../db/schema';
import type { Flush } from './pending-edits';

export interface AppContextValue {
  db: ShortlistDb;
  /** Finish any edit in progress (e.g. an open grid cell) and write it; resolves to what failed. */
  flushPendingEdits(): Promise<InputError[]>;
  registerPendingEdits(flush: Flush): () => void;
}

export const AppContext = createContext<AppContextValue>();

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
