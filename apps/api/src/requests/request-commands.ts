import { LocalDate, type RequestCommand } from '@wobdesk/domain';
import type { ConversationInput, DecisionInput } from '@wobdesk/workflow';
import type {
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

// The validated bodies of the steps as domain commands (dates parsed into LocalDate) or as the
// register's inputs. Called only after the ValidationPipe accepted the body. Optional fields may
// arrive as `null` (IsOptional lets it through): it means "not given".

type DatedCommandType = Extract<
  RequestCommand['type'],
  | 'acknowledgeReceipt'
  | 'answerClarification'
  | 'receiveThirdPartyView'
  | 'receiveNoticeOfDefault'
  | 'sendDecision'
  | 'decideObjection'
  | 'closeAsFinal'
  | 'withdraw'
>;

const date = (iso: string): LocalDate => LocalDate.parse(iso);
const optionalDate = (iso: string | null | undefined): LocalDate | undefined =>
  iso == null ? undefined : date(iso);

export function datedCommand(type: DatedCommandType, dto: DatedActionDto): RequestCommand {
  return { type, occurredOn: date(dto.occurredOn) };
}

export function clarificationCommand(dto: ClarificationRequestDto): RequestCommand {
  return {
    type: 'requestClarification',
    occurredOn: date(dto.occurredOn),
    termEndsOn: optionalDate(dto.termEndsOn),
  };
}

export function extensionCommand(dto: ExtensionDto): RequestCommand {
  const { days, reason, motivation } = dto;
  return { type: 'notifyExtension', occurredOn: date(dto.occurredOn), days, reason, motivation };
}

export function thirdPartyViewCommand(dto: ThirdPartyViewDto): RequestCommand {
  return {
    type: 'requestThirdPartyView',
    occurredOn: date(dto.occurredOn),
    termEndsOn: date(dto.termEndsOn),
  };
}

export function suspensionCommand(dto: SuspensionDto): RequestCommand {
  const occurredOn = date(dto.occurredOn);
  return dto.kind === 'consent'
    ? { type: 'agreeSuspension', occurredOn, days: dto.days as number }
    : { type: 'startSuspension', occurredOn, kind: dto.kind };
}

export function suspensionEndCommand(dto: SuspensionEndDto): RequestCommand {
  return { type: 'endSuspension', occurredOn: date(dto.occurredOn), kind: dto.kind };
}

export function objectionCommand(dto: ObjectionDto): RequestCommand {
  return {
    type: 'lodgeObjection',
    occurredOn: date(dto.occurredOn),
    byPost: dto.byPost,
    postedOn: optionalDate(dto.postedOn),
    advisoryCommittee: dto.advisoryCommittee ?? undefined,
  };
}

export function objectionExtensionCommand(dto: ObjectionExtensionDto): RequestCommand {
  return { type: 'extendObjectionDecision', occurredOn: date(dto.occurredOn), days: dto.days };
}

export function forwardCommand(dto: ForwardDto): RequestCommand {
  return { type: 'forward', occurredOn: date(dto.occurredOn), to: dto.to.trim() };
}

export function toConversationInput(dto: ConversationDto): ConversationInput {
  return {
    occurredOn: dto.occurredOn,
    channel: dto.channel,
    participants: [...dto.participants],
    summaryPoints: [...dto.summaryPoints],
    summarySentOn: dto.summarySentOn ?? undefined,
  };
}

export function toDecisionInput(dto: DecisionDto): DecisionInput {
  return {
    occurredOn: dto.occurredOn,
    objectionExpected: dto.objectionExpected ?? undefined,
    outcomes: dto.outcomes.map(({ number, outcome, grounds, remarks }) => ({
      number,
      outcome,
      grounds: grounds == null ? undefined : [...grounds],
      remarks: remarks ?? undefined,
    })),
  };
}
