// Short lists of ids this browser keeps for itself in localStorage (never synced, never in a
// backup): which requests read best as the whole pool, which notices were read here. A list that
// cannot be read or written (private mode, a full disk, someone's edit) counts as empty, and not
// keeping it only costs what it saves.

/** The ids kept under `key`, newest first; [] when there are none or they cannot be read. */
export function readIds(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps the first `kept` of `ids` under `key`, if the browser lets it; returns those (kept or not). */
export function writeIds(key: string, ids: string[], kept: number): string[] {
  const list = ids.slice(0, kept);
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Not kept: the next start does without.
  }
  return list;
}
