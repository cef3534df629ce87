// Work held until a paint: nothing before the condition holds, and then only after a frame.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createAfterPaint } from '../../src/ui/after-paint';

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
});
