// "Vacaturetekst plakken": a modal dialog in which a pasted request text becomes a proposal, the
// consultant reviews and corrects it, and only Save writes it (createRequest). Cancel or Escape
// leaves nothing behind.
import { Show, createSignal, getOwner, onMount, runWithOwner } from 'solid-js';
import { parsePosting, type InputError, type PostingWarning } from '../../core';
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
import { createDraftStore, type DraftStore } from '../request-editor/store';
import '../request-editor/editor.css';
import { draftOf, placeWarnings, proposalOf, saveProblems, summaryOf } from './review';
import './posting.css';

// Codes the review form words its own way; the rest as on the Criteria tab.
const OWN_ERROR_TEXT: Record<string, keyof Dict> = {
  'invalid-max-points': 'postingErrorMaxPoints',
  'invalid-professionals': 'postingErrorProfessionals',
};
const messageOf = (error: InputError, text: string) => inputErrorText(error, text, OWN_ERROR_TEXT);

type Review = { store: DraftStore; general: PostingWarning[] };

export function PastePosting(props: { onClose: () => void; onSaved: (requestId: string) => void }) {
  const app = useApp();
  let dialog!: HTMLDialogElement;
  let textarea: HTMLTextAreaElement | undefined;
  const [text, setText] = createSignal('');
  const [review, setReview] = createSignal<Review | null>(null);
  // The draft's store holds effects (focus after a move): it belongs to this dialog, not the click.
  const owner = getOwner();
  const [saveErrors, setSaveErrors] = createSignal<string[]>([]);
  const [saving, setSaving] = createSignal(false);

  onMount(() => {
    dialog.showModal();
    textarea?.focus();
  });

  const propose = () => {
    const proposal = parsePosting(text());
    const placed = placeWarnings(proposal);
    const store = runWithOwner(owner, () =>
      createDraftStore(
        draftOf(proposal),
        (place) =>
          (place.kind === 'general' ? placed.general : place.kind === 'field' ? placed.fields[place.field as keyof typeof placed.fields] : place.kind === 'list' ? placed.lists[place.list] : placed.items[place.id]) ?? [],
        OWN_ERROR_TEXT,
      ),
    );
    if (!store) return;
    setReview({ store, general: placed.general });
    setSaveErrors([]);
    dialog.querySelector('.posting-body')?.scrollTo({ top: 0 });
    store.focusWhen(fieldDomId(store, 'number'), () => true);
  };

  const backToText = () => {
    setReview(null);
    setSaveErrors([]);
    queueMicrotask(() => textarea?.focus());
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
    <dialog ref={dialog} class="posting-dialog" aria-labelledby="posting-title" onClose={() => props.onClose()}>
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
              <button type="button" onClick={backToText}>{t('postingBackToText')}</button>
              <button type="button" onClick={() => dialog.close()}>{t('postingCancel')}</button>
              <button type="button" class="primary" disabled={saving()} aria-describedby="posting-summary" onClick={() => void save()}>
                {t('postingSave')}
              </button>
            </>
          )}
        </Show>
      </footer>
    </dialog>
  );
}
