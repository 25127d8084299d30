import { Injectable } from '@nestjs/common';
import type { HolidayCalendar } from '@wobdesk/domain';
import { HolidayCalendarRepository } from '@wobdesk/persistence';

/**
 * The Atw holiday calendar, loaded from the database once per process: the decree days change
 * only through `npm run db:migrate`, after which the application is restarted (README).
 */
@Injectable()
export class CalendarSource {
  private calendar: Promise<HolidayCalendar> | undefined;

  constructor(private readonly holidays: HolidayCalendarRepository) {}

  get(): Promise<HolidayCalendar> {
    this.calendar ??= this.holidays.loadCalendar().catch((error: unknown) => {
      this.calendar = undefined;
      throw error;
    });
    return this.calendar;
  }

  /** Forget the loaded calendar (after the decree days were changed in this process). */
  reload(): void {
    this.calendar = undefined;
  }
}
