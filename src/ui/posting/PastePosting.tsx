// "Vacaturetekst plakken": a modal dialog in which a pasted request text becomes a proposal, the
// consultant reviews and corrects it, and only Save writes it (createRequest). Closing it (Escape,
// Close) stores nothing and keeps the work for the next opening, until it is saved or discarded.
import { Show, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import type { InputError, Request } from '../../core';
import { createRequest } from '../../db/repository';
import { storageError } from '../../db/storage-errors';
import { errorText } from '../i18n/errors';
import { useApp } from '../app-context';
import { formatNumber, t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { Warnings } from '../request-editor/controls';
import { DetailsSection, fieldDomId } from '../request-editor/DetailsSection';
import { inputErrorText } from '../request-editor/error-text';
import { FIELDS } from '../request-editor/fields';
import { ClientCriteriaSection, CompetenciesSection, CriteriaSection, KnockOutsSection } from '../request-editor/lists';
import '../request-editor/editor.css';
import { createPostingDraft, type Review } from './draft';
import { proposalOf, sameNumber, saveProblems, summaryOf } from './review';
import './posting.css';

// Codes the review form words its own way; the rest as on the Criteria tab.
const OWN_ERROR_TEXT: Record<string, keyof Dict> = {
  'invalid-max-points': 'postingErrorMaxPoints',
  'invalid-professionals': 'postingErrorProfessionals',
};
const messageOf = (error: InputError, text: string) => inputErrorText(error, text, OWN_ERROR_TEXT);

// One draft for the page: the dialog comes and goes, the work in it stays (until Save or Discard).
const draft = createPostingDraft(OWN_ERROR_TEXT);

export function PastePosting(props: { requests: readonly Pick<Request, 'id' | 'number' | 'title'>[]; onClose: () => void; onSaved: (requestId: string) => void }) {
  const app = useApp();
  let dialog!: HTMLDialogElement;
  let textarea: HTMLTextAreaElement | undefined;
  const { text, setText, review } = draft;
  const [saveErrors, setSaveErrors] = createSignal<string[]>([]);
  const [saving, setSaving] = createSignal(false);

  const showReview = (current: Review) => {
    setSaveErrors([]);
    dialog.querySelector('.posting-body')?.scrollTo({ top: 0 });
    current.store.focusWhen(fieldDomId(current.store, 'number'), () => true);
  };

  // Escape in a field that holds a change puts back what the draft has (the field stops the key);
  // that is all it does, the dialog stays: one key, one undoing. An Escape that no field took closes.
  let escape: 'none' | 'pressed' | 'untaken' = 'none';
  const onEscapePressed = (e: KeyboardEvent) => void (e.key === 'Escape' && (escape = 'pressed'));
  const onEscapeUntaken = (e: KeyboardEvent) => void (e.key === 'Escape' && (escape = 'untaken'));
  const onCancel = (e: Event) => {
    if (escape === 'pressed') e.preventDefault();
    escape = 'none';
  };
  window.addEventListener('keydown', onEscapePressed, { capture: true });
  window.addEventListener('keydown', onEscapeUntaken);
  onCleanup(() => {
    window.removeEventListener('keydown', onEscapePressed, { capture: true });
    window.removeEventListener('keydown', onEscapeUntaken);
  });

  onMount(() => {
    dialog.showModal();
    const current = review();
    if (current) showReview(current);
    else textarea?.focus();
  });

  const propose = () => showReview(draft.propose());

  const backToText = () => {
    draft.backToText();
    setSaveErrors([]);
    queueMicrotask(() => textarea?.focus());
  };

  /** Throws the text and the proposal away, said so by the user: the dialog starts afresh. */
  const discard = () => {
    draft.discard();
    setSaveErrors([]);
    queueMicrotask(() => textarea?.focus());
  };

  // Saving makes one more request with a number already there: said before Save, which still may.
  const duplicates = createMemo(() => {
    const current = review();
    return current ? sameNumber(current.store.request(), props.requests) : [];
  });
  const duplicateText = () => {
    const same = duplicates();
    const number = review()?.store.request().number?.trim() ?? '';
    return t('postingNumberExists', { n: same.length, number, titles: same.map((r) => `“${r.title}”`).join(', ') });
  };

  /** Refuses while a field holds what the draft does not (a refused entry, a rule without its number). */
  async function save() {
    const current = review()?.store;
    if (!current || saving()) return;
    for (const id of current.pendingRules()) current.setProblem(`ko:${id}:rule`, { text: '', errors: [{ code: 'required', message: '' }] });
    const problems = saveProblems(current.request());
    for (const [field, errors] of Object.entries(problems.fields)) current.setProblem(`field:${field}`, { text: '', errors });
    if (current.hasProblems() || problems.general.length > 0) {
      setSaveErrors([t('postingFixErrors'), ...problems.general.map((e) => messageOf(e, ''))]);
      queueMicrotask(() => dialog.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      const result = await createRequest(app.db, proposalOf(current.request()));
      if (!result.ok) return setSaveErrors(result.errors.map((e) => messageOf(e, '')));
      draft.discard();
      props.onSaved(result.value.id);
      dialog.close();
    } catch (error) {
      // IndexedDB itself refused (storage full, database closed): the draft stays on screen.
      console.error('saving the proposed request failed', error);
      setSaveErrors([t('postingSaveFailed'), errorText(storageError(error))]);
    } finally {
      setSaving(false);
    }
  }

  const summary = (r: Review) => {
    const s = summaryOf(r.store.request());
    return t('postingSummary', {
      knockOuts: t(s.knockOuts === 1 ? 'postingCountKnockOut' : 'postingCountKnockOuts', { n: s.knockOuts }),
      criteria: t(s.criteria === 1 ? 'postingCountCriterion' : 'postingCountCriteria', { n: s.criteria }),
      points: t(s.points === 1 ? 'postingCountPoint' : 'postingCountPoints', { n: formatNumber(s.points) }),
    });
  };

  const textStep = (
    <div class="posting-text">
      <label for="posting-text">{t('postingTextLabel')}</label>
      <p id="posting-text-hint" class="muted">{t('postingTextHint')}</p>
      <textarea
        ref={textarea}
        id="posting-text"
        aria-describedby="posting-text-hint"
        spellcheck={false}
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            propose();
          }
        }}
      />
    </div>
  );

  return (
    <dialog ref={dialog} class="posting-dialog" aria-labelledby="posting-title" onCancel={onCancel} onClose={() => props.onClose()}>
      <header class="posting-head">
        <h2 id="posting-title">{t('pastePosting')}</h2>
        <p class="muted">{review() ? t('postingReviewIntro') : t('postingIntro')}</p>
      </header>
      <div class="posting-body">
        <Show when={review()} fallback={textStep}>
          {(current) => (
            <div class="posting-review">
              <Show when={current().general.length > 0}>
                <section class="posting-general" aria-labelledby="posting-general-heading">
                  <h3 id="posting-general-heading">{t('postingCheckThis')}</h3>
                  <Warnings id="posting-general-warning" warnings={current().general} />
                </section>
              </Show>
              <DetailsSection store={current().store} fields={FIELDS} headingLevel="h3" />
              <KnockOutsSection store={current().store} />
              <CriteriaSection store={current().store} />
              <ClientCriteriaSection store={current().store} />
              <CompetenciesSection store={current().store} />
            </div>
          )}
        </Show>
      </div>
      <footer class="posting-foot">
        <Show
          when={review()}
          fallback={
            <>
              <span class="posting-shortcut muted">{t('postingShortcut')}</span>
              <Show when={draft.holdsWork()}>
                <button type="button" class="danger" onClick={discard}>{t('postingDiscard')}</button>
              </Show>
              <button type="button" onClick={() => dialog.close()}>{t('postingCancel')}</button>
              <button type="button" class="primary" aria-keyshortcuts="Control+Enter" onClick={propose}>{t('postingMakeProposal')}</button>
            </>
          }
        >
          {(current) => (
            <>
              <p class="posting-summary" id="posting-summary">{summary(current())}</p>
              <Show when={saveErrors().length > 0}>
                <p class="crit-error posting-save-error" role="alert">{saveErrors().join(' ')}</p>
              </Show>
              <Show when={duplicates().length > 0}>
                <p class="warning posting-duplicate" id="posting-duplicate" role="status">{duplicateText()}</p>
              </Show>
              <button type="button" class="danger" onClick={discard}>{t('postingDiscard')}</button>
              <button type="button" onClick={backToText}>{t('postingBackToText')}</button>
              <button type="button" onClick={() => dialog.close()}>{t('postingCancel')}</button>
              <button type="button" class="primary" disabled={saving()} aria-describedby={duplicates().length > 0 ? 'posting-summary posting-duplicate' : 'posting-summary'} onClick={() => void save()}>
                {t('postingSave')}
              </button>
            </>
          )}
        </Show>
      </footer>
    </dialog>
  );
}
