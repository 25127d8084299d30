import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import type { RequestDeadlines } from '@wobdesk/domain';
import { Public } from '../auth/auth.decorators.js';
import { ComputeDeadlinesDto } from './deadlines.dto.js';
import { DeadlinesService } from './deadlines.service.js';

@Public()
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** A calculator: nothing is stored. Dates in the response are `YYYY-MM-DD`. */
  @Post('compute')
  @HttpCode(HttpStatus.OK)
  compute(@Body() body: ComputeDeadlinesDto): RequestDeadlines {
    return this.deadlines.compute(body);
  }
}
