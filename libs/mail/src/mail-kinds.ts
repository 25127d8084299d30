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
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Outbox kinds and the template each uses. */
export const MAIL_KINDS = {
  'notice.state_changed': 'notice-state-changed',
  'notice.status_link': 'notice-status-link',
  'digest.coordinator': 'digest-coordinator',
  'alert.delivery_failed': 'alert-delivery-failed',
  ...Object.fromEntries(REMINDER_KINDS.map((k) => [`reminder.${k}`, 'reminder-deadline'])),
} as Readonly<Record<string, string>>;

/** What a message of an outbox kind is, in Dutch (for the delivery-failure alert). */
export function mailKindNl(kind: string): string {
  if (kind.startsWith('reminder.')) return 'herinnering aan de behandelaar';
  return (
    {
      'notice.state_changed': 'bericht aan de verzoeker over de stand van zaken',
      'notice.status_link': 'nieuwe statuslink voor de verzoeker',
      'digest.coordinator': 'dagoverzicht voor de coördinator',
      'alert.delivery_failed': 'melding van een onbezorgde e-mail',
    }[kind] ?? 'e-mail'
  );
}
