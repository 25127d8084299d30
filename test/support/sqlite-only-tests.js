// Test files that are about SQLite itself and so do not run in the PostgreSQL projects
// (jest.config.js, `integration-pg` and `e2e-pg`). Each has its reason. A test that fails on
// PostgreSQL because the product is wrong there does not belong here: the product is fixed.
// test/support/sqlite-only-tests.spec.ts checks that every file exists and has a reason.

/** @type {ReadonlyArray<{ file: string; reason: string }>} */
export const SQLITE_ONLY_TESTS = [
  {
    file: 'test/integration/reminder-processes.int-spec.ts',
    reason:
      'fills the register through better-sqlite3 prepared statements on the file (sqliteHandle) and hands the worker processes DATABASE_PATH',
  },
  {
    file: 'test/integration/management-report-plans.int-spec.ts',
    reason:
      "reads SQLite's EXPLAIN QUERY PLAN; the list, report and sweep statements are checked on PostgreSQL's planner by query-plans.int-spec.ts",
  },
  {
    file: 'test/e2e/demo-start-up.e2e-spec.ts',
    reason:
      "starts the demo as a newcomer does, on the demo's own SQLite file (DATABASE_PATH), never on the run's test database: on PostgreSQL it would only run the same SQLite demo twice",
  },
  {
    file: 'test/integration/backup-restore.int-spec.ts',
    reason:
      "SQLite's online backup of the database file and the restore of that file; the same round trip on PostgreSQL (pg_dump, pg_restore, the drill) is backup-restore-pg.int-spec.ts",
  },
  {
    file: 'test/integration/sqlite-write-lock.int-spec.ts',
    reason:
      "SQLite's file locks between processes (BEGIN IMMEDIATE against a deferred transaction's SQLITE_BUSY); PostgreSQL locks rows and has no such case",
  },
];

/** The list as Jest `testPathIgnorePatterns` (regular expressions on the absolute path). */
export function sqliteOnlyIgnorePatterns() {
  return SQLITE_ONLY_TESTS.map(({ file }) => `/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
