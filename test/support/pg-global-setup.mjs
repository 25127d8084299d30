// Jest globalSetup of the `*-pg` projects: one throwaway PostgreSQL cluster for the whole run.
// Jest runs a project's globalSetup once per distinct file, and only when that project has tests
// to run, in the parent process before the workers start; the workers inherit the admin URL
// through process.env (test-database-kind.ts reads it). globalSetup and globalTeardown share the
// parent's globalThis, where the cluster is kept for the teardown.
//
// Plain JavaScript because Jest transpiles a global setup file but does not resolve its imports
// the way it does for tests (`./x.js` to `./x.ts`); ts-loader.mjs does that for pg-cluster.ts.
import './ts-loader.mjs';

export const PG_ADMIN_URL_VARIABLE = 'WOBDESK_TEST_PG_ADMIN_URL';

export default async function startTestCluster() {
  const { startPgCluster } = await import('./pg-cluster.ts');
  const cluster = await startPgCluster();
  globalThis.wobdeskPgCluster = cluster;
  process.env[PG_ADMIN_URL_VARIABLE] = cluster.url('postgres');
}
