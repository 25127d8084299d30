export { dataSourceOptions } from './data-source-options.js';
export { ENTITIES, EquatedDayDecreeEntity, EquatedDayEntity } from './entities/index.js';
export { MIGRATIONS } from './migrations/index.js';
export { openDataSource, PendingMigrationsError } from './open-data-source.js';
export { PersistenceModule } from './persistence.module.js';
export { prepareDatabase, type PrepareDatabaseReport } from './prepare-database.js';
export {
  HolidayCalendarRepository,
  type HolidaySeedReport,
  type SyncCounts,
} from './repositories/holiday-calendar.repository.js';
export {
  HOLIDAY_SEED_FILE,
  parseHolidaySeed,
  readHolidaySeed,
  SeedFileError,
} from './seeds/holiday-seed.js';
export { serialTransaction } from './serial-transaction.js';
