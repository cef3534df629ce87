// Messages that concern the whole app: a new version waiting, a newer schema in another tab.
import { Show } from 'solid-js';
import type { UpdateHandle } from '../../pwa/register';
import type { StaleOutcome } from '../../db/open';
import { t } from '../i18n';
import { errorText } from '../i18n/errors';

export function UpdateBanner(props: { update: UpdateHandle | null; onApply: () => void; onDismiss: () => void }) {
  return (
    <Show when={props.update}>
      <div class="banner" role="alertdialog" aria-label={t('updateAvailable')}>
        <span>{t('updateAvailable')}</span>
        <button type="button" class="primary" onClick={() => props.onApply()}>{t('updateReload')}</button>
        <button type="button" onClick={() => props.onDismiss()}>{t('updateLater')}</button>
      </div>
    </Show>
  );
}

/** Another tab opened a newer version of the database; this tab has stopped writing. */
export function StaleBanner(props: { stale: StaleOutcome | null }) {
  return (
    <Show when={props.stale}>
      {(stale) => (
      <div class="banner danger" role="alert">
        <span>
          {(() => {
            const outcome = stale();
            return outcome.saved ? t('staleDatabase') : t('staleDatabaseLost', { reason: outcome.errors.map(errorText).join(' ') });
          })()}
        </span>
        <button type="button" class="primary" onClick={() => window.location.reload()}>{t('reload')}</button>
      </div>
      )}
    </Show>
  );
}
