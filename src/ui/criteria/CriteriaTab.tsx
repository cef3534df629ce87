// The Criteria tab: edits a request's details, knock-outs, award criteria and competencies, and
// saves every change as it is made. The edits themselves are pure functions in edit.ts.
import { For, Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { type InputError, type KnockOutRule, type Request, type Result } from '../../core';
import { saveRequest } from '../../db/repository';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { locale, t } from '../i18n';
import type { Dict } from '../i18n/nl';
import './criteria.css';
import {
  addItem,
  deadlineToInput,
  defaultRuleAmount,
  definitionOf,
  moveItem,
  newCompetency,
  newCriterion,
  newKnockOut,
  numberToInput,
  removeItem,
  sameRequest,
  withCompetencyDescription,
  withCompetencyName,
  withCriterionMaxPoints,
  withCriterionText,
  withKnockOutRule,
  withKnockOutText,
  withList,
  withListOp,
  withMetaField,
  type ListKey,
  type MetaField,
  type RuleKind,
} from './edit';
import { inputErrorText } from './error-text';
import { Errors, PointsTotal, RuleOptions, WeightsWarning } from './shared';
import { withKey } from '../keyed';

type Problem = { text: string; errors: InputError[] };
type FocusRequest = { elementId: string; ready: (request: Request) => boolean };

const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

export function CriteriaTab(props: { request: StoredRequest }) {
  const app = useApp();
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [ruleDrafts, setRuleDrafts] = createSignal<Record<string, RuleKind>>({});
  const [focusRequest, setFocusRequest] = createSignal<FocusRequest | null>(null);

  // Another request opened in the same tab: nothing half-typed for the old one applies to it.
  // (A memo, because `on` fires on every notification and the live request changes on each save.)
  const requestId = createMemo(() => props.request.id);
  createEffect(
    on(
      requestId,
      () => {
        setProblems({});
        setConfirming(null);
        setRuleDrafts({});
      },
      { defer: true },
    ),
  );

  // Saves run one after another, each on top of the last one saved, so quick edits (two clicks on
  // "Omhoog") never build on a request the live query has not delivered yet.
  let lastSaved: StoredRequest | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const current = (): Request => {
    const live = props.request;
    const mine = lastSaved;
    return definitionOf(mine && mine.id === live.id && mine.updatedAt >= live.updatedAt ? mine : live);
  };
  onCleanup(app.registerPendingEdits(() => queue.then(() => undefined)));

  const setProblem = (key: string, problem: Problem | null) => setProblems((all) => withKey(all, key, problem));

  /** Builds the next request from the latest one and saves it; errors stay beside the field `key`. */
  function commit(key: string, text: string, build: (request: Request) => Result<Request>, focus?: (next: Request) => FocusRequest): Promise<boolean> {
    const run = queue.then(async () => {
      const base = current();
      const next = build(base);
      if (!next.ok) return setProblem(key, { text, errors: next.errors }), false;
      if (!sameRequest(base, next.value)) {
        const saved = await saveRequest(app.db, next.value);
        if (!saved.ok) return setProblem(key, { text, errors: saved.errors }), false;
        lastSaved = saved.value;
      }
      setProblem(key, null);
      if (focus) setFocusRequest(focus(next.value));
      return true;
    }).catch((error: unknown) => {
      // IndexedDB itself failed (storage full, database closed): say so where the user was.
      console.error('saving the request failed', error);
      setProblem(key, { text, errors: [{ code: 'save-failed', message: String(error) }] });
      return false;
    });
    queue = run;
    return run;
  }

  // Moving or adding a row re-renders the list; focus goes where the keyboard user expects it once
  // the saved request is on screen.
  createEffect(() => {
    const wanted = focusRequest();
    if (!wanted || !wanted.ready(props.request)) return;
    const element = document.getElementById(wanted.elementId);
    if (element) {
      element.focus();
      setFocusRequest(null);
    }
  });

  const messages = (...keys: string[]) =>
    keys.flatMap((key) => {
      const problem = problems()[key];
      return problem ? problem.errors.map((e) => inputErrorText(e, problem.text)) : [];
    });
  const dutch = () => locale() === 'nl';

  // ── Lists: the operations every section shares ──────────────────────────────────────────────
  const idsOf = (key: ListKey) => createMemo(() => (props.request[key] as { id: string }[]).map((item) => item.id), undefined, { equals: sameIds });
  const ids = { knockOuts: idsOf('knockOuts'), criteria: idsOf('criteria'), competencies: idsOf('competencies') };
  const domId = (key: ListKey, id: string, part: string) => `crit-${key}-${id}-${part}`;
  const addButtonId = (key: ListKey) => `crit-${key}-add`;

  const move = (key: ListKey, id: string, delta: -1 | 1) => {
    // The place is found in the request the move was built on: quick presses queue up correctly.
    const placeIn = (r: Request) => (r[key] as { id: string }[]).findIndex((item) => item.id === id);
    void commit(`${key}:order`, '', (r) => ok(withListOp(r, key, (items) => moveItem(items, id, delta))), (next) => ({
      elementId: domId(key, id, delta < 0 ? 'up' : 'down'),
      ready: (r) => placeIn(r) === placeIn(next),
    }));
  };

  const remove = (key: ListKey, id: string) => {
    const list = ids[key]();
    const at = list.indexOf(id);
    const neighbour = list[at + 1] ?? list[at - 1];
    setConfirming(null);
    void commit(`${key}:order`, '', (r) => ok(withListOp(r, key, (items) => removeItem(items, id))), () => ({
      elementId: neighbour ? domId(key, neighbour, 'delete') : addButtonId(key),
      ready: (r) => !(r[key] as { id: string }[]).some((item) => item.id === id),
    }));
  };

  const add = (key: ListKey) => {
    const id = crypto.randomUUID();
    const build = (r: Request): Request => {
      if (key === 'knockOuts') return withList(r, 'knockOuts', (items) => addItem(items, newKnockOut(id)));
      if (key === 'criteria') return withList(r, 'criteria', (items) => addItem(items, newCriterion(id, items)));
      return withList(r, 'competencies', (items) => addItem(items, newCompetency(id)));
    };
    void commit(`${key}:order`, '', (r) => ok(build(r)), () => ({
      elementId: domId(key, id, key === 'competencies' ? 'name' : 'text'),
      ready: (r) => (r[key] as { id: string }[]).some((item) => item.id === id),
    }));
  };

  /** The buttons at the end of every row, and the inline "are you sure" before a delete. */
  const RowActions = (p: { list: ListKey; id: string; index: number }) => {
    const key = `${p.list}:${p.id}`;
    const last = () => p.index === ids[p.list]().length - 1;
    return (
      <div class="crit-actions">
        <IconButton id={domId(p.list, p.id, 'up')} label={t('criteriaMoveUp')} disabled={p.index === 0} onClick={() => move(p.list, p.id, -1)} icon="up" />
        <IconButton id={domId(p.list, p.id, 'down')} label={t('criteriaMoveDown')} disabled={last()} onClick={() => move(p.list, p.id, 1)} icon="down" />
        <IconButton
          id={domId(p.list, p.id, 'delete')}
          label={t('criteriaDelete')}
          danger
          expanded={confirming() === key}
          onClick={() => setConfirming(confirming() === key ? null : key)}
          icon="delete"
        />
      </div>
    );
  };

  const ConfirmDelete = (p: { list: ListKey; id: string; text: string }) => {
    const key = `${p.list}:${p.id}`;
    const cancel = () => {
      setConfirming(null);
      document.getElementById(domId(p.list, p.id, 'delete'))?.focus();
    };
    return (
      <Show when={confirming() === key}>
        <div class="crit-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id={domId(p.list, p.id, 'confirm-text')}>{p.text}</p>
          <button
            type="button"
            class="danger"
            ref={(el) => queueMicrotask(() => el.focus())}
            aria-describedby={domId(p.list, p.id, 'confirm-text')}
            onClick={() => remove(p.list, p.id)}
          >
            {t('criteriaConfirmDelete')}
          </button>
          <button type="button" onClick={cancel}>
            {t('criteriaCancel')}
          </button>
        </div>
      </Show>
    );
  };

  // ── Details ─────────────────────────────────────────────────────────────────────────────────
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
    const r = props.request;
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

  const details = (
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
          <select id="crit-meta-tieBreak" value={props.request.tieBreak} onChange={(e) => commitMeta('tieBreak', e.currentTarget.value)}>
            <option value="lowest-rate">{t('criteriaTieBreakLowestRate')}</option>
            <option value="none">{t('criteriaTieBreakNone')}</option>
          </select>
          <Errors id="crit-meta-tieBreak-error" messages={messages('meta:tieBreak')} />
        </div>
      </div>
    </section>
  );

  // ── Knock-outs ──────────────────────────────────────────────────────────────────────────────
  const knockOuts = (
    <section class="crit-section" aria-labelledby="crit-ko-heading">
      <SectionHeading id="crit-ko-heading" title={t('criteriaKnockOuts')} hint={t('criteriaKnockOutsHint')} />
      <Show when={ids.knockOuts().length > 0} fallback={<p class="muted">{t('criteriaNoKnockOuts')}</p>}>
        <ol class="crit-list">
          <For each={ids.knockOuts()}>
            {(id, index) => {
              const item = () => props.request.knockOuts.find((k) => k.id === id);
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

  // ── Award criteria ──────────────────────────────────────────────────────────────────────────
  const criteria = (
    <section class="crit-section" aria-labelledby="crit-cr-heading">
      <SectionHeading id="crit-cr-heading" title={t('criteriaWeighted')} hint={t('criteriaWeightedHint')} />
      <Show when={ids.criteria().length > 0} fallback={<p class="muted">{t('criteriaNoCriteria')}</p>}>
        <ol class="crit-list">
          <For each={ids.criteria()}>
            {(id, index) => {
              const item = () => props.request.criteria.find((c) => c.id === id);
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
        <PointsTotal request={props.request} />
      </div>
      <WeightsWarning request={props.request} />
      <Errors id="crit-criteria-order-error" messages={messages('criteria:order')} />
    </section>
  );

  // ── Competencies ────────────────────────────────────────────────────────────────────────────
  const competencies = (
    <section class="crit-section" aria-labelledby="crit-cp-heading">
      <SectionHeading id="crit-cp-heading" title={t('criteriaCompetencies')} hint={t('criteriaCompetenciesHint')} />
      <Show when={ids.competencies().length > 0} fallback={<p class="muted">{t('criteriaNoCompetencies')}</p>}>
        <ol class="crit-list">
          <For each={ids.competencies()}>
            {(id, index) => {
              const item = () => props.request.competencies.find((c) => c.id === id);
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

  return (
    <div class="crit">
      <div class="crit-main">
        {knockOuts}
        {criteria}
        {competencies}
      </div>
      <div class="crit-side">
        {details}
        <p class="crit-saved muted">{t('criteriaSavedAsYouGo')}</p>
      </div>
    </div>
  );
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * A text field that shows the stored value, and is only overwritten when that value changes. So a
 * refused entry stays in the field for the user to correct, while the stored value stays intact.
 */
function TextInput(props: {
  id: string;
  stored: string;
  onCommit: (text: string) => void;
  label?: string;
  multiline?: boolean;
  type?: string;
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string;
  class?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  let element: HTMLInputElement | HTMLTextAreaElement | undefined;
  // A memo, so that a save elsewhere in the request (a new object) does not reset this field.
  const stored = createMemo(() => props.stored);
  createEffect(
    on(
      stored,
      (stored) => {
        if (element && element.value !== stored) element.value = stored;
      },
    ),
  );
  const onChange = (event: Event & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.onCommit(event.currentTarget.value);
  const onKeyDown = (event: KeyboardEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
    // Escape puts back what is stored. Enter saves a criterion's text as it does a one-line field
    // (where the browser fires change itself); Shift+Enter still starts a new line.
    if (event.key === 'Escape' && event.currentTarget.value !== props.stored) {
      event.currentTarget.value = props.stored;
      event.stopPropagation();
      props.onCommit(props.stored);
    }
    if (event.key === 'Enter' && props.multiline && !event.shiftKey) {
      event.preventDefault();
      props.onCommit(event.currentTarget.value);
    }
  };
  return props.multiline ? (
    <textarea
      ref={(el) => ((element = el), (el.value = props.stored))}
      id={props.id}
      class={props.class}
      rows={1}
      aria-label={props.label}
      aria-invalid={props.invalid ? 'true' : undefined}
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
      onChange={onChange}
      onKeyDown={onKeyDown}
    />
  ) : (
    <input
      ref={(el) => ((element = el), (el.value = props.stored))}
      id={props.id}
      class={props.class}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      autocomplete="off"
      aria-label={props.label}
      aria-invalid={props.invalid ? 'true' : undefined}
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
      onChange={onChange}
      onKeyDown={onKeyDown}
    />
  );
}

function SectionHeading(props: { id: string; title: string; hint: string }) {
  return (
    <div class="crit-heading">
      <h2 id={props.id}>{props.title}</h2>
      <p class="muted">{props.hint}</p>
    </div>
  );
}

function AddButton(props: { id: string; label: string; onClick: () => void }) {
  return (
    <button type="button" id={props.id} class="crit-add" onClick={() => props.onClick()}>
      <span aria-hidden="true">+</span> {props.label}
    </button>
  );
}

const ICONS: Record<'up' | 'down' | 'delete', string> = {
  up: 'M8 3.5 3 8.5h3.2V13h3.6V8.5H13z',
  down: 'M8 12.5 13 7.5H9.8V3H6.2v4.5H3z',
  delete: 'M6 2h4l.5 1H14v1.5H2V3h3.5zM3.5 5.5h9l-.7 8.5H4.2z',
};

/**
 * A compact icon button with a spoken name. At the ends of a list "Omhoog"/"Omlaag" stay focusable
 * (aria-disabled, not disabled) so focus does not vanish when an item reaches the top.
 */
function IconButton(props: { id: string; label: string; icon: 'up' | 'down' | 'delete'; onClick: () => void; disabled?: boolean; danger?: boolean; expanded?: boolean }) {
  return (
    <button
      type="button"
      id={props.id}
      class="crit-icon"
      classList={{ danger: !!props.danger }}
      aria-label={props.label}
      title={props.label}
      aria-disabled={props.disabled ? 'true' : undefined}
      aria-expanded={props.expanded === undefined ? undefined : props.expanded}
      onClick={() => !props.disabled && props.onClick()}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
        <path d={ICONS[props.icon]} />
      </svg>
    </button>
  );
}
