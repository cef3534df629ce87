// The request's lists — knock-outs, award criteria, competencies — as the editor shows them, over
// a RequestStore: the same rows whether every change is saved (Criteria tab) or kept in a draft
// (posting review). Each row has its number, its inputs, up / down / delete, and the notes beside it.
import { For, Show, createMemo, type JSX } from 'solid-js';
import { LIMITS, type Request } from '../../core';
import { formatCellNumber, locale, t } from '../i18n';
import { fallbackLabels, ruleLabel } from '../matrix/header-labels';
import { RateCapWarning } from '../requests/RateCapWarning';
import { AddButton, Errors, IconButton, PointsTotal, RuleOptions, SectionHeading, TextInput, Warnings, WeightsWarning, describedBy } from './controls';
import {
  addItem,
  defaultRuleAmount,
  moveItem,
  newCompetency,
  newCriterion,
  newKnockOut,
  numberToInput,
  removeItem,
  withCompetencyDescription,
  withCompetencyName,
  withCriterionLabel,
  withCriterionMaxPoints,
  withCriterionText,
  withKnockOutLabel,
  withKnockOutRule,
  withKnockOutText,
  withList,
  withListOp,
  listOf,
  type CriteriaList,
  type ListKey,
  type RuleKind,
} from './edit';
import type { RequestStore } from './store';

const ok = (value: Request) => ({ ok: true as const, value });
const CODE: Record<ListKey, string> = { knockOuts: 'K', criteria: 'G', clientCriteria: 'C', competencies: '' };

export const domId = (store: RequestStore, list: ListKey, id: string, part: string) => `${store.scope}-${list}-${id}-${part}`;
const addButtonId = (store: RequestStore, list: ListKey) => `${store.scope}-${list}-add`;

/** The ids of a list, as one array that only changes when items come, go or move (rows stay mounted). */
function listIds(store: RequestStore, list: ListKey) {
  return createMemo(() => (listOf(store.request(), list) as { id: string }[]).map((item) => item.id), undefined, {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
}

/** The list operations every section shares: move, add (cursor into the new row), delete. */
function listOps(store: RequestStore, list: ListKey) {
  const placeIn = (r: Request, id: string) => (listOf(r, list) as { id: string }[]).findIndex((item) => item.id === id);
  return {
    move(id: string, delta: -1 | 1) {
      // The place is found in the request the move was built on: quick presses queue up correctly.
      let wanted = -1;
      void store.edit(`${list}:order`, '', (r) => {
        const next = withListOp(r, list, (items) => moveItem(items, id, delta));
        wanted = placeIn(next, id);
        return ok(next);
      });
      store.focusWhen(domId(store, list, id, delta < 0 ? 'up' : 'down'), (r) => placeIn(r, id) === wanted);
    },
    add() {
      const id = crypto.randomUUID();
      void store.edit(`${list}:order`, '', (r) => {
        if (list === 'knockOuts') return ok(withList(r, 'knockOuts', (items) => addItem(items, newKnockOut(id))));
        if (list === 'criteria') return ok(withList(r, 'criteria', (items) => addItem(items, newCriterion(id, items))));
        // The client's criteria are scored out of their own total: a new one starts at 10.
        if (list === 'clientCriteria') return ok(withList(r, 'clientCriteria', (items) => addItem(items, { id, text: '', maxPoints: 10 })));
        return ok(withList(r, 'competencies', (items) => addItem(items, newCompetency(id))));
      });
      store.focusWhen(domId(store, list, id, list === 'competencies' ? 'name' : 'text'), (r) => placeIn(r, id) >= 0);
    },
    remove(id: string, problemKeys: string[]) {
      const ids = (listOf(store.request(), list) as { id: string }[]).map((item) => item.id);
      const at = ids.indexOf(id);
      const neighbour = ids[at + 1] ?? ids[at - 1];
      void store.edit(`${list}:order`, '', (r) => ok(withListOp(r, list, (items) => removeItem(items, id))));
      for (const key of problemKeys) store.setProblem(key, null);
      store.setRuleDraft(id, null);
      store.focusWhen(neighbour ? domId(store, list, neighbour, 'delete') : addButtonId(store, list), (r) => placeIn(r, id) < 0);
    },
  };
}

/** One list: heading, the parser's notes about it, its rows, the add button and what stands beside it. */
function ListSection(props: {
  store: RequestStore;
  list: ListKey;
  heading: string;
  hint: string;
  empty: string;
  addLabel: string;
  row: (id: string, index: () => number) => JSX.Element;
  aside?: JSX.Element;
  children?: JSX.Element;
}) {
  const headingId = `${props.store.scope}-${props.list}-heading`;
  const ids = listIds(props.store, props.list);
  const ops = listOps(props.store, props.list);
  return (
    <section class="crit-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} title={props.heading} hint={props.hint} />
      <Warnings id={`${props.store.scope}-${props.list}-warning`} warnings={props.store.warnings({ kind: 'list', list: props.list })} />
      <Show when={ids().length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <ol class="crit-list">
          <For each={ids()}>{(id, index) => props.row(id, index)}</For>
        </ol>
      </Show>
      <div class="crit-footer">
        <AddButton id={addButtonId(props.store, props.list)} label={props.addLabel} onClick={() => ops.add()} />
        {props.aside}
      </div>
      {props.children}
      <Errors id={`${props.store.scope}-${props.list}-order-error`} messages={props.store.messages(`${props.list}:order`)} />
    </section>
  );
}

/**
 * The frame of one row: its code (K1, G2, 3), its inputs, up / down / delete, and below them the
 * refusals, the parser's notes and, for stored items, the question before deleting.
 */
function Row(props: {
  store: RequestStore;
  list: ListKey;
  id: string;
  index: () => number;
  label: string;
  problemKeys: string[];
  deleteLabel: string;
  confirmText: string;
  class: string;
  children: JSX.Element;
  note?: JSX.Element;
}) {
  const store = props.store;
  const ops = listOps(store, props.list);
  const ids = listIds(store, props.list);
  const key = `${props.list}:${props.id}`;
  const confirming = () => store.confirming() === key;
  const setConfirming = (on: boolean) => store.setConfirming(on ? key : null);
  const askOrDelete = () => (store.confirmsDelete ? setConfirming(!confirming()) : ops.remove(props.id, props.problemKeys));
  const cancel = () => {
    setConfirming(false);
    document.getElementById(domId(store, props.list, props.id, 'delete'))?.focus();
  };
  // A list item holding a named group: a list may hold only items (axe `list`), and an item may
  // not be a group itself (`aria-allowed-role`); the group keeps the row's inputs together by name.
  return (
    <li>
      <div class={`crit-row ${props.class}`} role="group" aria-label={props.label}>
        <span class="crit-n" aria-hidden="true">{`${CODE[props.list]}${props.index() + 1}`}</span>
        {props.children}
        <div class="crit-actions">
          <IconButton id={domId(store, props.list, props.id, 'up')} label={t('criteriaMoveUp')} disabled={props.index() === 0} onClick={() => ops.move(props.id, -1)} icon="up" />
          <IconButton id={domId(store, props.list, props.id, 'down')} label={t('criteriaMoveDown')} disabled={props.index() === ids().length - 1} onClick={() => ops.move(props.id, 1)} icon="down" />
          <IconButton id={domId(store, props.list, props.id, 'delete')} label={props.deleteLabel} danger expanded={store.confirmsDelete ? confirming() : undefined} onClick={askOrDelete} icon="delete" />
        </div>
        {props.note}
        <Errors id={domId(store, props.list, props.id, 'error')} messages={store.messages(...props.problemKeys)} />
        <Warnings id={domId(store, props.list, props.id, 'warning')} warnings={store.warnings({ kind: 'item', id: props.id })} />
        <Show when={confirming()}>
          <div class="crit-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
            <p id={domId(store, props.list, props.id, 'confirm-text')}>{props.confirmText}</p>
            <button
              type="button"
              class="danger"
              ref={(el) => queueMicrotask(() => el.focus())}
              aria-describedby={domId(store, props.list, props.id, 'confirm-text')}
              onClick={() => {
                setConfirming(false);
                ops.remove(props.id, props.problemKeys);
              }}
            >
              {t('criteriaConfirmDelete')}
            </button>
            <button type="button" onClick={cancel}>{t('criteriaCancel')}</button>
          </div>
        </Show>
      </div>
    </li>
  );
}

/** The ids of a row's notes that are on screen, for its inputs' aria-describedby. */
function notesOf(store: RequestStore, list: ListKey, id: string, problemKeys: string[]) {
  return () =>
    describedBy(
      [domId(store, list, id, 'error'), store.messages(...problemKeys).length > 0],
      [domId(store, list, id, 'warning'), store.warnings({ kind: 'item', id }).length > 0],
    );
}

/**
 * The short name that heads the item's matrix column. Empty, the matrix makes one from the text
 * (shown as the placeholder); the limit is said beside the field, and a longer name is refused by
 * checkRequest like any other field, never cut.
 */
function ShortName(props: { id: string; label: string; stored: string; proposed: string; describedBy: string | undefined; invalid: boolean; onCommit: (text: string) => void }) {
  const hint = `${props.id}-hint`;
  return (
    <span class="crit-short">
      <TextInput
        id={props.id}
        class="crit-short-input"
        label={props.label}
        placeholder={props.proposed}
        stored={props.stored}
        invalid={props.invalid}
        describedBy={[hint, props.describedBy].filter(Boolean).join(' ')}
        onCommit={props.onCommit}
      />
      <small id={hint} class="crit-short-hint">
        {t('criteriaShortName')} · {t('criteriaShortNameHint', { max: LIMITS.label })}
      </small>
    </span>
  );
}

export function KnockOutsSection(props: { store: RequestStore }) {
  return (
    <ListSection
      store={props.store}
      list="knockOuts"
      heading={t('criteriaKnockOuts')}
      hint={t('criteriaKnockOutsHint')}
      empty={t('criteriaNoKnockOuts')}
      addLabel={t('criteriaAddKnockOut')}
      row={(id, index) => <KnockOutRow store={props.store} id={id} index={index} />}
    >
      <RateCapWarning request={props.store.request()} />
    </ListSection>
  );
}

function KnockOutRow(props: { store: RequestStore; id: string; index: () => number }) {
  const store = props.store;
  const id = props.id;
  const n = () => props.index() + 1;
  const item = () => store.request().knockOuts.find((k) => k.id === id);
  const textKey = `ko:${id}:text`;
  const labelKey = `ko:${id}:label`;
  const ruleKey = `ko:${id}:rule`;
  const kind = (): RuleKind => store.ruleDraft(id) ?? item()?.rule?.kind ?? 'none';
  const amount = () => {
    const rule = item()?.rule;
    if (!rule || rule.kind !== kind()) return '';
    return numberToInput(rule.kind === 'max-rate' ? rule.max : rule.min, locale() === 'nl');
  };
  const chooseRule = (value: RuleKind) => {
    const start = value === 'none' ? '' : defaultRuleAmount(store.request(), value);
    if (start === undefined) {
      // Nothing to start from: the rule waits for its number before it is kept.
      store.setRuleDraft(id, value);
      store.focusWhen(domId(store, 'knockOuts', id, 'amount'), () => true);
      return;
    }
    store.setRuleDraft(id, null);
    void store.edit(ruleKey, '', (r) => withKnockOutRule(r, id, value, String(start), 'en'));
  };
  const commitAmount = (text: string) => void store.edit(ruleKey, text, (r) => withKnockOutRule(r, id, kind(), text)).then((kept) => kept && store.setRuleDraft(id, null));
  const described = notesOf(store, 'knockOuts', id, [textKey, labelKey, ruleKey]);
  const proposed = () => {
    const knockOut = item();
    if (!knockOut) return '';
    return knockOut.rule ? ruleLabel(knockOut.rule, t, formatCellNumber) : (fallbackLabels([knockOut.text])[0] ?? '');
  };
  return (
    <Row
      store={store}
      list="knockOuts"
      id={id}
      index={props.index}
      class="crit-row-ko"
      label={t('criteriaKnockOutLabel', { n: n() })}
      problemKeys={[textKey, labelKey, ruleKey]}
      deleteLabel={t('postingRemoveKnockOut', { n: n() })}
      confirmText={t('criteriaConfirmKnockOut', { n: n() })}
      note={
        <Show when={store.ruleDraft(id) && store.messages(textKey, ruleKey).length === 0}>
          <p class="crit-note muted">{t('criteriaRuleNeedsAmount')}</p>
        </Show>
      }
    >
      <TextInput
        id={domId(store, 'knockOuts', id, 'text')}
        multiline
        label={t('criteriaKnockOutText', { n: n() })}
        placeholder={t('criteriaTextPlaceholder')}
        stored={item()?.text ?? ''}
        describedBy={described()}
        onCommit={(text) => void store.edit(textKey, text, (r) => ok(withKnockOutText(r, id, text)))}
      />
      <ShortName
        id={domId(store, 'knockOuts', id, 'label')}
        label={t('criteriaKnockOutShort', { n: n() })}
        stored={item()?.label ?? ''}
        proposed={proposed()}
        invalid={store.messages(labelKey).length > 0}
        describedBy={described()}
        onCommit={(text) => void store.edit(labelKey, text, (r) => ok(withKnockOutLabel(r, id, text)))}
      />
      <div class="crit-rule">
        <select id={domId(store, 'knockOuts', id, 'rule')} aria-label={t('criteriaKnockOutRule', { n: n() })} value={kind()} onChange={(e) => chooseRule(e.currentTarget.value as RuleKind)}>
          <RuleOptions />
        </select>
        <Show when={kind() !== 'none'}>
          <span class="crit-amount">
            <TextInput
              id={domId(store, 'knockOuts', id, 'amount')}
              inputMode="decimal"
              class="crit-number"
              label={t(kind() === 'max-rate' ? 'criteriaKnockOutMaxRate' : 'criteriaKnockOutMinHours', { n: n() })}
              stored={amount()}
              invalid={store.messages(ruleKey).length > 0}
              describedBy={described()}
              onCommit={commitAmount}
            />
            <span class="crit-unit">{t(kind() === 'max-rate' ? 'criteriaRuleUnitRate' : 'criteriaRuleUnitHours')}</span>
          </span>
        </Show>
      </div>
    </Row>
  );
}

export function CriteriaSection(props: { store: RequestStore }) {
  return (
    <ListSection
      store={props.store}
      list="criteria"
      heading={t('criteriaWeighted')}
      hint={t('criteriaWeightedHint')}
      empty={t('criteriaNoCriteria')}
      addLabel={t('criteriaAddCriterion')}
      row={(id, index) => <CriterionRow store={props.store} list="criteria" id={id} index={index} />}
      aside={<PointsTotal request={props.store.request()} />}
    >
      <WeightsWarning request={props.store.request()} />
    </ListSection>
  );
}

/** Step 3's criteria (PRODUCT §3.10): the client's own, scored only for the shortlisted. */
export function ClientCriteriaSection(props: { store: RequestStore }) {
  return (
    <ListSection
      store={props.store}
      list="clientCriteria"
      heading={t('criteriaClient')}
      hint={t('criteriaClientHint')}
      empty={t('criteriaNoClientCriteria')}
      addLabel={t('criteriaAddClientCriterion')}
      row={(id, index) => <CriterionRow store={props.store} list="clientCriteria" id={id} index={index} />}
    />
  );
}

const CRITERION_WORDS = {
  criteria: { label: 'criteriaCriterionLabel', text: 'criteriaCriterionText', short: 'criteriaCriterionShort', max: 'criteriaCriterionMax', remove: 'postingRemoveCriterion', confirm: 'criteriaConfirmCriterion', key: 'cr' },
  clientCriteria: { label: 'criteriaClientLabel', text: 'criteriaClientText', short: 'criteriaClientShort', max: 'criteriaClientMax', remove: 'criteriaRemoveClient', confirm: 'criteriaConfirmClient', key: 'cc' },
} as const;

function CriterionRow(props: { store: RequestStore; list: CriteriaList; id: string; index: () => number }) {
  const store = props.store;
  const id = props.id;
  const list = props.list;
  const words = CRITERION_WORDS[list];
  const n = () => props.index() + 1;
  const item = () => listOf(store.request(), list).find((c) => c.id === id);
  const textKey = `${words.key}:${id}:text`;
  const labelKey = `${words.key}:${id}:label`;
  const maxKey = `${words.key}:${id}:max`;
  const described = notesOf(store, list, id, [textKey, labelKey, maxKey]);
  return (
    <Row
      store={store}
      list={list}
      id={id}
      index={props.index}
      class="crit-row-cr"
      label={t(words.label, { n: n() })}
      problemKeys={[textKey, labelKey, maxKey]}
      deleteLabel={t(words.remove, { n: n() })}
      confirmText={t(words.confirm, { n: n() })}
    >
      <TextInput
        id={domId(store, list, id, 'text')}
        multiline
        label={t(words.text, { n: n() })}
        placeholder={t('criteriaTextPlaceholder')}
        stored={item()?.text ?? ''}
        describedBy={described()}
        onCommit={(text) => void store.edit(textKey, text, (r) => ok(withCriterionText(r, id, text, list)))}
      />
      <ShortName
        id={domId(store, list, id, 'label')}
        label={t(words.short, { n: n() })}
        stored={item()?.label ?? ''}
        proposed={fallbackLabels([item()?.text ?? ''])[0] ?? ''}
        invalid={store.messages(labelKey).length > 0}
        describedBy={described()}
        onCommit={(text) => void store.edit(labelKey, text, (r) => ok(withCriterionLabel(r, id, text, list)))}
      />
      <span class="crit-amount">
        <TextInput
          id={domId(store, list, id, 'max')}
          inputMode="decimal"
          class="crit-number"
          label={t(words.max, { n: n() })}
          stored={numberToInput(item()?.maxPoints, locale() === 'nl')}
          invalid={store.messages(maxKey).length > 0}
          describedBy={described()}
          onCommit={(text) => void store.edit(maxKey, text, (r) => withCriterionMaxPoints(r, id, text, list))}
        />
        <span class="crit-unit">{t('criteriaPointsUnit')}</span>
      </span>
    </Row>
  );
}

export function CompetenciesSection(props: { store: RequestStore }) {
  return (
    <ListSection
      store={props.store}
      list="competencies"
      heading={t('criteriaCompetencies')}
      hint={t('criteriaCompetenciesHint')}
      empty={t('criteriaNoCompetencies')}
      addLabel={t('criteriaAddCompetency')}
      row={(id, index) => <CompetencyRow store={props.store} id={id} index={index} />}
    />
  );
}

function CompetencyRow(props: { store: RequestStore; id: string; index: () => number }) {
  const store = props.store;
  const id = props.id;
  const n = () => props.index() + 1;
  const item = () => store.request().competencies.find((c) => c.id === id);
  const nameKey = `cp:${id}:name`;
  const descriptionKey = `cp:${id}:description`;
  const described = notesOf(store, 'competencies', id, [nameKey, descriptionKey]);
  return (
    <Row
      store={store}
      list="competencies"
      id={id}
      index={props.index}
      class="crit-row-cp"
      label={t('criteriaCompetencyLabel', { n: n() })}
      problemKeys={[nameKey, descriptionKey]}
      deleteLabel={t('postingRemoveCompetency', { n: n() })}
      confirmText={t('criteriaConfirmCompetency', { n: n() })}
    >
      <TextInput
        id={domId(store, 'competencies', id, 'name')}
        label={t('criteriaCompetencyName', { n: n() })}
        stored={item()?.name ?? ''}
        describedBy={described()}
        onCommit={(text) => void store.edit(nameKey, text, (r) => ok(withCompetencyName(r, id, text)))}
      />
      <TextInput
        id={domId(store, 'competencies', id, 'description')}
        label={t('criteriaCompetencyDescription', { n: n() })}
        placeholder={t('criteriaCompetencyDescriptionPlaceholder')}
        stored={item()?.description ?? ''}
        describedBy={described()}
        onCommit={(text) => void store.edit(descriptionKey, text, (r) => ok(withCompetencyDescription(r, id, text)))}
      />
    </Row>
  );
}
