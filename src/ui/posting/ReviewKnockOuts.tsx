// The knock-outs of the proposal: each text and its rule (manual, a rate cap, a minimum of hours),
// with the parser's warnings about the list and about single knock-outs.
import { Show } from 'solid-js';
import { defaultRuleAmount, newKnockOut, numberToInput, withKnockOutRule, withKnockOutText, type RuleKind } from '../criteria/edit';
import { locale, t } from '../i18n';
import { DraftInput, Errors, ListSection, RemoveButton, Warnings, describedBy } from './controls';
import { addToList, focusSoon, itemDomId, listIds, removeFromList } from './list-ops';
import type { Review } from './review-state';
import { RuleOptions } from '../criteria/shared';

export function ReviewKnockOuts(props: { review: Review }) {
  const ids = listIds(props.review, 'knockOuts');
  return (
    <ListSection
      list="knockOuts"
      heading={t('criteriaKnockOuts')}
      empty={t('criteriaNoKnockOuts')}
      addLabel={t('criteriaAddKnockOut')}
      onAdd={() => addToList(props.review, 'knockOuts', newKnockOut)}
      warnings={props.review.warnings.lists.knockOuts}
      ids={ids()}
      row={(id, n) => <KnockOutRow review={props.review} id={id} n={n()} />}
    />
  );
}

function KnockOutRow(props: { review: Review; id: string; n: number }) {
  const review = props.review;
  const id = props.id;
  const item = () => review.draft().knockOuts.find((k) => k.id === id);
  const ruleKey = `ko:${id}:rule`;
  const textKey = `ko:${id}:text`;
  const kind = (): RuleKind => review.ruleDraft(id) ?? item()?.rule?.kind ?? 'none';
  const amount = () => {
    const rule = item()?.rule;
    if (!rule || rule.kind !== kind()) return '';
    return numberToInput(rule.kind === 'max-rate' ? rule.max : rule.min, locale() === 'nl');
  };
  const chooseRule = (value: RuleKind) => {
    const start = value === 'none' ? '' : defaultRuleAmount(review.draft(), value);
    if (start === undefined) {
      // Nothing to start from: the rule waits for its number, and Save says so until it has one.
      review.setRuleDraft(id, value);
      focusSoon(itemDomId('knockOuts', id, 'amount'));
      return;
    }
    review.setRuleDraft(id, null);
    review.edit(ruleKey, '', (draft) => withKnockOutRule(draft, id, value, String(start)));
  };
  const commitAmount = (text: string) => {
    if (review.edit(ruleKey, text, (draft) => withKnockOutRule(draft, id, kind(), text))) review.setRuleDraft(id, null);
  };
  const errors = () => review.messages(textKey, ruleKey);
  const warnings = () => review.warnings.items[id];
  const errorId = itemDomId('knockOuts', id, 'error');
  const warningId = itemDomId('knockOuts', id, 'warning');
  const described = () => describedBy([errorId, errors().length > 0], [warningId, (warnings() ?? []).length > 0]);
  return (
    <li class="crit-row posting-row-ko" role="group" aria-label={t('criteriaKnockOutLabel', { n: props.n })}>
      <span class="crit-n" aria-hidden="true">{`K${props.n}`}</span>
      <DraftInput
        id={itemDomId('knockOuts', id, 'text')}
        multiline
        label={t('criteriaKnockOutText', { n: props.n })}
        stored={item()?.text ?? ''}
        describedBy={described()}
        onCommit={(text) => review.edit(textKey, text, (draft) => ({ ok: true, value: withKnockOutText(draft, id, text) }))}
      />
      <div class="crit-rule">
        <select id={itemDomId('knockOuts', id, 'rule')} aria-label={t('criteriaKnockOutRule', { n: props.n })} value={kind()} onChange={(e) => chooseRule(e.currentTarget.value as RuleKind)}>
          <RuleOptions />
        </select>
        <Show when={kind() !== 'none'}>
          <span class="crit-amount">
            <DraftInput
              id={itemDomId('knockOuts', id, 'amount')}
              inputMode="decimal"
              class="crit-number"
              label={t(kind() === 'max-rate' ? 'criteriaKnockOutMaxRate' : 'criteriaKnockOutMinHours', { n: props.n })}
              stored={amount()}
              invalid={review.messages(ruleKey).length > 0}
              describedBy={described()}
              onCommit={commitAmount}
            />
            <span class="crit-unit">{t(kind() === 'max-rate' ? 'criteriaRuleUnitRate' : 'criteriaRuleUnitHours')}</span>
          </span>
        </Show>
      </div>
      <RemoveButton
        id={itemDomId('knockOuts', id, 'remove')}
        label={t('postingRemoveKnockOut', { n: props.n })}
        onClick={() => removeFromList(review, 'knockOuts', id, [textKey, ruleKey])}
      />
      <Show when={review.ruleDraft(id) && errors().length === 0}>
        <p class="crit-note muted">{t('criteriaRuleNeedsAmount')}</p>
      </Show>
      <Errors id={errorId} messages={errors()} />
      <Warnings id={warningId} warnings={warnings()} />
    </li>
  );
}
