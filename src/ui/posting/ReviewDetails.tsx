// The request's details in the review form: one labelled field each, with what the parser was
// unsure of right beneath it.
import { For, Show } from 'solid-js';
import { locale, t } from '../i18n';
import { DraftInput, Errors, Warnings, describedBy } from './controls';
import { FIELDS, draftFieldToInput, withDraftField, type FieldSpec } from './posting-form';
import type { Review } from './review-state';

export const fieldId = (field: string) => `posting-field-${field}`;

export function ReviewDetails(props: { review: Review }) {
  return (
    <section class="crit-section" aria-labelledby="posting-details-heading">
      <h3 id="posting-details-heading">{t('criteriaDetails')}</h3>
      <div class="posting-fields">
        <For each={FIELDS}>{(spec) => <DetailField review={props.review} spec={spec} />}</For>
      </div>
    </section>
  );
}

function DetailField(props: { review: Review; spec: FieldSpec }) {
  const field = props.spec.field;
  const id = fieldId(field);
  const key = `field:${field}`;
  const errors = () => props.review.messages(key);
  const warnings = () => props.review.warnings.fields[field];
  const stored = () => draftFieldToInput(props.review.draft(), field, locale() === 'nl');
  const commit = (text: string) => props.review.edit(key, text, (draft) => withDraftField(draft, field, text));
  const described = () =>
    describedBy([`${id}-hint`, !!props.spec.hint], [`${id}-error`, errors().length > 0], [`${id}-warning`, (warnings() ?? []).length > 0]);
  return (
    <div class="posting-field" classList={{ 'span-2': props.spec.span === 2, 'span-4': props.spec.span === 4 }}>
      <label for={id}>{t(props.spec.label)}</label>
      <Show
        when={props.spec.kind === 'tieBreak'}
        fallback={
          <DraftInput
            id={id}
            stored={stored()}
            multiline={props.spec.kind === 'lines'}
            rows={3}
            type={props.spec.kind === 'datetime' ? 'datetime-local' : 'text'}
            inputMode={props.spec.kind === 'number' ? 'decimal' : undefined}
            invalid={errors().length > 0}
            describedBy={described()}
            onCommit={commit}
          />
        }
      >
        <select id={id} value={stored()} aria-describedby={described()} onChange={(e) => commit(e.currentTarget.value)}>
          <option value="lowest-rate">{t('criteriaTieBreakLowestRate')}</option>
          <option value="none">{t('criteriaTieBreakNone')}</option>
        </select>
      </Show>
      <Show when={props.spec.hint}>{(hint) => <small id={`${id}-hint`} class="muted">{t(hint())}</small>}</Show>
      <Errors id={`${id}-error`} messages={errors()} />
      <Warnings id={`${id}-warning`} warnings={warnings()} />
    </div>
  );
}
