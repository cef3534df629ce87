// Which records are first-run sample data (PRODUCT §8); the one action that removes them is in
// sample-removal.ts, loaded when it is asked for (the first screen only reads the marker). The
// seeding writes a marker in the settings listing the requests and people it made; everything else
// (the screens' "Voorbeeld" label, team mode keeping sample data off the server) asks that marker.
//
// Sample-ness is origin, not state: a sample request stays sample however it is edited, because
// scoring invented people is what it is for, and a label that came and went with edits would make
// team mode push practice data to the team. What the user adds to it of their own (a person they
// imported, added or attached) is never removed: such people stay in the pool.
import type { ShortlistDb, TableName } from './schema';

export const SAMPLE_KEY = 'sample';
/** Set once the first run has been seeded (or found data): seeding never happens again. */
export const SEEDED_KEY = 'seededAt';

export interface SampleMarker {
  /** The sample requests and people as seeded, minus what was removed since. */
  requestIds: string[];
  candidateIds: string[];
  seededAt: string;
  /** When "Remove sample data" ran, if it did. */
  removedAt?: string;
}

/** The marker as stored, or undefined when there is none or it is not a marker's shape. */
export function readMarker(value: unknown): SampleMarker | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ids = (x: unknown) => (Array.isArray(x) && x.every((id) => typeof id === 'string') ? (x as string[]) : null);
  const requestIds = ids(v.requestIds);
  const candidateIds = ids(v.candidateIds);
  if (!requestIds || !candidateIds || typeof v.seededAt !== 'string') return undefined;
  return { requestIds, candidateIds, seededAt: v.seededAt, ...(typeof v.removedAt === 'string' ? { removedAt: v.removedAt } : {}) };
}

export async function sampleMarker(db: ShortlistDb): Promise<SampleMarker | undefined> {
  return readMarker((await db.settings.get(SAMPLE_KEY))?.value);
}

/**
 * A test "is this record sample data?" for any table, from a marker (pure; build it once and call
 * it per record). Requests and people by their id; every other record by the request or person it
 * belongs to (an evaluation, change, mark or sheet of a sample request, or of a sample person).
 * Settings are never sample data (they are the device's, and stay local anyway).
 */
export function sampleTest(marker: SampleMarker | undefined): (table: TableName, record: object) => boolean {
  if (!marker || (marker.requestIds.length === 0 && marker.candidateIds.length === 0)) return () => false;
  const requests = new Set(marker.requestIds);
  const people = new Set(marker.candidateIds);
  return (table, record) => {
    const r = record as { id?: unknown; requestId?: unknown; candidateId?: unknown };
    if (table === 'settings') return false;
    if (table === 'requests') return typeof r.id === 'string' && requests.has(r.id);
    if (table === 'candidates') return typeof r.id === 'string' && people.has(r.id);
    return (typeof r.requestId === 'string' && requests.has(r.requestId)) || (typeof r.candidateId === 'string' && people.has(r.candidateId));
  };
}

/** One record at a time; for many, build `sampleTest(marker)` once. */
export function isSample(marker: SampleMarker | undefined, table: TableName, record: object): boolean {
  return sampleTest(marker)(table, record);
}

/**
 * What a start has to do about the first run: seed an untouched database, mark the sample data of
 * one seeded before the marker existed, or nothing. One read, so a normal start pays next to nothing
 * (the seeding code and the seed files load only for 'seed').
 */
export async function firstRunStep(db: ShortlistDb): Promise<'seed' | 'mark' | 'none'> {
  const [seeded, marker] = await db.settings.bulkGet([SEEDED_KEY, SAMPLE_KEY]);
  if (!seeded) return 'seed';
  return marker ? 'none' : 'mark';
}

/** The seed requests' ids all start so; the app gives everything else a UUID. */
const SEED_ID = /^seed-/;
/** Seeding stamps its people a millisecond apart from the moment it ran. */
const SEEDING_WINDOW_MS = 1000;

/**
 * Marks the sample data of a database seeded before sample data was marked: the seed requests
 * still there, and the people on them whom the seeding made (created in its first second).
 */
export async function markEarlierSample(db: ShortlistDb): Promise<SampleMarker | undefined> {
  return db.transaction('rw', [db.settings, db.requests, db.candidates, db.evaluations], async () => {
    const seeded = (await db.settings.get(SEEDED_KEY))?.value;
    if (typeof seeded !== 'string' || (await db.settings.get(SAMPLE_KEY))) return undefined;
    const from = Date.parse(seeded);
    const requestIds = (await db.requests.toCollection().primaryKeys()).filter((id) => SEED_ID.test(id));
    const onThem = requestIds.length ? await db.evaluations.where('requestId').anyOf(requestIds).toArray() : [];
    const people = await db.candidates.bulkGet([...new Set(onThem.map((e) => e.candidateId))]);
    const candidateIds = people
      .filter((c) => c !== undefined && Date.parse(c.createdAt) >= from && Date.parse(c.createdAt) < from + SEEDING_WINDOW_MS)
      .map((c) => c!.id);
    const marker: SampleMarker = { requestIds, candidateIds, seededAt: seeded };
    await db.settings.put({ key: SAMPLE_KEY, value: marker });
    return marker;
  });
}

/** Two markers as one (a backup merged into a database that has sample data of its own). */
export function mergeMarkers(a: SampleMarker | undefined, b: SampleMarker | undefined): SampleMarker | undefined {
  if (!a || !b) return a ?? b;
  const requestIds = [...new Set([...a.requestIds, ...b.requestIds])];
  const candidateIds = [...new Set([...a.candidateIds, ...b.candidateIds])];
  const seededAt = a.seededAt < b.seededAt ? a.seededAt : b.seededAt;
  const removedAt = requestIds.length + candidateIds.length === 0 ? (a.removedAt ?? b.removedAt) : undefined;
  return { requestIds, candidateIds, seededAt, ...(removedAt ? { removedAt } : {}) };
}
