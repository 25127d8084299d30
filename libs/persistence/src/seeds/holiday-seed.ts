import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EquatedDayDecree, LocalDate } from '@wobdesk/domain';

/** Location of the Royal-Decree days, relative to the seeds directory (SEEDS_DIR). */
export const HOLIDAY_SEED_FILE = join('holidays', 'equated-days.json');

/** The seed file is missing, is not JSON, or breaks a rule; the message names file and field. */
export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid seed file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedFileError';
  }
}

/** Reads and checks `<seedsDir>/holidays/equated-days.json` (LD-DECREE-DAYS). */
export async function readHolidaySeed(seedsDir: string): Promise<EquatedDayDecree[]> {
  const file = join(seedsDir, HOLIDAY_SEED_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedFileError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedFileError(file, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return parseHolidaySeed(json, file);
}

/**
 * Checks the shape and the rules a decree list must obey: real `YYYY-MM-DD` dates inside the
 * decree's years, each date and each title once. Reports every problem, not just the first.
 */
export function parseHolidaySeed(json: unknown, file = HOLIDAY_SEED_FILE): EquatedDayDecree[] {
  const list = isRecord(json) ? json.decrees : undefined;
  if (!Array.isArray(list)) throw new SeedFileError(file, ['decrees must be an array']);
  const problems: string[] = [];
  const decrees = list.map((raw: unknown, i) => parseDecree(raw, `decrees[${i}]`, problems));
  const titles = new Set<string>();
  const dates = new Set<string>();
  decrees.forEach((decree, i) => {
    if (titles.has(decree.title))
      problems.push(`decrees[${i}].title occurs twice: ${decree.title}`);
    titles.add(decree.title);
    for (const day of decree.days) {
      if (dates.has(day.date)) problems.push(`decrees[${i}]: date ${day.date} occurs twice`);
      dates.add(day.date);
    }
  });
  if (problems.length > 0) throw new SeedFileError(file, problems);
  return decrees;
}

function parseDecree(raw: unknown, at: string, problems: string[]): EquatedDayDecree {
  const r = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push(`${at} must be an object`);
  const { title, fromYear, toYear, source, confirmed, days } = r;
  if (!isText(title)) problems.push(`${at}.title must be a non-empty string`);
  if (!isYear(fromYear)) problems.push(`${at}.fromYear must be a year (integer 1-9999)`);
  if (!isYear(toYear)) problems.push(`${at}.toYear must be a year (integer 1-9999)`);
  if (isYear(fromYear) && isYear(toYear) && fromYear > toYear) {
    problems.push(`${at}.toYear must not be before fromYear`);
  }
  if (!isText(source)) problems.push(`${at}.source must be a non-empty string`);
  if (typeof confirmed !== 'boolean') problems.push(`${at}.confirmed must be true or false`);
  if (!Array.isArray(days)) problems.push(`${at}.days must be an array`);
  const years = isYear(fromYear) && isYear(toYear) ? { fromYear, toYear } : undefined;
  return {
    title: String(title),
    fromYear: Number(fromYear),
    toYear: Number(toYear),
    source: String(source),
    confirmed: confirmed === true,
    days: (Array.isArray(days) ? days : []).map((day: unknown, j) =>
      parseDay(day, `${at}.days[${j}]`, years, problems),
    ),
  };
}

function parseDay(
  raw: unknown,
  at: string,
  years: { fromYear: number; toYear: number } | undefined,
  problems: string[],
): { date: string; name: string } {
  const { date, name } = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push(`${at} must be an object`);
  if (!isText(name)) problems.push(`${at}.name must be a non-empty string`);
  if (typeof date !== 'string' || !LocalDate.isValid(date)) {
    problems.push(`${at}.date must be a real date YYYY-MM-DD (got ${JSON.stringify(date)})`);
  } else if (years) {
    const year = LocalDate.parse(date).year;
    if (year < years.fromYear || year > years.toYear) {
      problems.push(
        `${at}.date ${date} lies outside the decree's years ${years.fromYear}-${years.toYear}`,
      );
    }
  }
  return { date: String(date), name: String(name) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9999;
}
