import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  Actor,
  EventView,
  Page,
  RequestListItem,
  RequestRegister,
  RequestView,
} from '@wobdesk/register';
import { CurrentActor, Roles, UnlessSelf } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { REQUEST_REGISTER } from '../common/tokens.js';
import { CreateRequestDto, ListRequestsQueryDto, toNewRequestInput } from './requests.dto.js';
import {
  CreatedRequestResponse,
  EventViewResponse,
  RequestPageResponse,
  RequestViewResponse,
  StatusTokenResponse,
} from './requests.responses.js';
import { ASSIGNMENT_STEP } from '../steps/index.js';
import { StepRoutes } from '../steps/step-routes.js';
import { StatusLinkResponses } from './status-links.js';
import { ReadAudit } from '../read-audit/read-audit.service.js';

/**
 * The register: log, find and read requests, and assign them (that route comes from the step
 * catalogue; the steps of a case are in `RequestActionsController`).
 */
@ApiTags('requests')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller('requests')
@StepRoutes([ASSIGNMENT_STEP], ':id/')
export class RequestsController {
  constructor(
    @Inject(REQUEST_REGISTER) readonly register: RequestRegister,
    private readonly links: StatusLinkResponses,
    private readonly audit: ReadAudit,
  ) {}

  @ApiOperation({ summary: 'Log a request as it came in; returns the status token once' })
  @ApiCreatedResponse({ type: CreatedRequestResponse })
  @Roles('coordinator')
  @UnlessSelf('assigneeId')
  @Post()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateRequestDto) {
    return this.links.created(await this.register.create(actor, toNewRequestInput(body)));
  }

  @ApiOperation({ summary: 'List and search the requests of your organisation' })
  @ApiOkResponse({ type: RequestPageResponse })
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListRequestsQueryDto,
  ): Promise<Page<RequestListItem>> {
    const page = await this.register.list(actor, query);
    // One record per list shown, with the ids on it: one insert, however long the page.
    await this.audit.record(actor, 'request.list', null, page.items.map((r) => r.id).join(','));
    return page;
  }

  @ApiOperation({ summary: 'One request with its deadlines and their derivations' })
  @ApiOkResponse({ type: RequestViewResponse })
  @ApiRequestNotFound()
  @Get(':id')
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<RequestView> {
    const view = await this.register.get(actor, id);
    await this.audit.record(actor, 'request.view', id, 'api');
    return view;
  }

  @ApiOperation({ summary: 'The event log of a request, oldest first' })
  @ApiOkResponse({ type: [EventViewResponse] })
  @ApiRequestNotFound()
  @Get(':id/events')
  async events(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<readonly EventView[]> {
    const events = await this.register.events(actor, id);
    // The history is part of the request's file (the steps' notes, conversations with the
    // requester): read as the request itself.
    await this.audit.record(actor, 'request.view', id, 'events');
    return events;
  }

  @ApiOperation({ summary: 'Issue a new status token (the old one stops working)' })
  @ApiCreatedResponse({ type: StatusTokenResponse })
  @ApiRequestNotFound()
  @Post(':id/status-token')
  async reissueStatusToken(@CurrentActor() actor: Actor, @Param('id', RequestIdPipe) id: string) {
    return this.links.reissued(await this.register.reissueStatusToken(actor, id));
  }

  @ApiOperation({ summary: 'Revoke the status token (coordinator)' })
  @ApiNoContentResponse()
  @ApiRequestNotFound()
  @Roles('coordinator')
  @Delete(':id/status-token')
  @HttpCode(HttpStatus.NO_CONTENT)
  revokeStatusToken(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<void> {
    return this.register.revokeStatusToken(actor, id);
  }
}
