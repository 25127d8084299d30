// The built worker (`nest build worker`) as a child process, for the crash and concurrency tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appMain, ensureAppBuilt } from './app-build.js';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const WORKER_MAIN = appMain('worker');

/** Builds the worker when dist/ is missing or older than its sources (under a lock, app-build.ts). */
export function ensureWorkerBuilt(): void {
  ensureAppBuilt('worker');
}

export interface WorkerRun {
  readonly child: ChildProcess;
  /** Resolves with the exit code (null when killed) and what the worker printed. */
  readonly exited: Promise<{ code: number | null; signal: string | null; stdout: string }>;
  /** What it printed so far (stdout and stderr), for a failure message. */
  readonly output: () => string;
}

/** Starts the worker with `args` and exactly `env` (plus PATH). */
export function startWorker(args: readonly string[], env: Record<string, string>): WorkerRun {
  const child = spawn(process.execPath, [WORKER_MAIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { child, exited, output: () => stdout };
}

/** Blocks this process for `ms` without giving the event loop a turn. */
export function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The scheduling state of a process (Linux /proc): R, S, D, T (stopped), Z; X when gone. */
function processState(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2);
  } catch {
    return 'X';
  }
}

/**
 * Stops the child (SIGSTOP) and returns once the kernel reports it stopped or gone: from then on
 * it runs no instruction until SIGCONT, so what it has committed to the database cannot change.
 */
export function freeze(child: ChildProcess): void {
  child.kill('SIGSTOP');
  const giveUpAt = Date.now() + 5_000;
  while (!['T', 't', 'Z', 'X'].includes(processState(child.pid!))) {
    if (Date.now() > giveUpAt) throw new Error(`process ${child.pid} did not stop`);
    blockFor(1);
  }
}
