import type { LocalDate } from '../calendar/local-date.js';
import type { Regime } from '../deadline/regime.js';

/**
 * What happened to a request, in the past tense (commands, what is asked, are imperative).
 * `occurredOn` is the legal date a clerk chose (LD-DATES: a calendar date in Europe/Amsterdam): for
 * `request_received` and `objection_lodged` it is the date of receipt. Who recorded it and when is
 * added by the persistence layer; it is not a fact of the domain.
 */
interface EventOf<T extends string> {
  readonly type: T;
  readonly occurredOn: LocalDate;
}

/** Awb 4:15 lid 2 sub b (delay attributable to the requester) and sub c (force majeure). */
export const OPEN_ENDED_SUSPENSION_KINDS = ['requester_delay', 'force_majeure'] as const;
export type OpenEndedSuspensionKind = (typeof OPEN_ENDED_SUSPENSION_KINDS)[number];

/** Woo art. 4.4 lid 2 and Wob art. 6 lid 6 sub b require size or complexity; others are free. */
export const EXTENSION_REASONS = ['size_or_complexity', 'other'] as const;
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];

export const CLOSE_REASONS = ['final', 'objection_decided'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export type RequestReceived = EventOf<'request_received'> & {
  /** Overrides the term regime the receipt date picks (LD-REGIME). */
  readonly regime?: Regime;
  /** Wob art. 6 lid 6: environmental information. */
  readonly environmentalInformation?: boolean;
};
export type ReceiptAcknowledged = EventOf<'receipt_acknowledged'>;
export type ConversationHeld = EventOf<'conversation_held'>;
/** Awb 4:5 / 4:15 lid 1 sub a; without `termEndsOn` nothing is suspended (LD-CLARIFICATION-NO-TERM). */
export type ClarificationRequested = EventOf<'clarification_requested'> & {
  readonly termEndsOn?: LocalDate;
};
export type ClarificationAnswered = EventOf<'clarification_answered'>;
/** Woo art. 4.4 lid 3 / Wob art. 6 lid 3: `occurredOn` is the notice to the requester. */
export type ThirdPartyViewRequested = EventOf<'third_party_view_requested'> & {
  readonly termEndsOn: LocalDate;
};
export type ThirdPartyViewReceived = EventOf<'third_party_view_received'>;
/** Awb 4:15 lid 2 sub a: written consent to a postponement of `days` days. */
export type SuspensionAgreed = EventOf<'suspension_agreed'> & { readonly days: number };
/** `occurredOn` is the first suspended day. */
export type SuspensionStarted = EventOf<'suspension_started'> & {
  readonly kind: OpenEndedSuspensionKind;
};
/** `occurredOn` is the last suspended day (inclusive). */
export type SuspensionEnded = EventOf<'suspension_ended'> & {
  readonly kind: OpenEndedSuspensionKind;
};
/** Verdaging: Woo art. 4.4 lid 2 / Wob art. 6 lid 2; `occurredOn` is the date of the notice. */
export type ExtensionNotified = EventOf<'extension_notified'> & {
  readonly days: number;
  readonly reason: ExtensionReason;
  /** The reasons given in the notice (the letter must be reasoned). */
  readonly motivation?: string;
};
/** Ingebrekestelling (Awb 6:12). */
export type NoticeOfDefaultReceived = EventOf<'notice_of_default_received'>;
export type DecisionTaken = EventOf<'decision_taken'> & {
  /** Woo art. 4.4 lid 5 / Wob art. 6 lid 5: a third party is expected to object. */
  readonly objectionExpected?: boolean;
};
/**
 * The decision recorded again before it was sent: it replaces the decision taken (a besluit has
 * no effect until it is bekendgemaakt, Awb 3:40), and the history keeps both.
 */
export type DecisionCorrected = EventOf<'decision_corrected'> & {
  readonly objectionExpected?: boolean;
};
/**
 * The decision not to handle the request because the requester did not specify it (in time, or
 * sufficiently): Woo art. 4.1 lid 6, under the Wob Awb 4:5. Itself a besluit, sent like the
 * decision (LD-NOT-HANDLED). `reason` says why a recorded answer was not enough.
 */
export type RequestNotHandled = EventOf<'request_not_handled'> & { readonly reason?: string };
/** Bekendmaking (Awb 3:41): the objection period starts the next day (Awb 6:8). */
export type DecisionSent = EventOf<'decision_sent'>;
export type ObjectionLodged = EventOf<'objection_lodged'> & {
  readonly byPost: boolean;
  /** Awb 6:9 lid 2: only for postal objections. */
  readonly postedOn?: LocalDate;
  /** Awb 7:10 lid 1 with 7:13: 12 instead of 6 weeks, only when announced. */
  readonly advisoryCommittee?: boolean;
};
/** Awb 7:10 lid 3: at most six weeks. */
export type ObjectionDecisionExtended = EventOf<'objection_decision_extended'> & {
  readonly days: number;
};
/**
 * Awb 7:2: the hearing on the objection is planned (date and place, so the invitation can say
 * them). It may be planned again, e.g. when the objector asks for another date.
 */
export type HearingScheduled = EventOf<'hearing_scheduled'> & {
  readonly hearingOn: LocalDate;
  readonly place: string;
};
/** Awb 7:2, 7:7: the hearing took place on `occurredOn`; `report` is the record (verslag) of it. */
export type HearingHeld = EventOf<'hearing_held'> & { readonly report: string };
/** Awb 7:3: the grounds on which the objector need not be heard. */
export const HEARING_WAIVER_GROUNDS = [
  'manifestly_inadmissible',
  'manifestly_unfounded',
  'objector_waived',
  'fully_granted',
] as const;
export type HearingWaiverGround = (typeof HEARING_WAIVER_GROUNDS)[number];
export type HearingWaived = EventOf<'hearing_waived'> & { readonly ground: HearingWaiverGround };
/** Awb 7:13: the advisory committee's advice on the objection was received. */
export type CommitteeAdviceReceived = EventOf<'committee_advice_received'>;
/** Awb 7:11, 7:12: gegrond, ongegrond or niet-ontvankelijk. */
export const OBJECTION_OUTCOMES = ['well_founded', 'unfounded', 'inadmissible'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export type ObjectionDecided = EventOf<'objection_decided'> & {
  readonly outcome: ObjectionOutcome;
  /**
   * Awb 7:11 lid 2: a well-founded objection revokes the decision, and a new decision takes its
   * place in the decision on objection itself. Recorded so the history says so.
   */
  readonly newDecision?: boolean;
};
export type Closed = EventOf<'closed'> & { readonly reason: CloseReason };
export type Withdrawn = EventOf<'withdrawn'>;
/** Woo art. 4.2: forwarded to the competent body. */
export type Forwarded = EventOf<'forwarded'> & { readonly to: string };

export type RequestEvent =
  | RequestReceived
  | ReceiptAcknowledged
  | ConversationHeld
  | ClarificationRequested
  | ClarificationAnswered
  | ThirdPartyViewRequested
  | ThirdPartyViewReceived
  | SuspensionAgreed
  | SuspensionStarted
  | SuspensionEnded
  | ExtensionNotified
  | NoticeOfDefaultReceived
  | DecisionTaken
  | DecisionCorrected
  | RequestNotHandled
  | DecisionSent
  | ObjectionLodged
  | ObjectionDecisionExtended
  | HearingScheduled
  | HearingHeld
  | HearingWaived
  | CommitteeAdviceReceived
  | ObjectionDecided
  | Closed
  | Withdrawn
  | Forwarded;

export type RequestEventType = RequestEvent['type'];
