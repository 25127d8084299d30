// The built API (`nest build api`) as a child process, for the tests that run several instances.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appMain, ensureAppBuilt } from './app-build.js';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const API_MAIN = appMain('api');

/** Builds the API when dist/ is missing or older than its sources. */
export function ensureApiBuilt(): void {
  ensureAppBuilt('api');
}

export interface ApiRun {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>`, as the start-up notice prints it. */
  readonly origin: string;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts the built API with exactly `env` (plus PATH) and resolves once its start-up notice names
 * the address it listens on; rejects when it exits first or `timeoutMs` passes.
 */
export function startApi(env: Record<string, string>, timeoutMs = 120_000): Promise<ApiRun> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', API_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the API did not start within ${timeoutMs} ms:\n${printed}`));
    }, timeoutMs);
    const collect = (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const address = /Clerks log in at:\s+(http:\/\/127\.0\.0\.1:\d+)\/inloggen/.exec(printed);
      if (address === null) return;
      clearTimeout(timer);
      resolve({ child, origin: address[1], output: () => printed, stop });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code ?? signal}) while starting:\n${printed}`));
    });
  });
}
