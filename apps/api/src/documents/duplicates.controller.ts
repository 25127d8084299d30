import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  type DuplicateDecision,
  DuplicateProposals,
  type DuplicateProposalView,
} from '@wobdesk/documents';
import { type Actor, WorkflowError } from '@wobdesk/register';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiClerkErrors, ApiRequestNotFound } from '../common/api-docs.decorators.js';
import { ErrorResponse } from '../common/error-response.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { UUID_SHAPE } from '../common/validation.js';
import { DuplicateProposalListResponse, DuplicateProposalResponse } from './documents.dto.js';

function proposalView(p: DuplicateProposalView): DuplicateProposalResponse {
  return { ...p, decidedAt: p.decidedAt?.toISOString() ?? null };
}

/** A proposal id that cannot be one is a proposal that does not exist (404, not 400). */
function proposalId(value: string): string {
  if (!UUID_SHAPE.test(value)) {
    throw new WorkflowError(
      'not_found',
      'DUPLICATE.NOT_FOUND',
      'Dit voorstel bestaat niet bij dit verzoek.',
      'This proposal does not exist in this request.',
      { id: value },
    );
  }
  return value.toLowerCase();
}

/** Duplicates and quoted e-mails among a request's documents: the proposals and their decision. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiClerkErrors()
@Controller()
export class DuplicatesController {
  constructor(private readonly proposals: DuplicateProposals) {}

  @ApiOperation({
    summary: 'Duplicates found among the documents: exact ones (recorded) and proposals',
    description:
      'Exact duplicates (the same bytes) are recorded at intake as confirmed. Near-duplicates ' +
      '(texts estimated at least NEAR_DUPLICATE_THRESHOLD alike) and e-mails quoted in full by a ' +
      'reply of the same thread are proposed: the clerk confirms or rejects each.',
  })
  @ApiOkResponse({ type: DuplicateProposalListResponse })
  @ApiRequestNotFound()
  @Get('requests/:id/documents/duplicates')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
  ): Promise<DuplicateProposalListResponse> {
    return { proposals: (await this.proposals.list(actor, id)).map(proposalView) };
  }

  @ApiOperation({
    summary: 'Confirm a proposal: the document is listed through its twin (a recorded event)',
  })
  @ApiParam({ name: 'proposalId', format: 'uuid' })
  @ApiOkResponse({ type: DuplicateProposalResponse })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, DUPLICATE.NOT_FOUND',
  })
  @ApiConflictResponse({ type: ErrorResponse, description: 'DUPLICATE.ALREADY_DECIDED' })
  @Post('requests/:id/documents/duplicates/:proposalId/confirm')
  @HttpCode(HttpStatus.OK)
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('proposalId') proposal: string,
  ): Promise<DuplicateProposalResponse> {
    return this.decide(actor, id, proposal, 'confirm');
  }

  @ApiOperation({ summary: 'Reject a proposal: both documents stay listed (a recorded event)' })
  @ApiParam({ name: 'proposalId', format: 'uuid' })
  @ApiOkResponse({ type: DuplicateProposalResponse })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'REQUEST.NOT_FOUND, DUPLICATE.NOT_FOUND',
  })
  @ApiConflictResponse({ type: ErrorResponse, description: 'DUPLICATE.ALREADY_DECIDED' })
  @Post('requests/:id/documents/duplicates/:proposalId/reject')
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', RequestIdPipe) id: string,
    @Param('proposalId') proposal: string,
  ): Promise<DuplicateProposalResponse> {
    return this.decide(actor, id, proposal, 'reject');
  }

  private async decide(
    actor: Actor,
    id: string,
    proposal: string,
    decision: DuplicateDecision,
  ): Promise<DuplicateProposalResponse> {
    return proposalView(await this.proposals.decide(actor, id, proposalId(proposal), decision));
  }
}
