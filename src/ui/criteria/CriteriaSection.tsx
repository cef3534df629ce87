// Award criteria: text and maximum points, with the total and a warning when it is not 100.
import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { AddButton, SectionHeading, TextInput } from './controls';
import { numberToInput, withCriterionMaxPoints, withCriterionText } from './edit';
import { ok, type CriteriaEditor } from './editor';
import { Errors, PointsTotal, WeightsWarning } from './shared';

export function CriteriaSection(props: { editor: CriteriaEditor }) {
  const { request, commit, messages, dutch, ids, domId, addButtonId, add, RowActions, ConfirmDelete } = props.editor;
  return (
    <section class="crit-section" aria-labelledby="crit-cr-heading">
      <SectionHeading id="crit-cr-heading" title={t('criteriaWeighted')} hint={t('criteriaWeightedHint')} />
      <Show when={ids.criteria().length > 0} fallback={<p class="muted">{t('criteriaNoCriteria')}</p>}>
        <ol class="crit-list">
          <For each={ids.criteria()}>
            {(id, index) => {
              const item = () => request().criteria.find((c) => c.id === id);
              const n = () => index() + 1;
              const errorId = domId('criteria', id, 'error');
              const maxErrors = () => messages(`cr:${id}:max`);
              return (
                <li class="crit-row crit-row-cr" role="group" aria-label={t('criteriaCriterionLabel', { n: n() })}>
                  <span class="crit-n" aria-hidden="true">{n()}</span>
                  <TextInput
                    id={domId('criteria', id, 'text')}
                    multiline
                    label={t('criteriaCriterionText', { n: n() })}
                    placeholder={t('criteriaTextPlaceholder')}
                    stored={item()?.text ?? ''}
                    onCommit={(text) => void commit(`cr:${id}:text`, text, (r) => ok(withCriterionText(r, id, text)))}
                  />
                  <span class="crit-amount">
                    <TextInput
                      id={domId('criteria', id, 'max')}
                      inputMode="decimal"
                      class="crit-number"
                      label={t('criteriaCriterionMax', { n: n() })}
                      stored={numberToInput(item()?.maxPoints, dutch())}
                      invalid={maxErrors().length > 0}
                      describedBy={maxErrors().length ? errorId : undefined}
                      onCommit={(text) => void commit(`cr:${id}:max`, text, (r) => withCriterionMaxPoints(r, id, text))}
                    />
                    <span class="crit-unit">{t('criteriaPointsUnit')}</span>
                  </span>
                  <RowActions list="criteria" id={id} index={index()} />
                  <Errors id={errorId} messages={messages(`cr:${id}:text`, `cr:${id}:max`)} />
                  <ConfirmDelete list="criteria" id={id} text={t('criteriaConfirmCriterion', { n: n() })} />
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
      <div class="crit-footer">
        <AddButton id={addButtonId('criteria')} label={t('criteriaAddCriterion')} onClick={() => add('criteria')} />
        <PointsTotal request={request()} />
      </div>
      <WeightsWarning request={request()} />
      <Errors id="crit-criteria-order-error" messages={messages('criteria:order')} />
    </section>
  );
}
