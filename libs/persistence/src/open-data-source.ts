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
  return dataSource;
}
