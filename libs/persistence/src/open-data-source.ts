import { DataSource, type DataSourceOptions, MigrationExecutor } from 'typeorm';

/** The database schema is older than the code: the migrate CLI has not been run. */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `The database schema is not up to date (pending migrations: ${pending.join(', ')}). ` +
        'Run `npm run db:migrate` first.',
    );
    this.name = 'PendingMigrationsError';
  }
}

/**
 * Opens the application's data source and refuses a schema with pending migrations. The API does
 * not migrate on start-up: migrating is an explicit step (`npm run db:migrate`), so that two
 * processes never race to change the schema.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  if (pending.length > 0) {
    await dataSource.destroy();
    throw new PendingMigrationsError(pending.map((m) => m.name));
  }
  await analyzeDatabase(dataSource);
  return dataSource;
}

/**
 * Refreshes the planner's statistics (`ANALYZE`), so that SQLite picks the phase index for the
 * phase and overdue filters of the list rather than the sort index. Run at the end of
 * `prepareDatabase` (the migrate CLI) and when a process opens the database. A full ANALYZE
 * (about 0.4 s per 100 000 requests on SQLite): a sampled one (`analysis_limit`) gave statistics
 * so coarse that SQLite kept walking the deadline index (80 ms instead of 3 ms per phase page).
 */
export async function analyzeDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('ANALYZE');
}
