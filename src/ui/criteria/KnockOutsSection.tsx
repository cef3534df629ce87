// Knock-outs: text, and optionally a rule that decides from the candidate's data (max rate, min hours).
import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { withKey } from '../keyed';
import { AddButton, SectionHeading, TextInput } from './controls';
import { defaultRuleAmount, numberToInput, withKnockOutRule, withKnockOutText, type RuleKind } from './edit';
import { ok, type CriteriaEditor } from './editor';
import { Errors, RuleOptions } from './shared';

export function KnockOutsSection(props: { editor: CriteriaEditor }) {
  const { request, current, commit, messages, dutch, ids, domId, addButtonId, add, RowActions, ConfirmDelete, ruleDrafts, setRuleDrafts } = props.editor;
  return (
    <section class="crit-section" aria-labelledby="crit-ko-heading">
      <SectionHeading id="crit-ko-heading" title={t('criteriaKnockOuts')} hint={t('criteriaKnockOutsHint')} />
      <Show when={ids.knockOuts().length > 0} fallback={<p class="muted">{t('criteriaNoKnockOuts')}</p>}>
        <ol class="crit-list">
          <For each={ids.knockOuts()}>
            {(id, index) => {
              const item = () => request().knockOuts.find((k) => k.id === id);
              const n = () => index() + 1;
              const storedKind = (): RuleKind => item()?.rule?.kind ?? 'none';
              const kind = (): RuleKind => ruleDrafts()[id] ?? storedKind();
              const storedAmount = () => {
                const rule = item()?.rule;
                if (!rule || rule.kind !== kind()) return '';
                return numberToInput(rule.kind === 'max-rate' ? rule.max : rule.min, dutch());
              };
              const setDraft = (value: RuleKind | null) => setRuleDrafts((all) => withKey(all, id, value));
              const chooseRule = (value: RuleKind) => {
                if (value === 'none') {
                  setDraft(null);
                  void commit(`ko:${id}:rule`, '', (r) => withKnockOutRule(r, id, 'none', ''));
                  return;
                }
                const amount = defaultRuleAmount(current(), value);
                if (amount === undefined) {
                  // Nothing to start from: the rule waits for its number before it is saved.
                  setDraft(value);
                  queueMicrotask(() => document.getElementById(domId('knockOuts', id, 'amount'))?.focus());
                  return;
                }
                setDraft(null);
                void commit(`ko:${id}:rule`, '', (r) => withKnockOutRule(r, id, value, String(amount)));
              };
              const commitAmount = (text: string) =>
                void commit(`ko:${id}:rule`, text, (r) => withKnockOutRule(r, id, kind(), text)).then((saved) => saved && setDraft(null));
              const errorKeys = [`ko:${id}:text`, `ko:${id}:rule`];
              const errorId = domId('knockOuts', id, 'error');
              return (
                <li class="crit-row crit-row-ko" role="group" aria-label={t('criteriaKnockOutLabel', { n: n() })}>
                  <span class="crit-n" aria-hidden="true">{n()}</span>
                  <TextInput
                    id={domId('knockOuts', id, 'text')}
                    multiline
                    label={t('criteriaKnockOutText', { n: n() })}
                    placeholder={t('criteriaTextPlaceholder')}
                    stored={item()?.text ?? ''}
                    onCommit={(text) => void commit(`ko:${id}:text`, text, (r) => ok(withKnockOutText(r, id, text)))}
                  />
                  <div class="crit-rule">
                    <select
                      id={domId('knockOuts', id, 'rule')}
                      aria-label={t('criteriaKnockOutRule', { n: n() })}
                      value={kind()}
                      onChange={(e) => chooseRule(e.currentTarget.value as RuleKind)}
                    >
                      <RuleOptions />
                    </select>
                    <Show when={kind() !== 'none'}>
                      <span class="crit-amount">
                        <TextInput
                          id={domId('knockOuts', id, 'amount')}
                          inputMode="decimal"
                          class="crit-number"
                          label={t(kind() === 'max-rate' ? 'criteriaKnockOutMaxRate' : 'criteriaKnockOutMinHours', { n: n() })}
                          stored={storedAmount()}
                          invalid={messages(`ko:${id}:rule`).length > 0}
                          describedBy={errorId}
                          onCommit={commitAmount}
                        />
                        <span class="crit-unit">{t(kind() === 'max-rate' ? 'criteriaRuleUnitRate' : 'criteriaRuleUnitHours')}</span>
                      </span>
                    </Show>
                  </div>
                  <RowActions list="knockOuts" id={id} index={index()} />
                  <Show when={ruleDrafts()[id] && messages(...errorKeys).length === 0}>
                    <p class="crit-note muted">{t('criteriaRuleNeedsAmount')}</p>
                  </Show>
                  <Errors id={errorId} messages={messages(...errorKeys)} />
                  <ConfirmDelete list="knockOuts" id={id} text={t('criteriaConfirmKnockOut', { n: n() })} />
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
      <AddButton id={addButtonId('knockOuts')} label={t('criteriaAddKnockOut')} onClick={() => add('knockOuts')} />
      <Errors id="crit-knockOuts-order-error" messages={messages('knockOuts:order')} />
    </section>
  );
}
