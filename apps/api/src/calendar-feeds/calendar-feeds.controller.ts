import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AppConfig } from '@wobdesk/config';
import type { Actor } from '@wobdesk/register';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Public } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import {
  CalendarFeedResponse,
  CreateCalendarFeedDto,
  CreatedCalendarFeedResponse,
} from './calendar-feeds.dto.js';
import { calendarFeedPath, CalendarFeedsService, feedNotFound } from './calendar-feeds.service.js';
import { FeedIdPipe } from './feed-id.pipe.js';

/** The secret calendar feeds: managed with a login, read with the token alone. */
@ApiTags('calendar-feeds')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: "Your working calendar feeds and, for anyone, the organisation's" })
  @ApiBearerAuth()
  @ApiClerkErrors()
  @ApiOkResponse({ type: [CalendarFeedResponse] })
  @Get()
  list(@CurrentActor() actor: Actor): Promise<CalendarFeedResponse[]> {
    return this.feeds.list(actor);
  }

  @ApiOperation({
    summary:
      'Make a feed URL (the previous one of that scope stops working); the URL is shown once',
  })
  @ApiBearerAuth()
  @ApiClerkErrors()
  @ApiCreatedResponse({ type: CreatedCalendarFeedResponse })
  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateCalendarFeedDto,
    @Req() request: FastifyRequest,
  ): Promise<CreatedCalendarFeedResponse> {
    const { feed, token } = await this.feeds.create(actor, body.scope);
    return { ...feed, url: `${this.baseUrl(request)}${calendarFeedPath(token)}` };
  }

  @ApiOperation({ summary: "Revoke a feed: yours, or the organisation's (coordinator)" })
  @ApiBearerAuth()
  @ApiClerkErrors()
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'CALENDAR_FEED.NOT_FOUND' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @Delete(':id')
  revoke(@CurrentActor() actor: Actor, @Param('id', FeedIdPipe) id: string): Promise<void> {
    return this.feeds.revoke(actor, id);
  }

  @ApiOperation({
    summary:
      'The feed as iCalendar (RFC 5545): every legal date of its requests from 30 days back; no login, the token is the secret',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'CALENDAR_FEED.NOT_FOUND: unknown, malformed or revoked token alike',
  })
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Get(':file')
  async feed(@Param('file') file: string, @Req() request: FastifyRequest): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const text = await this.feeds.render(token, this.baseUrl(request));
    if (text === undefined) throw feedNotFound();
    return text;
  }

  private baseUrl(request: FastifyRequest): string {
    return this.config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
  }
}
