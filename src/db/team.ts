// What this device remembers of team mode, in the settings table (kept on the device, never in a
// backup, never synced): the team's address and user name — never the password, which is used
// once to sign in — whether sync is on, and the name this person scores under as an assessor.
import Dexie, { type ObservabilitySet } from 'dexie';
import { singleKeys } from './changes';
import type { ShortlistDb } from './schema';
import { sampleMarker } from './sample';

export interface TeamSettings {
  /** The team database's URL as typed (https://couch.example.nl/shortlist-team). */
  address: string;
  user: string;
  /** Whether this device syncs: "Verbinden" turns it on, "Verbinding verbreken" off. */
  connected: boolean;
  /** When the user last signed in here: a new sign-in (after "Afgemeld") starts sync afresh. */
  signedInAt?: string;
}

const TEAM = 'team';
const ASSESSOR = 'assessor';

export async function teamSettings(db: ShortlistDb): Promise<TeamSettings | null> {
  const value = (await db.settings.get(TEAM))?.value as Partial<TeamSettings> | undefined;
  if (!value || typeof value.address !== 'string' || typeof value.user !== 'string') return null;
  return { address: value.address, user: value.user, connected: value.connected === true, ...(typeof value.signedInAt === 'string' ? { signedInAt: value.signedInAt } : {}) };
}

export async function saveTeamSettings(db: ShortlistDb, settings: TeamSettings): Promise<void> {
  await db.settings.put({ key: TEAM, value: settings });
}

/** Stops syncing; the address and user name stay, so connecting again needs only the password. */
export async function disconnectTeam(db: ShortlistDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await teamSettings(db);
    if (current) await saveTeamSettings(db, { ...current, connected: false });
  });
}

/** The name this person scores under (independent scoring, the interview panel); null when not given. */
export async function assessorName(db: ShortlistDb): Promise<string | null> {
  const value = (await db.settings.get(ASSESSOR))?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export async function saveAssessorName(db: ShortlistDb, name: string): Promise<void> {
  await db.settings.put({ key: ASSESSOR, value: name.trim() });
}

const POUCH_TEAM = 'sync:team';

/** Which team's documents the local PouchDB database holds (its URL), if any. */
export async function localTeam(db: ShortlistDb): Promise<string | undefined> {
  const value = (await db.settings.get(POUCH_TEAM))?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The local PouchDB database now holds `dbUrl`'s documents; when it held another team's, its
 * checkpoint, purge list and merge notes meant that other database and are forgotten.
 */
export async function setLocalTeam(db: ShortlistDb, dbUrl: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const held = await localTeam(db);
    if (held !== undefined && held !== dbUrl) await db.settings.bulkDelete(['sync:seq', 'sync:purge', 'sync:unmerged', 'sync:made-here']);
    await db.settings.put({ key: POUCH_TEAM, value: dbUrl });
  });
}

/** Calls `listener` whenever this device's team settings or assessor name change (in any tab). */
export function onTeamSettingsChanged(db: ShortlistDb, listener: () => void): () => void {
  const heard = (parts: ObservabilitySet) => {
    const keys = singleKeys(parts[`idb://${db.name}/settings/`]);
    if (keys === 'range' || keys.includes(TEAM) || keys.includes(ASSESSOR)) listener();
  };
  Dexie.on('storagemutated', heard);
  return () => Dexie.on('storagemutated').unsubscribe(heard);
}

/**
 * What stays on this device in team mode: the sample data (PRODUCT §8) as its marker lists it —
 * the sample requests, everything on them, and the sample people who are on sample requests only.
 * A sample person put on a real request is team data from then on (and so is that evaluation).
 */
export async function localOnlyRecords(db: ShortlistDb): Promise<(table: string, record: Record<string, unknown>) => boolean> {
  const marker = await sampleMarker(db);
  const requests = new Set(marker?.requestIds ?? []);
  const people = new Set(marker?.candidateIds ?? []);
  if (people.size) {
    const elsewhere = await db.evaluations.where('candidateId').anyOf([...people]).filter((e) => !requests.has(e.requestId)).toArray();
    for (const e of elsewhere) people.delete(e.candidateId);
  }
  const onSampleRequest = (id: unknown) => typeof id === 'string' && requests.has(id);
  return (table, record) => {
    if (table === 'requests') return onSampleRequest(record.id);
    if (table === 'candidates') return people.has(String(record.id));
    // A record of a request (evaluation, change, mark, sheet) goes with its request; one of a
    // person alone (an erasure, a change without a request) with that person.
    if (typeof record.requestId === 'string') return onSampleRequest(record.requestId);
    return typeof record.candidateId === 'string' && people.has(record.candidateId);
  };
}
