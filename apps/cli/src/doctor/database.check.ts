// The database: reachable, a supported version, and the schema of this code. The API refuses to
// start with pending migrations; the check says so before a deployment does.
import type { DatabaseConfig } from '@wobdesk/config';
import { DatabaseMissingError, type DatabaseStatus, inspectDatabase } from '@wobdesk/persistence';
import { type CheckResult, fail, firstLine, ok } from './check-result.js';

/** PostgreSQL 15 is the oldest server the migrations and queries are tested on. */
export const MIN_POSTGRES_VERSION_NUM = 150000;

const MIGRATE = 'run the migrations: npm run db:migrate';

export type InspectDatabase = (database: DatabaseConfig) => Promise<DatabaseStatus>;

/** Two results: the database itself (version) and its migrations. */
export async function checkDatabase(
  database: DatabaseConfig,
  inspect: InspectDatabase = inspectDatabase,
): Promise<CheckResult[]> {
  let status: DatabaseStatus;
  try {
    status = await inspect(database);
  } catch (e) {
    if (e instanceof DatabaseMissingError) {
      return [
        fail(
          'Database',
          `the SQLite file ${e.path} does not exist`,
          `check DATABASE_PATH, or create the database: npm run db:migrate`,
        ),
      ];
    }
    const where = database.type === 'sqlite' ? database.path : 'the PostgreSQL server';
    return [
      fail(
        'Database',
        `cannot open ${where}: ${redact(firstLine(e), database)}`,
        database.type === 'sqlite'
          ? 'check DATABASE_PATH and that this user may read the file'
          : 'check DATABASE_URL (host, port, user, password, database) and that the server runs',
      ),
    ];
  }
  return [versionResult(status), migrationsResult(status)];
}

function versionResult(status: DatabaseStatus): CheckResult {
  if (status.type === 'sqlite') return ok('Database', `SQLite ${status.version}`);
  if ((status.versionNumber ?? 0) < MIN_POSTGRES_VERSION_NUM) {
    return fail(
      'Database',
      `PostgreSQL ${status.version} is older than 15`,
      'upgrade the server to PostgreSQL 15 or later',
    );
  }
  return ok('Database', `PostgreSQL ${status.version}`);
}

function migrationsResult(status: DatabaseStatus): CheckResult {
  const pending = status.pendingMigrations;
  if (pending.length === 0) return ok('Migrations', 'none pending, the schema is up to date');
  return fail(
    'Migrations',
    `${pending.length} pending: ${pending.join(', ')} (the API and worker refuse to start)`,
    MIGRATE,
  );
}

/** An error from the driver may repeat the URL with its password. */
function redact(text: string, database: DatabaseConfig): string {
  if (database.type !== 'postgres') return text;
  try {
    const password = new URL(database.url).password;
    return password ? text.split(decodeURIComponent(password)).join('***') : text;
  } catch {
    return text;
  }
}
