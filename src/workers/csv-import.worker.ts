// Parses, plans and writes a CSV import off the main thread, so the page stays responsive on
// 100 000 rows. The plan made for the preview is kept here and is exactly what the commit writes.
// (This worker reaches the database too, through src/db's functions: IndexedDB writes of a large
// import are the slow part.)
import { MAX_BYTES, isPartial, rowsToWrite, tooLarge } from '../core';
import { choosePartial, previewImport, type PreviewResult } from '../db/import-preview';
import { commitImport } from '../db/imports';
import { ShortlistDb } from '../db/schema';
import { storageError } from '../db/storage-errors';
import type { FromWorker, ToWorker } from './import-protocol';

let pending: (PreviewResult & { dbName: string }) | null = null;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'preview') await preview(message);
    else if (message.type === 'choose') choose(message.partialRows);
    else await commit();
  } catch (error) {
    // Reading the file or IndexedDB failed (the disk is full, another tab upgraded the database).
    post({ type: 'failed', errors: [storageError(error)] });
  }
};

async function preview(message: Extract<ToWorker, { type: 'preview' }>) {
  pending = null;
  // A file over the limit is refused before a byte of it is read (a 1 GB file in a second).
  if (message.file.size > MAX_BYTES) return post({ type: 'failed', errors: [tooLarge(message.file.size)] });
  const bytes = new Uint8Array(await message.file.arrayBuffer());
  post({ type: 'progress', phase: 'read', fraction: 0.05 });
  const db = new ShortlistDb(message.dbName);
  try {
    const result = await previewImport(db, message.request, bytes, message.fileName, {
      ...(message.mapping ? { mapping: message.mapping } : {}),
      ...(message.partialRows ? { partialRows: message.partialRows } : {}),
      onPhase: (phase) => post({ type: 'progress', phase, fraction: phase === 'parse' ? 0.1 : 0.7 }),
    });
    pending = { ...result, dbName: message.dbName };
    post({ type: 'preview', summary: result.summary });
  } finally {
    db.close();
  }
}

function choose(choice: Parameters<typeof choosePartial>[1]) {
  if (!pending) return;
  pending = { ...choosePartial(pending, choice), dbName: pending.dbName };
  post({ type: 'chosen', summary: pending.summary });
}

async function commit() {
  if (!pending) {
    post({ type: 'failed', errors: [{ code: 'no-preview', message: 'Er is geen voorbeeld om te importeren; kies het bestand opnieuw.' }] });
    return;
  }
  const { plan, meta, dbName } = pending;
  post({ type: 'progress', phase: 'write', fraction: 0.8 });
  const db = new ShortlistDb(dbName);
  try {
    const result = await commitImport(db, plan, meta);
    pending = null;
    const emptied = rowsToWrite(plan).filter(isPartial).length;
    if (result.ok) post({ type: 'committed', counts: result.value.counts, batchId: result.value.id, emptied });
    else post({ type: 'failed', errors: result.errors });
  } finally {
    db.close();
  }
}
