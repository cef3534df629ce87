// Small immutable updates of keyed records held in signals (problems per field, drafts per id).

/** A copy of `all` with `key` set to `value`, or without `key` when there is no value. */
export function withKey<T>(all: Record<string, T>, key: string, value: T | null | undefined): Record<string, T> {
  const next = { ...all };
  if (value === null || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
