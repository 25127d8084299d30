import { readFileSync } from 'node:fs';
import { type EquatedDayDecree, HolidayCalendar } from '@wobdesk/domain';

let decrees: EquatedDayDecree[] | undefined;

/**
 * The holiday calendar with the Royal-Decree days exactly as shipped in seeds/holidays, read once
 * per test process: unit tests count terms as the application does.
 */
export function shippedCalendar(): HolidayCalendar {
  decrees ??= (
    JSON.parse(
      readFileSync(new URL('../../../seeds/holidays/equated-days.json', import.meta.url), 'utf8'),
    ) as { decrees: EquatedDayDecree[] }
  ).decrees;
  return new HolidayCalendar(decrees);
}
