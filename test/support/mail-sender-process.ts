import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DeliveryReport } from '@wobdesk/mail';

const CHILD = fileURLToPath(new URL('./mail-sender-child.ts', import.meta.url));
const LOADER = fileURLToPath(new URL('./ts-loader.mjs', import.meta.url));

/** A sender running in a child process (mail-sender-child.ts). */
export interface SenderProcess {
  readonly child: ChildProcess;
  readonly reports: DeliveryReport[];
  /** Starts delivering (the child booted and waits for this). */
  go(): void;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/** Forks a sender with `env` (DATABASE_PATH, SMTP_URL, MAIL_* …) and waits until it is ready. */
export async function startSenderProcess(
  env: Record<string, string>,
  options: { limit?: number; clockOffsetMs?: number } = {},
): Promise<SenderProcess> {
  const child = fork(CHILD, [String(options.limit ?? 50), String(options.clockOffsetMs ?? 0)], {
    execArgv: ['--disable-warning=ExperimentalWarning', '--import', LOADER],
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reports: DeliveryReport[] = [];
  child.on('message', (m: { type?: string; report?: DeliveryReport }) => {
    if (m.type === 'report' && m.report) reports.push(m.report);
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)),
  );
  await new Promise<void>((resolve, reject) => {
    child.on('message', (m: { type?: string }) => m.type === 'ready' && resolve());
    void exited.then((code) => reject(new Error(`sender child exited (${code}) before ready`)));
  });
  return { child, reports, go: () => child.send({ type: 'go' }), exited };
}
