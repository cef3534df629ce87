// Parses, plans and writes a CSV import off the main thread, so the page stays responsive on
// 100 000 rows. The plan made for the preview is kept here and is exactly what the commit writes.
// (This worker reaches the database too: IndexedDB writes of a large import are the slow part.)
import { MAX_BYTES, parseCandidatesCsv, planImport, tooLarge, type ImportPlan } from '../core';
import { commitImport, sha256Hex, type BatchMeta } from '../db/imports';
import { ShortlistDb } from '../db/schema';
import type { FromWorker, ToWorker } from './import-protocol';

let pending: { plan: ImportPlan; meta: BatchMeta; dbName: string } | null = null;
const SAMPLE = 200;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'preview') await preview(message);
    else await commit();
  } catch (error) {
    post({ type: 'failed', errors: [{ code: 'worker-failed', message: error instanceof Error ? error.message : String(error) }] });
  }
};

async function preview(message: Extract<ToWorker, { type: 'preview' }>) {
  pending = null;
  // A file over the limit is refused before a byte of it is read (a 1 GB file in a second).
  if (message.file.size > MAX_BYTES) return post({ type: 'failed', errors: [tooLarge(message.file.size)] });
  const bytes = new Uint8Array(await message.file.arrayBuffer());
  post({ type: 'progress', phase: 'read', fraction: 0.05 });
  const sha256 = await sha256Hex(bytes);
  post({ type: 'progress', phase: 'parse', fraction: 0.1 });
  const parsed = parseCandidatesCsv(bytes, message.request, { fileName: message.fileName, ...(message.mapping ? { mapping: message.mapping } : {}) });
  post({ type: 'progress', phase: 'plan', fraction: 0.7 });
  const db = new ShortlistDb(message.dbName);
  const [pool, evaluations] = await db.transaction('r', db.candidates, db.evaluations, () =>
    Promise.all([db.candidates.toArray(), db.evaluations.where('requestId').equals(message.request.id).toArray()]),
  );
  db.close();
  const plan = planImport(message.request, pool, evaluations, parsed.rows, parsed.errors.length);
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  pending = { plan, meta: { fileName: message.fileName, size: bytes.byteLength, sha256 }, dbName: message.dbName };
  post({
    type: 'preview',
    summary: {
      fileName: message.fileName,
      size: bytes.byteLength,
      sha256,
      encoding: parsed.encoding,
      delimiter: parsed.delimiter,
      dataRows: parsed.dataRows,
      columns: parsed.columns,
      headers: parsed.headers,
      counts: plan.counts,
      errors: errors.slice(0, 500),
      errorTotal: errors.length,
      warnings: parsed.warnings.slice(0, 100),
      samples: {
        new: plan.rows.filter((r) => r.action === 'new').slice(0, SAMPLE),
        update: plan.rows.filter((r) => r.action === 'update').slice(0, SAMPLE),
        unchanged: plan.rows.filter((r) => r.action === 'unchanged').slice(0, SAMPLE),
      },
    },
  });
}

async function commit() {
  if (!pending) {
    post({ type: 'failed', errors: [{ code: 'no-preview', message: 'Er is geen voorbeeld om te importeren; kies het bestand opnieuw.' }] });
    return;
  }
  const { plan, meta, dbName } = pending;
  post({ type: 'progress', phase: 'write', fraction: 0.8 });
  const db = new ShortlistDb(dbName);
  const result = await commitImport(db, plan, meta);
  db.close();
  pending = null;
  if (result.ok) post({ type: 'committed', counts: result.value.counts, batchId: result.value.id });
  else post({ type: 'failed', errors: result.errors });
}
