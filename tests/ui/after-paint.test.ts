// Work held until a paint: nothing before the condition holds, and then only after a frame.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { afterNextPaint, createAfterPaint } from '../../src/ui/after-paint';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('createAfterPaint', () => {
  it('turns true only after the condition held and a frame passed, and stays true', async () => {
    const [ready, setReady] = createSignal(false);
    const { painted, dispose } = createRoot((dispose) => ({ painted: createAfterPaint(ready), dispose }));
    await tick();
    expect(painted()).toBe(false);
    setReady(true);
    // Not in the same task: the grid's first drawing comes first.
    expect(painted()).toBe(false);
    await tick();
    expect(painted()).toBe(true);
    setReady(false);
    await tick();
    expect(painted()).toBe(true);
    dispose();
  });
  it("in a browser, waits for the frame, then for the page to be idle (the first screen's queued work first)", async () => {
    const frames: (() => void)[] = [];
    const idles: (() => void)[] = [];
    Object.assign(globalThis, { requestAnimationFrame: (f: () => void) => frames.push(f), requestIdleCallback: (f: () => void) => idles.push(f) });
    try {
      let done = false;
      void afterNextPaint().then(() => (done = true));
      await tick();
      expect([done, frames.length, idles.length]).toEqual([false, 1, 0]);
      frames.shift()?.();
      await tick();
      // Painted, but the page not idle yet.
      expect([done, idles.length]).toEqual([false, 1]);
      idles.shift()?.();
      await tick();
      expect(done).toBe(true);
    } finally {
      delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
      delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
    }
  });
});
