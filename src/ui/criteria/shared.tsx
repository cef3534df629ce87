// Pieces the Criteria tab and the posting review form share: the red message beside a field, the
// choice of knock-out rule, and the points total with its warning. (How a refused input is worded is in error-text.ts.)
import { Show } from 'solid-js';
import { weightsTotal, weightsWarning, type Request } from '../../core';
import { formatNumber, t } from '../i18n';

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
