// The request's details: title, client, number, hours, rate cap, dates, shortlist and interview size, tie-break.
import { For, Show } from 'solid-js';
import { t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { TextInput } from './controls';
import { deadlineToInput, numberToInput, withMetaField, type MetaField } from './edit';
import type { CriteriaEditor } from './editor';
import { Errors } from './shared';

export function DetailsSection(props: { editor: CriteriaEditor }) {
  const { request, commit, messages, dutch } = props.editor;
  const META: { field: MetaField; label: keyof Dict; kind: 'text' | 'number' | 'datetime'; hint?: keyof Dict; wide?: boolean }[] = [
    { field: 'title', label: 'criteriaFieldTitle', kind: 'text', wide: true },
    { field: 'client', label: 'criteriaFieldClient', kind: 'text', wide: true },
    { field: 'number', label: 'criteriaFieldNumber', kind: 'text' },
    { field: 'region', label: 'criteriaFieldRegion', kind: 'text' },
    { field: 'hoursPerWeek', label: 'criteriaFieldHours', kind: 'number' },
    { field: 'maxRate', label: 'criteriaFieldMaxRate', kind: 'number' },
    { field: 'durationMonths', label: 'criteriaFieldDuration', kind: 'number' },
    { field: 'start', label: 'criteriaFieldStart', kind: 'text', hint: 'criteriaFieldStartHint' },
    { field: 'deadline', label: 'criteriaFieldDeadline', kind: 'datetime', wide: true },
    { field: 'shortlistSize', label: 'criteriaFieldShortlist', kind: 'number' },
    { field: 'interviewSize', label: 'criteriaFieldInterview', kind: 'number', hint: 'criteriaFieldInterviewHint' },
  ];

  const storedMeta = (field: MetaField): string => {
    const r = request();
    switch (field) {
      case 'deadline':
        return deadlineToInput(r.deadline);
      case 'hoursPerWeek':
      case 'durationMonths':
      case 'maxRate':
      case 'interviewSize':
      case 'shortlistSize':
        return numberToInput(r[field], dutch());
      case 'tieBreak':
        return r.tieBreak;
      default:
        return r[field] ?? '';
    }
  };

  const commitMeta = (field: MetaField, text: string) => void commit(`meta:${field}`, text, (r) => withMetaField(r, field, text));
  return (
    <section class="crit-section crit-details" aria-labelledby="crit-details-heading">
      <h2 id="crit-details-heading">{t('criteriaDetails')}</h2>
      <div class="crit-meta">
        <For each={META}>
          {(meta) => {
            const id = `crit-meta-${meta.field}`;
            const errors = () => messages(`meta:${meta.field}`);
            return (
              <div class="crit-meta-field" classList={{ wide: !!meta.wide }}>
                <label for={id}>{t(meta.label)}</label>
                <TextInput
                  id={id}
                  type={meta.kind === 'datetime' ? 'datetime-local' : 'text'}
                  inputMode={meta.kind === 'number' ? 'decimal' : undefined}
                  stored={storedMeta(meta.field)}
                  invalid={errors().length > 0}
                  describedBy={[errors().length ? `${id}-error` : '', meta.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
                  onCommit={(text) => commitMeta(meta.field, text)}
                />
                <Show when={meta.hint}>{(hint) => <small id={`${id}-hint`} class="muted">{t(hint())}</small>}</Show>
                <Errors id={`${id}-error`} messages={errors()} />
              </div>
            );
          }}
        </For>
        <div class="crit-meta-field wide">
          <label for="crit-meta-tieBreak">{t('criteriaFieldTieBreak')}</label>
          <select id="crit-meta-tieBreak" value={request().tieBreak} onChange={(e) => commitMeta('tieBreak', e.currentTarget.value)}>
            <option value="lowest-rate">{t('criteriaTieBreakLowestRate')}</option>
            <option value="none">{t('criteriaTieBreakNone')}</option>
          </select>
          <Errors id="crit-meta-tieBreak-error" messages={messages('meta:tieBreak')} />
        </div>
      </div>
    </section>
  );
}
