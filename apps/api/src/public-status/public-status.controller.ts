import { Controller, Get, Param, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type LetterMetadata, LetterService } from '@wobdesk/correspondence';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { statusNotFound } from '../common/http-errors.js';
import { rateLimited } from '../common/rate-limit.js';
import { asRequesterPrivate } from '../common/response-security.js';
import { parseFormat, sendFile } from '../letters/letters.controller.js';
import { PublicStatusResponse } from './public-status.dto.js';
import { API_STATUS_PATH, STATUS_ROUTE } from './public-status.paths.js';

/**
 * The requester's letters, by the status token; no login. The status check itself
 * (`GET /api/status/:token`) is a plain Fastify route: see public-status.route.ts.
 */
@ApiTags('status check (requester)')
@ApiExtraModels(PublicStatusResponse, ErrorResponse)
@Controller(STATUS_ROUTE)
export class PublicStatusController {
  constructor(private readonly letters: LetterService) {}

  @ApiOperation({ summary: 'Download a letter of your request as PDF or HTML' })
  @ApiProduces('application/pdf', 'text/html')
  @ApiOkResponse({ description: 'The letter as it was generated' })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description:
      'STATUS.NOT_FOUND: unknown token, a letter of another request, or one not (yet) sent',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'RATE_LIMITED (Retry-After)' })
  @Public()
  @RouteConfig(rateLimited('status'))
  @Get(':token/letters/:letterId/:format')
  async letter(
    @Param('token') token: string,
    @Param('letterId') letterId: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const file = await this.letters.downloadForToken(
      token,
      letterId,
      parseFormat(format, statusNotFound),
    );
    if (!file) throw statusNotFound();
    asRequesterPrivate(reply);
    return sendFile(reply, file);
  }
}

/** What the requester sees of a letter sent to them: no hashes, template versions or clerks. */
export function publicLetter(token: string, letter: LetterMetadata) {
  const base = `${API_STATUS_PATH}/${token}/letters/${letter.id}`;
  return {
    id: letter.id,
    kind: letter.kind,
    subject: letter.subject,
    sentOn: letter.sentOn,
    pdfUrl: `${base}/pdf`,
    htmlUrl: `${base}/html`,
  };
}
