// The request's own rate cap and its max-rate knock-outs apart (PRODUCT §7, "the rate cap always
// eliminates"): said wherever the weights warning is, in the header and where knock-outs are edited.
// Its texts are not the app frame's: in the header it shows once the language's texts are in.
import { Show } from 'solid-js';
import { rateCapIssue, type Request } from '../../core';
import { formatMoney, t } from '../i18n';

export function RateCapWarning(props: { request: Request }) {
  const issue = () => rateCapIssue(props.request);
  return (
    <Show when={issue()}>
      {(found) => (
        <p class="warning" role="status">
          {found().unenforced
            ? t('rateCapUnenforced', { cap: formatMoney(found().cap) })
            : t('rateCapDiffers', { cap: formatMoney(found().cap), knockOuts: found().differing.map((d) => t('rateCapRule', { n: d.index + 1, max: formatMoney(d.max) })).join(', ') })}
        </p>
      )}
    </Show>
  );
}
