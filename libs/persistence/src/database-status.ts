import { existsSync } from 'node:fs';
import type { DatabaseConfig } from '@wobdesk/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/** What `wobdesk doctor` needs to know about the database, read without changing anything. */
export interface DatabaseStatus {
  readonly type: DatabaseConfig['type'];
  /** The server or library version, e.g. `3.46.1` (SQLite) or `15.8` (PostgreSQL). */
  readonly version: string;
  /** PostgreSQL's `server_version_num` (150008 for 15.8); undefined for SQLite. */
  readonly versionNumber?: number;
  /** Migrations of this code that the database has not run, oldest first. */
  readonly pendingMigrations: readonly string[];
}

/** The SQLite file does not exist: nothing was ever migrated there. */
export class DatabaseMissingError extends Error {
  constructor(readonly path: string) {
    super(`The SQLite file ${path} does not exist`);
    this.name = 'DatabaseMissingError';
  }
}

/**
 * Reads the version and the pending migrations. Unlike opening the data source for the app it
 * writes nothing: SQLite is opened read-only (so a wrong DATABASE_PATH does not leave an empty
 * file behind) and the migrations table is read, never created.
 */
export async function inspectDatabase(database: DatabaseConfig): Promise<DatabaseStatus> {
  if (database.type === 'sqlite' && !existsSync(database.path)) {
    throw new DatabaseMissingError(database.path);
  }
  const base = dataSourceOptions(database);
  const dataSource = new DataSource(
    base.type === 'better-sqlite3'
      ? { ...base, readonly: true, fileMustExist: true, enableWAL: false, logging: false }
      : base.type === 'postgres'
        ? { ...base, logging: false, connectTimeoutMS: 10_000 }
        : base,
  );
  await dataSource.initialize();
  try {
    const known = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
    const ran = new Set(await ranMigrations(dataSource, database.type));
    const pendingMigrations = known.filter((name) => !ran.has(name));
    if (database.type === 'sqlite') {
      const [row] = (await dataSource.query('SELECT sqlite_version() AS version')) as {
        version: string;
      }[];
      return { type: 'sqlite', version: row.version, pendingMigrations };
    }
    const [row] = (await dataSource.query(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
    )) as { version: string; num: string }[];
    return {
      type: 'postgres',
      version: row.version,
      versionNumber: Number(row.num),
      pendingMigrations,
    };
  } finally {
    await dataSource.destroy();
  }
}

async function ranMigrations(
  dataSource: DataSource,
  type: DatabaseConfig['type'],
): Promise<string[]> {
  const exists =
    type === 'sqlite'
      ? ((await dataSource.query(
          "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'",
        )) as unknown[])
      : ((await dataSource.query(
          "SELECT 1 FROM pg_catalog.pg_tables WHERE tablename = 'migrations' AND schemaname = current_schema()",
        )) as unknown[]);
  if (exists.length === 0) return [];
  const rows = (await dataSource.query('SELECT name FROM migrations')) as { name: string }[];
  return rows.map((r) => r.name);
}
