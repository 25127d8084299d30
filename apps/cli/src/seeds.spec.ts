import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from './cli-support.js';
import { findEquatedDaysFile, loadCalendar, loadEquatedDayDecrees } from './seeds.js';

const repoSeeds = resolve('seeds/holidays/equated-days.json');
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'wobdesk-seeds-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function writeSeeds(dir: string, content: unknown): string {
  mkdirSync(join(dir, 'holidays'), { recursive: true });
  const file = join(dir, 'holidays', 'equated-days.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const decree = {
  title: 'Besluit gelijkstelling test',
  fromYear: 2030,
  toYear: 2030,
  source: 'test',
  confirmed: false,
  days: [{ date: '2030-05-31', name: 'vrijdag na Hemelvaartsdag 2030' }],
};

describe('findEquatedDaysFile', () => {
  it('finds the repository seeds from the working directory and from its subdirectories', () => {
    expect(findEquatedDaysFile(undefined, process.cwd(), undefined)).toBe(repoSeeds);
    expect(findEquatedDaysFile(undefined, resolve('apps/cli/src'), undefined)).toBe(repoSeeds);
  });

  it('falls back to the directory of the CLI module', () => {
    expect(findEquatedDaysFile(undefined, tmp, resolve('dist/apps/cli/apps/cli/src'))).toBe(
      repoSeeds,
    );
  });

  it('uses --seeds DIR, relative to the working directory', () => {
    const file = writeSeeds(join(tmp, 'my-seeds'), { decrees: [] });
    expect(findEquatedDaysFile('my-seeds', tmp, undefined)).toBe(file);
  });

  it('names --seeds when the directory has no seed file', () => {
    expect(() => findEquatedDaysFile('nowhere', tmp, undefined)).toThrow(
      /--seeds nowhere: .*equated-days\.json does not exist/,
    );
  });

  it('says how to point at the seeds when none are found', () => {
    expect(() => findEquatedDaysFile(undefined, tmp, undefined)).toThrow(
      /not found .*give --seeds <dir>/,
    );
  });
});

describe('loadEquatedDayDecrees', () => {
  it('loads the shipped seed file', () => {
    expect(loadEquatedDayDecrees(repoSeeds).length).toBeGreaterThanOrEqual(4);
  });

  it('builds a calendar that uses the decree days', () => {
    writeSeeds(tmp, { decrees: [decree] });
    const { calendar } = loadCalendar(tmp, tmp, undefined);
    expect(
      calendar.holidaysIn(2030).find((h) => h.date.toString() === '2030-05-31')?.confirmed,
    ).toBe(false);
  });

  it.each([
    ['not JSON', '{ decrees: ', /cannot be read as JSON/],
    ['no decrees list', { days: [] }, /decrees must be an array/],
    [
      'a bad date',
      { decrees: [{ ...decree, days: [{ date: '2030-02-30', name: 'x' }] }] },
      /decrees\[0\]\.days\[0\]\.date must be a real date YYYY-MM-DD/,
    ],
    [
      'a day outside the years',
      { decrees: [{ ...decree, days: [{ date: '2031-01-02', name: 'x' }] }] },
      /days\[0\]\.date 2031-01-02 lies outside the decree's years 2030-2030/,
    ],
    [
      'years reversed',
      { decrees: [{ ...decree, fromYear: 2031 }] },
      /decrees\[0\]\.toYear must not be before fromYear/,
    ],
    [
      'confirmed missing',
      { decrees: [{ ...decree, confirmed: 'yes' }] },
      /decrees\[0\]\.confirmed must be true or false/,
    ],
  ])('reports %s with its place', (_what, content, message) => {
    const file = writeSeeds(tmp, content);
    expect(() => loadEquatedDayDecrees(file)).toThrow(UsageError);
    expect(() => loadEquatedDayDecrees(file)).toThrow(message);
  });
});
