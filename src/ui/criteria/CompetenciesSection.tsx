// Competencies for the interview stage: a name and a description each.
import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { AddButton, SectionHeading, TextInput } from './controls';
import { withCompetencyDescription, withCompetencyName } from './edit';
import { ok, type CriteriaEditor } from './editor';
import { Errors } from './shared';

export function CompetenciesSection(props: { editor: CriteriaEditor }) {
  const { request, commit, messages, ids, domId, addButtonId, add, RowActions, ConfirmDelete } = props.editor;
  return (
    <section class="crit-section" aria-labelledby="crit-cp-heading">
      <SectionHeading id="crit-cp-heading" title={t('criteriaCompetencies')} hint={t('criteriaCompetenciesHint')} />
      <Show when={ids.competencies().length > 0} fallback={<p class="muted">{t('criteriaNoCompetencies')}</p>}>
        <ol class="crit-list">
          <For each={ids.competencies()}>
            {(id, index) => {
              const item = () => request().competencies.find((c) => c.id === id);
              const n = () => index() + 1;
              return (
                <li class="crit-row crit-row-cp" role="group" aria-label={t('criteriaCompetencyLabel', { n: n() })}>
                  <span class="crit-n" aria-hidden="true">{n()}</span>
                  <TextInput
                    id={domId('competencies', id, 'name')}
                    label={t('criteriaCompetencyName', { n: n() })}
                    stored={item()?.name ?? ''}
                    onCommit={(text) => void commit(`cp:${id}:name`, text, (r) => ok(withCompetencyName(r, id, text)))}
                  />
                  <TextInput
                    id={domId('competencies', id, 'description')}
                    label={t('criteriaCompetencyDescription', { n: n() })}
                    placeholder={t('criteriaCompetencyDescriptionPlaceholder')}
                    stored={item()?.description ?? ''}
                    onCommit={(text) => void commit(`cp:${id}:description`, text, (r) => ok(withCompetencyDescription(r, id, text)))}
                  />
                  <RowActions list="competencies" id={id} index={index()} />
                  <Errors id={domId('competencies', id, 'error')} messages={messages(`cp:${id}:name`, `cp:${id}:description`)} />
                  <ConfirmDelete list="competencies" id={id} text={t('criteriaConfirmCompetency', { n: n() })} />
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
      <AddButton id={addButtonId('competencies')} label={t('criteriaAddCompetency')} onClick={() => add('competencies')} />
      <Errors id="crit-competencies-order-error" messages={messages('competencies:order')} />
    </section>
  );
}
