// Whether the browser keeps our data for good, and how old the last backup is (PRODUCT §4, §10).
import { Show, createResource } from 'solid-js';
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

export function StorageStatus(props: { lastBackupAt: string | undefined }) {
  const [state] = createResource(requestPersistence);
  return (
    <div class="storage-status" role="status" aria-live="polite">
      <p classList={{ ok: state() === 'persisted', warn: state() === 'not-persisted' }} data-persistence={state() ?? 'pending'}>
        {state() === 'persisted' ? t('storagePersisted') : state() === 'not-persisted' ? t('storageNotPersisted') : t('storageUnknown')}
      </p>
      <p class="muted">
        <Show when={props.lastBackupAt} fallback={t('lastBackupNever')}>
          {t('lastBackup', { when: formatDateTime(props.lastBackupAt ?? '') })}
        </Show>
      </p>
    </div>
  );
}
