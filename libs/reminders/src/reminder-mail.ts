import {
  type DueReminder,
  digestKey,
  type LocalDate,
  reminderKey,
  type ReminderKind,
} from '@wobdesk/domain';
import type { OutboxDraft } from '@wobdesk/mail';
import type { Recipient, SweepRow } from '@wobdesk/persistence';

/** The `reminder.kind` the `reminder-deadline` template words (libs/mail mail-kinds.ts). */
export type MailReminderKind =
  | 'decision_due'
  | 'decision_due_today'
  | 'decision_overdue'
  | 'extension_notice_last_day'
  | 'clarification_deadline'
  | 'suspension_ended'
  | 'disclosure_date'
  | 'objection_window_ended'
  | 'objection_decision_due'
  | 'notice_of_default_two_weeks';

const MAIL_KIND: Readonly<Record<ReminderKind, MailReminderKind>> = {
  decision_deadline: 'decision_due',
  extension_notice: 'extension_notice_last_day',
  clarification_deadline: 'clarification_deadline',
  suspension_ended: 'suspension_ended',
  disclosure_date: 'disclosure_date',
  objection_window_ended: 'objection_window_ended',
  objection_decision_deadline: 'objection_decision_due',
  notice_of_default: 'notice_of_default_two_weeks',
};

/** The template's reminder kind of a due reminder: the decision deadline has three wordings. */
export function mailReminderKind(reminder: DueReminder): MailReminderKind {
  if (reminder.kind === 'decision_deadline') {
    if (reminder.step === 'due') return 'decision_due_today';
    if (reminder.step.startsWith('overdue')) return 'decision_overdue';
  }
  return MAIL_KIND[reminder.kind];
}

/** Who a reminder goes to: the assignee, or the organisation's coordinators when unassigned. */
export function recipientsOf(
  row: Pick<SweepRow, 'assigneeId' | 'organisationId'>,
  users: ReadonlyMap<string, Recipient>,
  coordinators: ReadonlyMap<string, readonly Recipient[]>,
): readonly Recipient[] {
  const assignee = row.assigneeId === null ? undefined : users.get(row.assigneeId);
  return assignee ? [assignee] : (coordinators.get(row.organisationId) ?? []);
}

/** One reminder message to one recipient (context: templates/mail/README.md, `reminder-deadline`). */
export function reminderDraft(
  row: SweepRow,
  reminder: DueReminder,
  recipient: Recipient,
  organisationName: string,
  today: LocalDate,
): OutboxDraft {
  const kind = mailReminderKind(reminder);
  return {
    dedupeKey: reminderKey(row.id, reminder, recipient.email),
    organisationId: row.organisationId,
    requestId: row.id,
    kind: `reminder.${kind}`,
    recipient: { email: recipient.email, name: recipient.name },
    template: 'reminder-deadline',
    context: {
      recipientName: recipient.name,
      organisationName,
      request: { id: row.id, reference: row.reference, subject: row.subject },
      reminder: {
        kind,
        rule: reminder.kind,
        step: reminder.step,
        date: reminder.deadline.toString(),
        dueOn: reminder.dueOn.toString(),
        daysFromToday: today.daysUntil(reminder.deadline),
        labelNl: reminder.rule.nl,
        article: reminder.rule.article,
        late: reminder.dueOn.isBefore(today),
      },
    },
  };
}

export interface DigestItem {
  readonly requestId: string;
  readonly reference: string;
  readonly subject: string;
  readonly date: string;
}

export interface DigestContent {
  readonly dueThisWeek: readonly DigestItem[];
  readonly overdue: readonly DigestItem[];
  readonly closedAutomatically: readonly DigestItem[];
  readonly totals: {
    readonly dueThisWeek: number;
    readonly overdue: number;
    readonly closedAutomatically: number;
  };
}

/** The daily digest of one organisation to one coordinator (`digest-coordinator`). */
export function digestDraft(
  organisationId: string,
  organisationName: string,
  day: LocalDate,
  recipient: Recipient,
  content: DigestContent,
): OutboxDraft {
  return {
    dedupeKey: digestKey(organisationId, day, recipient.email),
    organisationId,
    kind: 'digest.coordinator',
    recipient: { email: recipient.email, name: recipient.name },
    template: 'digest-coordinator',
    context: { recipientName: recipient.name, organisationName, date: day.toString(), ...content },
  };
}
