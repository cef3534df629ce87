// A derived value that only counts as changed when its content does. Grids take their column
// definitions from memos; a memo that hands them a new (equal) array on every edit makes AG Grid
// apply the columns again on every score, redrawing headers and cells for nothing.
import { createMemo, type Accessor } from 'solid-js';

/** Whether two plain values (records, arrays, numbers, texts) hold the same. */
export function sameContent(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `read`, recomputed when what it reads changes, but signalling only when its result is different in content. */
export function createContentMemo<T>(read: () => T): Accessor<T> {
  return createMemo(read, undefined, { equals: sameContent });
}
