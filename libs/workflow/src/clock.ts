import { amsterdamDateOf, type Clock, type LocalDate } from '@wobdesk/domain';

/**
 * Injection token of the `Clock` (libs/domain) that says what day it is in Europe/Amsterdam.
 * Tests override it: `.overrideProvider(CLOCK).useValue(new FixedClock(LocalDate.parse(…)))`.
 */
export const CLOCK = Symbol('CLOCK');

/**
 * Injection token of the instant source (`() => Date`) for technical timestamps: when an event
 * was recorded, when a session expires. Legal dates never come from here (they come from CLOCK).
 */
export const NOW = Symbol('NOW');
export type Now = () => Date;

/**
 * Today in Europe/Amsterdam from the system clock (LD-DATES), converted at this edge only. The
 * conversion (Intl) runs at most once per UTC minute: Amsterdam's offset is a whole number of
 * hours, so its day can only change at the start of a UTC minute and the memo is exact.
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
}

export const systemNow: Now = () => new Date();
