// The benchmark's helper page, served from the app's own origin (/__bench/), so it shares the
// app's IndexedDB. The Node driver (scripts/bench.mjs) calls these functions with page.evaluate.
import { checkAward, clientRanking, parseCandidatesCsv, parsePosting, planImport, rankCandidates, type CompetencyRating } from '../../src/core';
import { commitImport } from '../../src/db/imports';
import { ShortlistDb, type StoredCandidate, type StoredEvaluation } from '../../src/db/schema';
import { bareImport, type BareTimings, type OurTimings } from './import-steps';
import type { StepsRequest } from './steps.worker';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A fixed amount of plain JS work, timed: the machine-noise check. */
function noise(rounds = 7): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 20_000_000; i++) x = (x + i * i) % 1_000_003;
    times.push(performance.now() - t0);
    if (x < 0) throw new Error('unreachable');
  }
  return times;
}

/** The bare import on the main thread, as a page without a worker would do it. */
async function bareImportMain(url: string): Promise<BareTimings & { start: number; end: number }> {
  const bytes = await fetchBytes(url);
  const start = performance.now();
  const timings = await bareImport(bytes, 'bench-main-bare');
  return { ...timings, start, end: performance.now() };
}

/** Both sides again, step by step, in a module worker (where the app's import runs). */
async function workerSteps(url: string, requestId: string): Promise<{ bare: BareTimings; ours: OurTimings }> {
  const bytes = await fetchBytes(url);
  const request = await requestOf(requestId);
  const worker = new Worker(new URL('./steps.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ ok: true; bare: BareTimings; ours: OurTimings } | { ok: false; error: string }>) =>
        event.data.ok ? resolve(event.data) : reject(new Error(event.data.error));
      worker.onerror = (event) => reject(new Error(`steps worker: ${event.message}`));
      const message: StepsRequest = { bytes: bytes.buffer as ArrayBuffer, request };
      worker.postMessage(message, [message.bytes]);
    });
  } finally {
    worker.terminate();
  }
}

async function requestOf(requestId: string) {
  const db = new ShortlistDb('shortlist');
  try {
    const stored = await db.requests.get(requestId);
    if (!stored) throw new Error(`the app's database has no request ${requestId}; open the app once first`);
    const { createdAt: _c, updatedAt: _u, ...request } = stored;
    return request;
  } finally {
    db.close();
  }
}

/**
 * Puts exactly the candidates of a CSV on a request in the app's database, through our own
 * parse → plan → commit (so the records have the app's shape), after taking everyone else off.
 */
async function seedMatrix(url: string, requestId: string): Promise<number> {
  const bytes = await fetchBytes(url);
  const request = await requestOf(requestId);
  const db = new ShortlistDb('shortlist');
  try {
    await db.evaluations.where('requestId').equals(requestId).delete();
    const parsed = parseCandidatesCsv(bytes, request);
    if (parsed.errors.length) throw new Error(`seed CSV: ${parsed.errors.length} errors, e.g. ${parsed.errors[0]?.message}`);
    const plan = planImport(request, await db.candidates.toArray(), [], parsed.rows, 0);
    const result = await commitImport(db, plan, { fileName: 'bench-seed.csv', size: bytes.byteLength, sha256: '' });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    return await db.evaluations.where('requestId').equals(requestId).count();
  } finally {
    db.close();
  }
}

/**
 * Makes the sample data the user's own (as "Remove sample data" would, but keeping it): team mode
 * keeps sample data on the device, and the team bench needs its request to sync.
 */
async function ownSample(): Promise<void> {
  const db = new ShortlistDb('shortlist');
  try {
    await db.settings.put({ key: 'sample', value: { requestIds: [], candidateIds: [], seededAt: new Date().toISOString(), removedAt: new Date().toISOString() } });
  } finally {
    db.close();
  }
}

/** The two assessors of the bench's panel (PRODUCT §3.12: at least two). */
const ASSESSORS = ['Anne de Wit', 'Bas Kok'];

/**
 * Gives the request a whole procedure on top of its matrix, from the candidates' standing now, so
 * that every step of the Procedure tab has work: client scores for the whole shortlist (distinct
 * totals), invitations for the best `interviewSize` by client rank, a panel of two for each of
 * them (one passes after an agreed rating where the two differ, one fails unanimously, the others
 * pass), and the award to the first who passed with a 20-day objection period (checked by the
 * core, as the app checks it). Written straight into the app's database; no change log.
 */
async function seedProcedure(requestId: string): Promise<{ shortlisted: number; invited: number; awarded: number }> {
  const db = new ShortlistDb('shortlist');
  try {
    const stored = await db.requests.get(requestId);
    if (!stored) throw new Error(`the app's database has no request ${requestId}`);
    const clientCriteria = stored.clientCriteria ?? [];
    if (clientCriteria.length === 0 || stored.competencies.length === 0 || !stored.interviewSize) throw new Error(`request ${requestId} needs client criteria, competencies and an interview size`);
    const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
    const candidates = (await db.candidates.bulkGet(evaluations.map((e) => e.candidateId))).filter((c): c is StoredCandidate => c !== undefined);
    const { award: _award, ...request } = stored;
    const byId = new Map(evaluations.map((e) => [e.candidateId, e]));
    const shortlist = rankCandidates(request, candidates, evaluations).filter((s) => s.status === 'shortlist');
    shortlist.forEach((s, i) => {
      const evaluation = byId.get(s.candidateId) as StoredEvaluation;
      // Descending client totals in steps of half a point, so the client ranking has no ties.
      const clientScores = Object.fromEntries(clientCriteria.map((c, j) => [c.id, Math.max(0, c.maxPoints - (j === 0 ? i : i / 2) / 2)]));
      const { invitedAt: _i, panel: _p, ...rest } = evaluation;
      byId.set(s.candidateId, { ...rest, clientScores, competencies: {} });
    });
    const withScores = [...byId.values()];
    const invited = clientRanking(request, candidates, withScores).slice(0, request.interviewSize).map((r) => r.candidateId);
    invited.forEach((id, i) => {
      const evaluation = byId.get(id) as StoredEvaluation;
      const panel: Record<string, Record<string, CompetencyRating>> = {};
      const competencies: Record<string, CompetencyRating> = {};
      for (const [a, assessor] of ASSESSORS.entries()) {
        panel[assessor] = Object.fromEntries(
          request.competencies.map((c, j): [string, CompetencyRating] => {
            if (i === 1 && j === 0) return [c.id, 'onvoldoende'];
            if (i === 0 && j === 1 && a === 1) return [c.id, 'voldoende'];
            return [c.id, 'goed'];
          }),
        );
      }
      // The first candidate's assessors differ on one competency: the consultant recorded it.
      if (i === 0 && request.competencies[1]) competencies[request.competencies[1].id] = 'voldoende';
      byId.set(id, { ...evaluation, invitedAt: '2026-07-01', panel, competencies });
    });
    const all = [...byId.values()];
    const passed = invited.filter((_, i) => i !== 1);
    const award = checkAward(request, candidates, all, { awarded: passed.slice(0, 1), decidedAt: '2026-07-20', objectionDays: 20 });
    if (!award.ok) throw new Error(`the bench's award was refused: ${award.errors.map((e) => e.message).join('; ')}`);
    await db.transaction('rw', db.requests, db.evaluations, async () => {
      await db.evaluations.bulkPut(all);
      await db.requests.put({ ...stored, award: award.value });
    });
    return { shortlisted: shortlist.length, invited: invited.length, awarded: award.value.awarded.length };
  } finally {
    db.close();
  }
}

/** Takes the procedure's facts off the request again (client scores, invitations, panel, award). */
async function clearProcedure(requestId: string): Promise<number> {
  const db = new ShortlistDb('shortlist');
  try {
    return await db.transaction('rw', db.requests, db.evaluations, async () => {
      const stored = await db.requests.get(requestId);
      if (!stored) throw new Error(`the app's database has no request ${requestId}`);
      const { award: _award, ...request } = stored;
      await db.requests.put(request);
      const evaluations = await db.evaluations.where('requestId').equals(requestId).toArray();
      const cleared = evaluations.filter((e) => e.clientScores || e.invitedAt || e.panel || Object.keys(e.competencies ?? {}).length > 0);
      await db.evaluations.bulkPut(cleared.map(({ clientScores: _c, invitedAt: _i, panel: _p, ...rest }) => ({ ...rest, competencies: {} })));
      return cleared.length;
    });
  } finally {
    db.close();
  }
}

/** How many candidates a request has in the app's database. */
async function countOn(requestId: string): Promise<number> {
  const db = new ShortlistDb('shortlist');
  try {
    return await db.evaluations.where('requestId').equals(requestId).count();
  } finally {
    db.close();
  }
}

/**
 * What IndexedDB itself charges for the two ways of storing n imported rows, without any parsing:
 * the bare way (one record per row, auto-increment key, no index) and ours (a candidate and an
 * evaluation per row, UUID and compound keys, the schema's five indexes), both with the raw
 * IndexedDB API, then ours with one index only, then ours through Dexie. One transaction each,
 * records built beforehand.
 */
async function storageFloor(n: number): Promise<{ bareMs: number; oursRawMs: number; oursLeanRawMs: number; oursDexieMs: number }> {
  const at = new Date().toISOString();
  const bare: Record<string, string>[] = [];
  const candidates: StoredCandidate[] = [];
  const evaluations: StoredEvaluation[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, string> = {};
    for (let c = 0; c < 30; c++) row[`Kolom ${c + 1}`] = `waarde ${i}.${c}`;
    bare.push(row);
    const id = crypto.randomUUID();
    candidates.push({ id, name: `Kandidaat ${i}`, email: `kandidaat.${i}@example.nl`, phone: '06-12345678', hourlyRate: 95.5, hoursPerWeek: 24, supplier: 'Hunebed Interim', createdAt: at, updatedAt: at });
    evaluations.push({
      requestId: 'bench',
      candidateId: id,
      knockOuts: { ko1: 'pass', ko2: 'pass', ko3: 'pass', ko4: 'pass', ko5: 'pass', ko6: 'pass' },
      scores: { cr1: 10, cr2: 7.5, cr3: 3, cr4: 12, cr5: 5, cr6: 6.5, cr7: 9 },
      notes: {},
      competencies: {},
      updatedAt: at,
    });
  }
  const raw = async (name: string, schema: (db: IDBDatabase) => void, fill: (tx: IDBTransaction) => void) => {
    await deleteDb(name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => schema(open.result);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      fill(tx);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const elapsed = performance.now() - t0;
    db.close();
    await deleteDb(name);
    return elapsed;
  };
  const bareTable = () => raw('bench-floor-bare', (db) => db.createObjectStore('rows', { autoIncrement: true }), (tx) => {
    const store = tx.objectStore('rows');
    for (const row of bare) store.put(row);
  });
  const bareFirst = await bareTable();
  // The stores and indexes of src/db/schema.ts version 1, by hand.
  const oursRawMs = await raw('bench-floor-ours', (db) => {
    const c = db.createObjectStore('candidates', { keyPath: 'id' });
    for (const index of ['email', 'name', 'updatedAt']) c.createIndex(index, index);
    const e = db.createObjectStore('evaluations', { keyPath: ['requestId', 'candidateId'] });
    for (const index of ['requestId', 'candidateId']) e.createIndex(index, index);
  }, (tx) => {
    const c = tx.objectStore('candidates');
    for (const candidate of candidates) c.put(candidate);
    const e = tx.objectStore('evaluations');
    for (const evaluation of evaluations) e.put(evaluation);
  });
  // The same records with only the index a query needs that the primary keys cannot serve
  // (evaluations by candidate, for erasure); a candidate for a leaner schema version.
  const oursLeanRawMs = await raw('bench-floor-lean', (db) => {
    db.createObjectStore('candidates', { keyPath: 'id' });
    db.createObjectStore('evaluations', { keyPath: ['requestId', 'candidateId'] }).createIndex('candidateId', 'candidateId');
  }, (tx) => {
    const c = tx.objectStore('candidates');
    for (const candidate of candidates) c.put(candidate);
    const e = tx.objectStore('evaluations');
    for (const evaluation of evaluations) e.put(evaluation);
  });
  await deleteDb('bench-floor-dexie');
  const db = new ShortlistDb('bench-floor-dexie');
  await db.open();
  const t0 = performance.now();
  await db.transaction('rw', db.candidates, db.evaluations, async () => {
    await db.candidates.bulkPut(candidates);
    await db.evaluations.bulkPut(evaluations);
  });
  const oursDexieMs = performance.now() - t0;
  db.close();
  await deleteDb('bench-floor-dexie');
  // The bare table once more, last: the machine's drift over the three runs hits both sides.
  const bareMs = (bareFirst + (await bareTable())) / 2;
  return { bareMs, oursRawMs, oursLeanRawMs, oursDexieMs };
}

/**
 * The posting parser on one long pasted text, against a plain split('\n') of the same text, in
 * turns so that drift hits both. A split takes well under a millisecond, so each of its samples
 * times a batch of splits and divides.
 */
function parserTiming(text: string, runs: number): { parseMs: number[]; splitMs: number[]; knockOuts: number; criteria: number; warnings: number } {
  const SPLITS = 20;
  // V8 caches the result of splitting the same string again, so each split gets its own copy
  // (a new string of the same text, flattened by the split itself, as a fresh paste would be).
  const copies = (round: number) => Array.from({ length: SPLITS }, (_, i) => `${text}${round}-${i}`);
  let proposal = parsePosting(text);
  for (let i = 0; i < 3; i++) proposal = parsePosting(text); // warm-up: the JIT, not the parser, is slow the first time
  const parseMs: number[] = [];
  const splitMs: number[] = [];
  let lines = 0;
  for (let r = 0; r < runs; r++) {
    const fresh = copies(r);
    let t0 = performance.now();
    for (const copy of fresh) lines += copy.split('\n').length;
    splitMs.push((performance.now() - t0) / SPLITS);
    const paste = `${text}${r}`; // a fresh string for the parser too: no cache may help either side
    t0 = performance.now();
    proposal = parsePosting(paste);
    parseMs.push(performance.now() - t0);
  }
  if (lines === 0) throw new Error('unreachable');
  return { parseMs, splitMs, knockOuts: proposal.request.knockOuts.length, criteria: proposal.request.criteria.length, warnings: proposal.warnings.length };
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const bench = { noise, bareImportMain, workerSteps, seedMatrix, ownSample, seedProcedure, clearProcedure, countOn, storageFloor, parserTiming };
declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
document.body.dataset['ready'] = 'true';
