import type { LocalDate } from './local-date.js';

/**
 * Where time comes from: the system clock at the edge, a clock the test sets in tests. The domain
 * only declares it; reading the real time happens outside (libs/clock), so the core stays pure.
 */
export interface Clock {
  /** Today's calendar date in Europe/Amsterdam: the date legal terms count from. */
  today(): LocalDate;
  /** The current instant, for technical timestamps (recorded at, expires at, due at); never a legal date. */
  now(): Date;
}
