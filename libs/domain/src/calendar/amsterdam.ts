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
