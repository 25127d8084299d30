import { Controller, Get, Query } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { HolidaysQueryDto, type HolidaysResponse } from './calendar.dto.js';
import { CalendarService } from './calendar.service.js';

@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The Algemene termijnenwet holidays of a year, Royal-Decree days included (LD-DECREE-DAYS). */
  @Get('holidays')
  holidays(@Query() query: HolidaysQueryDto): HolidaysResponse {
    return this.calendar.holidaysOf(query.year);
  }
}
