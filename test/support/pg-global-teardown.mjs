// Jest globalTeardown of the `*-pg` projects: stops the run's cluster and removes its directory.
import { PG_ADMIN_URL_VARIABLE, PG_TEMPLATE_VARIABLE } from './pg-global-setup.mjs';

export default async function stopTestCluster() {
  await globalThis.wobdeskPgCluster?.stop();
  delete globalThis.wobdeskPgCluster;
  delete process.env[PG_ADMIN_URL_VARIABLE];
  delete process.env[PG_TEMPLATE_VARIABLE];
}
