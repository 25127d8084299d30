// Letters during the handling of a request: acknowledgement, clarification request, extension,
// summary of a conversation. Each is dated by the event it belongs to and states the deadlines
// as they stood at that event.
import { LocalDate } from '@wobdesk/domain';
import type {
  AcknowledgementContext,
  ClarificationRequestContext,
  ConversationSummaryContext,
  ExtensionContext,
} from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import {
  lastEvent,
  letterBase,
  type LetterSources,
  type MappedLetter,
  eventNotRecorded,
  refused,
  stateBefore,
  stateThrough,
} from './common.js';
import { requireInput } from './letter-input.js';

export function acknowledgementLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<AcknowledgementContext> {
  const event = lastEvent(a, 'receipt_acknowledged');
  if (!event) {
    eventNotRecorded(
      'LETTER.NOT_ACKNOWLEDGED',
      'De ontvangstbevestiging is nog niet vastgelegd; leg haar eerst vast (de brief krijgt die datum).',
      'The acknowledgement has not been recorded; record it first (the letter takes its date).',
      { kind: 'acknowledgement' },
    );
  }
  if (src.statusUrl === undefined) {
    refused(
      'LETTER.NO_STATUS_LINK',
      'Dit verzoek heeft geen geldige statuslink (ingetrokken); geef eerst een nieuwe uit.',
      'This request has no valid status link (revoked); reissue the status token first.',
      { kind: 'acknowledgement' },
    );
  }
  const state = stateThrough(a, event.sequence, src.calendar);
  const context: AcknowledgementContext = {
    ...letterBase(a, org, event.occurredOn),
    decisionDeadline: state.deadlines.decisionDeadline.date.toString(),
    statusUrl: src.statusUrl,
    ...(src.statusCode !== undefined && { statusCode: src.statusCode }),
    ...(src.input.conversationInvitation && { conversationInvitation: true }),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function clarificationLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ClarificationRequestContext> {
  const event = lastEvent(a, 'clarification_requested');
  if (!event) {
    eventNotRecorded(
      'LETTER.NO_CLARIFICATION',
      'Er is geen verzoek om precisering vastgelegd; leg het eerst vast met de termijn.',
      'No clarification request has been recorded; record it first, with its term.',
      { kind: 'clarification_request' },
    );
  }
  const termEndsOn = event.payload.termEndsOn;
  if (typeof termEndsOn !== 'string' || !LocalDate.isValid(termEndsOn)) {
    eventNotRecorded(
      'LETTER.CLARIFICATION_WITHOUT_TERM',
      'Het verzoek om precisering is vastgelegd zonder termijn; zonder termijn wordt de beslistermijn niet opgeschort en kan deze brief dat niet zeggen.',
      'The clarification request was recorded without a term; without one nothing is suspended, so this letter cannot say so.',
      { kind: 'clarification_request' },
    );
  }
  const explanation = requireInput(src.input, 'explanation', 'clarification_request');
  const before = stateBefore(a, event.sequence, src.calendar);
  const after = stateThrough(a, event.sequence, src.calendar);
  const context: ClarificationRequestContext = {
    ...letterBase(a, org, event.occurredOn),
    clarification: {
      explanation,
      ...(src.input.questions && { questions: src.input.questions }),
      termEndsOn,
    },
    decisionDeadline: before.deadlines.decisionDeadline.date.toString(),
    // Unanswered, the suspension runs to the end of the term set (LD-CLARIFICATION-UNANSWERED): the
    // state right after the request, with the clarification still open.
    deadlineIfNoAnswer: after.deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function extensionLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ExtensionContext> {
  const event = lastEvent(a, 'extension_notified');
  if (!event || typeof event.payload.days !== 'number') {
    eventNotRecorded(
      'LETTER.NO_EXTENSION',
      'Er is geen verdaging vastgelegd; een verdagingsbrief kan pas daarna worden gemaakt.',
      'No extension has been recorded; the extension letter can only be made after that.',
      { kind: 'extension' },
    );
  }
  const { deadlines } = stateThrough(a, event.sequence, src.calendar);
  const motivation = event.payload.motivation;
  const context: ExtensionContext = {
    ...letterBase(a, org, event.occurredOn),
    extension: {
      weeks: Math.round(event.payload.days / 7),
      reasons:
        typeof motivation === 'string' && motivation.trim() !== ''
          ? motivation
          : 'Vanwege de omvang of de gecompliceerdheid van de informatie lukt het niet binnen de eerste termijn te beslissen.',
    },
    firstTermEnd: deadlines.firstTermEnd.date.toString(),
    newDecisionDeadline: deadlines.decisionDeadline.date.toString(),
  };
  return { context, eventSequence: event.sequence, input: src.input };
}

export function conversationSummaryLetter(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
): MappedLetter<ConversationSummaryContext> {
  const conversation = a.conversations.at(-1);
  const event = lastEvent(a, 'conversation_recorded') ?? lastEvent(a, 'conversation_held');
  if (!conversation || !event) {
    eventNotRecorded(
      'LETTER.NO_CONVERSATION',
      'Er is geen gesprek vastgelegd; een samenvatting kan pas daarna worden gemaakt.',
      'No conversation has been recorded; a summary can only be made after that.',
      { kind: 'conversation_summary' },
    );
  }
  const points = JSON.parse(conversation.summaryPoints) as string[];
  if (points.length === 0) {
    refused(
      'LETTER.NO_SUMMARY_POINTS',
      'Het gesprek heeft geen samenvattingspunten.',
      'The conversation has no summary points.',
      { kind: 'conversation_summary' },
    );
  }
  const context: ConversationSummaryContext = {
    ...letterBase(a, org, conversation.summarySentOn ?? conversation.occurredOn),
    conversation: {
      occurredOn: conversation.occurredOn,
      channel: conversation.channel,
      withWhom: (JSON.parse(conversation.participants) as string[]).join(', '),
      summaryPoints: points,
    },
  };
  return { context, eventSequence: event.sequence, input: src.input };
}
