// Small building blocks of the review form: a field that commits on change, and the notes
// (refusals in red, the parser's warnings in amber) that stand beside a field.
import { For, Show, type JSX } from 'solid-js';
import type { PostingWarning } from '../../core';
import type { ListKey } from '../criteria/edit';
import { AddButton, IconButton } from '../criteria/controls';
import { postingWarningText } from '../i18n/posting-warnings';
import { addButtonId } from './list-ops';

/**
 * An input (or textarea) that shows the draft's value and hands what was typed to `onCommit` when
 * it changes. A refused entry stays visible for the user to correct; the draft keeps its value.
 */
export function DraftInput(props: {
  id: string;
  stored: string;
  onCommit: (text: string) => void;
  label?: string;
  multiline?: boolean;
  rows?: number;
  type?: string;
  inputMode?: 'decimal' | 'numeric';
  class?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  const onChange = (event: Event & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.onCommit(event.currentTarget.value);
  return props.multiline ? (
    <textarea
      id={props.id}
      class={props.class}
      rows={props.rows ?? 1}
      value={props.stored}
      aria-label={props.label}
      aria-invalid={props.invalid ? 'true' : undefined}
      aria-describedby={props.describedBy}
      onChange={onChange}
    />
  ) : (
    <input
      id={props.id}
      class={props.class}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      autocomplete="off"
      value={props.stored}
      aria-label={props.label}
      aria-invalid={props.invalid ? 'true' : undefined}
      aria-describedby={props.describedBy}
      onChange={onChange}
    />
  );
}

/** Ids for aria-describedby: only of the notes that are on screen. */
export function describedBy(...parts: [id: string, shown: boolean][]): string | undefined {
  return parts.filter(([, shown]) => shown).map(([id]) => id).join(' ') || undefined;
}

export { Errors } from '../criteria/shared';

/** The parser's warnings about this field, worded in the chosen language. */
export function Warnings(props: { id: string; warnings: PostingWarning[] | undefined }) {
  return (
    <Show when={(props.warnings ?? []).length > 0}>
      <ul id={props.id} class="posting-warnings">
        <For each={props.warnings}>{(warning) => <li>{postingWarningText(warning)}</li>}</For>
      </ul>
    </Show>
  );
}

/** Removes an item from the draft at once: nothing is stored yet, so there is nothing to confirm. */
export function RemoveButton(props: { id: string; label: string; onClick: () => void }) {
  return <IconButton id={props.id} label={props.label} icon="delete" danger onClick={() => props.onClick()} />;
}

/** One list of the proposal (knock-outs, criteria, competencies): heading, warnings, rows, "add". */
export function ListSection(props: {
  list: ListKey;
  heading: string;
  empty: string;
  addLabel: string;
  onAdd: () => void;
  warnings: PostingWarning[] | undefined;
  ids: string[];
  row: (id: string, n: () => number) => JSX.Element;
  /** Beside the add button (the criteria's running total). */
  aside?: JSX.Element;
  children?: JSX.Element;
}) {
  const headingId = `posting-${props.list}-heading`;
  return (
    <section class="crit-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading}</h3>
      <Warnings id={`posting-${props.list}-warning`} warnings={props.warnings} />
      <Show when={props.ids.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <ol class="crit-list">
          <For each={props.ids}>{(id, index) => props.row(id, () => index() + 1)}</For>
        </ol>
      </Show>
      <div class="crit-footer">
        <AddButton id={addButtonId(props.list)} label={props.addLabel} onClick={props.onAdd} />
        {props.aside}
      </div>
      {props.children}
    </section>
  );
}
