// Team mode's sync, off the main thread (PRODUCT §12): the local PouchDB database, its live
// replication with the team's CouchDB, and the bridge between it and Dexie. Every tab may start
// one of these workers, but only the holder of a Web Lock syncs, so two tabs never bridge the same
// databases twice; the others relay the holder's status to their tab. The holder follows the
// settings table: `team.connected` on → sync, off → stop (the local data stays either way).
import { deviceId } from '../db/device';
import { ShortlistDb } from '../db/schema';
import { assessorName, localOnlyRecords, localTeam, onTeamSettingsChanged, setLocalTeam, teamSettings, type TeamSettings } from '../db/team';
import { Bridge, mayLeave } from '../sync/bridge';
import { openLocal, openRemote, parseTeamAddress, sessionUser, startSync, type Db, type SyncEvent, type SyncHandle } from '../sync/pouch';
import { OFF, STATUS_CHANNEL, SYNC_LOCK, type FromSyncWorker, type StatusChannelMessage, type TeamStatus, type ToSyncWorker } from './sync-protocol';

/** The one local PouchDB database of team mode; db/team.ts's localTeam says which team it holds. */
const LOCAL_NAME = 'shortlist-team';

// A server that goes away mid-request makes PouchDB's own requests fail with "Failed to fetch",
// some of them in promises nobody awaits. Replication retries by itself and the status says
// "offline"; such a rejection is no error of the page's (it would reach it as one).
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  if (event.reason instanceof TypeError && /fetch|network/i.test(event.reason.message)) {
    event.preventDefault();
    console.warn('team sync: a request failed while the server was away', event.reason.message);
  }
});

const post = (message: FromSyncWorker) => (self as unknown as Worker).postMessage(message);
const channel = new BroadcastChannel(STATUS_CHANNEL);
let holder = false;
let status: TeamStatus = OFF;

function publish(next: Partial<TeamStatus>) {
  status = { ...status, ...next };
  post({ type: 'status', status });
  channel.postMessage({ type: 'status', status } satisfies StatusChannelMessage);
}

channel.onmessage = (event: MessageEvent<StatusChannelMessage>) => {
  const message = event.data;
  if (holder && message.type === 'ask') channel.postMessage({ type: 'status', status } satisfies StatusChannelMessage);
  else if (!holder && message.type === 'status') {
    status = message.status;
    post({ type: 'status', status });
  }
};

self.onmessage = (event: MessageEvent<ToSyncWorker>) => {
  if (event.data.type === 'init') void run(event.data.dbName);
};

interface Running {
  key: string;
  stop(): Promise<void>;
}

async function run(dbName: string) {
  const db = new ShortlistDb(dbName);
  await db.open();
  channel.postMessage({ type: 'ask' } satisfies StatusChannelMessage);
  await navigator.locks.request(SYNC_LOCK, async () => {
    holder = true;
    let running: Running | null = null;
    let work = Promise.resolve();
    const follow = () => {
      work = work.then(async () => {
        const settings = await teamSettings(db);
        const assessor = await assessorName(db);
        const key = settings?.connected ? JSON.stringify([settings.address, settings.user, settings.signedInAt, assessor]) : '';
        if (running?.key === key) return;
        await running?.stop();
        running = null;
        if (!settings?.connected) return publish(OFF);
        running = await connect(db, settings, assessor, key);
      }).catch((error: unknown) => {
        console.error('team sync', error);
        publish({ state: 'failed', problem: 'other' });
      });
    };
    onTeamSettingsChanged(db, follow);
    // Another tab upgraded the database: this worker's connection is closed, the tab reloads.
    db.on('versionchange', () => void running?.stop());
    follow();
    await new Promise<never>(() => undefined);
  });
}

async function connect(db: ShortlistDb, settings: TeamSettings, assessor: string | null, key: string): Promise<Running> {
  const parsed = parseTeamAddress(settings.address);
  if (!parsed.ok) {
    publish({ ...OFF, state: 'failed', problem: parsed.problem.kind, user: settings.user, address: settings.address });
    return { key, stop: async () => undefined };
  }
  const address = parsed.value;
  publish({ ...OFF, state: 'connecting', user: settings.user, address: address.dbUrl });
  // After a browser restart the session cookie is gone: ask for the password, start nothing.
  // Unreachable (undefined) is no reason to wait: sync starts and retries until the server answers.
  const user = await sessionUser(address);
  if (user === null || (user !== undefined && user !== settings.user)) {
    publish({ state: 'signed-out', problem: 'signed-out' });
    return { key, stop: async () => undefined };
  }
  const local = await localFor(db, address.dbUrl);
  const bridge = new Bridge(db, local, await deviceId(db), { ...(assessor ? { assessor } : {}), localOnly: () => localOnlyRecords(db) });
  await bridge.start();
  const stopWaiting = bridge.onWaiting(() => publish({ waiting: bridge.waiting }));
  let handle: SyncHandle | null = null;
  const onEvent = (event: SyncEvent) => {
    switch (event.type) {
      case 'active':
        if (status.state !== 'failed' && status.state !== 'signed-out') publish({ state: 'syncing', problem: null });
        break;
      case 'paused':
        if (event.problem === null) {
          void bridge.upToDate().then(() => publish({ state: 'in-sync', problem: null, waiting: bridge.waiting, syncedAt: new Date().toISOString() }));
        } else publish({ state: event.problem.kind === 'unreachable' ? 'offline' : 'failed', problem: event.problem.kind, waiting: bridge.waiting });
        break;
      case 'denied':
        publish({ denied: status.denied + 1 });
        break;
      case 'error':
        publish({ state: event.problem.kind === 'signed-out' ? 'signed-out' : 'failed', problem: event.problem.kind, waiting: bridge.waiting });
        break;
      default:
        break;
    }
  };
  const begin = () => startSync(local, openRemote(address), address, onEvent, { pushFilter: mayLeave, maxRetryDelay: 15_000 });
  handle = begin();
  // Back online: try at once rather than at the end of the retry's back-off.
  let restarting = false;
  const onOnline = () => {
    if (restarting || status.state === 'signed-out' || status.state === 'failed') return;
    restarting = true;
    void (handle?.stop() ?? Promise.resolve()).then(() => {
      handle = begin();
      restarting = false;
    });
  };
  self.addEventListener('online', onOnline);
  return {
    key,
    async stop() {
      self.removeEventListener('online', onOnline);
      stopWaiting();
      await handle?.stop();
      await bridge.stop();
      await local.close();
    },
  };
}

/** The local pouch for this team; one that held another team's documents is emptied first. */
async function localFor(db: ShortlistDb, dbUrl: string): Promise<Db> {
  let local = openLocal(LOCAL_NAME);
  const held = await localTeam(db);
  if (held !== undefined && held !== dbUrl) {
    await local.destroy();
    local = openLocal(LOCAL_NAME);
  }
  if (held !== dbUrl) await setLocalTeam(db, dbUrl);
  return local;
}
