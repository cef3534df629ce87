// Small choices about the screen that the next visit should find as they were left (the sidebar
// folded, the chart shown). Kept in localStorage like the language: they belong to this browser,
// not to the data, so they are neither synced nor in a backup.
import { createSignal, type Accessor } from 'solid-js';

export function remembered<T extends string>(key: string, allowed: readonly T[], initial: () => T): [Accessor<T>, (value: T) => void] {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // No storage (private mode): the choice lasts for this page.
  }
  const [value, setValue] = createSignal<T>(allowed.includes(stored as T) ? (stored as T) : initial());
  const set = (next: T) => {
    setValue(() => next);
    try {
      localStorage.setItem(key, next);
    } catch {
      // As above.
    }
  };
  return [value, set];
}
