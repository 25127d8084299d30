import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANNELS,
  CONVERSATION_CHANNELS,
  ITEM_OUTCOMES,
  REGIMES,
  REQUEST_COMMAND_TYPES,
  OBJECTION_STAGES,
  REQUEST_PHASES,
} from '@wobdesk/domain';
import { STATUS_LINK_STATES } from '@wobdesk/register';
import { RequesterDto } from './requests.dto.js';

// OpenAPI descriptions of the contract's views (libs/register contract.ts). Documentation only:
// the controllers return the contract's types as the register builds them.

class RequestedItemResponse {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ enum: ITEM_OUTCOMES }) outcome?: string;
  @ApiPropertyOptional({ type: [String] }) grounds?: string[];
  @ApiPropertyOptional() weighing?: string;
  @ApiPropertyOptional() remarks?: string;
}

class AssigneeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class ConversationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ enum: CONVERSATION_CHANNELS }) channel: string;
  @ApiProperty({ type: [String] }) participants: string[];
  @ApiProperty({ type: [String] }) summaryPoints: string[];
  @ApiPropertyOptional({ format: 'date' }) summarySentOn?: string;
}

export class RequestViewResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Kenmerk' }) reference: string;
  @ApiProperty({ description: 'Send it back as `version` to lock optimistically' })
  version: number;
  @ApiProperty({ enum: REGIMES }) regime: string;
  @ApiProperty({ enum: REQUEST_PHASES }) phase: string;
  @ApiProperty() phaseNl: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: RequesterDto }) requester: RequesterDto;
  @ApiPropertyOptional({ format: 'date' }) letterDate?: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiPropertyOptional() theirReference?: string;
  @ApiProperty({ type: [RequestedItemResponse] }) items: RequestedItemResponse[];
  @ApiPropertyOptional({ type: AssigneeResponse }) assignee?: AssigneeResponse;
  @ApiProperty({ format: 'date' }) decisionDeadline: string;
  @ApiProperty() overdue: boolean;
  @ApiPropertyOptional() decidedLate?: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Every legal date with its derivation, as `POST /api/deadlines/compute` returns it ' +
      '(`{date, steps[{rule, article, from, to, labelNl, labelEn, whyNl, whyEn}]}`)',
  })
  deadlines: Record<string, unknown>;
  @ApiProperty({ type: [ConversationResponse] }) conversations: ConversationResponse[];
  @ApiProperty({
    enum: STATUS_LINK_STATES,
    description:
      "Whether the requester's status link works (never the token): `not_derivable` works but " +
      'cannot be put in letters or e-mails (issued before derived links): reissue it',
  })
  statusLink: string;
  @ApiProperty({
    enum: REQUEST_COMMAND_TYPES,
    isArray: true,
    description:
      'The commands the request can take now: allowed in its phase and not refused by its state ' +
      '(no second extension, no ending a suspension that does not run, no decision on the merits ' +
      'after the decision not to handle). Dates and input are still checked when a step is posted',
  })
  availableCommands: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CreatedRequestResponse {
  @ApiProperty({ type: RequestViewResponse }) request: RequestViewResponse;
  @ApiProperty({ description: "The requester's status token; shown only this once" })
  statusToken: string;
  @ApiProperty({ example: '/api/status/3q2-…', description: 'Link for the requester' })
  statusUrl: string;
}

export class StatusTokenResponse {
  @ApiProperty({ description: 'The new token; the previous one stops working' })
  statusToken: string;
  @ApiProperty() statusUrl: string;
}

export class RequestListItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() subject: string;
  @ApiProperty() requesterName: string;
  @ApiProperty({ enum: REQUEST_PHASES }) phase: string;
  @ApiProperty({ enum: REGIMES }) regime: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ format: 'date' }) decisionDeadline: string;
  @ApiProperty() overdue: boolean;
  @ApiPropertyOptional({ format: 'date', description: 'Last suspended day while waiting' })
  suspendedUntil?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Last day for an objection' })
  objectionWindowEndsOn?: string;
  @ApiPropertyOptional({ enum: OBJECTION_STAGES, description: 'Where the objection stands' })
  objectionStage?: string;
  @ApiPropertyOptional({ format: 'date', description: 'The planned hearing, still to be held' })
  hearingOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Last day for the decision on objection' })
  objectionDecisionDeadline?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Last day for beroep (Awb 6:7)' })
  appealWindowEndsOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Two weeks after a notice of default' })
  noticeOfDefaultTwoWeeksEnd?: string;
  @ApiPropertyOptional({ format: 'uuid' }) assigneeId?: string;
  @ApiProperty() version: number;
}

export class RequestPageResponse {
  @ApiProperty({ type: [RequestListItemResponse] }) items: RequestListItemResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

class EventActorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class EventViewResponse {
  @ApiProperty() sequence: number;
  @ApiProperty({ example: 'receipt_acknowledged' }) type: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: EventActorResponse, nullable: true }) actor: EventActorResponse | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
}
