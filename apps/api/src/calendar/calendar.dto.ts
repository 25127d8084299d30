import type { Holiday } from '@wobdesk/domain';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class HolidaysQueryDto {
  /** Gregorian years only: the Easter computus is undefined before 1583. */
  @Type(() => Number)
  @IsInt()
  @Min(1583)
  @Max(9999)
  year: number;
}

export interface HolidayResponse {
  readonly date: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly article: string;
  readonly confirmed: boolean;
  readonly source?: string;
}

export interface HolidaysResponse {
  readonly year: number;
  /** False when no Royal Decree (Atw art. 3 lid 3) covers the year: days may still be added (LD-DECREE-DAYS). */
  readonly decreeDataPresent: boolean;
  readonly holidays: readonly HolidayResponse[];
}

export function toHolidayResponse(holiday: Holiday): HolidayResponse {
  return {
    date: holiday.date.toString(),
    nameNl: holiday.nameNl,
    nameEn: holiday.nameEn,
    article: holiday.article,
    confirmed: holiday.confirmed,
    ...(holiday.source === undefined ? {} : { source: holiday.source }),
  };
}
