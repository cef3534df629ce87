// A test page, never part of the app's build: it bundles src/sync/pouch.ts in a Vite production
// build and exposes it to Playwright as a few functions taking and returning plain data.
import {
  openLocal,
  openRemote,
  parseTeamAddress,
  purgeDocument,
  sessionUser,
  signIn,
  checkServer,
  startSync,
  type Db,
  type Outcome,
  type ProblemKind,
  type SyncEvent,
  type SyncHandle,
} from '../../../src/sync/pouch';

export type TeamEngine = {
  connect(dbUrl: string, name: string, password: string): Promise<{ ok: true } | { ok: false; kind: ProblemKind; status: number | null }>;
  whoAmI(dbUrl: string): Promise<string | null | undefined>;
  put(id: string, body: Record<string, unknown>): Promise<string>;
  get(id: string): Promise<Record<string, unknown> | null>;
  ids(): Promise<string[]>;
  events(): SyncEvent[];
  purge(id: string): Promise<Outcome<number>>;
  disconnect(): Promise<void>;
};

let local: Db = openLocal('team-engine');
let sync: SyncHandle | null = null;
const events: SyncEvent[] = [];

const engine: TeamEngine = {
  async connect(dbUrl, name, password) {
    const address = parseTeamAddress(dbUrl);
    if (!address.ok) return { ok: false, kind: address.problem.kind, status: null };
    const server = await checkServer(address.value);
    if (!server.ok) return { ok: false, kind: server.problem.kind, status: server.problem.status };
    const session = await signIn(address.value, name, password);
    if (!session.ok) return { ok: false, kind: session.problem.kind, status: session.problem.status };
    sync = startSync(local, openRemote(address.value), address.value, (event) => events.push(event), { maxRetryDelay: 1_000 });
    return { ok: true };
  },
  whoAmI: async (dbUrl) => {
    const address = parseTeamAddress(dbUrl);
    return address.ok ? sessionUser(address.value) : undefined;
  },
  async put(id, body) {
    const current = await local.get(id).catch(() => null);
    const written = await local.put({ ...body, _id: id, ...(current ? { _rev: current._rev } : {}) });
    return written.rev;
  },
  get: (id) => local.get(id).then((doc) => ({ ...doc }), () => null),
  ids: () => local.allDocs().then((all) => all.rows.map((row) => row.id)),
  events: () => events,
  purge: (id) => purgeDocument(local, id),
  async disconnect() {
    await sync?.stop();
    sync = null;
    await local.close();
    local = openLocal('team-engine');
  },
};

(window as unknown as { teamEngine: TeamEngine }).teamEngine = engine;
document.title = 'team engine ready';
