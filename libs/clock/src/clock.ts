import { amsterdamDateOf, type Clock, type LocalDate } from '@wobdesk/domain';

/**
 * Injection token of the one `Clock` (libs/domain): `today()` for legal dates (Europe/Amsterdam),
 * `now()` for technical instants. Tests override it with a `TestClock`:
 * `.overrideProvider(CLOCK).useValue(new TestClock(LocalDate.parse(…)))`.
 */
export const CLOCK = Symbol('CLOCK');

/**
 * The system clock, read at this edge only. Today's conversion (Intl) runs at most once per UTC
 * minute: Amsterdam's offset is a whole number of hours, so its day can only change at the start
 * of a UTC minute and the memo is exact.
 */
export class SystemClock implements Clock {
  private minute = Number.NaN;
  private day: LocalDate | undefined;

  today(): LocalDate {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    if (minute !== this.minute || this.day === undefined) {
      this.day = amsterdamDateOf(new Date(now));
      this.minute = minute;
    }
    return this.day;
  }

  now(): Date {
    return new Date();
  }
}
