import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OutboxDesk, type OutboxOverview } from '@wobdesk/mail';
import type { Actor } from '@wobdesk/register';
import { type SchedulerStatus, SchedulerStatusReader } from '@wobdesk/reminders';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { UUID_SHAPE } from '../common/validation.js';
import { messageNotFailed, messageNotFound } from './operations-errors.js';

/**
 * The organisation's outbox as its coordinators run it: waiting and failed messages with the
 * reason of the last failure (never the bodies), the counts of sent mail, the delivery problem,
 * and the resend of a failed message (recorded, with who and when).
 */
@ApiTags('operations')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly desk: OutboxDesk) {}

  @ApiOperation({
    summary:
      'Waiting and failed messages (kind, recipient, subject, attempts, next attempt, last failure), counts, delivery problem',
  })
  @ApiOkResponse({ description: 'The outbox overview; instants ISO-8601 UTC' })
  @Get()
  overview(@CurrentActor() actor: Actor): Promise<OutboxOverview> {
    return this.desk.overview(actor.organisationId);
  }

  @ApiOperation({
    summary: 'Send a failed message again: back to waiting, attempts reset; the resend is recorded',
  })
  @ApiOkResponse({ description: '`{ "id": …, "state": "waiting" }`' })
  @HttpCode(200)
  @Post(':id/resend')
  async resend(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
  ): Promise<{ id: string; state: 'waiting' }> {
    if (!UUID_SHAPE.test(id)) throw messageNotFound();
    const outcome = await this.desk.resend(actor.organisationId, id.toLowerCase(), actor.userId);
    if (outcome === 'not_found') throw messageNotFound();
    if (outcome === 'not_failed') throw messageNotFailed();
    return { id: id.toLowerCase(), state: 'waiting' };
  }
}

/** The scheduler's state: the last sweep and its figures, the lease holder, the sender's last run. */
@ApiTags('operations')
@ApiClerkErrors()
@Roles('coordinator')
@Controller('scheduler')
export class SchedulerController {
  constructor(private readonly reader: SchedulerStatusReader) {}

  @ApiOperation({
    summary:
      'The last sweep (when, which process, due, queued, closed, digests, purged, ms), the lease, the mail sender',
  })
  @ApiOkResponse({ description: 'The scheduler status; instants ISO-8601 UTC' })
  @Get()
  status(): Promise<SchedulerStatus> {
    return this.reader.status();
  }
}
