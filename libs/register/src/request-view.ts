import {
  availableCommands,
  type HolidayCalendar,
  type LocalDate,
  PHASE_LABELS,
  type RequestState,
  statusView,
} from '@wobdesk/domain';
import {
  type ConversationRecord,
  isOverdueRow,
  type RequestItemRecord,
  type RequestListRow,
  type RequestRecord,
  type StoredRequestEvent,
} from '@wobdesk/persistence';
import type {
  ConversationInput,
  EventView,
  RequestedItem,
  Requester,
  RequestListItem,
  RequestView,
  StatusLinkState,
} from './contract.js';

/** Everything stored about one request, with its state folded from the domain events. */
export interface RequestAggregate {
  readonly row: RequestRecord;
  readonly items: readonly RequestItemRecord[];
  readonly conversations: readonly ConversationRecord[];
  readonly events: readonly StoredRequestEvent[];
  readonly state: RequestState;
  readonly assigneeName: string | undefined;
}

/** The clerks' view of a request: the stored columns, the items and the full derivations. */
export function toRequestView(
  a: RequestAggregate,
  today: LocalDate,
  calendar: HolidayCalendar,
): RequestView {
  const { row } = a;
  const status = statusView(a.state, today, calendar);
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    regime: row.regime,
    phase: row.phase,
    phaseNl: PHASE_LABELS[row.phase].nl,
    subject: row.subject,
    requester: requesterOf(row),
    ...(row.letterDate !== null && { letterDate: row.letterDate }),
    receivedOn: row.receivedOn,
    channel: row.channel,
    ...(row.theirReference !== null && { theirReference: row.theirReference }),
    items: a.items.map(toItem),
    ...(row.assigneeId !== null && {
      assignee: { id: row.assigneeId, name: a.assigneeName ?? '' },
    }),
    decisionDeadline: row.decisionDeadline,
    overdue: status.overdue,
    ...(row.decidedLate !== null && { decidedLate: row.decidedLate }),
    deadlines: a.state.deadlines,
    conversations: a.conversations.map(toConversation),
    statusLink: statusLinkOf(row),
    availableCommands: availableCommands(a.state),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function statusLinkOf(row: RequestRecord): StatusLinkState {
  if (row.statusTokenRevokedAt !== null) return 'revoked';
  if (row.statusTokenHash === null) return 'none';
  return row.statusTokenGeneration < 1 ? 'not_derivable' : 'active';
}

function requesterOf(row: RequestRecord): Requester {
  return {
    name: row.requesterName,
    kind: row.requesterKind,
    ...(row.requesterSalutation !== null && { salutation: row.requesterSalutation }),
    ...(row.requesterPostalAddress !== null && { postalAddress: row.requesterPostalAddress }),
    ...(row.requesterEmail !== null && { email: row.requesterEmail }),
    ...(row.requesterPhone !== null && { phone: row.requesterPhone }),
  };
}

function toItem(item: RequestItemRecord): RequestedItem {
  return {
    number: item.number,
    text: item.text,
    ...(item.outcome !== null && { outcome: item.outcome }),
    ...(item.grounds !== null && { grounds: JSON.parse(item.grounds) as string[] }),
    ...(item.remarks !== null && { remarks: item.remarks }),
    ...(item.weighing !== null && { weighing: item.weighing }),
    ...(item.whereAvailable !== null && { whereAvailable: item.whereAvailable }),
    ...(item.answeredWith !== null && { answeredWith: item.answeredWith }),
  };
}

function toConversation(c: ConversationRecord): ConversationInput & { readonly id: string } {
  return {
    id: c.id,
    occurredOn: c.occurredOn,
    channel: c.channel,
    participants: JSON.parse(c.participants) as string[],
    summaryPoints: JSON.parse(c.summaryPoints) as string[],
    ...(c.summarySentOn !== null && { summarySentOn: c.summarySentOn }),
  };
}

export function toEventView(e: StoredRequestEvent): EventView {
  return {
    sequence: e.sequence,
    type: e.type,
    occurredOn: e.occurredOn,
    recordedAt: e.recordedAt.toISOString(),
    actor: e.actorId === null ? null : { id: e.actorId, name: e.actorName ?? '' },
    payload: e.payload,
  };
}

export function toListItem(row: RequestListRow, today: string): RequestListItem {
  return {
    id: row.id,
    reference: row.reference,
    subject: row.subject,
    requesterName: row.requesterName,
    phase: row.phase,
    regime: row.regime,
    receivedOn: row.receivedOn,
    decisionDeadline: row.decisionDeadline,
    overdue: isOverdueRow(row, today),
    ...(row.suspendedUntil !== null &&
      row.suspendedUntil >= today && { suspendedUntil: row.suspendedUntil }),
    ...(row.objectionWindowEndsOn !== null && { objectionWindowEndsOn: row.objectionWindowEndsOn }),
    ...(row.objectionStage !== null && { objectionStage: row.objectionStage }),
    ...(row.hearingOn !== null && { hearingOn: row.hearingOn }),
    ...(row.objectionDecisionDeadline !== null && {
      objectionDecisionDeadline: row.objectionDecisionDeadline,
    }),
    ...(row.appealWindowEndsOn !== null && { appealWindowEndsOn: row.appealWindowEndsOn }),
    ...(row.noticeOfDefaultTwoWeeksEnd !== null && {
      noticeOfDefaultTwoWeeksEnd: row.noticeOfDefaultTwoWeeksEnd,
    }),
    ...(row.assigneeId !== null && { assigneeId: row.assigneeId }),
    version: row.version,
  };
}
