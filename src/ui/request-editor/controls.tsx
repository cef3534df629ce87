// The request editor's small controls: a text input that commits on change or Enter, section
// headings, the add and icon buttons of a row, and the notes beside a field (refusals in red, the
// parser's warnings in amber), the choice of knock-out rule and the points total.
import { For, Show, createEffect, createMemo, on } from 'solid-js';
import { weightsTotal, weightsWarning, type PostingWarning, type Request } from '../../core';
import { postingWarningText } from '../i18n/posting-warnings';
import { formatNumber, t } from '../i18n';

/**
 * A text field that shows the stored value, and is only overwritten when that value changes. So a
 * refused entry stays in the field for the user to correct, while the stored value stays intact.
 */
export function TextInput(props: {
  id: string;
  stored: string;
  onCommit: (text: string) => void;
  label?: string;
  multiline?: boolean;
  /** In a multi-line field Enter commits, as in a one-line one; false lets Enter start a new line. */
  enterCommits?: boolean;
  rows?: number;
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
    if (event.key === 'Enter' && props.multiline && !event.shiftKey && props.enterCommits !== false) {
      event.preventDefault();
      props.onCommit(event.currentTarget.value);
    }
  };
  return props.multiline ? (
    <textarea
      ref={(el) => ((element = el), (el.value = props.stored))}
      id={props.id}
      class={props.class}
      rows={props.rows ?? 1}
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

export function SectionHeading(props: { id: string; title: string; hint: string }) {
  return (
    <div class="crit-heading">
      <h2 id={props.id}>{props.title}</h2>
      <p class="muted">{props.hint}</p>
    </div>
  );
}

export function AddButton(props: { id: string; label: string; onClick: () => void }) {
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
export function IconButton(props: { id: string; label: string; icon: 'up' | 'down' | 'delete'; onClick: () => void; disabled?: boolean; danger?: boolean; expanded?: boolean }) {
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

/** What was refused beside a field, in red. */
export function Errors(props: { id: string; messages: string[] }) {
  return (
    <Show when={props.messages.length > 0}>
      <p id={props.id} class="crit-error" role="alert">
        {props.messages.join(' ')}
      </p>
    </Show>
  );
}

/** The options of a knock-out's rule select: judged by hand, or a rate cap, or minimum hours. */
export function RuleOptions() {
  return (
    <>
      <option value="none">{t('criteriaRuleNone')}</option>
      <option value="max-rate">{t('criteriaRuleMaxRate')}</option>
      <option value="min-hours">{t('criteriaRuleMinHours')}</option>
    </>
  );
}

/** "Totaal 100 punten", marked when the points do not add up to 100. */
export function PointsTotal(props: { request: Request }) {
  return (
    <p class="crit-total" classList={{ off: weightsWarning(props.request) !== null }}>
      {t('criteriaTotal')} <strong>{t('criteriaTotalPoints', { total: formatNumber(weightsTotal(props.request)) })}</strong>
    </p>
  );
}

/** The warning shown wherever the weights do not add up to 100. */
export function WeightsWarning(props: { request: Request }) {
  return (
    <Show when={weightsWarning(props.request)}>
      <p class="warning" role="status">
        {t('criteriaWeightsWarning', { total: formatNumber(weightsTotal(props.request)) })}
      </p>
    </Show>
  );
}

/** Ids for aria-describedby: only of the notes that are on screen. */
export function describedBy(...parts: [id: string, shown: boolean][]): string | undefined {
  return parts.filter(([, shown]) => shown).map(([id]) => id).join(' ') || undefined;
}

/** The parser's warnings about this field, in amber, worded in the chosen language. */
export function Warnings(props: { id: string; warnings: PostingWarning[] | undefined }) {
  return (
    <Show when={(props.warnings ?? []).length > 0}>
      <ul id={props.id} class="posting-warnings">
        <For each={props.warnings}>{(warning) => <li>{postingWarningText(warning)}</li>}</For>
      </ul>
    </Show>
  );
}
