import {
  type DueReminder,
  digestKey,
  type HolidayCalendar,
  type LocalDate,
  reminderKey,
  type ReminderRuleKind,
} from '@wobdesk/domain';
import type { ReminderKind as MailReminderKind, OutboxDraft } from '@wobdesk/mail';
import type { Recipient, SweepRow } from '@wobdesk/persistence';

/** The template's reminder kind (libs/mail REMINDER_KINDS) of each reminder rule kind. */
const MAIL_KIND: Readonly<Record<ReminderRuleKind, MailReminderKind>> = {
  decision_deadline: 'decision_due',
  extension_notice: 'extension_notice_last_day',
  clarification_deadline: 'clarification_deadline',
  suspension_ended: 'suspension_ended',
  disclosure_date: 'disclosure_date',
  objection_window_ended: 'objection_window_ended',
  objection_decision_deadline: 'objection_decision_due',
  notice_of_default: 'notice_of_default_two_weeks',
  non_handling_deadline: 'non_handling_deadline',
  hearing_date: 'hearing_date',
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

/** Working days from `today` (exclusive) through `date` (inclusive); 0 when `date` ≤ today. */
export function workingDaysUntil(
  calendar: HolidayCalendar,
  today: LocalDate,
  date: LocalDate,
): number {
  let n = 0;
  for (let d = today.plusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
    if (!calendar.isNonWorkingDay(d)) n++;
  }
  return n;
}

/**
 * One reminder message to one recipient, with the `reminder-deadline` context exactly as
 * templates/mail/README.md documents it: `reminder.dueOn` is the date the reminder is about (the
 * deadline); `workingDaysLeft` only for `decision_due`.
 */
export function reminderDraft(
  row: SweepRow,
  reminder: DueReminder,
  recipient: Recipient,
  organisationName: string,
  today: LocalDate,
  calendar: HolidayCalendar,
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
      organisation: { name: organisationName },
      request: { id: row.id, reference: row.reference, subject: row.subject },
      reminder: {
        kind,
        dueOn: reminder.deadline.toString(),
        ...(kind === 'decision_due' && {
          workingDaysLeft: workingDaysUntil(calendar, today, reminder.deadline),
        }),
      },
    },
  };
}

/** One line of a digest (`digest-coordinator` items). */
export interface DigestItem {
  readonly kind: MailReminderKind;
  readonly dueOn: string;
  readonly requestId: string;
  readonly reference: string;
  readonly subject: string;
  readonly assigneeName?: string;
}

/** The daily digest of one organisation to one coordinator (`digest-coordinator`). */
export function digestDraft(
  organisationId: string,
  organisationName: string,
  day: LocalDate,
  recipient: Recipient,
  items: readonly DigestItem[],
): OutboxDraft {
  return {
    dedupeKey: digestKey(organisationId, day, recipient.email),
    organisationId,
    kind: 'digest.coordinator',
    recipient: { email: recipient.email, name: recipient.name },
    template: 'digest-coordinator',
    context: { organisation: { name: organisationName }, date: day.toString(), items },
  };
}
