// A value that follows another once it has stopped changing: for views that need not keep up with
// every keystroke (the totals chart), so their work is not in the way of the next one.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';

/**
 * The first value at once; after that the latest value `ms` after the last change, except values
 * for which `urgent` says they should show at once (a first load, say).
 */
export function createSettled<T>(source: Accessor<T>, ms: number, urgent: (value: T) => boolean = () => false): Accessor<T> {
  const [settled, setSettled] = createSignal<T>(source());
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      source,
      (value) => {
        clearTimeout(timer);
        if (urgent(value)) setSettled(() => value);
        else timer = setTimeout(() => setSettled(() => value), ms);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return settled;
}
