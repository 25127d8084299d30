// Entry of the child process that fills a benchmark database (datasets.ts `runDatasetTask`):
// receives one task over IPC, reports progress lines, sends the result and exits.
import 'reflect-metadata';
import { type DatasetTask, fillListDatabase, fillStatusDatabase } from './datasets.js';

function send(message: object): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

process.once('message', (task: DatasetTask) => {
  const progress = (text: string) => void send({ type: 'progress', text });
  const work =
    task.kind === 'list'
      ? fillListDatabase(task.target, task.rows, task.today, progress)
      : fillStatusDatabase(task.target, task.count, task.today);
  work
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
