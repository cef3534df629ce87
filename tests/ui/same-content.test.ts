// Grids take their columns from memos: a new reading with the same content must not count as a
// change, or AG Grid applies the columns again on every edit (and takes the focus from the cell).
import { createEffect, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createContentMemo, sameContent } from '../../src/ui/same-content';

describe('createContentMemo', () => {
  it('signals its dependents only when the content changes, not when an equal value is read anew', async () => {
    const [request, setRequest] = createSignal({ clientCriteria: [{ id: 'cc1', text: 'Visie', maxPoints: 10 }], updatedAt: '1' });
    const seen: string[][] = [];
    const dispose = createRoot((dispose) => {
      const criteria = createContentMemo(() => request().clientCriteria);
      createEffect(() => seen.push(criteria().map((c) => c.id)));
      return dispose;
    });
    // Each score writes and the request is read anew: an equal copy, another stamp.
    setRequest({ clientCriteria: [{ id: 'cc1', text: 'Visie', maxPoints: 10 }], updatedAt: '2' });
    setRequest({ clientCriteria: [{ id: 'cc1', text: 'Visie', maxPoints: 10 }], updatedAt: '3' });
    expect(seen).toEqual([['cc1']]);
    setRequest({ clientCriteria: [{ id: 'cc1', text: 'Visie', maxPoints: 10 }, { id: 'cc2', text: 'Aanpak', maxPoints: 5 }], updatedAt: '4' });
    expect(seen).toEqual([['cc1'], ['cc1', 'cc2']]);
    dispose();
  });
  it('compares plain values by content', () => {
    expect(sameContent([{ a: 1 }], [{ a: 1 }])).toBe(true);
    expect(sameContent([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(sameContent(['Anne', 'Bas'], ['Bas', 'Anne'])).toBe(false);
  });
});
