// Copying the database for a backup and putting a copy back. SQLite: the online backup API of
// better-sqlite3, so the API and the worker keep writing while it runs. PostgreSQL: pg_dump in the
// custom format, taken in an exported snapshot so the counts in the manifest describe exactly
// the dump, and pg_restore into an empty database.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options.js';
import { ENTITIES } from '../entities/index.js';
import { databaseFacts, type DatabaseFacts } from './database-facts.js';

const run = promisify(execFile);

/**
 * Pages copied per step of the SQLite backup. Between steps the event loop runs, so writers in
 * the same process go on; a write by another connection makes SQLite restart the copy, so a step
 * is large enough (16 MB at 4 KB pages) that a busy register is copied in few of them.
 */
const PAGES_PER_STEP = 4096;

interface SqliteHandle {
  backup(target: string, options: { progress: () => number }): Promise<unknown>;
}

/**
 * Copies the live SQLite database at `source` to `target` (which must not exist) with the
 * online backup API, then makes the copy a self-contained file (rollback journal instead of
 * WAL), checks it and returns its facts.
 */
export async function backupSqlite(source: string, target: string): Promise<DatabaseFacts> {
  const live = await new DataSource({
    ...dataSourceOptions({ type: 'sqlite', path: source }),
    migrations: [],
  }).initialize();
  try {
    const handle = (live.driver as unknown as { databaseConnection: SqliteHandle })
      .databaseConnection;
    await handle.backup(target, { progress: () => PAGES_PER_STEP });
  } finally {
    await live.destroy();
  }
  const copy = await new DataSource({
    type: 'better-sqlite3',
    database: target,
    entities: ENTITIES,
  }).initialize();
  try {
    await copy.query('PRAGMA journal_mode = DELETE');
    const check = (await copy.query('PRAGMA quick_check')) as { quick_check: string }[];
    if (check[0]?.quick_check !== 'ok') {
      throw new Error(`the database copy fails SQLite's quick_check: ${check[0]?.quick_check}`);
    }
    return await databaseFacts((sql) => copy.query(sql));
  } finally {
    await copy.destroy();
  }
}

/** Facts of a database that is not in use (a restored copy). */
export async function readDatabaseFacts(
  database: Parameters<typeof dataSourceOptions>[0],
): Promise<DatabaseFacts> {
  const ds = await new DataSource({ ...dataSourceOptions(database), migrations: [] }).initialize();
  try {
    return await databaseFacts((sql) => ds.query(sql));
  } finally {
    await ds.destroy();
  }
}

/**
 * The directory of PostgreSQL's client programs: `PG_BIN_DIR` when given, else the newest
 * Debian server package's (`/usr/lib/postgresql/<n>/bin`: pg_dump must be at least as new as
 * the server), else whatever is on the PATH.
 */
export function pgBinDir(given?: string): string | undefined {
  if (given) return given;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_dump')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1)!, 'bin') : undefined;
}

function pgProgram(name: 'pg_dump' | 'pg_restore', binDir?: string): string {
  const dir = pgBinDir(binDir);
  return dir ? join(dir, name) : name;
}

/**
 * `pg_dump -Fc` of the database at `url` into `file`, inside a repeatable-read transaction
 * whose snapshot pg_dump shares, so the facts returned are those of the dump.
 */
export async function dumpPostgres(
  url: string,
  file: string,
  binDir?: string,
): Promise<DatabaseFacts> {
  const ds = await new DataSource({
    ...dataSourceOptions({ type: 'postgres', url }),
    migrations: [],
  }).initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ snapshot }] = (await runner.query('SELECT pg_export_snapshot() AS snapshot')) as {
      snapshot: string;
    }[];
    const facts = await databaseFacts((sql) => runner.query(sql));
    await run(
      pgProgram('pg_dump', binDir),
      ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    await runner.query('COMMIT');
    return facts;
  } finally {
    await runner.release();
    await ds.destroy();
  }
}

/** The number of tables in the database's public schema: 0 for a database made for a restore. */
export async function postgresTableCount(url: string): Promise<number> {
  const ds = await new DataSource({
    ...dataSourceOptions({ type: 'postgres', url }),
    migrations: [],
  }).initialize();
  try {
    const rows = (await ds.query(
      "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    )) as { n: string }[];
    return Number(rows[0].n);
  } finally {
    await ds.destroy();
  }
}

/**
 * `pg_restore` of a dump into the database at `url`, in one transaction (all or nothing);
 * `replace` drops what the dump holds first (for `restore --force`). Owners and grants are not
 * restored: the tables belong to the user of DATABASE_URL.
 */
export async function restorePostgres(
  url: string,
  file: string,
  options: { replace: boolean; binDir?: string },
): Promise<void> {
  await run(
    pgProgram('pg_restore', options.binDir),
    [
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      '--no-privileges',
      ...(options.replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${url}`,
      file,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Creates or drops a scratch database on the server of `url` (for the restore drill). */
export async function createScratchPostgres(url: string, name: string): Promise<string> {
  await adminQuery(url, `CREATE DATABASE ${scratchName(name)}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

export async function dropScratchPostgres(url: string, name: string): Promise<void> {
  await adminQuery(url, `DROP DATABASE IF EXISTS ${scratchName(name)} WITH (FORCE)`);
}

function scratchName(name: string): string {
  if (!/^wobdesk_drill_[a-z0-9_]{1,40}$/.test(name))
    throw new Error(`not a drill database: ${name}`);
  return name;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const ds = await new DataSource({
    ...dataSourceOptions({ type: 'postgres', url }),
    migrations: [],
  }).initialize();
  try {
    await ds.query(sql);
  } finally {
    await ds.destroy();
  }
}
