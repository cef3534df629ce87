// Writes an import plan in one transaction (all of it or nothing), records the batch, and undoes
// the last import of a request. The plan's decisions are written as they are: no re-matching, and
// partial rows only as the user chose in the preview.
import { mergeRow, rowsToWrite, type ImportPlan, type InputError, type Result } from '../core';
import type { ImportBatch, ShortlistDb, StoredCandidate, StoredEvaluation } from './schema';

export interface BatchMeta {
  fileName: string;
  size: number;
  sha256: string;
}

export async function commitImport(db: ShortlistDb, plan: ImportPlan, meta: BatchMeta): Promise<Result<ImportBatch>> {
  if (plan.partial.rows > 0 && plan.partial.choice === null) {
    const n = plan.partial.rows;
    return {
      ok: false,
      errors: [{ code: 'partial-undecided', params: { n }, message: `Kies eerst of de ${n} ${n === 1 ? 'rij met onleesbare cellen wordt' : 'rijen met onleesbare cellen worden'} geïmporteerd (met die cellen leeg) of overgeslagen.` }],
    };
  }
  const writes = rowsToWrite(plan);
  // No catch inside the transaction: any failure aborts it, and nothing of the import lands.
  return db.transaction('rw', [db.requests, db.candidates, db.evaluations, db.importBatches], async () => {
    if (!(await db.requests.get(plan.requestId))) {
      return { ok: false as const, errors: [{ code: 'unknown-request', message: 'De aanvraag bestaat niet meer.' }] };
    }
    const at = new Date().toISOString();
    const updates = writes.filter((r) => r.action === 'update');
    const ids = updates.map((r) => r.candidateId!);
    const existing = await db.candidates.bulkGet(ids);
    const existingEvaluations = await db.evaluations.bulkGet(ids.map((id) => [plan.requestId, id] as [string, string]));
    const gone: InputError[] = [];
    updates.forEach((row, i) => {
      if (!existing[i]) gone.push({ code: 'candidate-gone', line: row.line, params: { line: row.line }, message: `Regel ${row.line}: de kandidaat die deze regel bijwerkt bestaat niet meer; bekijk de import opnieuw.` });
    });
    if (gone.length) return { ok: false as const, errors: gone };

    const batch: ImportBatch = {
      id: crypto.randomUUID(),
      requestId: plan.requestId,
      fileName: meta.fileName,
      size: meta.size,
      sha256: meta.sha256,
      createdAt: at,
      counts: plan.counts,
      undo: { createdCandidateIds: [], previousCandidates: [], previousEvaluations: [], createdEvaluationKeys: [] },
    };
    const candidates: StoredCandidate[] = [];
    const evaluations: StoredEvaluation[] = [];
    let order = 0;
    for (const row of writes) {
      if (row.action === 'new') {
        const stamp = new Date(Date.parse(at) + order++).toISOString();
        const base: StoredCandidate = { id: crypto.randomUUID(), name: row.candidate.name, createdAt: stamp, updatedAt: stamp };
        const empty: StoredEvaluation = { requestId: plan.requestId, candidateId: base.id, knockOuts: {}, scores: {}, notes: {}, competencies: {}, updatedAt: at };
        const merged = mergeRow(base, empty, row);
        candidates.push({ ...(merged.candidate as StoredCandidate) });
        evaluations.push({ ...empty, ...merged.evaluation, updatedAt: at });
        batch.undo.createdCandidateIds.push(base.id);
        batch.undo.createdEvaluationKeys.push([plan.requestId, base.id]);
      }
    }
    updates.forEach((row, i) => {
      const candidate = existing[i]!;
      const before = existingEvaluations[i];
      const evaluation: StoredEvaluation = before ?? { requestId: plan.requestId, candidateId: candidate.id, knockOuts: {}, scores: {}, notes: {}, competencies: {}, updatedAt: at };
      const merged = mergeRow(candidate, evaluation, row);
      batch.undo.previousCandidates.push(candidate);
      if (before) batch.undo.previousEvaluations.push(before);
      else batch.undo.createdEvaluationKeys.push([plan.requestId, candidate.id]);
      candidates.push({ ...(merged.candidate as StoredCandidate), updatedAt: at });
      evaluations.push({ ...evaluation, ...merged.evaluation, updatedAt: at });
    });
    await db.candidates.bulkPut(candidates);
    await db.evaluations.bulkPut(evaluations);
    await db.importBatches.add(batch);
    return { ok: true as const, value: batch };
  });
}

export async function lastImport(db: ShortlistDb, requestId: string): Promise<ImportBatch | undefined> {
  const batches = await db.importBatches.where('requestId').equals(requestId).sortBy('createdAt');
  return batches[batches.length - 1];
}

/** Puts back the state before the last import of a request, in one transaction. */
export async function undoLastImport(db: ShortlistDb, requestId: string): Promise<Result<ImportBatch>> {
  return db.transaction('rw', [db.candidates, db.evaluations, db.importBatches], async () => {
    const batch = await lastImport(db, requestId);
    if (!batch) return { ok: false as const, errors: [{ code: 'no-import', message: 'Er is geen import om ongedaan te maken.' }] };
    await db.evaluations.bulkDelete(batch.undo.createdEvaluationKeys);
    // One query for all of them: one awaited query per person takes minutes on a 100 000-row import.
    await db.evaluations.where('candidateId').anyOf(batch.undo.createdCandidateIds).delete();
    await db.candidates.bulkDelete(batch.undo.createdCandidateIds);
    await db.candidates.bulkPut(batch.undo.previousCandidates);
    await db.evaluations.bulkPut(batch.undo.previousEvaluations);
    await db.importBatches.delete(batch.id);
    return { ok: true as const, value: batch };
  });
}

/** SHA-256 of a file's bytes, as hex (recorded with each import batch). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
