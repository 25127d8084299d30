// The tests' own PostgreSQL cluster starts, takes a database, answers and stops.
import pg from 'pg';
import { createPgDatabase, dropPgDatabase, startPgCluster } from '../support/pg-cluster.js';

describe('throwaway PostgreSQL cluster', () => {
  it('starts, creates and drops a database, and stops', async () => {
    const cluster = await startPgCluster();
    try {
      const url = await createPgDatabase(cluster.url('postgres'), 'wobdesk_probe');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ v: string }>(
        "SELECT current_setting('server_version_num') AS v",
      );
      await client.end();
      expect(Number(rows[0].v)).toBeGreaterThanOrEqual(150000);
      await dropPgDatabase(cluster.url('postgres'), 'wobdesk_probe');
    } finally {
      await cluster.stop();
    }
  });
});
