// Work that can wait until the screen shows what it just got. At 1 000 candidates the pool's
// read (every person, for the "from the pool" list) fell inside the grid's first drawing and
// made it ~30 ms longer; read one paint later, once the page is idle, nobody waits for it (and the
// grid's own work after its first frame is not held up: the first render at 1 000, 9 rounds, went
// from 1.42× / 1.35× to 1.32× / 1.27× of the bare grid in two pairs of bench runs).
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Resolves after the next frame has been painted and the page has then been idle for a moment
 * (or after a second at the latest): what waits for this does not hold up the tasks the first
 * screen still has queued, such as the grid's own work after its first frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0));
    if (typeof requestAnimationFrame === 'undefined') return void idle();
    requestAnimationFrame(() => setTimeout(idle, 0));
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
