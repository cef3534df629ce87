// Bridges Dexie's liveQuery to Solid once: the value updates on every change, also from other tabs.
import { liveQuery } from 'dexie';
import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A signal holding the latest result of `query(source())`. Re-subscribes when the source changes;
 * `undefined` until the first result arrives for the current source.
 */
export function createLive<S, T>(source: Accessor<S>, query: (source: S) => Promise<T>): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  // Read anew only when the source's value changes, not whenever what it reads does: a source
  // such as `() => props.request.id` reads a request that is a new object after every save, and
  // each new reading starts from undefined — the screen under it flickered to "loading" and was
  // built again (a half-typed assessor's name went with it).
  const key = createMemo(source);
  createEffect(() => {
    const current = key();
    setValue(undefined);
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('liveQuery failed', error),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}
