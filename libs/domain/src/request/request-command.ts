import type { LocalDate } from '../calendar/local-date.js';
import type {
  ClarificationRequested,
  DecisionCorrected,
  DecisionTaken,
  ExtensionNotified,
  Forwarded,
  CommitteeAdviceReceived,
  HearingHeld,
  HearingScheduled,
  HearingWaived,
  ObjectionDecided,
  ObjectionDecisionExtended,
  ObjectionLodged,
  RequestEvent,
  RequestNotHandled,
  RequestReceived,
  SuspensionAgreed,
  SuspensionEnded,
  SuspensionStarted,
  ThirdPartyViewRequested,
} from './request-event.js';

/** A command carries the same facts as the event it records, minus the event's name. */
type CommandOf<T extends string, E extends RequestEvent> = { readonly type: T } & Omit<E, 'type'>;
/** A command whose only fact is its date. */
type DatedCommand<T extends string> = { readonly type: T; readonly occurredOn: LocalDate };

/**
 * What a clerk (or the worker) asks the request to do, in the imperative (what happened, the
 * events, is in the past tense). Each carries the legal date the clerk chose; `decide` refuses
 * dates after today.
 */
export type RequestCommand =
  | CommandOf<'receive', RequestReceived>
  | DatedCommand<'acknowledgeReceipt'>
  | DatedCommand<'holdConversation'>
  | CommandOf<'requestClarification', ClarificationRequested>
  | DatedCommand<'answerClarification'>
  | CommandOf<'requestThirdPartyView', ThirdPartyViewRequested>
  | DatedCommand<'receiveThirdPartyView'>
  | CommandOf<'agreeSuspension', SuspensionAgreed>
  | CommandOf<'startSuspension', SuspensionStarted>
  | CommandOf<'endSuspension', SuspensionEnded>
  | CommandOf<'notifyExtension', ExtensionNotified>
  | DatedCommand<'receiveNoticeOfDefault'>
  | CommandOf<'takeDecision', DecisionTaken>
  | CommandOf<'correctDecision', DecisionCorrected>
  | CommandOf<'declineToHandle', RequestNotHandled>
  | DatedCommand<'sendDecision'>
  | CommandOf<'lodgeObjection', ObjectionLodged>
  | CommandOf<'extendObjectionDecision', ObjectionDecisionExtended>
  | CommandOf<'scheduleHearing', HearingScheduled>
  | CommandOf<'holdHearing', HearingHeld>
  | CommandOf<'waiveHearing', HearingWaived>
  | CommandOf<'receiveCommitteeAdvice', CommitteeAdviceReceived>
  | CommandOf<'decideObjection', ObjectionDecided>
  | DatedCommand<'closeAsFinal'>
  | DatedCommand<'withdraw'>
  | CommandOf<'forward', Forwarded>;

export type RequestCommandType = RequestCommand['type'];

/** The command of type `T`, for guards that take one command kind. */
export type CommandOfType<T extends RequestCommandType> = Extract<RequestCommand, { type: T }>;
