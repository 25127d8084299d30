// Jest globalSetup of the `*-pg` projects: one throwaway PostgreSQL cluster for the whole run.
// Jest runs a project's globalSetup once per distinct file, and only when that project has tests
// to run, in the parent process before the workers start; the workers inherit the admin URL
// through process.env (test-database-kind.ts reads it). globalSetup and globalTeardown share the
// parent's globalThis, where the cluster is kept for the teardown.
//
// The migrations run once here, into a template database; `createTempDatabase` copies it for each
// test (CREATE DATABASE … TEMPLATE). Migrating each test database cost about 0.9 s of round trips
// on a loaded machine, the copy about 0.15 s. Tests about the migrations themselves ask for an
// empty database (`createTempDatabase({ empty: true })`).
//
// Plain JavaScript because Jest transpiles a global setup file but does not resolve its imports
// the way it does for tests (`./x.js` to `./x.ts`); ts-loader.mjs does that for the TypeScript.
import './ts-loader.mjs';

export const PG_ADMIN_URL_VARIABLE = 'WOBDESK_TEST_PG_ADMIN_URL';
/** The name of the migrated template database, handed to the workers like the admin URL. */
export const PG_TEMPLATE_VARIABLE = 'WOBDESK_TEST_PG_TEMPLATE';
const TEMPLATE = 'wobdesk_test_template';

export default async function startTestCluster() {
  const { startPgCluster, createPgDatabase } = await import('./pg-cluster.ts');
  const { prepareDatabase } = await import('../../libs/persistence/src/index.ts');
  const { loadConfig } = await import('../../libs/config/src/index.ts');
  const cluster = await startPgCluster();
  globalThis.wobdeskPgCluster = cluster;
  try {
    const url = await createPgDatabase(cluster.url('postgres'), TEMPLATE);
    // The repository's seeds: the holiday tables are filled as a test's own prepareDatabase would.
    await prepareDatabase(
      loadConfig({
        DATABASE_URL: url,
        STATUS_TOKEN_SECRET: 'template'.repeat(6),
        DOCUMENTS_DIR: `${cluster.dir}/documents`,
        LOG_LEVEL: 'warn',
      }),
    );
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  process.env[PG_ADMIN_URL_VARIABLE] = cluster.url('postgres');
  process.env[PG_TEMPLATE_VARIABLE] = TEMPLATE;
}
