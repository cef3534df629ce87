// One way to tell the user how an action went: a title, the details (the first few, then how many
// more), an alert for errors and a polite status otherwise, and an optional close button.
import { For, Show } from 'solid-js';
import { t } from './i18n';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  details?: string[];
}

export function NoticePanel(props: { notice: Notice; limit?: number; onClose?: () => void }) {
  const details = () => props.notice.details ?? [];
  const limit = () => props.limit ?? Infinity;
  return (
    <div class={props.notice.kind === 'error' ? 'error' : 'info'} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
      <strong>{props.notice.text}</strong>
      <Show when={details().length > 0}>
        <ul>
          <For each={details().slice(0, limit())}>{(d) => <li>{d}</li>}</For>
          <Show when={details().length > limit()}>
            <li>{t('importMore', { n: details().length - limit() })}</li>
          </Show>
        </ul>
      </Show>
      <Show when={props.onClose}>
        {(close) => (
          <button type="button" class="close" aria-label={t('detailsClose')} onClick={() => close()()}>
            ×
          </button>
        )}
      </Show>
    </div>
  );
}
