// The Criteria tab's shared state and operations: saving each change in order, the problems shown
// beside fields, focus after a move, and the list operations (move, add, delete with confirmation)
// that every section uses. The sections are in *Section.tsx; the edits themselves in edit.ts.
import { Show, createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { type InputError, type Request, type Result } from '../../core';
import { saveRequest } from '../../db/repository';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { locale, t } from '../i18n';
import { withKey } from '../keyed';
import { IconButton } from './controls';
import { addItem, definitionOf, moveItem, newCompetency, newCriterion, newKnockOut, removeItem, sameRequest, withList, withListOp, type ListKey, type RuleKind } from './edit';
import { inputErrorText } from './error-text';

type Problem = { text: string; errors: InputError[] };
type FocusRequest = { elementId: string; ready: (request: Request) => boolean };

export const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

export type CriteriaEditor = ReturnType<typeof createCriteriaEditor>;

export function createCriteriaEditor(request: Accessor<StoredRequest>) {
  const app = useApp();
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [ruleDrafts, setRuleDrafts] = createSignal<Record<string, RuleKind>>({});
  const [focusRequest, setFocusRequest] = createSignal<FocusRequest | null>(null);

  // Another request opened in the same tab: nothing half-typed for the old one applies to it.
  // (A memo, because `on` fires on every notification and the live request changes on each save.)
  const requestId = createMemo(() => request().id);
  createEffect(
    on(
      requestId,
      () => {
        setProblems({});
        setConfirming(null);
        setRuleDrafts({});
      },
      { defer: true },
    ),
  );

  // Saves run one after another, each on top of the last one saved, so quick edits (two clicks on
  // "Omhoog") never build on a request the live query has not delivered yet.
  let lastSaved: StoredRequest | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const current = (): Request => {
    const live = request();
    const mine = lastSaved;
    return definitionOf(mine && mine.id === live.id && mine.updatedAt >= live.updatedAt ? mine : live);
  };
  onCleanup(app.registerPendingEdits(() => queue.then(() => undefined)));

  const setProblem = (key: string, problem: Problem | null) => setProblems((all) => withKey(all, key, problem));

  /** Builds the next request from the latest one and saves it; errors stay beside the field `key`. */
  function commit(key: string, text: string, build: (request: Request) => Result<Request>, focus?: (next: Request) => FocusRequest): Promise<boolean> {
    const run = queue.then(async () => {
      const base = current();
      const next = build(base);
      if (!next.ok) return setProblem(key, { text, errors: next.errors }), false;
      if (!sameRequest(base, next.value)) {
        const saved = await saveRequest(app.db, next.value);
        if (!saved.ok) return setProblem(key, { text, errors: saved.errors }), false;
        lastSaved = saved.value;
      }
      setProblem(key, null);
      if (focus) setFocusRequest(focus(next.value));
      return true;
    }).catch((error: unknown) => {
      // IndexedDB itself failed (storage full, database closed): say so where the user was.
      console.error('saving the request failed', error);
      setProblem(key, { text, errors: [{ code: 'save-failed', message: String(error) }] });
      return false;
    });
    queue = run;
    return run;
  }

  // Moving or adding a row re-renders the list; focus goes where the keyboard user expects it once
  // the saved request is on screen.
  createEffect(() => {
    const wanted = focusRequest();
    if (!wanted || !wanted.ready(request())) return;
    const element = document.getElementById(wanted.elementId);
    if (element) {
      element.focus();
      setFocusRequest(null);
    }
  });

  const messages = (...keys: string[]) =>
    keys.flatMap((key) => {
      const problem = problems()[key];
      return problem ? problem.errors.map((e) => inputErrorText(e, problem.text)) : [];
    });
  const dutch = () => locale() === 'nl';

  // ── Lists: the operations every section shares ──────────────────────────────────────────────
  const idsOf = (key: ListKey) => createMemo(() => (request()[key] as { id: string }[]).map((item) => item.id), undefined, { equals: sameIds });
  const ids = { knockOuts: idsOf('knockOuts'), criteria: idsOf('criteria'), competencies: idsOf('competencies') };
  const domId = (key: ListKey, id: string, part: string) => `crit-${key}-${id}-${part}`;
  const addButtonId = (key: ListKey) => `crit-${key}-add`;

  const move = (key: ListKey, id: string, delta: -1 | 1) => {
    // The place is found in the request the move was built on: quick presses queue up correctly.
    const placeIn = (r: Request) => (r[key] as { id: string }[]).findIndex((item) => item.id === id);
    void commit(`${key}:order`, '', (r) => ok(withListOp(r, key, (items) => moveItem(items, id, delta))), (next) => ({
      elementId: domId(key, id, delta < 0 ? 'up' : 'down'),
      ready: (r) => placeIn(r) === placeIn(next),
    }));
  };

  const remove = (key: ListKey, id: string) => {
    const list = ids[key]();
    const at = list.indexOf(id);
    const neighbour = list[at + 1] ?? list[at - 1];
    setConfirming(null);
    void commit(`${key}:order`, '', (r) => ok(withListOp(r, key, (items) => removeItem(items, id))), () => ({
      elementId: neighbour ? domId(key, neighbour, 'delete') : addButtonId(key),
      ready: (r) => !(r[key] as { id: string }[]).some((item) => item.id === id),
    }));
  };

  const add = (key: ListKey) => {
    const id = crypto.randomUUID();
    const build = (r: Request): Request => {
      if (key === 'knockOuts') return withList(r, 'knockOuts', (items) => addItem(items, newKnockOut(id)));
      if (key === 'criteria') return withList(r, 'criteria', (items) => addItem(items, newCriterion(id, items)));
      return withList(r, 'competencies', (items) => addItem(items, newCompetency(id)));
    };
    void commit(`${key}:order`, '', (r) => ok(build(r)), () => ({
      elementId: domId(key, id, key === 'competencies' ? 'name' : 'text'),
      ready: (r) => (r[key] as { id: string }[]).some((item) => item.id === id),
    }));
  };

  /** The buttons at the end of every row, and the inline "are you sure" before a delete. */
  const RowActions = (p: { list: ListKey; id: string; index: number }) => {
    const key = `${p.list}:${p.id}`;
    const last = () => p.index === ids[p.list]().length - 1;
    return (
      <div class="crit-actions">
        <IconButton id={domId(p.list, p.id, 'up')} label={t('criteriaMoveUp')} disabled={p.index === 0} onClick={() => move(p.list, p.id, -1)} icon="up" />
        <IconButton id={domId(p.list, p.id, 'down')} label={t('criteriaMoveDown')} disabled={last()} onClick={() => move(p.list, p.id, 1)} icon="down" />
        <IconButton
          id={domId(p.list, p.id, 'delete')}
          label={t('criteriaDelete')}
          danger
          expanded={confirming() === key}
          onClick={() => setConfirming(confirming() === key ? null : key)}
          icon="delete"
        />
      </div>
    );
  };

  const ConfirmDelete = (p: { list: ListKey; id: string; text: string }) => {
    const key = `${p.list}:${p.id}`;
    const cancel = () => {
      setConfirming(null);
      document.getElementById(domId(p.list, p.id, 'delete'))?.focus();
    };
    return (
      <Show when={confirming() === key}>
        <div class="crit-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id={domId(p.list, p.id, 'confirm-text')}>{p.text}</p>
          <button
            type="button"
            class="danger"
            ref={(el) => queueMicrotask(() => el.focus())}
            aria-describedby={domId(p.list, p.id, 'confirm-text')}
            onClick={() => remove(p.list, p.id)}
          >
            {t('criteriaConfirmDelete')}
          </button>
          <button type="button" onClick={cancel}>
            {t('criteriaCancel')}
          </button>
        </div>
      </Show>
    );
  };


  return { request, current, commit, messages, dutch, ids, domId, addButtonId, move, remove, add, RowActions, ConfirmDelete, confirming, setConfirming, ruleDrafts, setRuleDrafts };
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
