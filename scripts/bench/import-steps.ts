// The import benchmark's two sides, step by step, in whatever thread calls them:
// the bare stack (TextDecoder + Papa.parse + one Dexie bulkPut into a table without indexes) and
// our own modules (parseCandidatesCsv → planImport → commitImport), each into a fresh database.
import Dexie from 'dexie';
import Papa from 'papaparse';
import { parseCandidatesCsv, planImport, type Request } from '../../src/core';
import { commitImport, sha256Hex } from '../../src/db/imports';
import { ShortlistDb } from '../../src/db/schema';

export interface BareTimings {
  parseMs: number;
  writeMs: number;
  rows: number;
}

/** What a developer would write without us: decode, Papa.parse with headers, bulkPut the objects. */
export async function bareImport(bytes: Uint8Array, dbName: string): Promise<BareTimings> {
  await Dexie.delete(dbName);
  const db = new Dexie(dbName);
  db.version(1).stores({ rows: '++id' });
  await db.open();
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  // The delimiter is given: Papa's own guess picks "," on files with decimal commas.
  const parsed = Papa.parse<Record<string, string>>(text, { delimiter: ';', header: true, skipEmptyLines: true });
  const t1 = performance.now();
  if (parsed.errors.length) throw new Error(`bare Papa.parse reported ${parsed.errors.length} errors, e.g. ${parsed.errors[0]?.message}`);
  await db.table('rows').bulkPut(parsed.data);
  const t2 = performance.now();
  const stored = await db.table('rows').count();
  db.close();
  await Dexie.delete(dbName);
  if (stored !== parsed.data.length) throw new Error(`bare bulkPut stored ${stored} of ${parsed.data.length} rows`);
  return { parseMs: t1 - t0, writeMs: t2 - t1, rows: stored };
}

export interface OurTimings {
  shaMs: number;
  parseMs: number;
  planMs: number;
  commitMs: number;
  /** bulkPut of exactly the records the commit wrote, into a fresh database with our schema. */
  rewriteMs: number;
  added: number;
  errors: number;
}

/** Our import as the worker runs it, minus the messages: hash, parse, plan, commit. */
export async function ourImport(bytes: Uint8Array, request: Request, dbName: string): Promise<OurTimings> {
  await Dexie.delete(dbName);
  const db = new ShortlistDb(dbName);
  const at = new Date().toISOString();
  await db.requests.put({ ...request, createdAt: at, updatedAt: at });

  const t0 = performance.now();
  const sha256 = await sha256Hex(bytes);
  const t1 = performance.now();
  const parsed = parseCandidatesCsv(bytes, request, { fileName: 'bench.csv' });
  const t2 = performance.now();
  const [pool, evaluations] = await db.transaction('r', db.candidates, db.evaluations, () =>
    Promise.all([db.candidates.toArray(), db.evaluations.where('requestId').equals(request.id).toArray()]),
  );
  const plan = planImport(request, pool, evaluations, parsed.rows, parsed.errors.length);
  const t3 = performance.now();
  const result = await commitImport(db, plan, { fileName: 'bench.csv', size: bytes.byteLength, sha256 });
  const t4 = performance.now();
  if (!result.ok) throw new Error(`commitImport refused: ${result.errors.map((e) => e.message).join('; ')}`);

  // Split the commit: how long do the same records take as two plain bulkPuts?
  const candidates = await db.candidates.toArray();
  const written = await db.evaluations.toArray();
  db.close();
  await Dexie.delete(dbName);
  const again = new ShortlistDb(`${dbName}-rewrite`);
  await again.open();
  const t5 = performance.now();
  await again.transaction('rw', again.candidates, again.evaluations, async () => {
    await again.candidates.bulkPut(candidates);
    await again.evaluations.bulkPut(written);
  });
  const t6 = performance.now();
  again.close();
  await Dexie.delete(`${dbName}-rewrite`);

  return {
    shaMs: t1 - t0,
    parseMs: t2 - t1,
    planMs: t3 - t2,
    commitMs: t4 - t3,
    rewriteMs: t6 - t5,
    added: plan.counts.added,
    errors: plan.counts.errors,
  };
}
