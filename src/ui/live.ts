// Bridges Dexie's liveQuery to Solid once: the value updates on every change, also from other tabs.
import { liveQuery } from 'dexie';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A signal holding the latest result of `query(source())`. Re-subscribes when the source changes;
 * `undefined` until the first result arrives for the current source.
 */
export function createLive<S, T>(source: Accessor<S>, query: (source: S) => Promise<T>): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  createEffect(() => {
    const current = source();
    setValue(undefined);
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('liveQuery failed', error),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}
