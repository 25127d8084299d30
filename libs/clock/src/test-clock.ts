import { type Clock, LocalDate } from '@wobdesk/domain';

/**
 * A clock a test sets by hand. The legal date is always fixed; the instant follows the system
 * clock until the test fixes it (`instant`), so a test that only fixes the date still sees sessions
 * and timestamps move as they would in production, and a test of the mail backoff moves time
 * with `advance` instead of waiting.
 */
export class TestClock implements Clock {
  constructor(
    public date: LocalDate,
    public instant?: Date,
  ) {}

  today(): LocalDate {
    return this.date;
  }

  now(): Date {
    return this.instant ?? new Date();
  }

  /** Sets the legal date ('YYYY-MM-DD'). */
  set(iso: string): void {
    this.date = LocalDate.parse(iso);
  }

  /** Moves the fixed instant by `seconds` (from now, when none was fixed yet). */
  advance(seconds: number): void {
    this.instant = new Date(this.now().getTime() + seconds * 1000);
  }
}
