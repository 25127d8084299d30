import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import type { ReminderSchedule } from './reminder-rules.js';
import type { ReminderSettings } from './reminder-settings.js';
import { nthWorkingDayAfter, nthWorkingDayBefore } from './working-days.js';

/**
 * The days a sweep covers: after `after` (exclusive) up to and including `through` (today). A
 * daily sweep covers one day; after downtime the window covers every missed day.
 */
export interface SweepWindow {
  readonly after: LocalDate;
  readonly through: LocalDate;
}

/** One reminder of a deadline: which step of its schedule and the day it falls due. */
export interface ScheduledReminder {
  /** `before-5`, `due` (on the day), `overdue-1`, `overdue-2` …, `ended` (the day after). */
  readonly step: string;
  readonly dueOn: LocalDate;
}

/** An inclusive range of deadline dates; `from` undefined = no lower bound. */
export interface DateRange {
  readonly from?: LocalDate;
  readonly to: LocalDate;
}

function inWindow(date: LocalDate, w: SweepWindow): boolean {
  return date.isAfter(w.after) && !date.isAfter(w.through);
}

/** The `approaching` reminders of a deadline in due order: N working days before (largest N first), then the day. */
export function approachingReminders(
  deadline: LocalDate,
  settings: ReminderSettings,
  calendar: HolidayCalendar,
): ScheduledReminder[] {
  const before = [...settings.daysBefore]
    .sort((a, b) => b - a)
    .map((n) => ({ step: `before-${n}`, dueOn: nthWorkingDayBefore(calendar, deadline, n) }));
  return [...before, { step: 'due', dueOn: deadline }];
}

/** The `k`-th overdue reminder (k ≥ 1): the day after the deadline, then every repeat interval. */
export function overdueReminder(
  deadline: LocalDate,
  k: number,
  settings: ReminderSettings,
): ScheduledReminder {
  return {
    step: `overdue-${k}`,
    dueOn: deadline.plusDays(1 + settings.overdueRepeatDays * (k - 1)),
  };
}

/**
 * The reminder of one deadline that a sweep over `window` sends: the LATEST one whose due day lies
 * in the window, or none. After downtime several reminders of the same deadline may have fallen
 * due (say "5 days before", "1 day before" and "overdue"); only the latest is sent, because it
 * says everything the earlier ones would have said and they are no longer true ("5 days left").
 * A daily sweep has a one-day window, so there every reminder is sent on its day.
 */
export function latestReminderIn(
  schedule: ReminderSchedule,
  deadline: LocalDate,
  window: SweepWindow,
  settings: ReminderSettings,
  calendar: HolidayCalendar,
): ScheduledReminder | undefined {
  if (schedule === 'ended') {
    const ended = { step: 'ended', dueOn: deadline.plusDays(1) };
    return inWindow(ended.dueOn, window) ? ended : undefined;
  }
  if (schedule === 'overdue' && window.through.isAfter(deadline)) {
    const k = Math.floor((deadline.daysUntil(window.through) - 1) / settings.overdueRepeatDays) + 1;
    const last = overdueReminder(deadline, k, settings);
    return inWindow(last.dueOn, window) ? last : undefined;
  }
  const steps = approachingReminders(deadline, settings, calendar);
  for (let i = steps.length - 1; i >= 0; i--) {
    if (!steps[i].dueOn.isAfter(window.through)) {
      return inWindow(steps[i].dueOn, window) ? steps[i] : undefined;
    }
  }
  return undefined;
}

/**
 * The deadlines for which some reminder falls due in `window`, as disjoint ranges in date order:
 * what the sweep asks the database for (an index range scan per range). `oldest` bounds the
 * `overdue` schedule from below (the oldest stored deadline still in the rule's phases); without
 * it no overdue reminders are selected.
 *
 * Exact: `d` is in a range if and only if `latestReminderIn(schedule, d, window, …)` is defined
 * (property-tested), so the sweep reads no request whose reminders are not due.
 */
export function deadlineRanges(
  schedule: ReminderSchedule,
  window: SweepWindow,
  settings: ReminderSettings,
  calendar: HolidayCalendar,
  oldest?: LocalDate,
): DateRange[] {
  const { after, through } = window;
  if (!through.isAfter(after)) return [];
  if (schedule === 'ended') return merge([{ from: after, to: through.minusDays(1) }]);
  // due(d) = d-th working day before: > after ⇔ d > nthAfter(after, n); ≤ through ⇔ d ≤ nthAfter(through, n).
  const ranges: DateRange[] = settings.daysBefore.map((n) => ({
    from: nthWorkingDayAfter(calendar, after, n).plusDays(1),
    to: nthWorkingDayAfter(calendar, through, n),
  }));
  ranges.push({ from: after.plusDays(1), to: through });
  if (schedule === 'overdue' && oldest !== undefined) {
    const r = settings.overdueRepeatDays;
    // d + 1 + r(k-1) ∈ (after, through]  ⇔  d ∈ [after − r(k-1), through − 1 − r(k-1)].
    for (let k = 1; ; k++) {
      const to = through.minusDays(1 + r * (k - 1));
      if (to.isBefore(oldest)) break;
      ranges.push({ from: LocalDate.max(after.minusDays(r * (k - 1)), oldest), to });
    }
  }
  return merge(ranges);
}

/** Sorted, disjoint, non-adjacent ranges (empty ones dropped). */
function merge(ranges: readonly DateRange[]): DateRange[] {
  const sorted = ranges
    .filter((r) => r.from === undefined || !r.from.isAfter(r.to))
    .sort((a, b) => (a.from?.epochDay ?? -Infinity) - (b.from?.epochDay ?? -Infinity));
  const out: DateRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r.from === undefined || !r.from.isAfter(last.to.plusDays(1)))) {
      out[out.length - 1] = { from: last.from, to: LocalDate.max(last.to, r.to) };
    } else {
      out.push(r);
    }
  }
  return out;
}
