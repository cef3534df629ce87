// Which records are first-run sample data, and the one action that removes them (PRODUCT §8). The
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

/** What "Remove sample data" would remove and keep, for its confirmation. */
export interface SampleSummary {
  /** Sample requests still there. */
  requests: number;
  /** Sample people who would go (on no request of the user's). */
  candidates: number;
  /** Sample people the user put on a request of their own: they stay. */
  keptCandidates: number;
  /** The user's own people on a sample request: their evaluation there goes, they stay in the pool. */
  ownOnSample: number;
}

/** The sample data still present, or null when there is none. */
export async function sampleSummary(db: ShortlistDb): Promise<SampleSummary | null> {
  return db.transaction('r', [db.settings, db.requests, db.candidates, db.evaluations], async () => {
    const plan = await removalPlan(db);
    if (!plan) return null;
    const summary = {
      requests: plan.requestIds.length,
      candidates: plan.removed.length,
      keptCandidates: plan.kept.length,
      ownOnSample: plan.ownOnSample,
    };
    return summary.requests + summary.candidates + summary.keptCandidates === 0 ? null : summary;
  });
}

/**
 * "Voorbeeldgegevens verwijderen": in one transaction, the sample requests with everything that
 * belongs to them (evaluations, change log, conflict marks, score sheets, import batches) and the
 * sample people who are on no request of the user's, with their change log. The user's own
 * requests and people are untouched; a sample person on a request of the user's stays, with that
 * evaluation, and from then on counts as the user's. Returns what was removed.
 */
export async function removeSampleData(db: ShortlistDb, at = new Date().toISOString()): Promise<SampleSummary> {
  const tables = [db.settings, db.requests, db.candidates, db.evaluations, db.changes, db.marks, db.sheets, db.sheetStatus, db.importBatches];
  return db.transaction('rw', tables, async () => {
    const plan = await removalPlan(db);
    if (!plan) return { requests: 0, candidates: 0, keptCandidates: 0, ownOnSample: 0 };
    const { marker, requestIds, removed, kept, ownOnSample } = plan;
    if (requestIds.length) {
      await db.evaluations.where('requestId').anyOf(requestIds).delete();
      await db.changes.where('requestId').anyOf(requestIds).delete();
      await db.marks.where('requestId').anyOf(requestIds).delete();
      await db.sheets.where('requestId').anyOf(requestIds).delete();
      await db.sheetStatus.where('requestId').anyOf(requestIds).delete();
      await db.importBatches.where('requestId').anyOf(requestIds).delete();
      await db.requests.bulkDelete(requestIds);
    }
    if (removed.length) {
      // Their evaluations were all on sample requests (else they would be kept); what is left of
      // them elsewhere is a change or a mark about them.
      await db.changes.where('candidateId').anyOf(removed).delete();
      await db.marks.where('candidateId').anyOf(removed).delete();
      await db.sheets.where('candidateId').anyOf(removed).delete();
      await db.candidates.bulkDelete(removed);
    }
    // Nothing is sample any more: what was kept is the user's now.
    const next: SampleMarker = { ...marker, requestIds: [], candidateIds: [], removedAt: at };
    await db.settings.put({ key: SAMPLE_KEY, value: next });
    return { requests: requestIds.length, candidates: removed.length, keptCandidates: kept.length, ownOnSample };
  });
}

/** Read inside the caller's transaction: which sample records are still there, and who stays. */
async function removalPlan(db: ShortlistDb) {
  const marker = await sampleMarker(db);
  if (!marker) return null;
  const requestIds = (await db.requests.bulkGet(marker.requestIds)).filter((r) => r !== undefined).map((r) => r.id);
  const onSample = new Set(requestIds);
  const people = (await db.candidates.bulkGet(marker.candidateIds)).filter((c) => c !== undefined).map((c) => c.id);
  const sampleEvaluations = people.length ? await db.evaluations.where('candidateId').anyOf(people).toArray() : [];
  const keptSet = new Set(sampleEvaluations.filter((e) => !onSample.has(e.requestId)).map((e) => e.candidateId));
  const samplePeople = new Set(people);
  const onSampleRequests = requestIds.length ? await db.evaluations.where('requestId').anyOf(requestIds).toArray() : [];
  const ownOnSample = new Set(onSampleRequests.filter((e) => !samplePeople.has(e.candidateId)).map((e) => e.candidateId)).size;
  return {
    marker,
    requestIds,
    removed: people.filter((id) => !keptSet.has(id)),
    kept: people.filter((id) => keptSet.has(id)),
    ownOnSample,
  };
}
