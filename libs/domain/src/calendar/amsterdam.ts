import { LocalDate } from './local-date.js';

const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Europe/Amsterdam of an instant (LD-DATES; Awb 2:17: an e-mail that reaches
 * the body at 23:30 on 24 December Amsterdam time was received on 24 December, whatever UTC says).
 * Callers at the edge pass the instant; the domain never reads the wall clock itself.
 */
export function amsterdamDateOf(instant: Date): LocalDate {
  return LocalDate.parse(amsterdamParts.format(instant));
}

/**
 * The instant a calendar day begins in Europe/Amsterdam (00:00 local, UTC+1 or UTC+2; the clocks
 * change at 02:00 or 03:00, never at midnight), so a date range the user picks bounds instants.
 */
export function amsterdamStartOf(date: LocalDate): Date {
  const utcMidnight = Date.parse(`${date.toString()}T00:00:00Z`);
  for (const hours of [2, 1]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    if (amsterdamDateOf(candidate).equals(date)) return candidate;
  }
  throw new Error(`No start of day for ${date.toString()}`);
}
