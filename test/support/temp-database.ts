import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { type AppConfig, loadConfig } from '@wobdesk/config';
import { createPgDatabase, dropPgDatabase } from './pg-cluster.js';
import {
  testClusterAdminUrl,
  testClusterTemplate,
  testDatabaseKind,
} from './test-database-kind.js';

export interface TempDatabase {
  /** A fresh directory under the OS temp dir (the SQLite file, the document store, seeds). */
  readonly dir: string;
  readonly config: AppConfig;
  /**
   * The variables that select this database, for a child process (a worker, a sender):
   * `DATABASE_PATH` on SQLite; `DATABASE_URL`, `STATUS_TOKEN_SECRET` and `DOCUMENTS_DIR` on
   * PostgreSQL.
   */
  readonly env: Readonly<Record<string, string>>;
  remove(): Promise<void>;
}

/** Databases the tests make on their own cluster carry this prefix; nothing else is touched. */
const PG_TEST_PREFIX = 'wobdesk_test_';

/**
 * A configuration on a database of its own that a test can never mistake for real data: on
 * SQLite a file in a fresh directory under the OS temp dir (never `data/wobdesk.sqlite`); in a
 * PostgreSQL project (test-database-kind.ts) a fresh database on the tests' own throwaway cluster.
 * The schema is created by the migrations (`prepareDatabase`), never by synchronize. With
 * `copySeeds` the repository's `seeds/` is copied into the directory, so the test may edit it.
 *
 * On PostgreSQL the database is a copy of the run's template, which the global setup migrated
 * once: the test's own `prepareDatabase` then finds nothing pending and only syncs the holiday
 * seed. A test about the migrations themselves asks for `empty: true` (no tables at all, as a
 * new SQLite file is).
 */
export async function createTempDatabase(
  options: { copySeeds?: boolean; env?: Record<string, string>; empty?: boolean } = {},
): Promise<TempDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'wobdesk-test-'));
  const pg =
    testDatabaseKind() === 'postgres'
      ? await newPgDatabase(dir, options.empty ? undefined : testClusterTemplate())
      : undefined;
  const selection: Record<string, string> = pg?.env ?? {
    DATABASE_PATH: join(dir, 'wobdesk.sqlite'),
  };
  const env: Record<string, string> = { ...selection, LOG_LEVEL: 'warn', ...options.env };
  if (options.copySeeds) {
    await cp(loadConfig({}).seedsDir, join(dir, 'seeds'), { recursive: true });
    env.SEEDS_DIR = join(dir, 'seeds');
  }
  const config = loadConfig(env);
  assertTestDatabase(config, pg?.name);
  return {
    dir,
    config,
    env: selection,
    remove: async () => {
      if (pg) await dropPgDatabase(testClusterAdminUrl(), pg.name);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function newPgDatabase(dir: string, template: string | undefined) {
  const name = PG_TEST_PREFIX + randomBytes(8).toString('hex');
  const url = await createPgDatabase(testClusterAdminUrl(), name, template);
  const env = {
    DATABASE_URL: url,
    // Required with DATABASE_URL (every instance derives the same status links); random per
    // database, as the key file beside a SQLite file would be.
    STATUS_TOKEN_SECRET: randomBytes(24).toString('hex'),
    // Beside the SQLite file by default; with PostgreSQL it must be named.
    DOCUMENTS_DIR: join(dir, 'documents'),
  };
  return { name, env };
}

/** Tests only ever touch SQLite files under the temp dir, or their own databases on their own cluster. */
function assertTestDatabase(config: AppConfig, pgName: string | undefined): void {
  const database = config.database;
  if (database.type === 'sqlite') {
    if (resolve(database.path).startsWith(tmpdir() + sep)) return;
  } else if (pgName) {
    const url = new URL(database.url);
    const cluster = new URL(testClusterAdminUrl());
    if (url.host === cluster.host && url.pathname === `/${pgName}`) return;
  }
  throw new Error(
    "Tests only use SQLite files under the OS temp dir or databases on the tests' own PostgreSQL cluster",
  );
}
