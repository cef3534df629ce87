// The header of the open request: what it is, for whom, and the numbers that rule the ranking, in
// two short lines, so the matrix below keeps the height of a laptop screen.
import { Show } from 'solid-js';
import { weightsTotal, weightsWarning } from '../../core';
import type { StoredRequest } from '../../db/schema';
import { formatDate, formatDateTime, formatMoney, t } from '../i18n';
import { SampleBadge } from '../shell/SampleData';
import { RateCapWarning } from './RateCapWarning';

export function RequestHeader(props: { request: StoredRequest; sample: boolean; candidateCount: number }) {
  const r = () => props.request;
  return (
    <header class="request-header">
      <div class="request-heading">
        <Show when={r().number}>
          <span class="request-code">{t('requestNumber', { number: r().number ?? '' })}</span>
        </Show>
        <h1 title={r().title} translate="no">{r().title}</h1>
        <Show when={props.sample}>
          <SampleBadge />
        </Show>
        <Show when={r().client}>
          <span class="request-for" title={r().client} translate="no">{r().client}</span>
        </Show>
      </div>
      <dl class="facts">
        <Show when={r().region}><div><dt>{t('region')}</dt><dd translate="no">{r().region}</dd></div></Show>
        <Show when={r().hoursPerWeek !== undefined}><div><dt>{t('hoursPerWeek')}</dt><dd>{r().hoursPerWeek}</dd></div></Show>
        <Show when={r().durationMonths !== undefined}><div><dt>{t('duration')}</dt><dd>{t('months', { n: r().durationMonths ?? 0 })}</dd></div></Show>
        <Show when={r().start}>
          {/* A date is ours to format; any other start ("Zo snel mogelijk") is the request's own words. */}
          {(start) => (/^\d{4}-\d{2}-\d{2}$/.test(start()) ? <div><dt>{t('start')}</dt><dd>{formatDate(start())}</dd></div> : <div><dt>{t('start')}</dt><dd translate="no">{start()}</dd></div>)}
        </Show>
        <Show when={r().deadline}><div><dt>{t('deadline')}</dt><dd>{formatDateTime(r().deadline ?? '')}</dd></div></Show>
        <Show when={r().maxRate !== undefined}><div><dt>{t('maxRate')}</dt><dd>{formatMoney(r().maxRate ?? 0)}</dd></div></Show>
        <div><dt>{t('shortlistSize')}</dt><dd>{t('bestN', { n: r().shortlistSize })}</dd></div>
        <div><dt>{t('candidatesCount', { n: props.candidateCount })}</dt><dd /></div>
        <Show when={r().award}>
          {(award) => (
            <div class="awarded-fact">
              <dt>{t('awardedOn', { date: formatDate(award().decidedAt) })}</dt>
              <dd>{award().objectionUntil ? t('objectionUntil', { date: formatDate(award().objectionUntil ?? '') }) : ''}</dd>
            </div>
          )}
        </Show>
      </dl>
      <Show when={weightsWarning(r())}>
        <p class="warning" role="status">{t('weightsWarning', { total: weightsTotal(r()) })}</p>
      </Show>
      <RateCapWarning request={r()} />
    </header>
  );
}
