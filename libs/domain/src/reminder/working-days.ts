import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';

/** The `n`-th working day from `date` in direction `step` (−1 back, +1 ahead), `date` not counted. */
function nthWorkingDay(calendar: HolidayCalendar, date: LocalDate, n: number, step: 1 | -1) {
  let d = date;
  for (let left = n; left > 0;) {
    d = d.plusDays(step);
    if (!calendar.isNonWorkingDay(d)) left--;
  }
  return d;
}

/**
 * The `n`-th working day (not a Saturday, Sunday or Atw holiday) before `date`, `date` itself not
 * counted. Non-decreasing in `date`, which is what lets a sweep turn "due on day X" into a range of
 * deadlines.
 *
 * @example nthWorkingDayBefore(cal, LocalDate.parse('2026-11-30'), 1).toString() === '2026-11-27'
 */
export function nthWorkingDayBefore(
  calendar: HolidayCalendar,
  date: LocalDate,
  n: number,
): LocalDate {
  return nthWorkingDay(calendar, date, n, -1);
}

/** The `n`-th working day after `date`, `date` itself not counted (the inverse walk). */
export function nthWorkingDayAfter(
  calendar: HolidayCalendar,
  date: LocalDate,
  n: number,
): LocalDate {
  return nthWorkingDay(calendar, date, n, 1);
}
