// Above a request that came back after it was deleted (team mode): why it is there again. Shown on
// each device until someone there says they have seen it; which notices were seen is this
// browser's own note (ids only), like the other screen preferences.
import { Show, createSignal } from 'solid-js';
import { readIds, writeIds } from '../../db/local-ids';
import { latestRestore } from '../../db/restores';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { formatDateTime, t } from '../i18n';
import { createLive } from '../live';

const SEEN_KEY = 'shortlist.restores-seen';
const SEEN_KEPT = 50;

export default function RestoredNotice(props: { request: StoredRequest }) {
  const app = useApp();
  const restore = createLive(() => props.request.id, (id) => latestRestore(app.db, id));
  const [seen, setSeen] = createSignal(readIds(SEEN_KEY));
  const shown = () => {
    const entry = restore();
    return entry && !seen().includes(entry.id) ? entry : undefined;
  };
  // Not kept (no storage): read for as long as this page is open.
  const markSeen = (id: string) => setSeen(writeIds(SEEN_KEY, [id, ...seen().filter((x) => x !== id)], SEEN_KEPT));
  return (
    <Show when={shown()}>
      {(entry) => (
        <div class="restored-notice" role="status">
          <p>{t('teamRequestRestored', { deletedAt: typeof entry().old === 'string' ? formatDateTime(entry().old as string) : '?', device: (entry().target ?? '?').slice(0, 8) })}</p>
          <button type="button" onClick={() => markSeen(entry().id)}>{t('teamRequestRestoredSeen')}</button>
        </div>
      )}
    </Show>
  );
}
