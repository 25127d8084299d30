/** How often a deadline is reminded (configuration: REMINDER_DAYS_BEFORE, REMINDER_OVERDUE_REPEAT_DAYS). */
export interface ReminderSettings {
  /** Working days before a date on which to remind, e.g. [5, 1]; the day itself is always reminded. */
  readonly daysBefore: readonly number[];
  /** Calendar days between two reminders of an overdue date (the first is the day after). */
  readonly overdueRepeatDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: [5, 1],
  overdueRepeatDays: 7,
};

/** The settings with `daysBefore` de-duplicated, positive and in descending order. */
export function normaliseReminderSettings(settings: ReminderSettings): ReminderSettings {
  const days = [...new Set(settings.daysBefore)].filter((n) => Number.isInteger(n) && n > 0);
  if (!Number.isInteger(settings.overdueRepeatDays) || settings.overdueRepeatDays < 1) {
    throw new RangeError('overdueRepeatDays must be a whole number ≥ 1');
  }
  return { daysBefore: days.sort((a, b) => b - a), overdueRepeatDays: settings.overdueRepeatDays };
}
