// The CLI end to end, in-process: argv in, stdout/stderr text and exit code out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo } from './cli-support.js';
import { EXIT_OK, EXIT_USAGE, main } from './wobdesk.js';

function run(line: string | string[], extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: process.cwd(),
    now: () => new Date('2024-06-01T12:00:00Z'),
    ...extra,
  };
  const argv = Array.isArray(line) ? line : line.split(' ').filter((a) => a !== '');
  const code = main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('wobdesk main', () => {
  it('deadline: worked example (a) as text', () => {
    const r = run('deadline --received 2020-03-03 --decided 2020-05-26 --sent 2020-05-26');
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Beslistermijn: dinsdag 31 maart 2020\n');
    expect(r.stdout).toContain('Einde bezwaartermijn: dinsdag 7 juli 2020\n');
  });

  it('deadline --json: one JSON document on stdout', () => {
    const r = run(
      'deadline --received 2023-12-22 --extension-notified 2024-01-19 --extension-days 14 --json',
    );
    expect(r.code).toBe(EXIT_OK);
    const doc = JSON.parse(r.stdout);
    expect(doc.deadlines.regime).toBe('woo');
    expect(doc.deadlines.decisionDeadline.date).toBe('2024-02-02');
    expect(doc.deadlines.clarificationDeadline.date).toBe('2024-01-05');
  });

  it('deadline: a suspension spec with the worked example (b) dates', () => {
    const r = run([
      'deadline',
      '--received',
      '2023-12-22',
      '--suspension',
      'clarification:requested=2023-12-27,term=2024-01-10,answered=2024-01-08',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain('Decision deadline: Tuesday 30 January 2024\n');
    expect(r.stdout).toContain('Days suspended: 11\n');
  });

  it('bad input: the message on stderr, exit code 2, no stack trace, in the chosen language', () => {
    const nl = run('deadline --received 2020-13-01');
    expect(nl.code).toBe(EXIT_USAGE);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      'wobdesk: --received 2020-13-01: geen geldige datum; gebruik JJJJ-MM-DD (bijvoorbeeld 2024-01-31).\n',
    );
    const en = run(
      'deadline --lang en --received 2020-03-03 --sent 2020-05-26 --objection-received 2020-07-01 --objection-extension-days 43',
    );
    expect(en.code).toBe(EXIT_USAGE);
    expect(en.stderr).toBe(
      'wobdesk: --objection-extension-days 43: give a whole number of days from 1 to 42 (Awb art. 7:10 lid 3: an extension of at most 42 days).\n',
    );
    expect(en.stderr).not.toMatch(/\n\s+at /);
  });

  it('facts the law corrects are computed, with the warning of the engine', () => {
    const r = run(
      'deadline --lang en --received 2023-12-22 --extension-notified 2024-01-10 --extension-days 21',
    );
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain('Decision deadline: Friday 2 February 2024\n');
    expect(r.stdout).toContain('the WOO allows at most 14 days. Computed with 14 days.');
  });

  it('an unknown flag or command is a usage error', () => {
    expect(run('deadline --received 2020-03-03 --recieved 2020-03-03')).toMatchObject({
      code: EXIT_USAGE,
      stderr: expect.stringContaining('--recieved'),
    });
    expect(run('deadlines')).toMatchObject({
      code: EXIT_USAGE,
      stderr: expect.stringContaining("onbekende opdracht 'deadlines'"),
    });
    expect(run('--received 2020-03-03 --lang en')).toMatchObject({
      code: EXIT_USAGE,
      stderr: expect.stringContaining('start with a command before --received'),
    });
  });

  it('a missing seed directory is a usage error naming --seeds', () => {
    const r = run('holidays --year 2024 --seeds /nonexistent/seeds --lang en');
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('--seeds /nonexistent/seeds');
  });

  it('finds the seeds from the module directory when the working directory has none', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'wobdesk-cwd-'));
    try {
      const r = run('holidays --year 2024', {
        cwd: tmp,
        moduleDir: join(process.cwd(), 'apps/cli/src'),
      });
      expect(r.code).toBe(EXIT_OK);
      expect(r.stdout).toContain('vrijdag na Hemelvaartsdag 2024');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('holidays: defaults to the current year in Amsterdam', () => {
    const r = run('holidays');
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain('Algemene termijnenwet in 2024');
  });

  it('holidays --json warns for a year without decree data', () => {
    const r = run('holidays --year 2035 --json');
    expect(JSON.parse(r.stdout).warnings[0].code).toBe('CALENDAR.NO_DECREE_DATA');
  });

  it.each([
    [''],
    ['help'],
    ['--help'],
    ['help deadline'],
    ['deadline --help'],
    ['holidays -h --lang en'],
  ])('help: %s', (line) => {
    const r = run(line);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toMatch(/^wobdesk/);
    expect(r.stderr).toBe('');
  });

  it('help deadline lists every flag of the deadline command', () => {
    const text = run('help deadline --lang en').stdout;
    for (const flag of [
      '--received',
      '--regime',
      '--extension-notified',
      '--extension-days',
      '--suspension',
      '--decided',
      '--sent',
      '--objection-expected',
      '--environmental',
      '--notice-of-default',
      '--objection-received',
      '--objection-by-post',
      '--objection-posted',
      '--advisory-committee',
      '--objection-extension-days',
      '--json',
      '--lang',
      '--seeds',
    ]) {
      expect(text).toContain(flag);
    }
  });
});
