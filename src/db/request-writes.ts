// The requests' writes: save, create, copy, delete. Apart from requests.ts so the first screen,
// which only lists them, does not load them (App.tsx imports this module when a write is asked).
import { checkRequest, lowersMaximum, scoresAboveMaximum, type InputError, type Request, type Result } from '../core';
import { deleteRequests, requestTables } from './request-records';
import type { ShortlistDb, StoredRequest } from './schema';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

function fail(code: string, message: string): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message }] };
}

export async function saveRequest(db: ShortlistDb, request: Request): Promise<Result<StoredRequest>> {
  const checked = checkRequest(request);
  if (!checked.ok) return checked;
  return db.transaction('rw', [db.requests, db.evaluations, db.sheets, db.candidates], async () => {
    const existing = await db.requests.get(request.id);
    // Only a lower maximum can leave scores above it: the scores are read then, not on every save.
    if (existing && lowersMaximum(existing, request)) {
      const records = [...(await db.evaluations.where('requestId').equals(request.id).toArray()), ...(await db.sheets.where('requestId').equals(request.id).toArray())];
      const names = new Map((await db.candidates.bulkGet([...new Set(records.map((r) => r.candidateId))])).flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      const above = scoresAboveMaximum(request, records, (id) => names.get(id) ?? id);
      if (above.length) return { ok: false as const, errors: above };
    }
    const stored: StoredRequest = { ...request, createdAt: existing?.createdAt ?? now(), updatedAt: now() };
    await db.requests.put(stored);
    return { ok: true as const, value: stored };
  });
}

/** Creates a new request (fresh id) from a proposal, e.g. the posting parser's. */
export async function createRequest(db: ShortlistDb, proposal: Omit<Request, 'id'>): Promise<Result<StoredRequest>> {
  return saveRequest(db, { ...proposal, id: newId() });
}

/** Copies a request's definition (not its candidates) under a new id. */
export async function duplicateRequest(db: ShortlistDb, requestId: string, titleSuffix = ' (kopie)'): Promise<Result<StoredRequest>> {
  const original = await db.requests.get(requestId);
  if (!original) return fail('unknown-request', `Aanvraag "${requestId}" bestaat niet.`);
  const { createdAt: _c, updatedAt: _u, ...definition } = original;
  return saveRequest(db, { ...definition, id: newId(), title: original.title + titleSuffix });
}

/**
 * Deletes a request with everything on it: evaluations, import batches, the assessors' own sheets
 * and conflict marks (the candidates stay in the pool, the change log stays as history).
 */
export async function deleteRequest(db: ShortlistDb, requestId: string): Promise<void> {
  await db.transaction('rw', requestTables(db), () => deleteRequests(db, [requestId]));
}
