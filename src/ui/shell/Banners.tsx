// Messages that concern the whole app: a new version waiting, a newer schema in another tab.
import { Show } from 'solid-js';
import type { UpdateHandle } from '../../pwa/register';
import { t } from '../i18n';

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

export function StaleBanner(props: { stale: boolean }) {
  return (
    <Show when={props.stale}>
      <div class="banner danger" role="alert">
        <span>{t('staleDatabase')}</span>
        <button type="button" class="primary" onClick={() => window.location.reload()}>{t('reload')}</button>
      </div>
    </Show>
  );
}
