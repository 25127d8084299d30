// The context type of each mail template: the shape each template expects, in code. The worker's
// reminder sweep and the requester's notices build the same shapes; each kind's sample, which the
// template test renders, is declared with the kind in mail-kinds.ts.
import type { ReminderKind } from './mail-kinds.js';

export interface ReminderDeadlineContext {
  readonly organisation: { readonly name: string };
  readonly request: { readonly id: string; readonly reference: string; readonly subject: string };
  readonly reminder: {
    readonly kind: ReminderKind;
    /** YYYY-MM-DD: the date the reminder is about (the deadline, the end of a term …). */
    readonly dueOn: string;
    /** Working days until `dueOn`, for `decision_due` (omit otherwise). */
    readonly workingDaysLeft?: number;
    /** Overrides the template's default article (e.g. the Wob's for an old request). */
    readonly article?: string;
  };
}

export interface DigestItem {
  readonly kind: ReminderKind;
  readonly dueOn: string;
  readonly requestId: string;
  readonly reference: string;
  readonly subject: string;
  readonly assigneeName?: string;
}

export interface DigestCoordinatorContext {
  readonly organisation: { readonly name: string };
  /** YYYY-MM-DD: the day of the digest. */
  readonly date: string;
  readonly items: readonly DigestItem[];
}

/** What every notice to the requester names: who sends it, to whom, about which request. */
export interface RequesterNoticeContext {
  readonly organisation: { readonly name: string };
  readonly requester: { readonly name: string };
  readonly request: {
    readonly id: string;
    readonly reference: string;
    readonly subject: string;
    readonly receivedOn: string;
  };
}

export interface NoticeStateChangedContext extends RequesterNoticeContext {
  readonly change: {
    /** True for the notice sent when the request is registered. */
    readonly acknowledgement: boolean;
    readonly phase: string;
    /** Plain Dutch (PHASE_LABELS[phase].requesterNl). */
    readonly stateNl: string;
    readonly occurredOn: string;
    readonly eventType: string;
  };
  /** What the subject names: the carried letter or the step ("Besluit op uw Woo-verzoek"). */
  readonly topicNl: string;
  /** The titles of the attached letters ("Verdaging van de beslistermijn"), in sending order. */
  readonly letterTitles: readonly string[];
  readonly decisionDeadline: string | null;
  /** The requester's status page; null when the link was revoked. */
  readonly statusUrl: string | null;
  /** Number of attached letters. */
  readonly attachments: number;
}

export interface NoticeStatusLinkContext extends RequesterNoticeContext {
  /** YYYY-MM-DD: the day the new link was issued (the old one stopped working then). */
  readonly reissuedOn: string;
  /** The requester's new status page. */
  readonly statusUrl: string;
}

export interface AlertDeliveryFailedContext {
  readonly failed: {
    readonly outboxId: string;
    readonly kind: string;
    /** mailKindNl(kind) */
    readonly kindNl: string;
    readonly recipientEmail: string;
    readonly attempts: number;
    readonly lastError: string;
    readonly queuedOn: string;
  };
  readonly request: {
    readonly id: string;
    readonly reference: string;
    readonly subject: string;
  } | null;
}

export interface AccountInvitationContext {
  readonly organisation: { readonly name: string };
  readonly user: { readonly name: string; readonly email: string; readonly roleNl: string };
  readonly invitedBy: { readonly name: string };
  /** The one-time page where the invitee sets a password, and for how many days it works. */
  readonly link: { readonly url: string; readonly validDays: number };
}

export interface AccountPasswordResetContext {
  readonly organisation: { readonly name: string };
  readonly user: { readonly name: string; readonly email: string };
  /** The coordinator who sent the link. */
  readonly sentBy: { readonly name: string };
  /** The one-time page where the user sets a new password, and for how many hours it works. */
  readonly link: { readonly url: string; readonly validHours: number };
}

// Each mail kind's sample is declared with the kind (mail-kinds.ts); named here too, beside the
// context types it fills.
export { SAMPLE_MAIL_CONTEXTS } from './mail-kinds.js';
