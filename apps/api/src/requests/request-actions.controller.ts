import {
  applyDecorators,
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor, RequestRegister } from '@wobdesk/workflow';
import { CurrentActor } from '../auth/auth.decorators.js';
import {
  ApiClerkErrors,
  ApiRequestNotFound,
  ApiStepErrors,
} from '../common/api-docs.decorators.js';
import { RequestIdPipe } from '../common/request-id.pipe.js';
import { REQUEST_REGISTER } from '../common/tokens.js';
import {
  ClarificationRequestDto,
  ConversationDto,
  DatedActionDto,
  DecisionDto,
  ExtensionDto,
  ForwardDto,
  ObjectionDto,
  ObjectionExtensionDto,
  SuspensionDto,
  SuspensionEndDto,
  ThirdPartyViewDto,
} from './request-actions.dto.js';
import {
  clarificationCommand,
  datedCommand,
  extensionCommand,
  forwardCommand,
  objectionCommand,
  objectionExtensionCommand,
  suspensionCommand,
  suspensionEndCommand,
  thirdPartyViewCommand,
  toConversationInput,
  toDecisionInput,
} from './request-commands.js';
import { RequestViewResponse } from './requests.responses.js';

/**
 * The steps of a case, one POST each. Every step takes an optional `version` (optimistic lock)
 * and its legal date `occurredOn`, and answers 200 with the request, its deadlines and their
 * derivations. Refusals: 409 (stale version, wrong phase), 422 (a legal rule), 404 (unknown id).
 */
@ApiTags('request steps')
@ApiBearerAuth()
@ApiClerkErrors()
@ApiRequestNotFound()
@ApiParam({ name: 'id', format: 'uuid' })
@Controller('requests/:id')
export class RequestActionsController {
  constructor(@Inject(REQUEST_REGISTER) private readonly register: RequestRegister) {}

  @Step('Acknowledge receipt (ontvangstbevestiging)')
  @Post('acknowledge')
  acknowledge(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('acknowledgeReceipt', body));
  }

  @Step('Record a conversation with the requester (the first moves the phase on)')
  @Post('conversations')
  conversation(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ConversationDto) {
    return this.register.recordConversation(a, id, body.version, toConversationInput(body));
  }

  @Step('Ask for clarification (Awb 4:5); with a term, the decision term is suspended')
  @Post('clarification-requests')
  clarify(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ClarificationRequestDto) {
    return this.register.execute(a, id, body.version, clarificationCommand(body));
  }

  @Step('Record the answer to the clarification request')
  @Post('clarification-answers')
  clarified(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('answerClarification', body));
  }

  @Step('Extend the decision term (verdaging); refused when the law does not allow it')
  @Post('extensions')
  extend(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ExtensionDto) {
    return this.register.execute(a, id, body.version, extensionCommand(body));
  }

  @Step('Ask a third party for their view (zienswijze); suspends the term')
  @Post('third-party-views')
  askView(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ThirdPartyViewDto) {
    return this.register.execute(a, id, body.version, thirdPartyViewCommand(body));
  }

  @Step("Record the third party's view")
  @Post('third-party-view-responses')
  viewIn(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('receiveThirdPartyView', body));
  }

  @Step('Suspend: written consent for `days`, or start a requester-delay/force-majeure period')
  @Post('suspensions')
  suspend(@CurrentActor() a: Actor, @Id() id: string, @Body() body: SuspensionDto) {
    return this.register.execute(a, id, body.version, suspensionCommand(body));
  }

  @Step('End a requester-delay or force-majeure suspension (last suspended day)')
  @Post('suspension-ends')
  resume(@CurrentActor() a: Actor, @Id() id: string, @Body() body: SuspensionEndDto) {
    return this.register.execute(a, id, body.version, suspensionEndCommand(body));
  }

  @Step('Record a notice of default (ingebrekestelling, Awb 6:12)')
  @Post('notices-of-default')
  default(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('receiveNoticeOfDefault', body));
  }

  @Step('Record the decision: an outcome for every requested item')
  @Post('decision')
  decide(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DecisionDto) {
    return this.register.recordDecision(a, id, body.version, toDecisionInput(body));
  }

  @Step('Record the sending of the decision (bekendmaking); the objection window starts')
  @Post('sending')
  send(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('sendDecision', body));
  }

  @Step('Record an objection (bezwaar), with the posting date for postal ones')
  @Post('objections')
  object(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ObjectionDto) {
    return this.register.execute(a, id, body.version, objectionCommand(body));
  }

  @Step('Extend the decision on the objection (Awb 7:10 lid 3, at most six weeks)')
  @Post('objection-extensions')
  extendObjection(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ObjectionExtensionDto) {
    return this.register.execute(a, id, body.version, objectionExtensionCommand(body));
  }

  @Step('Record the decision on the objection; closes the request')
  @Post('objection-decision')
  objectionDecided(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('decideObjection', body));
  }

  @Step('Close: the decision is final (after the objection window and postal week)')
  @Post('close')
  close(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('closeAsFinal', body));
  }

  @Step('Record that the requester withdrew the request')
  @Post('withdraw')
  withdraw(@CurrentActor() a: Actor, @Id() id: string, @Body() body: DatedActionDto) {
    return this.register.execute(a, id, body.version, datedCommand('withdraw', body));
  }

  @Step('Record forwarding to the competent body (Woo art. 4.2)')
  @Post('forward')
  forward(@CurrentActor() a: Actor, @Id() id: string, @Body() body: ForwardDto) {
    return this.register.execute(a, id, body.version, forwardCommand(body));
  }
}

/** `:id`, checked by `RequestIdPipe` (not an id: 404). */
function Id(): ParameterDecorator {
  return Param('id', RequestIdPipe);
}

/** OpenAPI text and the 200 of a step. */
function Step(summary: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type: RequestViewResponse }),
    ApiStepErrors(),
    HttpCode(HttpStatus.OK),
  );
}
