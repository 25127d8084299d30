import { Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, type RequesterDataExport, RequesterPrivacy } from '@wobdesk/register';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { asRequesterDataDownload } from './requester-data-download.js';

/**
 * The requester's rights under the AVG, as coordinator actions on a request: the export of
 * everything held about them (art. 15) and the erasure where the law allows it (art. 17).
 * Both are POSTs: each is recorded on the request.
 */
@ApiTags('requests')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller('requests')
export class RequesterDataController {
  constructor(private readonly privacy: RequesterPrivacy) {}

  @ApiOperation({
    summary:
      "Everything held about this request's requester (AVG art. 15), as a JSON download; recorded",
  })
  @ApiOkResponse({ description: 'The export as JSON (Content-Disposition: attachment)' })
  @ApiRequestNotFound()
  @Roles('coordinator')
  @Post(':id/personal-data-export')
  @HttpCode(HttpStatus.OK)
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RequesterDataExport> {
    const data = await this.privacy.export(actor, id);
    asRequesterDataDownload(reply, id);
    return data;
  }

  @ApiOperation({
    summary:
      "Anonymise this request's requester data now (AVG art. 17); refused while the request runs or can be contested",
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: '`ERASURE.REFUSED`, with the reason in plain Dutch' })
  @ApiRequestNotFound()
  @Roles('coordinator')
  @Post(':id/personal-data-erasure')
  @HttpCode(HttpStatus.NO_CONTENT)
  erase(@CurrentActor() actor: Actor, @Param('id', RequestIdPipe) id: string): Promise<void> {
    return this.privacy.erase(actor, id);
  }
}
