// First-run sample data: the two seed requests and the demo candidate lists. Runs only on a
// database that has never been seeded and holds no requests or candidates; it never touches data.
// What it writes is marked as sample data (src/db/sample.ts). This module and the seed files load
// only when a first run needs them (src/main.tsx), not with every start.
import { parseCandidatesCsv, type Request } from '../core';
import { SAMPLE_KEY, SEEDED_KEY, type SampleMarker } from './sample';
import type { ShortlistDb, StoredCandidate, StoredEvaluation, StoredRequest } from './schema';

export interface SeedData {
  requests: Request[];
  /** CSV texts in the import format, each for one of the requests. */
  candidateLists: { requestId: string; csv: string }[];
}

/** Loads the seed data when the database is empty; returns whether it did. */
export async function seedIfEmpty(db: ShortlistDb, seed: SeedData): Promise<boolean> {
  return db.transaction('rw', [db.requests, db.candidates, db.evaluations, db.settings], async () => {
    const untouched =
      (await db.settings.get(SEEDED_KEY)) === undefined && (await db.requests.count()) === 0 && (await db.candidates.count()) === 0;
    if (!untouched) return false;
    const at = new Date().toISOString();
    const requests: StoredRequest[] = seed.requests.map((r) => ({ ...r, createdAt: at, updatedAt: at }));
    const pool = new Map<string, StoredCandidate>();
    const evaluations: StoredEvaluation[] = [];
    let order = 0;
    for (const list of seed.candidateLists) {
      const request = seed.requests.find((r) => r.id === list.requestId);
      if (!request) throw new Error(`seed list for unknown request ${list.requestId}`);
      const parsed = parseCandidatesCsv(list.csv, request);
      if (parsed.errors.length) throw new Error(`seed list ${list.requestId}: ${parsed.errors.map((e) => e.message).join('; ')}`);
      for (const row of parsed.rows) {
        const key = (row.candidate.email ?? row.candidate.name).toLowerCase();
        const known = pool.get(key);
        // Stamps advance by a millisecond per person, so the matrix shows them in file order.
        const stamp = new Date(Date.parse(at) + order++).toISOString();
        const candidate: StoredCandidate = known
          ? { ...known, ...definedOnly(row.candidate) }
          : { ...row.candidate, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp };
        pool.set(key, candidate);
        evaluations.push({
          requestId: request.id,
          candidateId: candidate.id,
          knockOuts: row.knockOuts,
          scores: row.scores,
          notes: {},
          competencies: {},
          updatedAt: at,
        });
      }
    }
    await db.requests.bulkAdd(requests);
    await db.candidates.bulkAdd([...pool.values()]);
    await db.evaluations.bulkAdd(evaluations);
    await db.settings.put({ key: SEEDED_KEY, value: at });
    // What the seeding made is sample data: marked, so it can be shown as such and removed in one go.
    const marker: SampleMarker = { requestIds: requests.map((r) => r.id), candidateIds: [...pool.values()].map((c) => c.id), seededAt: at };
    await db.settings.put({ key: SAMPLE_KEY, value: marker });
    return true;
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
