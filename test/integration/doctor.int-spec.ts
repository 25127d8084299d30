// `wobdesk doctor` as a process, from the TypeScript sources, against real things: a migrated
// SQLite file, one with a migration not run, a real SMTP server on 127.0.0.1 that refuses the
// login, one that accepts it, a Chromium path that does not exist, and a PostgreSQL server.
// The processes of one scenario each run side by side: loading the sources dominates a run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@wobdesk/config';
import { dataSourceOptions, prepareDatabase } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { createPgDatabase, startPgCluster, type PgCluster } from '../support/pg-cluster.js';
import { startSmtpLoginServer, type SmtpLoginServer } from '../support/smtp-login-server.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADER = join(ROOT, 'test/support/ts-loader.mjs');
const CLI = join(ROOT, 'apps/cli/src/wobdesk.ts');
const SLOW = 240_000;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Check {
  readonly check: string;
  readonly status: 'ok' | 'warn' | 'fail';
  readonly detail: string;
  readonly fix?: string;
}

/** Runs `wobdesk doctor [args]` with only the given variables (and PATH) in its environment. */
function doctor(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', LOADER, CLI, 'doctor', ...args],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const checksOf = (run: Run): Check[] => (JSON.parse(run.stdout) as { checks: Check[] }).checks;
const named = (run: Run, name: string) => checksOf(run).find((c) => c.check === name);

describe('wobdesk doctor against a real installation', () => {
  let db: TempDatabase;
  let stale: TempDatabase;
  let smtp: SmtpLoginServer;
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    [db, stale, smtp] = await Promise.all([
      createTempDatabase(),
      createTempDatabase(),
      startSmtpLoginServer('wobdesk', 'right-password'),
    ]);
    await prepareDatabase(db.config);
    await prepareDatabase(stale.config);
    // The newest migration "not run": as a database looks after deploying newer code.
    const file = await new DataSource(dataSourceOptions(stale.config.database)).initialize();
    await file.query("DELETE FROM migrations WHERE name = 'ReportIndexes1802600000000'");
    await file.destroy();
    const good = {
      ...db.env,
      DOCUMENTS_DIR: join(db.dir, 'documents'),
      PUBLIC_BASE_URL: 'https://woo.example.nl',
    };
    const [goodJson, badLogin, noChromium, pending] = await Promise.all([
      doctor({ ...good, SMTP_URL: smtp.urlWith('wobdesk', 'right-password') }, '--json'),
      doctor({ ...good, SMTP_URL: smtp.urlWith('wobdesk', 'wrong-password') }),
      doctor({ ...good, CHROMIUM_PATH: join(db.dir, 'no-chromium') }, '--json'),
      doctor({ ...good, ...stale.env }, '--json'),
    ]);
    Object.assign(runs, { goodJson, badLogin, noChromium, pending });
  }, SLOW);

  afterAll(async () => {
    await smtp?.close();
    await db?.remove();
    await stale?.remove();
  });

  it('a good setup: every check OK, exit 0', () => {
    expect(runs.goodJson.stderr).toBe('');
    const json = JSON.parse(runs.goodJson.stdout) as { ok: boolean; checks: Check[] };
    expect(json.ok).toBe(true);
    const sqlite = db.config.database.type === 'sqlite';
    expect(json.checks.map((c) => c.check)).toEqual([
      'PUBLIC_BASE_URL',
      'Letter font',
      'Poppler',
      'Chromium',
      'LibreOffice',
      'SMTP',
      // A database server's disk is not this machine's to check.
      ...(sqlite ? ['Disk space (database)'] : []),
      'Disk space (file store)',
      'Database',
      'Migrations',
    ]);
    expect(json.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(named(runs.goodJson, 'SMTP')?.detail).toMatch(
      /^smtp:\/\/127\.0\.0\.1:\d+: connected and logged in$/,
    );
    expect(named(runs.goodJson, 'Chromium')?.detail).toMatch(/printed a test PDF/);
    expect(named(runs.goodJson, 'Database')?.detail).toMatch(
      sqlite ? /^SQLite 3\.\d+\.\d+$/ : /^PostgreSQL 1[5-9]/,
    );
    expect(runs.goodJson.stdout).not.toContain('right-password');
    expect(runs.goodJson.status).toBe(0);
  });

  it('an SMTP server that refuses the login: a FAIL line naming the SMTP login, with the fix', () => {
    const run = runs.badLogin;
    expect(run.stdout).toMatch(
      /^FAIL {2}SMTP login +smtp:\/\/127\.0\.0\.1:\d+ refused the login: .*535.*$/m,
    );
    expect(run.stdout).toMatch(
      /^ +fix: check the user name and password in SMTP_URL \(smtp:\/\/user:password@host:587\)$/m,
    );
    expect(run.stdout).toMatch(
      /^1 failed, \d+ warning\(s\): fix the FAIL lines before going live\.$/m,
    );
    expect(run.stdout).not.toContain('wrong-password');
    expect(smtp.attempts).toContain('wobdesk');
    expect(run.status).toBe(1);
  });

  it('a CHROMIUM_PATH that does not exist: FAIL with the package to install', () => {
    const run = runs.noChromium;
    expect(named(run, 'Chromium')).toMatchObject({
      status: 'fail',
      detail: `CHROMIUM_PATH ${join(db.dir, 'no-chromium')} does not exist or is not executable`,
      fix: expect.stringContaining('apt-get install chromium'),
    });
    expect(run.status).toBe(1);
  });

  it('a database with a migration not run: FAIL naming it, fix: npm run db:migrate', () => {
    const run = runs.pending;
    expect(named(run, 'Migrations')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('1 pending: ReportIndexes1802600000000'),
      fix: 'run the migrations: npm run db:migrate',
    });
    expect(run.status).toBe(1);
  });

  it('doctor changes nothing: the stale database still misses its migration', async () => {
    const file = await new DataSource(dataSourceOptions(stale.config.database)).initialize();
    const rows = (await file.query(
      "SELECT name FROM migrations WHERE name = 'ReportIndexes1802600000000'",
    )) as unknown[];
    await file.destroy();
    expect(rows).toEqual([]);
  });
});

describe('wobdesk doctor against PostgreSQL', () => {
  let cluster: PgCluster;
  let run: Run;

  beforeAll(async () => {
    cluster = await startPgCluster();
    const url = await createPgDatabase(cluster.url('postgres'), 'wobdesk_doctor');
    const env = {
      DATABASE_URL: url,
      STATUS_TOKEN_SECRET: 'a-status-token-secret-of-at-least-32-characters',
      PUBLIC_BASE_URL: 'https://woo.example.nl',
      MAIL_CATCHER_DIR: join(cluster.dir, 'mail'),
      DOCUMENTS_DIR: join(cluster.dir, 'documents'),
    };
    await prepareDatabase(loadConfig(env, ROOT));
    run = await doctor(env, '--json');
  }, SLOW);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('reports the server version and no pending migrations; no database disk check', () => {
    expect(named(run, 'Database')).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(/^PostgreSQL 1[5-9]/),
    });
    expect(named(run, 'Migrations')?.status).toBe('ok');
    expect(named(run, 'Disk space (database)')).toBeUndefined();
    // No SMTP_URL: mail goes to the catcher, a warning and no failure.
    expect(named(run, 'SMTP')?.status).toBe('warn');
    expect(run.status).toBe(0);
  });
});
