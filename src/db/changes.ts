// What a committed write touched, read from Dexie's "storagemutated" event (fired for writes in
// this tab, in other tabs and in the import worker). The matrix uses it to re-read only the people
// that changed instead of all of them: at 10 000 candidates a full re-read blocks the page for a
// quarter of a second after every keystroke's own write.
import { cmp, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { ShortlistDb } from './schema';

/** What changed for one request's matrix: everything (re-read all), or these candidate ids. */
export type MatrixChanges = { all: true } | { all: false; candidateIds: Set<string> };

/** Beyond this many changed people, one full read is cheaper than reading them one by one. */
export const MAX_TARGETED = 2000;

/**
 * The people on `requestId` whose candidate or evaluation records a write touched, or null when it
 * touched neither. `onRequest` says whether a candidate id is on the request now (a candidate
 * record can change because of another request's work, e.g. an edited rate shows everywhere).
 */
export function matrixChanges(
  db: ShortlistDb,
  requestId: string,
  parts: ObservabilitySet,
  onRequest: (candidateId: string) => boolean,
): MatrixChanges | null {
  const candidateIds = new Set<string>();
  const evaluationKeys = singleKeys(parts[`idb://${db.name}/evaluations/`]);
  if (evaluationKeys === 'range') return { all: true };
  for (const key of evaluationKeys) {
    if (Array.isArray(key) && key[0] === requestId && typeof key[1] === 'string') candidateIds.add(key[1]);
  }
  const candidateKeys = singleKeys(parts[`idb://${db.name}/candidates/`]);
  if (candidateKeys === 'range') return { all: true };
  for (const key of candidateKeys) if (typeof key === 'string' && onRequest(key)) candidateIds.add(key);
  if (candidateIds.size > MAX_TARGETED) return { all: true };
  return candidateIds.size ? { all: false, candidateIds } : null;
}

/** The people whose own sheet (independent scoring) of this assessor changed on this request. */
export function sheetChanges(db: ShortlistDb, requestId: string, assessor: string, parts: ObservabilitySet): MatrixChanges | null {
  const keys = singleKeys(parts[`idb://${db.name}/sheets/`]);
  if (keys === 'range') return { all: true };
  const candidateIds = new Set<string>();
  for (const key of keys) if (Array.isArray(key) && key[0] === requestId && key[2] === assessor && typeof key[1] === 'string') candidateIds.add(key[1]);
  if (candidateIds.size > MAX_TARGETED) return { all: true };
  return candidateIds.size ? { all: false, candidateIds } : null;
}

/** Two changes waiting for the same read, as one. */
export function mergeChanges(a: MatrixChanges | null, b: MatrixChanges | null): MatrixChanges | null {
  if (!a || !b) return a ?? b;
  if (a.all || b.all) return { all: true };
  const candidateIds = new Set([...a.candidateIds, ...b.candidateIds]);
  return candidateIds.size > MAX_TARGETED ? { all: true } : { all: false, candidateIds };
}

/** The single keys of a mutated part, or 'range' when it holds a key range (a clear, a deleteRange). */
export function singleKeys(tree: IntervalTree | undefined, limit = MAX_TARGETED): unknown[] | 'range' {
  if (!tree || tree.d === 0) return [];
  // Parts from other tabs arrive as plain objects, and an import's part can hold 100 000 keys:
  // walk the tree as it is and stop as soon as the answer is "too many".
  const keys: unknown[] = [];
  const stack: IntervalTreeNode[] = [tree as IntervalTreeNode];
  while (stack.length) {
    const node = stack.pop() as IntervalTreeNode;
    if (cmp(node.from, node.to) !== 0) return 'range';
    keys.push(node.from);
    if (keys.length > limit) return 'range';
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
