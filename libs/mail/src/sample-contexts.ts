// One sample context per mail template: the shape each template expects, in code. The template
// test renders every one; the worker's reminder sweep builds the same shapes.
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

const request = {
  id: '5f0c1c52-0000-4000-8000-000000000001',
  reference: 'WOO-2026-0007',
  subject: 'Stukken over de herinrichting van het Stationsplein',
};

export const SAMPLE_MAIL_CONTEXTS = {
  'reminder-deadline': {
    organisation: { name: 'Gemeente Voorbeeld' },
    request,
    reminder: { kind: 'decision_due', dueOn: '2026-12-08', workingDaysLeft: 5 },
  } satisfies ReminderDeadlineContext,
  'digest-coordinator': {
    organisation: { name: 'Gemeente Voorbeeld' },
    date: '2026-11-25',
    items: [
      {
        kind: 'decision_overdue',
        dueOn: '2026-11-20',
        ...itemOf(request),
        assigneeName: 'J. Jansen',
      },
      { kind: 'disclosure_date', dueOn: '2026-11-26', ...itemOf(request) },
    ],
  } satisfies DigestCoordinatorContext,
  'notice-state-changed': {
    organisation: { name: 'Gemeente Voorbeeld' },
    requester: { name: 'P. de Vries' },
    request: { ...request, receivedOn: '2026-11-03' },
    change: {
      acknowledgement: false,
      phase: 'decided',
      stateNl: 'Wij hebben een besluit genomen.',
      occurredOn: '2026-11-25',
      eventType: 'decision_recorded',
    },
    decisionDeadline: null,
    statusUrl: 'https://woo.voorbeeld.nl/status/abc',
    attachments: 0,
  } satisfies NoticeStateChangedContext,
  'notice-status-link': {
    organisation: { name: 'Gemeente Voorbeeld' },
    requester: { name: 'P. de Vries' },
    request: { ...request, receivedOn: '2026-11-03' },
    reissuedOn: '2026-11-25',
    statusUrl: 'https://woo.voorbeeld.nl/status/def',
  } satisfies NoticeStatusLinkContext,
  'alert-delivery-failed': {
    failed: {
      outboxId: '5f0c1c52-0000-4000-8000-0000000000aa',
      kind: 'notice.state_changed',
      kindNl: 'bericht aan de verzoeker over de stand van zaken',
      recipientEmail: 'p.devries@example.nl',
      attempts: 8,
      lastError: '550 Mailbox unavailable',
      queuedOn: '2026-11-24',
    },
    request,
  } satisfies AlertDeliveryFailedContext,
} as const;

function itemOf(r: typeof request) {
  return { requestId: r.id, reference: r.reference, subject: r.subject };
}
