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
  };
}
