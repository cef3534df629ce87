// Work that can wait until the screen shows what it just got. At 1 000 candidates the pool's
// read (every person, for the "from the pool" list) fell inside the grid's first drawing and
// made it ~30 ms longer; read one paint later, nobody waits for it.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/** Resolves after the next frame has been painted (a task after the frame's callback). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'undefined') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Becomes true once `ready()` has been true and a frame has been painted since (stays true). */
export function createAfterPaint(ready: Accessor<boolean>): Accessor<boolean> {
  const [done, setDone] = createSignal(false);
  let live = true;
  onCleanup(() => (live = false));
  createEffect(() => {
    if (!done() && ready()) void afterNextPaint().then(() => live && setDone(true));
  });
  return done;
}
