import { Injectable } from '@nestjs/common';
import { computeRequestDeadlines, type RequestDeadlines } from '@wobdesk/domain';
import { ApiError } from '../common/api-error.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { type ComputeDeadlinesDto, toRequestFacts } from './deadlines.dto.js';

@Injectable()
export class DeadlinesService {
  constructor(private readonly calendar: CalendarService) {}

  /**
   * Every legal date of a request from its facts, each with the steps that produced it.
   * The domain throws a RangeError when a date leaves the supported range (years 1-9999), e.g. a
   * suspension of thousands of years; that is the caller's input, so it becomes a coded 422.
   */
  compute(dto: ComputeDeadlinesDto): RequestDeadlines {
    const facts = toRequestFacts(dto);
    try {
      return computeRequestDeadlines(facts, this.calendar.calendar);
    } catch (error) {
      if (error instanceof RangeError) {
        throw new ApiError(
          'DEADLINE.DATE_OUT_OF_RANGE',
          `A computed date falls outside the supported years 1-9999 (${error.message})`,
        );
      }
      throw error;
    }
  }
}
