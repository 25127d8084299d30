import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProvisionalMeasures } from '@wobdesk/documents';
import type { Actor } from '@wobdesk/register';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import {
  ProvisionalMeasureEndDto,
  ProvisionalMeasureRequestDto,
  ProvisionalMeasureResponse,
} from './provisional-measure.dto.js';

/**
 * A provisional measure (voorlopige voorziening, Awb 8:81) against the disclosure, as the clerk
 * records it: while one is pending, the requester's downloads and the publication wait.
 */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller('requests/:id/provisional-measure')
export class ProvisionalMeasureController {
  constructor(private readonly measures: ProvisionalMeasures) {}

  @ApiOperation({
    summary: 'Record that a third party asked the court for a provisional measure (an event)',
  })
  @ApiOkResponse({ type: ProvisionalMeasureResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'REQUEST.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      'PROVISIONAL_MEASURE.NOT_SENT; PROVISIONAL_MEASURE.PENDING with details.since; REQUEST.INVALID_INPUT requestedOn not_before_sending / not_in_future',
  })
  @HttpCode(200)
  @Post()
  async request(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: ProvisionalMeasureRequestDto,
  ): Promise<ProvisionalMeasureResponse> {
    await this.measures.request(actor, id, body);
    return { provisionalMeasureSince: body.requestedOn };
  }

  @ApiOperation({ summary: 'Record that it was ruled on or withdrawn (an event)' })
  @ApiOkResponse({ type: ProvisionalMeasureResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'REQUEST.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description:
      'PROVISIONAL_MEASURE.NONE_PENDING; REQUEST.INVALID_INPUT endedOn not_before_requested / not_in_future',
  })
  @HttpCode(200)
  @Post('end')
  async end(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: ProvisionalMeasureEndDto,
  ): Promise<ProvisionalMeasureResponse> {
    await this.measures.end(actor, id, body);
    return { provisionalMeasureSince: null };
  }
}
