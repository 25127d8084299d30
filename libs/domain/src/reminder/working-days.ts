import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';

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
  let d = date;
  for (let left = n; left > 0;) {
    d = d.minusDays(1);
    if (!calendar.isNonWorkingDay(d)) left--;
  }
  return d;
}

/** The `n`-th working day after `date`, `date` itself not counted (the inverse walk). */
export function nthWorkingDayAfter(
  calendar: HolidayCalendar,
  date: LocalDate,
  n: number,
): LocalDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = d.plusDays(1);
    if (!calendar.isNonWorkingDay(d)) left--;
  }
  return d;
}
