// What the three lists of the review form share: stable ids to render by, dom ids to focus, and
// removing an item together with what was refused about it.
import { createMemo, type Accessor } from 'solid-js';
import type { Request } from '../../core';
import { addItem, removeItem, withListOp, type ListKey } from '../criteria/edit';
import type { Review } from './review-state';

export const itemDomId = (list: ListKey, id: string, part: string) => `posting-${list}-${id}-${part}`;
export const addButtonId = (list: ListKey) => `posting-${list}-add`;

/** The ids of a list, as one array that only changes when items come, go or move (rows stay mounted). */
export function listIds(review: Review, list: ListKey): Accessor<string[]> {
  return createMemo(() => (review.draft()[list] as { id: string }[]).map((item) => item.id), undefined, {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
}

/** Focuses an element once the list has rendered the change that put it there. */
export function focusSoon(elementId: string): void {
  queueMicrotask(() => document.getElementById(elementId)?.focus());
}

/** Removes an item and its refusals; focus goes to the next item's remove button, or to "add". */
export function removeFromList(review: Review, list: ListKey, id: string, problemKeys: string[]): void {
  const ids = (review.draft()[list] as { id: string }[]).map((item) => item.id);
  const at = ids.indexOf(id);
  const neighbour = ids[at + 1] ?? ids[at - 1];
  review.edit(`${list}:order`, '', (draft) => ({ ok: true, value: withListOp(draft, list, (items) => removeItem(items, id)) }));
  for (const key of problemKeys) review.setProblem(key, null);
  review.setRuleDraft(id, null);
  focusSoon(neighbour ? itemDomId(list, neighbour, 'remove') : addButtonId(list));
}

/** Adds a new item (with a fresh id) at the end of a list and puts the cursor in its first field. */
export function addToList<K extends ListKey>(review: Review, list: K, make: (id: string, items: Request[K]) => Request[K][number]): void {
  const id = crypto.randomUUID();
  review.edit(`${list}:order`, '', (draft) => {
    const items: readonly { id: string }[] = draft[list];
    return { ok: true, value: { ...draft, [list]: addItem(items, make(id, draft[list])) } };
  });
  focusSoon(itemDomId(list, id, 'text'));
}
