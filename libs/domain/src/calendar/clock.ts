import type { LocalDate } from './local-date.js';

/** Where "today" comes from: the system clock at the edge, a fixed date in tests. */
export interface Clock {
  /** Today's calendar date in Europe/Amsterdam. */
  today(): LocalDate;
}

/** A clock that always says the same date (tests, replays, the CLI's `--today`). */
export class FixedClock implements Clock {
  constructor(private readonly date: LocalDate) {}
  today(): LocalDate {
    return this.date;
  }
}
