// The tab's side of team sync: the worker that syncs (started only once this device is connected
// to a team, so local-only use never loads PouchDB) and the status it reports, as a signal.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ShortlistDb } from '../../db/schema';
import { onTeamSettingsChanged, teamSettings } from '../../db/team';
import { OFF, type FromSyncWorker, type TeamStatus, type ToSyncWorker } from '../../workers/sync-protocol';

export interface TeamSync {
  status: Accessor<TeamStatus>;
}

export function createTeamSync(db: ShortlistDb): TeamSync {
  const [status, setStatus] = createSignal<TeamStatus>(OFF);
  let worker: Worker | null = null;
  const ensureWorker = async () => {
    if (worker) return;
    const settings = await teamSettings(db).catch(() => null);
    if (!settings?.connected || worker) return;
    worker = new Worker(new URL('../../workers/sync.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromSyncWorker>) => setStatus(event.data.status);
    worker.onerror = () => setStatus({ ...OFF, state: 'failed', problem: 'other' });
    worker.postMessage({ type: 'init', dbName: db.name } satisfies ToSyncWorker);
    setStatus({ ...OFF, state: 'connecting', user: settings.user, address: settings.address });
  };
  void ensureWorker();
  const stop = onTeamSettingsChanged(db, () => void ensureWorker());
  onCleanup(() => {
    stop();
    worker?.terminate();
  });
  return { status };
}
