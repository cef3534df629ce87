// The requests on the left: number, title, client and the deadline countdown.
import { For, Show, createSignal, onCleanup } from 'solid-js';
import type { StoredRequest } from '../../db/schema';
import { formatDate, t } from '../i18n';
import { SampleBadge } from '../shell/SampleData';
import { countdown } from './countdown';

export function RequestList(props: { requests: StoredRequest[]; selectedId: string | null; onSelect: (id: string) => void; isSample?: (id: string) => boolean }) {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), 60_000);
  onCleanup(() => clearInterval(timer));

  const label = (request: StoredRequest) => {
    const c = countdown(request.deadline, now());
    if (c.kind === 'none') return t('deadlineNone');
    if (c.kind === 'past') return t('deadlinePassed');
    const time = c.days > 0 ? t('days', { n: c.days }) + ' ' + t('hours', { n: c.hours }) : c.hours > 0 ? t('hours', { n: c.hours }) + ' ' + t('minutes', { n: c.minutes }) : t('minutes', { n: c.minutes });
    return t('deadlineIn', { time });
  };

  return (
    <nav aria-label={t('requests')}>
      <Show when={props.requests.length > 0} fallback={<p class="muted">{t('noRequests')}</p>}>
        <ul class="request-list">
          <For each={props.requests}>
            {(request) => (
              <li>
                <button
                  type="button"
                  class="request-item"
                  classList={{ selected: props.selectedId === request.id }}
                  aria-current={props.selectedId === request.id ? 'true' : undefined}
                  onClick={() => props.onSelect(request.id)}
                >
                  <span class="request-number">{request.number ?? '—'}</span>
                  <span class="request-title" translate="no">{request.title}</span>
                  <span class="request-client" translate="no">{request.client ?? ''}</span>
                  <Show when={props.isSample?.(request.id)}>
                    <SampleBadge />
                  </Show>
                  <Show
                    when={request.award}
                    fallback={
                      <span class="request-deadline" classList={{ past: countdown(request.deadline, now()).kind === 'past' }}>
                        {label(request)}
                      </span>
                    }
                  >
                    {(award) => (
                      <span class="request-awarded">
                        {award().objectionUntil ? t('listObjectionUntil', { date: formatDate(award().objectionUntil ?? '') }) : t('awardedOn', { date: formatDate(award().decidedAt) })}
                      </span>
                    )}
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </nav>
  );
}
