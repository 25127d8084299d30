import type { DatabaseConfig } from '@wobdesk/config';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * TypeORM options for the configured database. SQLite (better-sqlite3) is the default; a
 * DATABASE_URL switches to PostgreSQL without code changes (it needs the `pg` package installed).
 * The schema comes from migrations only: `synchronize` is never on, not even in tests.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['error', 'warn'],
  } satisfies Partial<DataSourceOptions>;
  if (database.type === 'postgres') {
    return { ...common, type: 'postgres', url: database.url };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // WAL lets the API read while the migrate CLI or a worker writes.
    enableWAL: database.path !== ':memory:',
    // busy_timeout in ms: wait for another process's write lock instead of failing at once.
    timeout: 10_000,
    prepareDatabase: beginImmediate,
  };
}

/**
 * Makes every transaction on this connection BEGIN IMMEDIATE. TypeORM begins deferred: the first
 * statement decides the lock, and a transaction that read first and then writes cannot wait for
 * its write lock (SQLite refuses at once with SQLITE_BUSY, past busy_timeout, since waiting could
 * deadlock). Two worker processes sweeping while a third wrote failed that way. Taking the write
 * lock at BEGIN makes every transaction wait its turn under busy_timeout instead; reads outside
 * a transaction are not affected (WAL). TypeORM has no option for this; `prepareDatabase` is its
 * hook for the driver's connection, and the BEGIN it prepares is exactly this statement.
 */
function beginImmediate(db: { prepare: (sql: string) => unknown }): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) =>
    prepare(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
}
