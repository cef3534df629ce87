// Whether the browser keeps our data for good, how full its storage is, and how old the last
// backup is (PRODUCT §4, §8, §10). A warning always says what to do about it.
import { For, Show, createResource } from 'solid-js';
import { formatDateTime, t } from '../i18n';

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

export async function requestPersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
  try {
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}

/** From this share of the quota on, the storage counts as nearly full. */
export const NEARLY_FULL = 0.8;

/** The share of the browser's quota in use (0–1), when the browser says. */
export async function storageUse(): Promise<number | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return usage !== undefined && quota ? usage / quota : undefined;
  } catch {
    return undefined;
  }
}

export function StorageStatus(props: { lastBackupAt: string | undefined }) {
  const [state] = createResource(requestPersistence);
  const [use] = createResource(storageUse);
  const button = () => t('backUp');
  const advice = () => [t('storageAdviceBackup', { button: button() }), t('storageAdviceDisk'), t('storageAdviceInstall'), t('storageAdviceKeepSiteData')];
  return (
    <div class="storage-status" role="status" aria-live="polite">
      <p classList={{ ok: state() === 'persisted', warn: state() === 'not-persisted' }} data-persistence={state() ?? 'pending'}>
        {state() === 'persisted' ? t('storagePersisted') : state() === 'not-persisted' ? t('storageNotPersisted') : t('storageUnknown')}
      </p>
      <Show when={state() === 'not-persisted' || state() === 'unknown'}>
        <div class="storage-advice">
          <p>{t('storageAdviceTitle')}</p>
          <ul>
            <For each={advice()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={(use() ?? 0) >= NEARLY_FULL}>
        <p class="warn" data-storage="nearly-full">
          {t('storageNearlyFull', { percent: Math.round((use() ?? 0) * 100), button: button() })}
        </p>
      </Show>
      <p class="muted">
        <Show when={props.lastBackupAt} fallback={t('lastBackupNever')}>
          {t('lastBackup', { when: formatDateTime(props.lastBackupAt ?? '') })}
        </Show>
      </p>
    </div>
  );
}
