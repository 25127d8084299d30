import { Controller, Get, Inject, Param } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { PublicStatus, PublicStatusView } from '@wobdesk/workflow';
import { Public } from '../auth/auth.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { rateLimited } from '../common/rate-limit.js';
import { PUBLIC_STATUS } from '../common/tokens.js';
import { PublicStatusResponse, foundOr404 } from './public-status.dto.js';
import { STATUS_ROUTE } from './public-status.paths.js';

/** The requester's status check: by an unguessable, revocable token; no login. */
@ApiTags('status check (requester)')
@Controller(STATUS_ROUTE)
export class PublicStatusController {
  constructor(@Inject(PUBLIC_STATUS) private readonly status: PublicStatus) {}

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
  async check(@Param('token') token: string): Promise<PublicStatusView> {
    return foundOr404(await this.status.lookup(token));
  }
}
