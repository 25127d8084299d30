import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dataSourceOptions,
  EquatedDayDecreeEntity,
  EquatedDayEntity,
  HOLIDAY_SEED_FILE,
  HolidayCalendarRepository,
  MIGRATIONS,
  prepareDatabase,
  SeedFileError,
  serialTransaction,
} from '@wobdesk/persistence';
import { LocalDate } from '@wobdesk/domain';
import { DataSource } from 'typeorm';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

interface SeedFile {
  decrees: { title: string; confirmed: boolean; days: { date: string; name: string }[] }[];
}

describe(HolidayCalendarRepository.name, () => {
  let db: TempDatabase;
  let seedFile: string;
  let original: SeedFile;

  const openDataSource = () => new DataSource(dataSourceOptions(db.config.database)).initialize();
  const rows = async () => {
    const ds = await openDataSource();
    try {
      const days = await ds.getRepository(EquatedDayEntity).find({ order: { date: 'ASC' } });
      const decrees = await ds.getRepository(EquatedDayDecreeEntity).find({ order: { id: 'ASC' } });
      return { days, decrees };
    } finally {
      await ds.destroy();
    }
  };
  const writeSeed = (seed: SeedFile) => writeFile(seedFile, JSON.stringify(seed, null, 2));

  beforeEach(async () => {
    // Empty: the first test checks that prepareDatabase runs every migration on a new database.
    db = await createTempDatabase({ copySeeds: true, empty: true });
    seedFile = join(db.config.seedsDir, HOLIDAY_SEED_FILE);
    original = JSON.parse(await readFile(seedFile, 'utf8')) as SeedFile;
  });

  afterEach(async () => {
    await db.remove();
  });

  describe('sync (through prepareDatabase)', () => {
    it('should run the migrations and insert every decree day on a fresh database', async () => {
      const report = await prepareDatabase(db.config);
      const dayCount = original.decrees.reduce((n, d) => n + d.days.length, 0);
      // Every migration of the explicit list, in its order, starting with the holiday calendar.
      expect(report.migrationsRun).toEqual(MIGRATIONS.map((m) => m.name));
      expect(report.migrationsRun[0]).toBe('HolidayCalendar1764000000000');
      expect(report.seed.decrees).toEqual({
        inserted: original.decrees.length,
        updated: 0,
        deleted: 0,
        unchanged: 0,
      });
      expect(report.seed.days).toEqual({
        inserted: dayCount,
        updated: 0,
        deleted: 0,
        unchanged: 0,
      });
      expect((await rows()).days).toHaveLength(dayCount);
    });

    it('should be idempotent: a second run changes nothing', async () => {
      await prepareDatabase(db.config);
      const before = await rows();
      const report = await prepareDatabase(db.config);
      expect(report.migrationsRun).toEqual([]);
      expect(report.seed.days).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
      expect(report.seed.decrees).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
      expect(await rows()).toEqual(before);
    });

    it('should update an edited entry in place and follow additions and removals', async () => {
      await prepareDatabase(db.config);
      const before = await rows();
      const edited = structuredClone(original);
      const unverified = edited.decrees.find((d) => !d.confirmed)!;
      unverified.confirmed = true;
      unverified.days[0].name = 'vrijdag na Hemelvaartsdag 2020 (geverifieerd)';
      const removed = unverified.days.pop()!; // a wrong date is corrected by removing it...
      unverified.days.push({ date: '2022-05-30', name: 'correctie' }); // ...and adding the right one
      await writeSeed(edited);

      const report = await prepareDatabase(db.config);

      expect(report.seed.decrees).toMatchObject({ inserted: 0, updated: 1, deleted: 0 });
      expect(report.seed.days).toMatchObject({ inserted: 1, updated: 1, deleted: 1 });
      const after = await rows();
      const renamed = after.days.find((d) => d.date === unverified.days[0].date)!;
      expect(renamed.name).toBe('vrijdag na Hemelvaartsdag 2020 (geverifieerd)');
      expect(renamed.id).toBe(before.days.find((d) => d.date === renamed.date)!.id);
      expect(after.days.map((d) => d.date)).not.toContain(removed.date);
      expect(after.decrees.find((d) => d.title === unverified.title)!.confirmed).toBe(true);
    });

    it('should move days to a renamed decree and delete the old one', async () => {
      await prepareDatabase(db.config);
      const edited = structuredClone(original);
      const oldTitle = edited.decrees[1].title;
      edited.decrees[1].title = 'Besluit gelijkstelling 2020-2022 (titel geverifieerd)';
      await writeSeed(edited);

      const report = await prepareDatabase(db.config);

      expect(report.seed.decrees).toMatchObject({ inserted: 1, deleted: 1 });
      expect(report.seed.days).toMatchObject({
        updated: edited.decrees[1].days.length,
        deleted: 0,
      });
      const titles = (await rows()).decrees.map((d) => d.title);
      expect(titles).not.toContain(oldTitle);
      expect(titles).toContain(edited.decrees[1].title);
    });

    it('should refuse an invalid seed file and leave the database as it was', async () => {
      await prepareDatabase(db.config);
      const before = await rows();
      const broken = structuredClone(original);
      broken.decrees[0].days[0].date = '2017-02-30';
      await writeSeed(broken);

      await expect(prepareDatabase(db.config)).rejects.toThrow(SeedFileError);
      await expect(prepareDatabase(db.config)).rejects.toThrow(/decrees\[0\]\.days\[0\]\.date/);
      expect(await rows()).toEqual(before);
    });
  });

  describe('loadCalendar', () => {
    it('should build the domain calendar from the rows', async () => {
      await prepareDatabase(db.config);
      const ds = await openDataSource();
      try {
        const calendar = await new HolidayCalendarRepository(ds).loadCalendar();
        expect(calendar.holidayOn(LocalDate.parse('2024-05-10'))).toMatchObject({
          article: 'Atw art. 3 lid 3',
          confirmed: true,
        });
        expect(calendar.holidayOn(LocalDate.parse('2021-05-14'))).toMatchObject({
          confirmed: false,
        });
        expect(calendar.hasDecreeDataFor(2028)).toBe(true);
        expect(calendar.hasDecreeDataFor(2029)).toBe(false);
      } finally {
        await ds.destroy();
      }
    });
  });

  describe('schema', () => {
    it('should match the entities exactly after the migrations (nothing left to generate)', async () => {
      await prepareDatabase(db.config);
      const ds = await openDataSource();
      try {
        if (ds.options.type === 'postgres') {
          // TypeORM reads a generated column's expression from its own typeorm_metadata table,
          // which only its own schema sync creates; the one generated column is PostgreSQL's
          // search vector (migration DocumentSearchPostgres), deliberately not an entity column.
          await ds.query(
            `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
          );
        }
        const pending = await ds.driver.createSchemaBuilder().log();
        const postgresSearch = /"search_vector"|"IDX_document_search_vector"/;
        const aboutSearch = (q: { query: string; parameters?: unknown[] }) =>
          postgresSearch.test(q.query) || (q.parameters ?? []).includes('search_vector');
        expect(pending.upQueries.filter((q) => !aboutSearch(q)).map((q) => q.query)).toEqual([]);
        // SQLite's connection settings (PostgreSQL has no counterpart to check).
        if (ds.options.type === 'better-sqlite3') {
          expect(await ds.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
          expect(await ds.query('PRAGMA busy_timeout')).toEqual([{ timeout: 10000 }]);
        }
      } finally {
        await ds.destroy();
      }
    });
  });

  describe(serialTransaction.name, () => {
    it('should let 20 concurrent seed runs on one connection all succeed', async () => {
      await prepareDatabase(db.config);
      const ds = await openDataSource();
      try {
        const repository = new HolidayCalendarRepository(ds);
        const decrees = (await repository.findDecrees()).map((d) => ({ ...d }));
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, () => repository.sync(decrees)),
        );
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      } finally {
        await ds.destroy();
      }
    });
  });
});
