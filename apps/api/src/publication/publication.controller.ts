import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import { Publications, type PublicationView, tooiOrganisation } from '@wobdesk/publication';
import { type Actor, WorkflowError } from '@wobdesk/register';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { DecisionPublishing } from './decision-publishing.js';
import {
  PublicationResponse,
  PublisherDto,
  PublisherResponse,
  SchedulePublicationDto,
  WithdrawPublicationDto,
} from './publication.dto.js';

const CONFLICTS = {
  type: ErrorResponse,
  description:
    'PUBLICATION.NO_PUBLISHER, PUBLICATION.NOT_SENT, PUBLICATION.NO_DECISION_LETTER, PUBLICATION.ALREADY_PUBLISHED, PUBLICATION.WITHDRAWN, PUBLICATION.NOT_SCHEDULED, INVENTORY.UNASSESSED',
};
const RULES = {
  type: ErrorResponse,
  description: 'PUBLICATION.BEFORE_SENDING, PUBLICATION.BEFORE_DISCLOSURE (details.earliest)',
};

/** Publishing a request's decision: schedule, read, withdraw. */
@ApiTags('publication')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class PublicationController {
  constructor(
    private readonly publications: Publications,
    private readonly publishing: DecisionPublishing,
  ) {}

  @ApiOperation({ summary: "The request's publication; 404 when none is scheduled" })
  @ApiOkResponse({ type: PublicationResponse })
  @Get('requests/:id/publication')
  async find(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<PublicationResponse> {
    const found = await this.publications.find(actor, id);
    if (!found) {
      throw new WorkflowError(
        'not_found',
        'PUBLICATION.NOT_SCHEDULED',
        'Voor dit verzoek is geen publicatie gepland.',
        'No publication is scheduled for this request.',
        { id },
      );
    }
    return responseOf(found);
  }

  @ApiOperation({
    summary:
      "Schedule (or, until it is published, reschedule) the publication of the public copy of the sent decision (without the requester's personal data) and its inventory",
  })
  @ApiOkResponse({ type: PublicationResponse })
  @ApiConflictResponse(CONFLICTS)
  @ApiUnprocessableEntityResponse(RULES)
  @Put('requests/:id/publication')
  async schedule(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: SchedulePublicationDto,
  ): Promise<PublicationResponse> {
    return responseOf(await this.publishing.schedule(actor, id, body));
  }

  @ApiOperation({ summary: 'Withdraw the publication with a reason; the public page says so' })
  @ApiOkResponse({ type: PublicationResponse })
  @ApiConflictResponse(CONFLICTS)
  @HttpCode(HttpStatus.OK)
  @Post('requests/:id/publication/withdrawal')
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Body() body: WithdrawPublicationDto,
  ): Promise<PublicationResponse> {
    return responseOf(await this.publications.withdraw(actor, id, body));
  }
}

/** The organisation's TOOI identity, the publisher its published decisions name. */
@ApiTags('organisation')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('organisation/publisher')
export class PublisherController {
  constructor(
    private readonly organisations: OrganisationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ApiOperation({ summary: "Your organisation's TOOI identity as publisher" })
  @ApiOkResponse({ type: PublisherResponse })
  @Get()
  async get(@CurrentActor() actor: Actor): Promise<PublisherResponse> {
    const org = await this.organisations.find(actor.organisationId);
    return { tooiUri: org?.tooiUri ?? null, tooiLabel: org?.tooiLabel ?? null };
  }

  @ApiOperation({ summary: 'Set the TOOI identity (coordinator); the change is recorded' })
  @ApiOkResponse({ type: PublisherResponse })
  @Put()
  async set(@CurrentActor() actor: Actor, @Body() body: PublisherDto): Promise<PublisherResponse> {
    const value = tooiOrganisation(body.tooiUri)!;
    await this.organisations.changePublisher(
      actor.organisationId,
      { tooiUri: value.uri, tooiLabel: value.label },
      actor.userId,
      this.clock.now(),
    );
    return { tooiUri: value.uri, tooiLabel: value.label };
  }
}

function responseOf(view: PublicationView): PublicationResponse {
  return {
    ...view,
    publishedAt: view.publishedAt?.toISOString() ?? null,
    withdrawnAt: view.withdrawnAt?.toISOString() ?? null,
    files: view.files.map((f) => ({ ...f })),
  };
}
