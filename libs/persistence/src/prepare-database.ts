import { join } from 'node:path';
import type { AppConfig } from '@wobdesk/config';
import type { EquatedDayDecree } from '@wobdesk/domain';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { analyzeDatabase } from './open-data-source.js';
import {
  HolidayCalendarRepository,
  type HolidaySeedReport,
} from './repositories/holiday-calendar.repository.js';
import { HOLIDAY_SEED_FILE, readHolidaySeed } from './seeds/holiday-seed.js';

export interface PrepareDatabaseReport {
  /** Where the data lives: the SQLite file, or `postgres` (the URL may hold a password). */
  readonly database: string;
  /** Names of the migrations that ran now; empty when the schema was already current. */
  readonly migrationsRun: readonly string[];
  readonly seedFile: string;
  readonly seed: HolidaySeedReport;
  /** The decrees now in the database (as read from the seed file). */
  readonly decrees: readonly EquatedDayDecree[];
}

/**
 * Brings a database up to date: reads and checks the seed file first (so a bad file changes
 * nothing), runs the pending migrations, then seeds the holiday tables. Used by the migrate CLI
 * (`npm run db:migrate`) and by the integration and e2e tests.
 */
export async function prepareDatabase(
  config: Pick<AppConfig, 'database' | 'seedsDir'>,
): Promise<PrepareDatabaseReport> {
  const decrees = await readHolidaySeed(config.seedsDir);
  const dataSource = new DataSource(dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const seed = await new HolidayCalendarRepository(dataSource).sync(decrees);
    await analyzeDatabase(dataSource);
    return {
      database: config.database.type === 'sqlite' ? config.database.path : 'postgres',
      migrationsRun: migrations.map((m) => m.name),
      seedFile: join(config.seedsDir, HOLIDAY_SEED_FILE),
      seed,
      decrees,
    };
  } finally {
    await dataSource.destroy();
  }
}
