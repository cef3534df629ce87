// The procedure's request-level decision: the award (PRODUCT §3.13). Checked by the core against
// everyone on the request, written with its change-log entry in one transaction.
import { checkAward, newestFirst, type AwardInput, type ChangeRecord, type Result, type Award } from '../core';
import { deviceId } from './device';
import { changeId } from './change-id';
import type { ShortlistDb, StoredCandidate } from './schema';

/** Awards the request (or, with null, takes the award back); refused with the core's reasons. */
export async function setAward(db: ShortlistDb, requestId: string, input: AwardInput | null, at = new Date().toISOString()): Promise<Result<Award | null>> {
  const device = await deviceId(db);
  return db.transaction('rw', [db.requests, db.candidates, db.evaluations, db.changes], async () => {
    const request = await db.requests.get(requestId);
    if (!request) return { ok: false as const, errors: [{ code: 'unknown-request', message: `Aanvraag "${requestId}" bestaat niet.`, params: { id: requestId } }] };
    let award: Award | null = null;
    if (input) {
      const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
      const candidates = (await db.candidates.bulkGet(evaluations.map((e) => e.candidateId))).filter((c): c is StoredCandidate => c !== undefined);
      const checked = checkAward(request, candidates, evaluations, input);
      if (!checked.ok) return checked;
      award = checked.value;
    }
    const before = request.award ?? null;
    const next = { ...request, updatedAt: at };
    if (award) next.award = award;
    else delete next.award;
    await db.requests.put(next);
    const change: ChangeRecord = { id: changeId(), at, device, requestId, kind: 'award', old: before, new: award };
    await db.changes.add(change);
    return { ok: true as const, value: award };
  });
}

/** The request's own change log (the award), newest first. */
export async function listRequestChanges(db: ShortlistDb, requestId: string): Promise<ChangeRecord[]> {
  const changes = await db.changes.where('requestId').equals(requestId).filter((c) => c.candidateId === undefined).toArray();
  return changes.sort(newestFirst);
}
