// "Voorbeeldgegevens verwijderen" (PRODUCT §8): what it would remove and keep, and the removal.
// Apart from sample.ts so the first screen, which only reads the marker, does not carry it.
import { SAMPLE_KEY, sampleMarker, type SampleMarker } from './sample';
import { deleteRequests, requestTables } from './request-records';
import type { ShortlistDb } from './schema';

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
  const tables = [...requestTables(db), db.settings, db.candidates, db.changes];
  return db.transaction('rw', tables, async () => {
    const plan = await removalPlan(db);
    if (!plan) return { requests: 0, candidates: 0, keptCandidates: 0, ownOnSample: 0 };
    const { marker, requestIds, removed, kept, ownOnSample } = plan;
    if (requestIds.length) {
      // Practice data leaves no history: the sample requests' change log goes with them.
      await db.changes.where('requestId').anyOf(requestIds).delete();
      await deleteRequests(db, requestIds);
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
