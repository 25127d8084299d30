import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import {
  REMINDER_RULES,
  type ReminderRuleKind,
  type ReminderRow,
  type ReminderRule,
} from './reminder-rules.js';
import { latestReminderIn, type SweepWindow } from './reminder-schedule.js';
import type { ReminderSettings } from './reminder-settings.js';

/** A reminder a sweep must send (or, for `close`, a request it must close and report). */
export interface DueReminder {
  readonly kind: ReminderRuleKind;
  readonly rule: ReminderRule;
  /** The date the reminder is about (the stored deadline column). */
  readonly deadline: LocalDate;
  readonly step: string;
  /** The day the reminder fell due (in the sweep's window; before today after downtime). */
  readonly dueOn: LocalDate;
}

/** True when `rule` watches `row` at all: right phase, the date set, the excluding columns empty. */
export function ruleApplies(rule: ReminderRule, row: ReminderRow): boolean {
  return (
    rule.phases.includes(row.phase) &&
    row[rule.column] !== undefined &&
    rule.unset.every((column) => row[column] === undefined)
  );
}

/**
 * Every reminder of a request that falls due in `window`: per rule at most one (the latest, see
 * `latestReminderIn`). The same rules, as ranges, select the rows (`deadlineRanges`).
 *
 * @example dueReminders(row, { after: today.minusDays(1), through: today }, settings, calendar)
 */
export function dueReminders(
  row: ReminderRow,
  window: SweepWindow,
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  rules: readonly ReminderRule[] = REMINDER_RULES,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, row)) continue;
    const deadline = row[rule.column]!;
    const reminder = latestReminderIn(rule.schedule, deadline, window, settings, calendar);
    if (reminder) due.push({ kind: rule.kind, rule, deadline, ...reminder });
  }
  return due;
}

/**
 * The outbox key of a reminder to one recipient (contract with libs/mail):
 * `reminder:<requestId>:<kind>:<dueOn>:<step>:<email>`. The reminder's own due day and step are in
 * it, so re-running a sweep (after a crash, or a second scheduler) can never send it twice, and a
 * moved deadline (extension, suspension) gets reminders of its own.
 */
export function reminderKey(requestId: string, reminder: DueReminder, email: string): string {
  return `reminder:${requestId}:${reminder.kind}:${reminder.dueOn.toString()}:${reminder.step}:${email.toLowerCase()}`;
}

/** The outbox key of a coordinator's digest: one per organisation, day and coordinator. */
export function digestKey(organisationId: string, day: LocalDate, email: string): string {
  return `digest:${organisationId}:${day.toString()}:${email.toLowerCase()}`;
}
