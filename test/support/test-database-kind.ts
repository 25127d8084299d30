// Which database a test file runs on. The `*-pg` Jest projects set `globals.TEST_DATABASE` to
// `postgres` (jest.config.js); a worker may run files of both kinds, so the choice is read from
// the file's own globals, never from the worker's process.env. The cluster is one per Jest run,
// started by pg-global-setup.mjs, which leaves its admin URL in process.env for the workers.

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** The variable through which pg-global-setup.mjs hands the cluster to the workers. */
export const PG_ADMIN_URL_VARIABLE = 'WOBDESK_TEST_PG_ADMIN_URL';

export function testDatabaseKind(): TestDatabaseKind {
  const kind = (globalThis as { TEST_DATABASE?: unknown }).TEST_DATABASE;
  return kind === 'postgres' ? 'postgres' : 'sqlite';
}

/** The migrated database that pg-global-setup.mjs leaves for the test databases to copy. */
export const PG_TEMPLATE_VARIABLE = 'WOBDESK_TEST_PG_TEMPLATE';

/** The run's template database (migrated, holiday tables seeded), or undefined without one. */
export function testClusterTemplate(): string | undefined {
  return process.env[PG_TEMPLATE_VARIABLE] || undefined;
}

/** `postgres://app@127.0.0.1:<port>/postgres` of the run's cluster. */
export function testClusterAdminUrl(): string {
  const url = process.env[PG_ADMIN_URL_VARIABLE];
  if (!url) {
    throw new Error(
      `${PG_ADMIN_URL_VARIABLE} is not set: run PostgreSQL tests through a *-pg Jest project (its globalSetup starts the cluster)`,
    );
  }
  return url;
}
