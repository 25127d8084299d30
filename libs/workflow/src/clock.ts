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

/** Today in Europe/Amsterdam from the system clock (D8), converted at this edge only. */
export class SystemClock implements Clock {
  today(): LocalDate {
    return amsterdamDateOf(new Date());
  }
}

export const systemNow: Now = () => new Date();
