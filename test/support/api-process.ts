// The built API (`nest build api`) as a child process, for the tests of what only a real process
// shows: several instances on one database, its log lines on stdout/stderr, its signals and its
// shutdown.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appMain, ensureAppBuilt } from './app-build.js';
import { waitFor } from './wait-for.js';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const API_MAIN = appMain('api');

/** Builds the API when dist/ is missing or older than its sources (under the build lock). */
export function ensureApiBuilt(): void {
  ensureAppBuilt('api');
}

export interface ApiRun {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:PORT`, once the API listens. */
  readonly origin: string;
  /** Everything the process wrote to stdout, to stderr, and to both, so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts the API with exactly `env` (plus PATH; on 127.0.0.1 and a free port unless `env` says
 * otherwise) and resolves once it listens. Its address is read from its start-up line, in either
 * log format; rejects when it exits first or `timeoutMs` passes.
 */
export async function startApi(env: Record<string, string>, timeoutMs = 120_000): Promise<ApiRun> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', API_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    both += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    both += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const origin = await waitFor(
      'the API to listen',
      () => {
        if (gone) throw new Error(`the API exited at start-up:\n${both}`);
        return /(?:running at|log in at:)\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      },
      { timeoutMs, intervalMs: 50 },
    );
    return {
      child,
      origin,
      stdout: () => stdout,
      stderr: () => stderr,
      output: () => both,
      exited,
      stop,
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
