import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReadAuditPage } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { ApiClerkErrors } from '../common/api-docs.decorators.js';
import { ReadAuditQueryDto, readAuditFilterOf } from './read-audit.dto.js';
import { ReadAudit } from './read-audit.service.js';

/** The audit of reads: who viewed or exported requesters' personal data, for coordinators. */
@ApiTags('read-audit')
@ApiBearerAuth()
@ApiClerkErrors()
@Roles('coordinator')
@Controller('read-audit')
export class ReadAuditController {
  constructor(private readonly audit: ReadAudit) {}

  @ApiOperation({
    summary:
      'Who read which request when, newest first, 50 a page; filter by user, request and dates. This read is recorded too',
  })
  @ApiOkResponse({
    description:
      'records (id, userId, userName, readAt, what, requestId, detail), page, pageSize, hasMore',
  })
  @Get()
  search(@CurrentActor() actor: Actor, @Query() query: ReadAuditQueryDto): Promise<ReadAuditPage> {
    return this.audit.search(actor, readAuditFilterOf(query), query.page ?? 1);
  }
}
