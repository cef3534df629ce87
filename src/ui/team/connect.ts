// Connecting this device to a team (PRODUCT §12), in the tab where the user typed the password:
// the address is checked, the server is asked whether it is CouchDB, the session is opened (the
// browser keeps its HttpOnly cookie; the password is used for that one request only), and access
// to the team database is proven. Only then are the settings written that make the sync worker
// start. Whatever goes wrong, nothing of the local data has changed.
import type { ShortlistDb } from '../../db/schema';
import { disconnectTeam, saveAssessorName, saveTeamSettings, teamSettings } from '../../db/team';
import { checkServer, parseTeamAddress, signIn, signOut, type ProblemKind } from '../../sync/session';

export interface ConnectForm {
  address: string;
  user: string;
  password: string;
  assessor: string;
}

export type ConnectField = 'address' | 'user' | 'password' | 'assessor';
export type ConnectOutcome = { ok: true } | { ok: false; problem: ProblemKind | 'required'; field: ConnectField | null };

const FIELD_OF: Partial<Record<ProblemKind, ConnectField>> = { 'bad-address': 'address', 'not-couchdb': 'address', unreachable: 'address', 'wrong-password': 'password', 'no-access': 'user' };

export async function connectToTeam(db: ShortlistDb, form: ConnectForm): Promise<ConnectOutcome> {
  for (const field of ['address', 'user', 'password', 'assessor'] as const) {
    if (form[field].trim() === '') return { ok: false, problem: 'required', field };
  }
  const parsed = parseTeamAddress(form.address);
  if (!parsed.ok) return { ok: false, problem: parsed.problem.kind, field: 'address' };
  const server = await checkServer(parsed.value);
  if (!server.ok) return { ok: false, problem: server.problem.kind, field: FIELD_OF[server.problem.kind] ?? null };
  const user = form.user.trim();
  const session = await signIn(parsed.value, user, form.password);
  if (!session.ok) return { ok: false, problem: session.problem.kind, field: FIELD_OF[session.problem.kind] ?? null };
  await saveAssessorName(db, form.assessor);
  await saveTeamSettings(db, { address: parsed.value.dbUrl, user, connected: true, signedInAt: new Date().toISOString() });
  return { ok: true };
}

/** Stops syncing and ends the session on the server; the local data stays. */
export async function disconnectFromTeam(db: ShortlistDb): Promise<void> {
  const settings = await teamSettings(db);
  await disconnectTeam(db);
  const parsed = settings ? parseTeamAddress(settings.address) : null;
  // Best effort: offline, the cookie simply expires on the server.
  if (parsed?.ok) await signOut(parsed.value).catch(() => undefined);
}
