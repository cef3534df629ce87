// How team mode merges (PRODUCT §12 "Nothing lost"): every synced document carries, beside its
// record, when each field last changed, on which device, and which earlier change it built on.
// When two devices changed a record while apart, CouchDB keeps both revisions; we merge them field
// by field: a field changed on one side only takes that side; a field changed on both takes the
// later change, and the other value is handed back so it can go into the change log and the cell
// can be marked. Pure functions over plain data: no PouchDB, no Dexie.

/** When a field last changed: the moment, the device, and the moment of the change it replaced. */
export interface FieldTime {
  at: string;
  dev: string;
  /** `at` of the value this change replaced (null for a field set the first time). */
  prev: string | null;
}
export type FieldTimes = Record<string, FieldTime>;

/** A field as a path: "name", "scores.cr1", "panel.Anne.cp2". */
type Fields = Map<string, unknown>;

/** Fields whose entries change one by one (a score per criterion), so each entry is its own field. */
const MAPS = new Set(['scores', 'knockOuts', 'notes', 'clientScores', 'competencies']);
/** Two levels deep: assessor → competency → rating. */
const NESTED = new Set(['panel']);
/** Stamps of the storage, not facts: they never decide a merge. */
const STAMPS = new Set(['updatedAt']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// Keys are written with their dots escaped, so an id with a dot stays one path segment.
const escape = (key: string) => key.replace(/%/g, '%25').replace(/\./g, '%2E');
const unescape = (key: string) => key.replace(/%2E/g, '.').replace(/%25/g, '%');

/** A record as its fields (the paths that merge one by one), stamps left out. */
export function fieldsOf(body: Record<string, unknown>): Fields {
  const fields: Fields = new Map();
  for (const [key, value] of Object.entries(body)) {
    if (STAMPS.has(key) || value === undefined) continue;
    if (MAPS.has(key) && isRecord(value)) {
      for (const [id, entry] of Object.entries(value)) if (entry !== undefined) fields.set(`${key}.${escape(id)}`, entry);
      // An empty map still says the record has one (notes: {}), which restore relies on.
      fields.set(`${key}.`, true);
    } else if (NESTED.has(key) && isRecord(value)) {
      fields.set(`${key}.`, true);
      for (const [outer, inner] of Object.entries(value)) {
        fields.set(`${key}.${escape(outer)}.`, true);
        if (isRecord(inner)) for (const [id, entry] of Object.entries(inner)) if (entry !== undefined) fields.set(`${key}.${escape(outer)}.${escape(id)}`, entry);
      }
    } else fields.set(key, value);
  }
  return fields;
}

/** The record the fields describe (the inverse of fieldsOf, stamps aside). */
export function bodyOf(fields: Fields): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const mapOf = (key: string): Record<string, unknown> => (isRecord(body[key]) ? (body[key] as Record<string, unknown>) : (body[key] = {}) as Record<string, unknown>);
  for (const [path, value] of fields) {
    const [head = '', ...rest] = path.split('.');
    if (rest.length === 0) body[head] = value;
    else if (MAPS.has(head)) {
      const map = mapOf(head);
      if (rest[0] !== '') map[unescape(rest[0] as string)] = value;
    } else if (NESTED.has(head)) {
      const outer = mapOf(head);
      if (rest[0] === '') continue;
      const innerKey = unescape(rest[0] as string);
      const inner = isRecord(outer[innerKey]) ? (outer[innerKey] as Record<string, unknown>) : (outer[innerKey] = {}) as Record<string, unknown>;
      if (rest[1] !== undefined && rest[1] !== '') inner[unescape(rest[1])] = value;
    }
  }
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The paths whose value differs between two records (a removed field counts: its value is gone). */
export function changedPaths(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const a = before ? fieldsOf(before) : new Map<string, unknown>();
  const b = fieldsOf(after);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !same(a.get(p), b.get(p)));
}

/**
 * The field times after a local change: each changed path gets this moment and device, and the
 * moment of the change it replaced; the others keep theirs.
 */
export function stamp(times: FieldTimes, paths: readonly string[], at: string, dev: string): FieldTimes {
  const next: FieldTimes = { ...times };
  for (const path of paths) next[path] = { at, dev, prev: times[path]?.at ?? null };
  return next;
}

/** A revision of a record as the merge sees it. */
export interface Revision {
  body: Record<string, unknown>;
  t: FieldTimes;
}

/** A field both sides changed: the value that won and the one that did not. */
export interface FieldConflict {
  path: string;
  winner: { value: unknown; time: FieldTime };
  loser: { value: unknown; time: FieldTime };
}

const NONE: FieldTime = { at: '', dev: '', prev: null };
const later = (a: FieldTime, b: FieldTime) => a.at > b.at || (a.at === b.at && a.dev > b.dev);

/**
 * Merges two revisions field by field. For each field: the same change on both (or no change) is
 * kept; a change that built on the other side's value wins quietly; two changes from the same
 * starting point are a conflict, which the later change wins.
 */
export function mergeTwo(a: Revision, b: Revision): { merged: Revision; conflicts: FieldConflict[] } {
  const fa = fieldsOf(a.body);
  const fb = fieldsOf(b.body);
  const fields: Fields = new Map();
  const times: FieldTimes = {};
  const conflicts: FieldConflict[] = [];
  const paths = new Set([...fa.keys(), ...fb.keys(), ...Object.keys(a.t), ...Object.keys(b.t)]);
  for (const path of [...paths].sort()) {
    const ta = a.t[path] ?? NONE;
    const tb = b.t[path] ?? NONE;
    const va = fa.get(path);
    const vb = fb.get(path);
    let take: 'a' | 'b';
    // A change replaced the other side's value ("" when it set a field the other side never had).
    if (ta.at === tb.at && ta.dev === tb.dev) take = 'a';
    else if ((ta.prev ?? '') === tb.at) take = 'a';
    else if ((tb.prev ?? '') === ta.at) take = 'b';
    else if (same(va, vb)) take = later(ta, tb) ? 'a' : 'b';
    else {
      take = later(ta, tb) ? 'a' : 'b';
      conflicts.push(take === 'a' ? { path, winner: { value: va, time: ta }, loser: { value: vb, time: tb } } : { path, winner: { value: vb, time: tb }, loser: { value: va, time: ta } });
    }
    const value = take === 'a' ? va : vb;
    const time = take === 'a' ? ta : tb;
    if (value !== undefined) fields.set(path, value);
    if (time !== NONE) times[path] = time;
  }
  const body = bodyOf(fields);
  const stampA = typeof a.body.updatedAt === 'string' ? a.body.updatedAt : '';
  const stampB = typeof b.body.updatedAt === 'string' ? b.body.updatedAt : '';
  if (stampA || stampB) body.updatedAt = stampA > stampB ? stampA : stampB;
  return { merged: { body, t: times }, conflicts };
}

/** Merges any number of revisions (the winner and its conflicts), in a fixed order so every device agrees. */
export function mergeAll(revisions: readonly Revision[]): { merged: Revision; conflicts: FieldConflict[] } {
  const [first, ...rest] = revisions;
  if (!first) throw new Error('mergeAll needs at least one revision');
  let merged = first;
  const conflicts: FieldConflict[] = [];
  for (const next of rest) {
    const step = mergeTwo(merged, next);
    merged = step.merged;
    conflicts.push(...step.conflicts);
  }
  return { merged, conflicts };
}
