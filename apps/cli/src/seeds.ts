// Finds and loads seeds/holidays/equated-days.json (LD-DECREE-DAYS: decree days are data).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type EquatedDayDecree, HolidayCalendar } from '@wobdesk/domain';
import { HOLIDAY_SEED_FILE, parseHolidaySeed, SeedFileError } from '@wobdesk/persistence';
import { usageError } from './cli-support.js';

export const EQUATED_DAYS_FILE = HOLIDAY_SEED_FILE;

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
 * Reads the decree file and checks it with the same rules as `npm run db:migrate` (persistence's
 * `parseHolidaySeed`), so that a typo in the data is reported with its place instead of surfacing
 * later as an error inside a date computation.
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
  try {
    return parseHolidaySeed(data, file);
  } catch (e) {
    if (!(e instanceof SeedFileError)) throw e;
    const list = e.problems.map((p) => `  - ${p}`).join('\n');
    throw usageError(`${file}: ongeldige gegevens:\n${list}`, `${file}: invalid data:\n${list}`);
  }
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
