// The request's details: one labelled field each (title, client, hours, rate cap, dates, sizes,
// tie-break …), with what was refused and what the parser was unsure of right beneath it.
import { For, Show } from 'solid-js';
import { locale, t } from '../i18n';
import { Errors, TextInput, Warnings, describedBy } from './controls';
import { fieldToInput, withField, type FieldSpec } from './fields';
import type { RequestStore } from './store';

export const fieldDomId = (store: RequestStore, field: string) => `${store.scope}-field-${field}`;

export function DetailsSection(props: { store: RequestStore; fields: readonly FieldSpec[]; headingLevel?: 'h2' | 'h3' }) {
  const headingId = `${props.store.scope}-details-heading`;
  return (
    <section class="crit-section crit-details" aria-labelledby={headingId}>
      {props.headingLevel === 'h3' ? <h3 id={headingId}>{t('criteriaDetails')}</h3> : <h2 id={headingId}>{t('criteriaDetails')}</h2>}
      <div class="crit-meta">
        <For each={props.fields}>{(spec) => <DetailField store={props.store} spec={spec} />}</For>
      </div>
    </section>
  );
}

function DetailField(props: { store: RequestStore; spec: FieldSpec }) {
  const store = props.store;
  const field = props.spec.field;
  const id = fieldDomId(store, field);
  const key = `field:${field}`;
  const errors = () => store.messages(key);
  const warnings = () => store.warnings({ kind: 'field', field });
  const stored = () => fieldToInput(store.request(), field, locale() === 'nl');
  const commit = (text: string) => void store.edit(key, text, (r) => withField(r, field, text));
  const described = () =>
    describedBy([`${id}-hint`, !!props.spec.hint], [`${id}-error`, errors().length > 0], [`${id}-warning`, warnings().length > 0]);
  return (
    <div class="crit-meta-field" classList={{ wide: props.spec.span === 2, full: props.spec.span === 4 }}>
      <label for={id}>{t(props.spec.label)}</label>
      <Show
        when={props.spec.kind === 'tieBreak'}
        fallback={
          <TextInput
            id={id}
            stored={stored()}
            multiline={props.spec.kind === 'lines'}
            enterCommits={props.spec.kind !== 'lines'}
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
