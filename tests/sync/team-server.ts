// Starts `scripts/team-server.mjs` as a real server process on a free port of 127.0.0.1, for the
// sync tests (Vitest) and the end-to-end specs (Playwright). Stopped by its PID; kill() stands in
// for a crash. Every server started here is also killed when the test process exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'team-server.mjs');

/** The environment of PRODUCT §12 (all optional; the script's defaults apply). */
export type TeamServerEnv = {
  PORT?: string;
  TEAM_DB?: string;
  TEAM_USERS?: string;
  TEAM_ADMIN?: string;
  TEAM_DATA?: string;
  TEAM_SESSION_TIMEOUT?: string;
};

export type TeamServer = {
  /** http://127.0.0.1:<port> */
  url: string;
  /** http://127.0.0.1:<port>/<TEAM_DB>, as the script printed it */
  dbUrl: string;
  port: number;
  /** The script's PID; it leads a process group with pouchdb-server in it. */
  pid: number;
  /** What it was started with, PORT included: pass it to startTeamServer again to restart. */
  env: TeamServerEnv & { PORT: string };
  /** SIGTERM, as Ctrl+C or a service manager would; resolves with the exit code once all is gone. */
  stop(): Promise<number | null>;
  /** Sends a signal to the whole group (default SIGKILL: a crash) and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Everything it printed so far, for failure messages. */
  output(): string;
};

/** A port nobody listens on now: bind port 0, read what the system gave, let it go. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port from the system');
  return address.port;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no process of the group is left (pouchdb-server leaves a moment after its parent). */
async function groupGone(pid: number, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(-pid, 'SIGKILL');
      throw new Error(`team server group ${pid} was still running after ${ms} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startTeamServer(env: TeamServerEnv = {}, timeoutMs = 30_000): Promise<TeamServer> {
  const port = env.PORT ?? String(await freePort());
  const fullEnv = { ...env, PORT: port };
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, ...fullEnv },
    // Its own process group, so kill() reaches pouchdb-server too, as a crash of the machine would.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => { output += s; });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => { output += s; });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => { running.delete(child); done(code); }));

  const dbUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`team server not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const look = () => {
      const found = /Team server ready: (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`team server exited (${code}) before it was ready:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    killGroup(child, 'SIGKILL');
    throw error;
  });

  const pid = child.pid;
  if (pid === undefined) throw new Error('team server has no PID');
  return {
    url: `http://127.0.0.1:${port}`,
    dbUrl,
    port: Number(port),
    pid,
    env: fullEnv,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) {
        await groupGone(pid);
        return child.exitCode;
      }
      process.kill(pid, 'SIGTERM');
      const code = await Promise.race([exited, new Promise<'late'>((r) => setTimeout(() => r('late'), 10_000))]);
      if (code === 'late') killGroup(child, 'SIGKILL');
      await groupGone(pid);
      return code === 'late' ? null : code;
    },
    async kill(signal = 'SIGKILL') {
      killGroup(child, signal);
      await exited;
      await groupGone(pid);
    },
    output: () => output,
  };
}
