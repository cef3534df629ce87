// The messages between a tab and its team-sync worker, and the status every tab shows. Plain data.
// The commands themselves travel through the settings table (db/team.ts): the tab that connects
// signs in and writes `team`; whichever worker holds the sync lock follows it.
import type { ProblemKind } from '../sync/session';

export type TeamState =
  /** Not connected (local only, or disconnected). */
  | 'off'
  /** Checking the session and starting. */
  | 'connecting'
  /** Documents are moving. */
  | 'syncing'
  /** The server has everything this device has, and this device everything the server has. */
  | 'in-sync'
  /** The server cannot be reached; changes wait here and go up when it can. */
  | 'offline'
  /** The session ended (a browser restart, a long time away): the password is needed again. */
  | 'signed-out'
  /** Sync stopped for good: no access any more, or the server is no CouchDB. */
  | 'failed';

export interface TeamStatus {
  state: TeamState;
  /** Changes made here that the server does not have yet. */
  waiting: number;
  /** Documents the server refused to take (a validation rule of the team's server). */
  denied: number;
  problem: ProblemKind | null;
  user: string | null;
  /** The team database (its URL), when connected. */
  address: string | null;
  /** When the server last had everything (ISO 8601). */
  syncedAt: string | null;
}

export const OFF: TeamStatus = { state: 'off', waiting: 0, denied: 0, problem: null, user: null, address: null, syncedAt: null };

export type ToSyncWorker = { type: 'init'; dbName: string };
export type FromSyncWorker = { type: 'status'; status: TeamStatus };

/** Between the workers of several tabs: the one that syncs answers the others. */
export type StatusChannelMessage = { type: 'ask' } | { type: 'status'; status: TeamStatus };
export const STATUS_CHANNEL = 'shortlist-team-status';
export const SYNC_LOCK = 'shortlist-team-sync';
