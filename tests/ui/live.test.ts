// createLive reads anew when its source's value changes — not when the source merely reads
// something new of the same value (a request saved again, same id): each new reading starts from
// undefined, and the screen under it would flicker to "loading" and be built again.
import 'fake-indexeddb/auto';
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createLive } from '../../src/ui/live';

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('createLive', () => {
  it('queries again only when the value of its source changes', async () => {
    const [request, setRequest] = createSignal({ id: 'r1', updatedAt: '1' });
    const asked: string[] = [];
    const { value, dispose } = createRoot((dispose) => ({ value: createLive(() => request().id, async (id) => (asked.push(id), `marks of ${id}`)), dispose }));
    await tick();
    expect(value()).toBe('marks of r1');
    setRequest({ id: 'r1', updatedAt: '2' });
    setRequest({ id: 'r1', updatedAt: '3' });
    // Still the result it had: no flicker to undefined, no second query.
    expect(value()).toBe('marks of r1');
    await tick();
    expect(asked).toEqual(['r1']);
    setRequest({ id: 'r2', updatedAt: '4' });
    expect(value()).toBeUndefined();
    await tick();
    expect(value()).toBe('marks of r2');
    expect(asked).toEqual(['r1', 'r2']);
    dispose();
  });
});
