// Starts a benchmark server (http-server.ts) in a child process and talks to it over IPC.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CapturedQuery, ServerMessage, ServerMode, ServerUsage } from './http-server.js';

export interface ChildServer {
  readonly mode: ServerMode;
  readonly pid: number;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  usage(): Promise<ServerUsage>;
  /** Records every SQL statement the server runs until `stopCapture` (wobdesk only). */
  startCapture(): Promise<void>;
  stopCapture(): Promise<CapturedQuery[]>;
  /** Closes the app and waits for the process to exit (so a CPU profile gets written). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The child's environment (the API reads its configuration from it). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Write a V8 CPU profile of the server into this directory when it stops. */
  readonly cpuProfileDir?: string;
  readonly startTimeoutMs?: number;
  /** Another entry script with the same IPC protocol (for experiments); default SERVER_ENTRY. */
  readonly entry?: string;
}

/** The compiled entry next to this file (dist/apps/api/test/bench/http-server.js). */
export const SERVER_ENTRY = fileURLToPath(new URL('./http-server.js', import.meta.url));

export async function startChildServer(
  mode: ServerMode,
  options: StartOptions = {},
): Promise<ChildServer> {
  const execArgv = ['--disable-warning=ExperimentalWarning'];
  if (options.cpuProfileDir) {
    execArgv.push(
      '--cpu-prof',
      `--cpu-prof-dir=${options.cpuProfileDir}`,
      `--cpu-prof-name=${mode}-${Date.now()}.cpuprofile`,
    );
  }
  const child = fork(options.entry ?? SERVER_ENTRY, [mode], {
    env: { ...(options.env ?? process.env) },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Keeps Dates, Buffers and bigints of captured SQL parameters intact.
    serialization: 'advanced',
  });
  const port = await waitForReady(child, options.startTimeoutMs ?? 60_000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  child.on('message', (m: { id?: number; ok?: boolean; value?: unknown; error?: string }) => {
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(`${mode} server: ${m.error}`));
  });
  child.once('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`${mode} server exited (${code})`));
    pending.clear();
  });
  const call = <T>(type: ServerMessage['type']): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, type } satisfies ServerMessage);
    });

  return {
    mode,
    pid: child.pid!,
    origin: `http://127.0.0.1:${port}`,
    usage: () => call<ServerUsage>('usage'),
    startCapture: () => call<void>('capture-start'),
    stopCapture: () => call<CapturedQuery[]>('capture-stop'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await call('stop').catch(() => undefined);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`benchmark server did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: { type?: string; port?: number }) => {
      if (m.type !== 'ready' || typeof m.port !== 'number') return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(m.port);
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`benchmark server exited with ${code} before it was ready`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Server CPU time between two snapshots as a share of one core over `seconds`. */
export function cpuShare(before: ServerUsage, after: ServerUsage, seconds: number): number {
  return (after.user - before.user + after.system - before.system) / 1e6 / seconds;
}
