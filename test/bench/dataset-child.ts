// Entry of the child process that fills a benchmark database (datasets.ts `runDatasetTask`):
// receives one task over IPC, reports progress lines, sends the result and exits.
import 'reflect-metadata';
import { serveChildTask } from './child-task.js';
import { type DatasetTask, fillListDatabase, fillStatusDatabase } from './datasets.js';

serveChildTask<DatasetTask>((task, progress) =>
  task.kind === 'list'
    ? fillListDatabase(task.target, task.rows, task.today, progress)
    : fillStatusDatabase(task.target, task.count, task.today),
);
