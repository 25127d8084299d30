// One task in a child process over IPC, for the bench's data builders and measurements: the
// parent forks an entry with `runChildTask`, the entry answers with `serveChildTask`. The work runs
// in its own process so that its heap and native allocations do not show in the parent's memory
// figures (and a measuring child starts clean).
import { fork } from 'node:child_process';

type Message = { type: string; text?: string; value?: unknown; error?: string };

/** Forks `entry`, sends it `task`, forwards its progress lines; resolves with its result. */
export function runChildTask<R>(
  entry: string,
  task: object,
  label: string,
  progress: (text: string) => void = () => undefined,
  execArgv: readonly string[] = [],
): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(entry, [], {
      execArgv: ['--disable-warning=ExperimentalWarning', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (m: Message) => {
      if (m.type === 'progress') progress(m.text ?? '');
      else if (m.type === 'done') {
        settled = true;
        resolve(m.value as R);
      } else if (m.type === 'failed') {
        settled = true;
        reject(new Error(`${label} failed: ${m.error}`));
      }
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`${label} exited with ${code}`));
    });
    child.send(task);
  });
}

function send(message: Message): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

/** In the child: receives one task, runs `work`, sends the result (or the error) and exits. */
export function serveChildTask<T>(
  work: (task: T, progress: (text: string) => void) => Promise<unknown>,
): void {
  process.once('message', (task: T) => {
    const progress = (text: string) => void send({ type: 'progress', text });
    work(task, progress)
      .then((value) => send({ type: 'done', value }))
      .catch((error: unknown) =>
        send({
          type: 'failed',
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
      )
      .finally(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(1));
}
