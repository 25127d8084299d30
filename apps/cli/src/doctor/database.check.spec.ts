import type { DatabaseConfig } from '@wobdesk/config';
import { DatabaseMissingError, type DatabaseStatus } from '@wobdesk/persistence';
import { checkDatabase } from './database.check.js';

const sqlite: DatabaseConfig = { type: 'sqlite', path: '/srv/wobdesk.sqlite' };
const postgres: DatabaseConfig = {
  type: 'postgres',
  url: 'postgres://wobdesk:pa55word@db.example.nl/wobdesk',
};
const answering = (status: DatabaseStatus) => async () => status;

describe('checkDatabase', () => {
  it('SQLite up to date: the version and no pending migrations', async () => {
    const results = await checkDatabase(
      sqlite,
      answering({ type: 'sqlite', version: '3.46.1', pendingMigrations: [] }),
    );
    expect(results).toEqual([
      { check: 'Database', status: 'ok', detail: 'SQLite 3.46.1' },
      { check: 'Migrations', status: 'ok', detail: 'none pending, the schema is up to date' },
    ]);
  });

  it('pending migrations: FAIL naming them, fix: npm run db:migrate', async () => {
    const [, migrations] = await checkDatabase(
      sqlite,
      answering({ type: 'sqlite', version: '3.46.1', pendingMigrations: ['A1', 'B2'] }),
    );
    expect(migrations).toEqual({
      check: 'Migrations',
      status: 'fail',
      detail: '2 pending: A1, B2 (the API and worker refuse to start)',
      fix: 'run the migrations: npm run db:migrate',
    });
  });

  it('PostgreSQL older than 15: FAIL; 15 or later: OK', async () => {
    const [old] = await checkDatabase(
      postgres,
      answering({
        type: 'postgres',
        version: '14.9',
        versionNumber: 140009,
        pendingMigrations: [],
      }),
    );
    expect(old).toMatchObject({ status: 'fail', detail: 'PostgreSQL 14.9 is older than 15' });
    const [current] = await checkDatabase(
      postgres,
      answering({
        type: 'postgres',
        version: '15.8',
        versionNumber: 150008,
        pendingMigrations: [],
      }),
    );
    expect(current).toEqual({ check: 'Database', status: 'ok', detail: 'PostgreSQL 15.8' });
  });

  it('no SQLite file: one FAIL, create it with the migrations', async () => {
    const results = await checkDatabase(sqlite, async () => {
      throw new DatabaseMissingError('/srv/wobdesk.sqlite');
    });
    expect(results).toEqual([
      {
        check: 'Database',
        status: 'fail',
        detail: 'the SQLite file /srv/wobdesk.sqlite does not exist',
        fix: 'check DATABASE_PATH, or create the database: npm run db:migrate',
      },
    ]);
  });

  it('a server that refuses: FAIL about DATABASE_URL, without the password', async () => {
    const [result] = await checkDatabase(postgres, async () => {
      throw new Error('password authentication failed for "wobdesk" (pa55word)');
    });
    expect(result.detail).toBe(
      'cannot open the PostgreSQL server: password authentication failed for "wobdesk" (***)',
    );
    expect(result.fix).toMatch(/^check DATABASE_URL/);
  });
});
