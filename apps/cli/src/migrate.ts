// `npm run db:migrate`: brings the database schema up to date and seeds the holiday tables from
// SEEDS_DIR/holidays/equated-days.json. Safe to run again; prints what it changed.
import 'reflect-metadata';
import { SystemClock } from '@wobdesk/clock';
import { ConfigError, loadConfig } from '@wobdesk/config';
import { HolidayCalendar } from '@wobdesk/domain';
import { prepareDatabase, SeedFileError, type SyncCounts } from '@wobdesk/persistence';

async function main(): Promise<void> {
  const config = loadConfig();
  const report = await prepareDatabase(config);
  console.log(`Database:   ${report.database}`);
  console.log(
    report.migrationsRun.length > 0
      ? `Migrations: ran ${report.migrationsRun.join(', ')}`
      : 'Migrations: none pending, schema is up to date',
  );
  console.log(`Seed file:  ${report.seedFile}`);
  console.log(`  Royal-Decree decrees: ${counts(report.seed.decrees)}`);
  console.log(`  Equated days:         ${counts(report.seed.days)}`);

  const calendar = new HolidayCalendar(report.decrees);
  const today = new SystemClock().today();
  for (const year of [today.year, today.year + 1]) {
    if (!calendar.hasDecreeDataFor(year)) {
      console.warn(
        `Warning: no Royal-Decree data (Atw art. 3 lid 3) for ${year} in the seed file.`,
      );
    }
  }
}

function counts(c: SyncCounts): string {
  return `${c.inserted} inserted, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged`;
}

main().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof SeedFileError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
