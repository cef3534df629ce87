// The people of a request: add someone new by name, put someone from the pool on it (a person
// already on another request), take the focused person off it, or erase them everywhere.
import { For, createMemo, createSignal } from 'solid-js';
import type { Candidate, InputError, Result } from '../../core';
import { addCandidate, attachCandidate, detachCandidate, eraseCandidate, listPool } from '../../db/repository';
import type { StoredCandidate, StoredRequest } from '../../db/schema';
import { storageError } from '../../db/storage-errors';
import { useApp } from '../app-context';
import { t } from '../i18n';
import { createAfterPaint } from '../after-paint';
import { createLive } from '../live';
import { submitField } from '../submit-field';

export function PeopleBar(props: {
  request: StoredRequest;
  /** The people on the request now, or null until the matrix has loaded. */
  onRequest: () => ReadonlyMap<string, StoredCandidate> | null;
  /** Called with the id of someone who just joined, so the grid can put the cursor on them. */
  onJoined: (candidateId: string) => void;
  onRefused: (errors: InputError[]) => void;
}) {
  const app = useApp();
  const [newName, setNewName] = createSignal('');
  async function addNew(event: Event) {
    event.preventDefault();
    await submitField(newName, setNewName, async (name) => {
      const result = await guarded(() => addCandidate(app.db, props.request.id, { name }));
      if (!result.ok) props.onRefused(result.errors);
      else props.onJoined(result.value.id);
      return result.ok;
    });
  }
  // The whole pool is read only once the matrix has loaded and been painted (not in the way of the
  // first render), and again only when the number of people here changes (not on every edit).
  const painted = createAfterPaint(() => props.onRequest() !== null);
  const count = createMemo(() => (painted() ? (props.onRequest()?.size ?? null) : null));
  const pool = createLive(count, (n) => (n === null ? Promise.resolve([]) : listPool(app.db)));
  const options = createMemo(() => (pool() ?? []).filter((c) => !props.onRequest()?.has(c.id)));
  const [pick, setPick] = createSignal('');
  async function addFromPool(event: Event) {
    event.preventDefault();
    const id = pick();
    if (!id) return;
    const result = await guarded(() => attachCandidate(app.db, props.request.id, id));
    if (!result.ok) return props.onRefused(result.errors);
    setPick('');
    props.onJoined(id);
  }
  return (
    <>
      <form class="inline-form" onSubmit={addNew}>
        <input aria-label={t('matrixNewCandidateName')} placeholder={t('matrixNewCandidatePlaceholder')} value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={newName().trim() === ''}>{t('matrixAddCandidate')}</button>
      </form>
      <form class="inline-form" onSubmit={addFromPool}>
        <select aria-label={t('matrixPoolPick')} value={pick()} onChange={(e) => setPick(e.currentTarget.value)} disabled={options().length === 0}>
          <option value="">{options().length ? t('matrixPoolPlaceholder') : t('matrixPoolEmpty')}</option>
          <For each={options()}>{(c) => <option value={c.id} translate="no">{c.name}{c.supplier ? ` — ${c.supplier}` : ''}</option>}</For>
        </select>
        <button type="submit" disabled={!pick()}>{t('matrixAddFromPool')}</button>
      </form>
    </>
  );
}

/** Takes a person off the request, or erases them from every request, after asking. */
export function RemoveButtons(props: { request: StoredRequest; person: () => Candidate | undefined; onRemoved: () => void; onNoPerson: () => void; onRefused: (errors: InputError[]) => void }) {
  const app = useApp();
  async function remove(kind: 'detach' | 'erase') {
    const person = props.person();
    if (!person) return props.onNoPerson();
    const question = t(kind === 'detach' ? 'matrixRemoveConfirm' : 'matrixEraseConfirm', { name: person.name });
    if (!window.confirm(question)) return;
    const done = await guarded(async () => {
      if (kind === 'detach') await detachCandidate(app.db, props.request.id, person.id);
      else await eraseCandidate(app.db, person.id);
      return { ok: true as const, value: null };
    });
    if (done.ok) props.onRemoved();
    else props.onRefused(done.errors);
  }
  return (
    <>
      <button type="button" class="danger" onClick={() => void remove('detach')} disabled={!props.person()}>{t('matrixRemove')}</button>
      <button type="button" class="danger" onClick={() => void remove('erase')} disabled={!props.person()}>{t('matrixErase')}</button>
    </>
  );
}

/** A write whose failure in the browser (a full disk, a closed database) comes back as a refusal. */
async function guarded<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    return { ok: false, errors: [storageError(error)] };
  }
}
