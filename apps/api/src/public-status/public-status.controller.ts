import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type LetterMetadata, LetterService, PublicStatusService } from '@wobdesk/workflow';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { statusNotFound } from '../common/http-errors.js';
import { rateLimited } from '../common/rate-limit.js';
import { parseFormat, sendFile } from '../letters/letters.controller.js';
import { PublicStatusResponse } from './public-status.dto.js';
import { API_STATUS_PATH, STATUS_ROUTE } from './public-status.paths.js';

/** The requester's status check: by an unguessable, revocable token; no login. */
@ApiTags('status check (requester)')
@Controller(STATUS_ROUTE)
export class PublicStatusController {
  constructor(
    private readonly status: PublicStatusService,
    private readonly letters: LetterService,
  ) {}

  @ApiOperation({ summary: 'Where a request stands, in plain Dutch, with its key dates' })
  @ApiOkResponse({ type: PublicStatusResponse })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'STATUS.NOT_FOUND: unknown and revoked tokens alike',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'RATE_LIMITED (Retry-After)' })
  @Public()
  @RouteConfig(rateLimited('status'))
  @Get(':token')
  @Header('content-type', 'application/json; charset=utf-8')
  async check(@Param('token') token: string): Promise<string> {
    // The view and its letters come from the status cache (no SQL on a hit); the serialised body
    // is memoised on the cache entry, which every change of the request (a letter too) drops.
    const page = await this.status.lookupPage(token);
    if (!page) throw statusNotFound();
    page.body ??= JSON.stringify({
      ...page.view,
      letters: page.letters.map((l) => publicLetter(token, l)),
    });
    return page.body;
  }

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
    return sendFile(reply, file);
  }
}

/** What the requester sees of a letter sent to them: no hashes, template versions or clerks. */
function publicLetter(token: string, letter: LetterMetadata) {
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
