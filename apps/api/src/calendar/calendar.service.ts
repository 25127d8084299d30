import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { HolidayCalendar, LocalDate } from '@wobdesk/domain';
import { HolidayCalendarRepository } from '@wobdesk/persistence';
import { type HolidaysResponse, toHolidayResponse } from './calendar.dto.js';

/**
 * Holds the Atw holiday calendar, built once from the database at start-up. The decree days change
 * only through the seed file and `npm run db:migrate`; restart the API afterwards.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  private readonly logger = new Logger(CalendarService.name);
  private loaded?: HolidayCalendar;

  constructor(private readonly repository: HolidayCalendarRepository) {}

  async onModuleInit(): Promise<void> {
    this.loaded = await this.repository.loadCalendar();
  }

  get calendar(): HolidayCalendar {
    if (!this.loaded) throw new Error('The holiday calendar has not been loaded yet');
    return this.loaded;
  }

  holidaysOf(year: number): HolidaysResponse {
    return {
      year,
      decreeDataPresent: this.calendar.hasDecreeDataFor(year),
      holidays: this.calendar.holidaysIn(year).map(toHolidayResponse),
    };
  }

  /** The years from `today`'s through the next one without Royal-Decree data (LD-DECREE-DAYS). */
  yearsWithoutDecreeData(today: LocalDate): number[] {
    return [today.year, today.year + 1].filter((year) => !this.calendar.hasDecreeDataFor(year));
  }

  /** LD-DECREE-DAYS: operators must hear when the calendar has no decree data for the coming year. */
  warnAboutMissingDecreeData(today: LocalDate): void {
    for (const year of this.yearsWithoutDecreeData(today)) {
      this.logger.warn(
        `The holiday calendar has no Royal-Decree data (Atw art. 3 lid 3) for ${year}: deadlines ` +
          `in ${year} may miss an equated day. Add the decree to seeds/holidays/equated-days.json ` +
          'and run `npm run db:migrate`.',
      );
    }
  }
}
