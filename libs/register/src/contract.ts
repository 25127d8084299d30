// The contract between the request register (libs/register, libs/persistence) and the HTTP
// layer (apps/api). Both sides code against these types; change them only together.
import type {
  ObjectionStage,
  Channel,
  ConversationChannel,
  ItemOutcome,
  RequestCommand,
  RequestCommandType,
  RequestDeadlines,
  RequestPhase,
  Regime,
  RequesterKind,
} from '@wobdesk/domain';
import type { Actor } from './actor.js';

export interface Requester {
  readonly name: string;
  /** A person (the default) or an organisation; the letters' default salutation follows it. */
  readonly kind?: RequesterKind;
  /** "Geachte heer Jansen," — as the letters will address the requester. */
  readonly salutation?: string;
  readonly postalAddress?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface RequestedItem {
  readonly number: number;
  readonly text: string;
  readonly outcome?: ItemOutcome;
  /** Refusal grounds as article codes, e.g. "5.1.2.e" (Woo) or "10.2.e" (Wob). */
  readonly grounds?: readonly string[];
  readonly remarks?: string;
  /** The weighing of interests given for a relative ground. */
  readonly weighing?: string;
  readonly whereAvailable?: string;
  /** The item whose answer this one shares. */
  readonly answeredWith?: number;
}

/** What a requester fills in on the public form; the rest (channel, receipt date) is implied. */
export interface PublicRequestInput {
  readonly requester: Requester;
  readonly subject: string;
  readonly items: readonly { readonly text: string }[];
}

/** POST /api/requests. Dates are 'YYYY-MM-DD' strings at this boundary. */
export interface NewRequestInput {
  readonly requester: Requester;
  readonly letterDate?: string;
  readonly receivedOn: string;
  readonly channel: Channel;
  readonly subject: string;
  readonly items: readonly { readonly text: string }[];
  readonly regime?: Regime;
  readonly environmentalInformation?: boolean;
  readonly theirReference?: string;
  readonly assigneeId?: string;
}

export interface ConversationInput {
  readonly occurredOn: string;
  readonly channel: ConversationChannel;
  readonly participants: readonly string[];
  readonly summaryPoints: readonly string[];
  readonly summarySentOn?: string;
}

export interface DecisionInput {
  readonly occurredOn: string;
  readonly objectionExpected?: boolean;
  /** One per requested item number; every item must get an outcome. */
  readonly outcomes: readonly {
    readonly number: number;
    readonly outcome: ItemOutcome;
    /** Codes from REFUSAL_GROUNDS of the law in force on `occurredOn`. */
    readonly grounds?: readonly string[];
    readonly remarks?: string;
    /** The weighing of interests; required when a ground is relative. */
    readonly weighing?: string;
    /** Where the information is public (a text or URL); required for `already_public`. */
    readonly whereAvailable?: string;
    /**
     * Answered together with this other item ("vragen 5 en 6"): the same outcome, and the
     * grounds, weighing and remarks given there.
     */
    readonly answeredWith?: number;
  }[];
}

/** Everything the clerks' API returns for one request. Dates are 'YYYY-MM-DD'. */
export interface RequestView {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  readonly regime: Regime;
  readonly phase: RequestPhase;
  readonly phaseNl: string;
  readonly subject: string;
  readonly requester: Requester;
  readonly letterDate?: string;
  readonly receivedOn: string;
  readonly channel: Channel;
  readonly theirReference?: string;
  readonly items: readonly RequestedItem[];
  readonly assignee?: { readonly id: string; readonly name: string };
  /** The stored deadline columns, as of the last event. */
  readonly decisionDeadline: string;
  readonly overdue: boolean;
  readonly decidedLate?: boolean;
  /** Full derivations (serialised RequestDeadlines). */
  readonly deadlines: RequestDeadlines;
  readonly conversations: readonly (ConversationInput & { readonly id: string })[];
  /** Whether the requester's status link works (never the token itself). */
  readonly statusLink: StatusLinkState;
  /** The commands the request can take now: its phase allows them and its state does not refuse them. */
  readonly availableCommands: readonly RequestCommandType[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The requester's status link: `active`; `revoked`; `not_derivable` (it works, but was issued
 * before links were derived from the server secret, so letters and e-mails cannot carry it:
 * reissue it); `none` (the request never had one).
 */
export const STATUS_LINK_STATES = ['active', 'revoked', 'not_derivable', 'none'] as const;
export type StatusLinkState = (typeof STATUS_LINK_STATES)[number];

export interface EventView {
  readonly sequence: number;
  readonly type: string;
  readonly occurredOn: string;
  /** ISO instant (UTC) of recording. */
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly name: string } | null;
  readonly payload: Record<string, unknown>;
}

export const SORT_FIELDS = ['receivedOn', 'decisionDeadline', 'reference', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface RequestListQuery {
  readonly phase?: readonly RequestPhase[];
  readonly assigneeId?: string;
  /** Decision deadline within N days from today (undecided requests only). */
  readonly dueWithinDays?: number;
  readonly overdue?: boolean;
  /** Undecided, the term suspended while waiting for a third party's view or a clarification. */
  readonly waiting?: boolean;
  /** Where the objection stands; `appeal_window`: decided on objection, appeal window still open. */
  readonly objectionStage?: ObjectionStage;
  /** Undecided with a notice of default received (Awb 4:17, 6:12). */
  readonly noticeOfDefault?: boolean;
  readonly regime?: Regime;
  readonly receivedFrom?: string;
  readonly receivedTo?: string;
  /** Text in subject or requester name. */
  readonly text?: string;
  readonly sort?: SortField;
  readonly order?: 'asc' | 'desc';
  readonly page?: number;
  readonly pageSize?: number;
}

export interface RequestListItem {
  readonly id: string;
  readonly reference: string;
  readonly subject: string;
  readonly requesterName: string;
  readonly phase: RequestPhase;
  readonly regime: Regime;
  readonly receivedOn: string;
  readonly decisionDeadline: string;
  readonly overdue: boolean;
  /** Last suspended day while waiting for a third party's view or a clarification. */
  readonly suspendedUntil?: string;
  /** Last day for an objection, once the decision was sent. */
  readonly objectionWindowEndsOn?: string;
  /** Where the objection stands, once one was lodged. */
  readonly objectionStage?: ObjectionStage;
  /** The planned hearing, while it is still to be held. */
  readonly hearingOn?: string;
  /** Last day for the decision on the objection (Awb 7:10). */
  readonly objectionDecisionDeadline?: string;
  /** Last day for beroep against the decision on the objection (Awb 6:7). */
  readonly appealWindowEndsOn?: string;
  /** The end of the two weeks after a notice of default (Awb 6:12). */
  readonly noticeOfDefaultTwoWeeksEnd?: string;
  readonly assigneeId?: string;
  readonly version: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** A user of the caller's organisation, as the pages name them. */
export interface Colleague {
  readonly id: string;
  readonly name: string;
}

/** The register's operations; implemented by RequestWorkflowService in this library. */
export interface RequestRegister {
  create(
    actor: Actor,
    input: NewRequestInput,
  ): Promise<{ request: RequestView; statusToken: string }>;
  /** Runs a domain command; `expectedVersion` (when given) must equal the stored version. */
  execute(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    command: RequestCommand,
  ): Promise<RequestView>;
  /**
   * Asks third parties for their view (the domain's `requestThirdPartyView`) and links the not
   * yet asked third parties of the documents named to that request, in the same change.
   */
  askThirdPartyView(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    command: Extract<RequestCommand, { type: 'requestThirdPartyView' }>,
    documentNumbers: readonly number[],
  ): Promise<RequestView>;
  recordConversation(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    input: ConversationInput,
  ): Promise<RequestView>;
  recordDecision(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    input: DecisionInput,
  ): Promise<RequestView>;
  assign(
    actor: Actor,
    requestId: string,
    expectedVersion: number | undefined,
    assigneeId: string,
  ): Promise<RequestView>;
  get(actor: Actor, requestId: string): Promise<RequestView>;
  /** The users of the actor's organisation by name: who a request can be assigned to. */
  colleagues(actor: Actor): Promise<readonly Colleague[]>;
  /** The id of the actor's organisation's request with this reference (kenmerk), if any. */
  idOfReference(actor: Actor, reference: string): Promise<string | undefined>;
  events(actor: Actor, requestId: string): Promise<readonly EventView[]>;
  list(actor: Actor, query: RequestListQuery): Promise<Page<RequestListItem>>;
  /** Issues a new status token (the old one stops working); returns the token once. */
  reissueStatusToken(actor: Actor, requestId: string): Promise<string>;
  revokeStatusToken(actor: Actor, requestId: string): Promise<void>;
}
