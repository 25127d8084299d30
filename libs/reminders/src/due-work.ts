import {
  type DueReminder,
  deadlineRanges,
  dueReminders,
  type HolidayCalendar,
  LocalDate,
  REMINDER_RULES,
  type ReminderRow,
  type ReminderRule,
  type ReminderSettings,
  type SweepWindow,
} from '@wobdesk/domain';
import type { Repositories, SweepRow } from '@wobdesk/persistence';

/** A reminder the sweep found due, with the row it belongs to. */
export interface DueWork {
  readonly row: SweepRow;
  readonly reminder: DueReminder;
}

/** The stored columns of a sweep row as the domain's ReminderRow. */
export function reminderRowOf(row: SweepRow): ReminderRow {
  const dates: Record<string, LocalDate> = {};
  for (const [key, value] of Object.entries(row.dates)) {
    if (value) dates[key] = LocalDate.parse(value);
  }
  return { phase: row.phase, ...dates };
}

/**
 * Every reminder due in `window`, rule by rule: the rule's deadline ranges (libs/domain) become
 * indexed range queries, and each row found is checked again with `dueReminders` for that rule
 * (the same functions, so the query and the check cannot disagree; a spec asserts the ranges
 * are exact). Reads only rows with a reminder due.
 */
export async function findDueWork(
  tx: Pick<Repositories, 'reminders'>,
  window: SweepWindow,
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  rules: readonly ReminderRule[] = REMINDER_RULES,
): Promise<DueWork[]> {
  const work: DueWork[] = [];
  for (const rule of rules) {
    const oldest =
      rule.schedule === 'overdue'
        ? await tx.reminders.oldestDate(rule.column, rule.phases)
        : undefined;
    const ranges = deadlineRanges(
      rule.schedule,
      window,
      settings,
      calendar,
      oldest === undefined ? undefined : LocalDate.parse(oldest),
    );
    if (ranges.length === 0) continue;
    const rows = await tx.reminders.findDue({ ...rule, ranges });
    for (const row of rows) {
      for (const reminder of dueReminders(reminderRowOf(row), window, settings, calendar, [rule])) {
        work.push({ row, reminder });
      }
    }
  }
  return work;
}
