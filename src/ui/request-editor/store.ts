// The one contract the request editor's components work over, with two implementations: a saving
// store (the Criteria tab: every change is written at once) and a draft store (the posting review:
// nothing is written until Save). The components never know which one they have.
import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { checkRequest, type InputError, type PostingWarning, type Request, type Result } from '../../core';
import { saveRequest } from '../../db/repository';
import { storageError } from '../../db/storage-errors';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { withKey } from '../keyed';
import type { Dict } from '../i18n/nl';
import { definitionOf, sameRequest, type ListKey, type RuleKind } from './edit';
import { inputErrorText } from './error-text';

export type Problem = { text: string; errors: InputError[] };

/** Where the parser's notes stand: the form as a whole, a field, a list, or one item by id. */
export type WarningPlace = { kind: 'general' } | { kind: 'field'; field: string } | { kind: 'list'; list: ListKey } | { kind: 'item'; id: string };

export interface RequestStore {
  /** Prefixes the form's DOM ids, so two editors on one page never collide. */
  readonly scope: string;
  /** The request as the editor shows it now: the saved one, or the draft. */
  request: Accessor<Request>;
  /**
   * Builds the next request from the latest one (edits queue up in order) and keeps it: saved, or
   * in the draft. A refusal stays beside the field `key`, with `text` as typed; resolves to
   * whether the edit landed.
   */
  edit(key: string, text: string, build: (request: Request) => Result<Request>): Promise<boolean>;
  /** The refusals beside these fields, worded in the chosen language. */
  messages(...keys: string[]): string[];
  setProblem(key: string, problem: Problem | null): void;
  /** A rule kind chosen for a knock-out whose number has not been typed yet. */
  ruleDraft(id: string): RuleKind | undefined;
  setRuleDraft(id: string, kind: RuleKind | null): void;
  /** Stored items are deleted after a confirmation; a draft's items at once. */
  readonly confirmsDelete: boolean;
  /** The item whose "are you sure?" is open (one at a time), by list and id. */
  confirming: Accessor<string | null>;
  setConfirming(key: string | null): void;
  /** The parser's notes at a place of the form, worded (a saving store has none). */
  warnings(place: WarningPlace): PostingWarning[];
  /** Puts the cursor on an element once the request shown satisfies `ready` (after a move, an add). */
  focusWhen(elementId: string, ready: (request: Request) => boolean): void;
}

/** Problems, rule drafts and focus: what both stores keep the same way. */
function createFormState(request: Accessor<Request>, own: Record<string, keyof Dict>) {
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [ruleDrafts, setRuleDrafts] = createSignal<Record<string, RuleKind>>({});
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [focus, setFocus] = createSignal<{ elementId: string; ready: (request: Request) => boolean } | null>(null);
  // Moving or adding a row re-renders the list; focus goes where the keyboard user expects it once
  // the changed request is on screen.
  createEffect(() => {
    const wanted = focus();
    if (!wanted || !wanted.ready(request())) return;
    queueMicrotask(() => {
      const element = document.getElementById(wanted.elementId);
      if (element) {
        element.focus();
        setFocus(null);
      }
    });
  });
  return {
    problems,
    setProblem: (key: string, problem: Problem | null) => setProblems((all) => withKey(all, key, problem)),
    clear() {
      setProblems({});
      setRuleDrafts({});
      setConfirming(null);
    },
    confirming,
    setConfirming,
    messages: (...keys: string[]) =>
      keys.flatMap((key) => {
        const problem = problems()[key];
        return problem ? problem.errors.map((e) => inputErrorText(e, problem.text, own)) : [];
      }),
    ruleDraft: (id: string) => ruleDrafts()[id],
    ruleDrafts,
    setRuleDraft: (id: string, kind: RuleKind | null) => setRuleDrafts((all) => withKey(all, id, kind)),
    focusWhen: (elementId: string, ready: (request: Request) => boolean) => setFocus({ elementId, ready }),
  };
}

/**
 * The Criteria tab's store: each edit is saved at once, one after another, each on top of the last
 * one saved, so quick edits (two clicks on "Omhoog") never build on a request the live query has
 * not delivered yet.
 */
export function createSavingStore(stored: Accessor<StoredRequest>): RequestStore {
  const app = useApp();
  let lastSaved: StoredRequest | null = null;
  const request = (): Request => {
    const live = stored();
    const mine = lastSaved;
    return definitionOf(mine && mine.id === live.id && mine.updatedAt >= live.updatedAt ? mine : live);
  };
  const form = createFormState(request, {});
  // Another request opened in the same tab: nothing half-typed for the old one applies to it.
  // (A memo, because `on` fires on every notification and the live request changes on each save.)
  const requestId = createMemo(() => stored().id);
  createEffect(on(requestId, () => form.clear(), { defer: true }));

  let queue: Promise<unknown> = Promise.resolve();
  /** Saves the browser refused since the last flush: what a flush before closing reports. */
  let failed: InputError[] = [];
  onCleanup(
    app.registerPendingEdits(async () => {
      await queue;
      const errors = failed;
      failed = [];
      return errors;
    }),
  );

  return {
    scope: 'crit',
    request,
    edit(key, text, build) {
      const run = queue
        .then(async () => {
          const base = request();
          const next = build(base);
          if (!next.ok) return form.setProblem(key, { text, errors: next.errors }), false;
          if (!sameRequest(base, next.value)) {
            const saved = await saveRequest(app.db, next.value);
            if (!saved.ok) return form.setProblem(key, { text, errors: saved.errors }), false;
            lastSaved = saved.value;
          }
          form.setProblem(key, null);
          return true;
        })
        .catch((error: unknown) => {
          // IndexedDB itself failed (storage full, database closed): say so where the user was.
          console.error('saving the request failed', error);
          const refused = storageError(error);
          failed.push(refused);
          form.setProblem(key, { text, errors: [refused] });
          return false;
        });
      queue = run;
      return run;
    },
    messages: form.messages,
    setProblem: form.setProblem,
    ruleDraft: form.ruleDraft,
    setRuleDraft: form.setRuleDraft,
    confirmsDelete: true,
    confirming: form.confirming,
    setConfirming: form.setConfirming,
    warnings: () => [],
    focusWhen: form.focusWhen,
  };
}

export interface DraftStore extends RequestStore {
  hasProblems(): boolean;
  /** Knock-outs whose rule still waits for its number (and that are still in the draft). */
  pendingRules(): string[];
}

/**
 * The posting review's store: the parser's proposal as a draft that only Save writes. An edit is
 * refused when it breaks a rule of checkRequest the draft did not already break (a shortlist of 0,
 * a criterion of 0 points): the error belongs beside the field just typed.
 */
export function createDraftStore(initial: Request, warnings: (place: WarningPlace) => PostingWarning[], own: Record<string, keyof Dict> = {}): DraftStore {
  const [draft, setDraft] = createSignal<Request>(initial);
  const form = createFormState(draft, own);
  return {
    scope: 'posting',
    request: draft,
    edit(key, text, build) {
      const next = checkedEdit(draft(), build(draft()));
      if (!next.ok) {
        form.setProblem(key, { text, errors: next.errors });
        return Promise.resolve(false);
      }
      setDraft(next.value);
      form.setProblem(key, null);
      return Promise.resolve(true);
    },
    messages: form.messages,
    setProblem: form.setProblem,
    ruleDraft: form.ruleDraft,
    setRuleDraft: form.setRuleDraft,
    confirmsDelete: false,
    confirming: form.confirming,
    setConfirming: form.setConfirming,
    warnings,
    focusWhen: form.focusWhen,
    hasProblems: () => Object.keys(form.problems()).length > 0,
    pendingRules: () => Object.keys(form.ruleDrafts()).filter((id) => draft().knockOuts.some((k) => k.id === id)),
  };
}

const errorKey = (e: InputError) => `${e.code}\u0000${e.message}`;

/** An edit, refused only for the rules of checkRequest that it breaks and the draft did not. */
export function checkedEdit(draft: Request, edited: Result<Request>): Result<Request> {
  if (!edited.ok) return edited;
  const before = checkRequest(draft);
  const known = new Set(before.ok ? [] : before.errors.map(errorKey));
  const after = checkRequest(edited.value);
  const added = after.ok ? [] : after.errors.filter((e) => !known.has(errorKey(e)));
  return added.length ? { ok: false, errors: added } : edited;
}
