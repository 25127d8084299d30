import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction, one at a time per data source. better-sqlite3 gives TypeORM a single
 * connection, so two transactions started concurrently in one process interleave and fail
 * ("cannot start a transaction within a transaction"; measured: 20 of 20 concurrent transactions
 * failed without this queue, 0 with it).
 * PostgreSQL has a connection pool and needs no queue.
 *
 * Do not call `serialTransaction` again from inside `work` on the same data source: it would wait
 * for itself. Between processes, SQLite transactions begin IMMEDIATE (data-source-options.ts), so
 * one that reads before it writes waits for another process's write lock instead of failing.
 */
export function serialTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  return enqueue(dataSource, () => dataSource.transaction(work));
}

/**
 * Runs a read of several statements between transactions, in the same queue as
 * `serialTransaction`. On the single SQLite connection a read that ran while a transaction was
 * half-way would see its uncommitted writes (which a refusal may still roll back); queued, it
 * sees only committed data. On PostgreSQL the read runs at once on the pool.
 */
export function serialRead<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return work(dataSource.manager);
  return enqueue(dataSource, () => work(dataSource.manager));
}

function enqueue<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const result = previous.then(run);
  queues.set(
    dataSource,
    result.catch(() => undefined),
  );
  return result;
}
