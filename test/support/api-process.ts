// The built API (`nest build api`) as a child process, for the tests of what only a real process
// shows: its log lines on stdout/stderr, its signals and its shutdown.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSource } from '../../apps/cli/bin/newest-source.mjs';
import { waitFor } from './wait-for.js';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

/** Builds the API when dist/ is missing or older than its sources (as ensureWorkerBuilt does). */
export function ensureApiBuilt(): void {
  const sources = Math.max(newestSource(join(ROOT, 'libs')), newestSource(join(ROOT, 'apps/api')));
  if (existsSync(API_MAIN) && statSync(API_MAIN).mtimeMs >= sources) return;
  const nest = join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js');
  const result = spawnSync(process.execPath, [nest, 'build', 'api'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`nest build api failed:\n${result.stdout}${result.stderr}`);
}

export interface ApiRun {
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout, and to stderr, so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** `http://127.0.0.1:PORT`, once the API listens. */
  readonly origin: string;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
}

/**
 * Starts the API with exactly `env` (plus PATH) on a free port and resolves once it listens. Its
 * address is read from its start-up line, in either log format.
 */
export async function startApi(env: Record<string, string>): Promise<ApiRun> {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const origin = await waitFor(
    'the API to listen',
    () => {
      if (gone) throw new Error(`the API exited at start-up:\n${stdout}${stderr}`);
      return /(?:running at|log in at:)\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
    },
    { timeoutMs: 60_000, intervalMs: 50 },
  );
  return { child, stdout: () => stdout, stderr: () => stderr, origin, exited };
}
