// Finds and loads seeds/holidays/equated-days.json (decision D5: decree days are data).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type EquatedDayDecree, HolidayCalendar, LocalDate } from '@wobdesk/domain';
import { usageError } from './cli-support.js';

export const EQUATED_DAYS_FILE = join('holidays', 'equated-days.json');

/**
 * The file with the equated-day decrees. With `--seeds DIR`: DIR/holidays/equated-days.json (or
 * DIR/equated-days.json). Without: the first `seeds/` found walking up from the working
 * directory, then walking up from the CLI module (so it works from dist/ and from src/).
 */
export function findEquatedDaysFile(
  seedsDir: string | undefined,
  cwd: string,
  moduleDir: string | undefined,
): string {
  if (seedsDir !== undefined) {
    const dir = resolve(cwd, seedsDir);
    const candidates = [join(dir, EQUATED_DAYS_FILE), join(dir, 'equated-days.json')];
    const found = candidates.find((f) => existsSync(f));
    if (!found) {
      throw usageError(
        `--seeds ${seedsDir}: ${candidates[0]} bestaat niet; --seeds wijst naar de map seeds/ van Wobdesk.`,
        `--seeds ${seedsDir}: ${candidates[0]} does not exist; --seeds points at Wobdesk's seeds/ directory.`,
      );
    }
    return found;
  }
  for (const start of [cwd, moduleDir].filter((d): d is string => d !== undefined)) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const file = join(dir, 'seeds', EQUATED_DAYS_FILE);
      if (existsSync(file)) return file;
      if (dirname(dir) === dir) break;
    }
  }
  throw usageError(
    `seeds/${EQUATED_DAYS_FILE} niet gevonden vanuit ${cwd}; geef --seeds <map> (de map seeds/ van Wobdesk).`,
    `seeds/${EQUATED_DAYS_FILE} not found from ${cwd}; give --seeds <dir> (Wobdesk's seeds/ directory).`,
  );
}

/**
 * Reads and checks the decree file, so that a typo in the data is reported with its place
 * instead of surfacing later as an error inside a date computation.
 */
export function loadEquatedDayDecrees(file: string): EquatedDayDecree[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw usageError(
      `${file}: niet te lezen als JSON (${why}).`,
      `${file}: cannot be read as JSON (${why}).`,
    );
  }
  const decrees = (data as { decrees?: unknown } | null)?.decrees;
  if (!Array.isArray(decrees)) {
    throw usageError(
      `${file}: verwacht een object met een lijst "decrees".`,
      `${file}: expected an object with a "decrees" list.`,
    );
  }
  decrees.forEach((d: unknown, i: number) => checkDecree(file, i, d));
  return decrees as EquatedDayDecree[];
}

function checkDecree(file: string, index: number, d: unknown): void {
  const where = `${file}: decrees[${index}]`;
  const bad = (nl: string, en: string) => usageError(`${where}: ${nl}`, `${where}: ${en}`);
  const o = d as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null) throw bad('geen object.', 'not an object.');
  for (const key of ['title', 'source'] as const) {
    if (typeof o[key] !== 'string')
      throw bad(`"${key}" moet tekst zijn.`, `"${key}" must be a string.`);
  }
  const { fromYear, toYear, confirmed, days } = o;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    (fromYear as number) > (toYear as number)
  ) {
    throw bad(
      '"fromYear" en "toYear" moeten jaartallen zijn met fromYear ≤ toYear.',
      '"fromYear" and "toYear" must be years with fromYear ≤ toYear.',
    );
  }
  if (typeof confirmed !== 'boolean')
    throw bad('"confirmed" moet true of false zijn.', '"confirmed" must be true or false.');
  if (!Array.isArray(days)) throw bad('"days" moet een lijst zijn.', '"days" must be a list.');
  days.forEach((day: unknown, j: number) => {
    const { date, name } = (day ?? {}) as Record<string, unknown>;
    if (typeof date !== 'string' || !LocalDate.isValid(date)) {
      throw bad(
        `days[${j}].date is geen datum JJJJ-MM-DD.`,
        `days[${j}].date is not a YYYY-MM-DD date.`,
      );
    }
    const year = LocalDate.parse(date).year;
    if (year < (fromYear as number) || year > (toYear as number)) {
      throw bad(
        `days[${j}].date ${date} valt buiten ${fromYear}–${toYear}.`,
        `days[${j}].date ${date} is outside ${fromYear}–${toYear}.`,
      );
    }
    if (typeof name !== 'string')
      throw bad(`days[${j}].name moet tekst zijn.`, `days[${j}].name must be a string.`);
  });
}

/** The holiday calendar of the Atw with the decree days from the seed file. */
export function loadCalendar(
  seedsDir: string | undefined,
  cwd: string,
  moduleDir: string | undefined,
): { calendar: HolidayCalendar; file: string } {
  const file = findEquatedDaysFile(seedsDir, cwd, moduleDir);
  return { calendar: new HolidayCalendar(loadEquatedDayDecrees(file)), file };
}
