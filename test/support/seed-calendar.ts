import { readFileSync } from 'node:fs';
import { HolidayCalendar, type EquatedDayDecree } from '@wobdesk/domain';

/** The equated-day decrees exactly as shipped in seeds/holidays (tests use the real seed data). */
export function seedDecrees(): EquatedDayDecree[] {
  const url = new URL('../../seeds/holidays/equated-days.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { decrees: EquatedDayDecree[] }).decrees;
}

/** A holiday calendar with the shipped Royal-Decree days. */
export function seedCalendar(): HolidayCalendar {
  return new HolidayCalendar(seedDecrees());
}
