// Pieces the Criteria tab and the posting review form share: the red message beside a field and
// the choice of knock-out rule. (How a refused input is worded is in error-text.ts.)
import { Show } from 'solid-js';
import { t } from '../i18n';

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
