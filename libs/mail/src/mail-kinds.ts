// The mail kinds: one declaration each, with the outbox kind(s), the template
// (templates/mail/<template>.subject.hbs, .txt.hbs and .html.hbs), its context type (through the
// sample's type), who may receive it and a sample the template test renders. The outbox's kind
// names, the Dutch names in the delivery-failure alert and the samples are read from this list;
// a new mail is one entry here, its context type in sample-contexts.ts and its three templates.
import type {
  AccountInvitationContext,
  AccountPasswordResetContext,
  AlertDeliveryFailedContext,
  DigestCoordinatorContext,
  NoticeStateChangedContext,
  NoticeStatusLinkContext,
  ReminderDeadlineContext,
} from './sample-contexts.js';

/**
 * The reminder kinds the `reminder-deadline` template words (its `reminder.kind`). The outbox
 * kind of such a message is `reminder.<kind>`. See templates/mail/README.md for the context.
 */
export const REMINDER_KINDS = [
  /** Decision deadline approaching (default 5 and 1 working days before). */
  'decision_due',
  'decision_due_today',
  /** Decision deadline passed (then weekly). */
  'decision_overdue',
  /** Last day to send an extension notice (end of the first term). */
  'extension_notice_last_day',
  /** Woo 4.1 lid 5: the requester's term to clarify the request ends. */
  'clarification_deadline',
  /** Woo 4.4 lid 4: a suspension for third-party views ended and needs its notice. */
  'suspension_ended',
  /** Woo 4.4 lid 5: the disclosure date. */
  'disclosure_date',
  /** The objection window ended (the request was closed automatically). */
  'objection_window_ended',
  /** The deadline of the decision on an objection. */
  'objection_decision_due',
  /** Awb 6:12: two weeks after a notice of default. */
  'notice_of_default_two_weeks',
  /** Woo 4.1 lid 6, Awb 4:5 lid 4: the last day to make known a decision not to handle. */
  'non_handling_deadline',
  /** Awb 7:2: the day of the hearing on an objection. */
  'hearing_date',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Who a mail kind goes to. */
export type MailRecipient = 'requester' | 'assigned clerk' | 'coordinators' | 'the user';

export interface MailKindDefinition<T extends string = string, C extends object = object> {
  /** The outbox kinds that use the template (a family, for the reminders). */
  readonly kinds: readonly string[];
  /** A prefix that marks further kinds of the family (a reminder kind not listed above). */
  readonly family?: string;
  readonly template: T;
  /** What a message of this kind is, in Dutch (for the delivery-failure alert). */
  readonly kindNl: string;
  readonly recipient: MailRecipient;
  /** A complete context: the template test renders it. */
  readonly sample: C;
}

export function defineMailKind<T extends string, C extends object>(
  definition: MailKindDefinition<T, C>,
): MailKindDefinition<T, C> {
  return definition;
}

const request = {
  id: '5f0c1c52-0000-4000-8000-000000000001',
  reference: 'WOO-2026-0007',
  subject: 'Stukken over de herinrichting van het Stationsplein',
};

const MAIL_KIND_LIST = [
  defineMailKind({
    kinds: ['notice.state_changed'],
    template: 'notice-state-changed',
    kindNl: 'bericht aan de verzoeker over de stand van zaken',
    recipient: 'requester',
    sample: {
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
      topicNl: 'Besluit op uw Woo-verzoek',
      letterTitles: ['Besluit'],
      decisionDeadline: null,
      statusUrl: 'https://woo.voorbeeld.nl/status/abc',
      attachments: 1,
    } satisfies NoticeStateChangedContext,
  }),
  defineMailKind({
    kinds: ['notice.status_link'],
    template: 'notice-status-link',
    kindNl: 'nieuwe statuslink voor de verzoeker',
    recipient: 'requester',
    sample: {
      organisation: { name: 'Gemeente Voorbeeld' },
      requester: { name: 'P. de Vries' },
      request: { ...request, receivedOn: '2026-11-03' },
      reissuedOn: '2026-11-25',
      statusUrl: 'https://woo.voorbeeld.nl/status/def',
    } satisfies NoticeStatusLinkContext,
  }),
  defineMailKind({
    kinds: REMINDER_KINDS.map((k) => `reminder.${k}`),
    family: 'reminder.',
    template: 'reminder-deadline',
    kindNl: 'herinnering aan de behandelaar',
    recipient: 'assigned clerk',
    sample: {
      organisation: { name: 'Gemeente Voorbeeld' },
      request,
      reminder: { kind: 'decision_due', dueOn: '2026-12-08', workingDaysLeft: 5 },
    } satisfies ReminderDeadlineContext,
  }),
  defineMailKind({
    kinds: ['digest.coordinator'],
    template: 'digest-coordinator',
    kindNl: 'dagoverzicht voor de coördinator',
    recipient: 'coordinators',
    sample: {
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
  }),
  defineMailKind({
    kinds: ['alert.delivery_failed'],
    template: 'alert-delivery-failed',
    kindNl: 'melding van een onbezorgde e-mail',
    recipient: 'coordinators',
    sample: {
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
  }),
  defineMailKind({
    kinds: ['account.invitation'],
    template: 'account-invitation',
    kindNl: 'uitnodiging voor een nieuwe gebruiker',
    recipient: 'the user',
    sample: {
      organisation: { name: 'Gemeente Voorbeeld' },
      user: { name: 'J. Jansen', email: 'j.jansen@voorbeeld.nl', roleNl: 'behandelaar' },
      invitedBy: { name: 'A. de Boer' },
      link: { url: 'https://woo.voorbeeld.nl/wachtwoord/abc', validDays: 7 },
    } satisfies AccountInvitationContext,
  }),
  defineMailKind({
    kinds: ['account.password_reset'],
    template: 'account-password-reset',
    kindNl: 'link om een nieuw wachtwoord in te stellen',
    recipient: 'the user',
    sample: {
      organisation: { name: 'Gemeente Voorbeeld' },
      user: { name: 'J. Jansen', email: 'j.jansen@voorbeeld.nl' },
      sentBy: { name: 'A. de Boer' },
      link: { url: 'https://woo.voorbeeld.nl/wachtwoord/def', validHours: 24 },
    } satisfies AccountPasswordResetContext,
  }),
] as const;

type DeclaredMail = (typeof MAIL_KIND_LIST)[number];

/** Every mail kind's declaration. */
export const MAIL_KIND_DEFINITIONS: readonly MailKindDefinition[] = MAIL_KIND_LIST;

/** Outbox kinds and the template each uses. */
export const MAIL_KINDS = Object.fromEntries(
  MAIL_KIND_LIST.flatMap((d) => d.kinds.map((kind) => [kind, d.template])),
) as Readonly<Record<string, string>>;

/** One sample context per mail template, of that template's context type. */
export const SAMPLE_MAIL_CONTEXTS = Object.fromEntries(
  MAIL_KIND_LIST.map((d) => [d.template, d.sample]),
) as { readonly [D in DeclaredMail as D['template']]: D['sample'] };

/** What a message of an outbox kind is, in Dutch (for the delivery-failure alert). */
export function mailKindNl(kind: string): string {
  const definition = MAIL_KIND_DEFINITIONS.find(
    (d) => d.kinds.includes(kind) || (d.family !== undefined && kind.startsWith(d.family)),
  );
  return definition?.kindNl ?? 'e-mail';
}

function itemOf(r: typeof request) {
  return { requestId: r.id, reference: r.reference, subject: r.subject };
}
