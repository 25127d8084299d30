import type { CliIo } from '../cli-support.js';
import { doctor, type DoctorProbes, exitCodeOf, formatResults, runChecks } from './doctor.js';
import { fail, ok, warn } from './check-result.js';

/** A machine where everything is in place. */
const healthy = (env: Record<string, string> = {}): DoctorProbes => ({
  env: {
    PUBLIC_BASE_URL: 'https://woo.example.nl',
    DATABASE_PATH: '/srv/wobdesk/wobdesk.sqlite',
    CHROMIUM_PATH: process.execPath,
    ...env,
  },
  print: async () => Buffer.from('%PDF-1.7'),
  run: async (program) => ({
    found: true,
    exitCode: 0,
    output: program === 'fc-list' ? 'Open Sans\n' : 'version 1.0\n',
  }),
  verifySmtp: async () => undefined,
  freeBytes: async () => 100 * 1024 ** 3,
  inspect: async () => ({ type: 'sqlite', version: '3.46.1', pendingMigrations: [] }),
});

function capture(): CliIo & { out: string } {
  const io = {
    out: '',
    cwd: '/srv/wobdesk',
    stdout: (t: string) => void (io.out += t),
    stderr: () => undefined,
  };
  return io;
}

describe('wobdesk doctor', () => {
  it('runs every check in a fixed order', async () => {
    const results = await runChecks(healthy({ SMTP_URL: 'smtp://a:b@mail:587' }), '/srv/wobdesk');
    expect(results.map((r) => `${r.status} ${r.check}`)).toEqual([
      'ok PUBLIC_BASE_URL',
      'ok Letter font',
      'ok Poppler',
      'ok Chromium',
      'ok LibreOffice',
      'ok SMTP',
      'ok Disk space (database)',
      'ok Disk space (file store)',
      'ok Database',
      'ok Migrations',
    ]);
  });

  it('PostgreSQL: no disk check for the database, which lives on the server', async () => {
    const results = await runChecks(
      healthy({
        DATABASE_URL: 'postgres://db/wobdesk',
        STATUS_TOKEN_SECRET: 'x'.repeat(40),
      }),
      '/srv/wobdesk',
    );
    expect(results.map((r) => r.check)).not.toContain('Disk space (database)');
  });

  it('an invalid configuration: FAIL per variable, and only the checks that need none', async () => {
    const results = await runChecks(healthy({ PORT: 'eighty' }), '/srv/wobdesk');
    expect(results.map((r) => `${r.status} ${r.check}`)).toEqual([
      'ok PUBLIC_BASE_URL',
      'fail Configuration',
      'ok Letter font',
      'ok Poppler',
    ]);
    expect(results[1].detail).toMatch(/^PORT /);
  });

  it('exit code 1 only when something FAILs; a WARN is allowed', () => {
    expect(exitCodeOf([ok('a', 'x'), warn('b', 'y', 'z')])).toBe(0);
    expect(exitCodeOf([ok('a', 'x'), fail('b', 'y', 'z')])).toBe(1);
  });

  it('one line per check, the fix on the line below, a summary', () => {
    const text = formatResults([
      ok('Chromium', 'printed'),
      fail('SMTP login', 'refused', 'check the password'),
    ]);
    expect(text).toBe(
      'OK    Chromium    printed\n' +
        'FAIL  SMTP login  refused\n' +
        '                  fix: check the password\n' +
        '\n' +
        '1 failed, 0 warning(s): fix the FAIL lines before going live.\n',
    );
  });

  it('--json: ok and the checks, exit code as for the text', async () => {
    const io = capture();
    const code = await doctor(['--json'], io, healthy({ PUBLIC_BASE_URL: '' }));
    const json = JSON.parse(io.out) as { ok: boolean; checks: { check: string; status: string }[] };
    expect(json.ok).toBe(false);
    expect(json.checks[0]).toMatchObject({ check: 'PUBLIC_BASE_URL', status: 'fail' });
    expect(code).toBe(1);
  });

  it('--help prints the help and checks nothing', async () => {
    const io = capture();
    const probes = { ...healthy(), inspect: () => Promise.reject(new Error('not called')) };
    expect(await doctor(['--help', '--lang', 'en'], io, probes)).toBe(0);
    expect(io.out).toMatch(/^wobdesk doctor: checks an installation/);
  });
});
