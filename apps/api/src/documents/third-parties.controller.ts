import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DocumentThirdParties } from '@wobdesk/documents';
import { type Actor, WorkflowError } from '@wobdesk/register';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { UUID_SHAPE } from '../common/validation.js';
import {
  AddThirdPartyDto,
  RecordThirdPartyViewDto,
  ThirdPartyListResponse,
  ThirdPartyResponse,
} from './third-parties.dto.js';

const NOT_FOUND = {
  type: ErrorResponse,
  description: 'REQUEST.NOT_FOUND, DOCUMENT.NOT_FOUND, DOCUMENT.THIRD_PARTY_NOT_FOUND',
};
const RULES = {
  type: ErrorResponse,
  description: 'REQUEST.INVALID_INPUT naming the field and the rule',
};

const documentNumber = (value: string): number =>
  /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;

/** A third party id that cannot be one is a party that does not exist (404, not 400). */
function partyId(value: string): string {
  if (!UUID_SHAPE.test(value)) {
    throw new WorkflowError(
      'not_found',
      'DOCUMENT.THIRD_PARTY_NOT_FOUND',
      'Deze derde hoort niet bij dit document.',
      'This third party does not belong to this document.',
      { id: value },
    );
  }
  return value.toLowerCase();
}

/** The third parties a document concerns and their view of it (zienswijze). */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class ThirdPartiesController {
  constructor(private readonly thirdParties: DocumentThirdParties) {}

  @ApiOperation({ summary: 'The third parties of a document, with their view of it' })
  @ApiOkResponse({ type: ThirdPartyListResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @Get('requests/:id/documents/:number/third-parties')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
  ): Promise<ThirdPartyListResponse> {
    return { thirdParties: await this.thirdParties.list(actor, id, documentNumber(number)) };
  }

  @ApiOperation({ summary: 'Add a third party the document concerns (a recorded event)' })
  @ApiCreatedResponse({ type: ThirdPartyResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Post('requests/:id/documents/:number/third-parties')
  add(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Body() body: AddThirdPartyDto,
  ): Promise<ThirdPartyResponse> {
    return this.thirdParties.add(actor, id, documentNumber(number), body);
  }

  @ApiOperation({ summary: 'Remove a third party from the document (a recorded event)' })
  @ApiParam({ name: 'partyId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse(NOT_FOUND)
  @Delete('requests/:id/documents/:number/third-parties/:partyId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Param('partyId') party: string,
  ): Promise<void> {
    await this.thirdParties.remove(actor, id, documentNumber(number), partyId(party));
  }

  @ApiOperation({
    summary: "Record a third party's view of the document (a recorded event)",
    description:
      'Does not end the suspension of the decision term: record the request step ' +
      'third-party-view-responses once the last party asked has answered.',
  })
  @ApiParam({ name: 'partyId', format: 'uuid' })
  @ApiOkResponse({ type: ThirdPartyResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse(RULES)
  @Put('requests/:id/documents/:number/third-parties/:partyId/view')
  recordView(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('number') number: string,
    @Param('partyId') party: string,
    @Body() body: RecordThirdPartyViewDto,
  ): Promise<ThirdPartyResponse> {
    return this.thirdParties.recordView(actor, id, documentNumber(number), partyId(party), body);
  }
}
