import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { RequestDeadlines, RequestFacts } from '../deadline/request-facts.js';
import type {
  CloseReason,
  HearingWaiverGround,
  ObjectionOutcome,
  OpenEndedSuspensionKind,
  RequestEventType,
} from './request-event.js';
import type { RequestPhase } from './request-phase.js';

/** A clarification asked for and not yet answered; `index` points into `facts.suspensions`. */
export interface OpenClarification {
  readonly index: number;
  readonly requestedOn: LocalDate;
  readonly termEndsOn?: LocalDate;
}

/** A third-party view asked for and not yet received; `index` points into `facts.suspensions`. */
export interface OpenThirdPartyView {
  readonly index: number;
  readonly notifiedOn: LocalDate;
  readonly termEndsOn: LocalDate;
}

/**
 * The snapshot of a request: always the fold of its events (`foldEvents`). Persistence stores it
 * next to the events; nothing derived from `today` (overdue, days left) is in here.
 */
export interface RequestState {
  readonly phase: RequestPhase;
  /** The date of the event that started the current phase. */
  readonly phaseSince: LocalDate;
  /** The latest `occurredOn` recorded so far. */
  readonly lastEventOn: LocalDate;
  /** The input of the deadline engine. */
  readonly facts: RequestFacts;
  /** `computeRequestDeadlines(facts, calendar)`, recomputed whenever the facts change. */
  readonly deadlines: RequestDeadlines;
  readonly openClarification?: OpenClarification;
  readonly openThirdPartyView?: OpenThirdPartyView;
  /**
   * Suspensions under Awb 4:15 lid 2 sub b/c that have started and not ended: first suspended
   * day per kind. They enter `facts` only when they end, because their length is unknown.
   */
  readonly openSuspensions: Readonly<Partial<Record<OpenEndedSuspensionKind, LocalDate>>>;
  /** Woo art. 4.4 lid 2 / Wob art. 6 lid 2: "eenmaal". */
  readonly extensionUsed: boolean;
  /** Awb 7:10 lid 3. */
  readonly objectionExtensionUsed: boolean;
  readonly objectionDecidedOn?: LocalDate;
  /** The steps of the objection procedure that move no date: hearing, advice, outcome. */
  readonly objectionProcedure?: ObjectionProcedure;
  readonly closeReason?: CloseReason;
  readonly forwardedTo?: string;
  /** How many events of each type were recorded (for history overviews and sanity checks). */
  readonly eventCounts: Readonly<Partial<Record<RequestEventType, number>>>;
}

/** Awb 7:2–7:13: how far the objection has been heard and advised on, and how it was decided. */
export interface ObjectionProcedure {
  readonly hearing?: { readonly on: LocalDate; readonly place: string };
  readonly hearingHeldOn?: LocalDate;
  readonly hearingReport?: string;
  readonly hearingWaived?: HearingWaiverGround;
  readonly adviceReceivedOn?: LocalDate;
  readonly outcome?: ObjectionOutcome;
  readonly newDecision?: boolean;
}

/** What `decide` needs from outside: the date today (Europe/Amsterdam) and the Atw calendar. */
export interface DecideContext {
  readonly today: LocalDate;
  readonly calendar: HolidayCalendar;
}
