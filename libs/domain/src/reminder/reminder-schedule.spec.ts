// Reminder rules: examples on the 2026 calendar. The properties over random deadlines, windows
// and settings are in reminder-schedule.property.spec.ts.
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { dueReminders, reminderKey } from './due-reminders.js';
import { type ReminderRow, type ReminderSchedule } from './reminder-rules.js';
import { deadlineRanges, latestReminderIn, type SweepWindow } from './reminder-schedule.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-settings.js';
import { nthWorkingDayAfter, nthWorkingDayBefore } from './working-days.js';

const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);
const settings = DEFAULT_REMINDER_SETTINGS;
const day = (iso: string): SweepWindow => ({ after: d(iso).minusDays(1), through: d(iso) });

describe('working days', () => {
  it('skips weekends and Atw holidays (Christmas 2026 falls on Friday and Saturday)', () => {
    expect(nthWorkingDayBefore(calendar, d('2026-12-28'), 1).toString()).toBe('2026-12-24');
    expect(nthWorkingDayAfter(calendar, d('2026-12-24'), 1).toString()).toBe('2026-12-28');
    expect(nthWorkingDayBefore(calendar, d('2026-11-30'), 5).toString()).toBe('2026-11-23');
  });
});

describe('latestReminderIn (one-day windows: every reminder on its day)', () => {
  // Decision deadline Monday 30 November 2026.
  const deadline = d('2026-11-30');
  const on = (iso: string, schedule: ReminderSchedule = 'overdue') =>
    latestReminderIn(schedule, deadline, day(iso), settings, calendar)?.step;

  it('reminds 5 and 1 working days before, on the day, the day after, then weekly', () => {
    expect(on('2026-11-23')).toBe('before-5');
    expect(on('2026-11-24')).toBeUndefined();
    expect(on('2026-11-27')).toBe('before-1');
    expect(on('2026-11-30')).toBe('due');
    expect(on('2026-12-01')).toBe('overdue-1');
    expect(on('2026-12-02')).toBeUndefined();
    expect(on('2026-12-08')).toBe('overdue-2');
    expect(on('2026-12-15')).toBe('overdue-3');
    expect(on('2026-12-01', 'approaching')).toBeUndefined();
    expect(on('2026-12-01', 'ended')).toBe('ended');
  });

  it('after downtime sends only the latest reminder that fell due while down', () => {
    const window = { after: d('2026-11-20'), through: d('2026-12-03') };
    expect(latestReminderIn('overdue', deadline, window, settings, calendar)).toEqual({
      step: 'overdue-1',
      dueOn: d('2026-12-01'),
    });
    const beforeDeadline = { after: d('2026-11-20'), through: d('2026-11-29') };
    expect(latestReminderIn('overdue', deadline, beforeDeadline, settings, calendar)?.step).toBe(
      'before-1',
    );
  });
});

describe('deadlineRanges', () => {
  it('gives the ranges of a one-day sweep on Monday 23 November 2026', () => {
    const ranges = deadlineRanges('approaching', day('2026-11-23'), settings, calendar);
    // Day itself; 1 working day ahead (Tuesday 24); 5 working days ahead (Monday 30).
    expect(ranges.map((r) => `${r.from}..${r.to}`)).toEqual([
      '2026-11-23..2026-11-24',
      '2026-11-28..2026-11-30',
    ]);
  });

  it('bounds the overdue ranges for a one-day window by the number of repeats (no full scan)', () => {
    const window = day('2026-11-25');
    const oldest = d('2024-11-25');
    const ranges = deadlineRanges('overdue', window, settings, calendar, oldest);
    // One day per week over two years plus the approaching ranges.
    expect(ranges.length).toBeLessThanOrEqual(Math.ceil(731 / 7) + 3);
    expect(ranges.every((r) => r.from !== undefined)).toBe(true);
  });
});

describe('dueReminders over simulated days', () => {
  const row = (over: Partial<ReminderRow>): ReminderRow => ({ phase: 'acknowledged', ...over });

  it('applies the phase and the excluding columns', () => {
    const today = day('2026-11-30');
    const base = { decisionDeadline: d('2026-11-30'), firstTermEnd: d('2026-11-30') };
    const kinds = (r: ReminderRow) => dueReminders(r, today, settings, calendar).map((x) => x.kind);
    expect(kinds(row(base))).toEqual(['decision_deadline', 'extension_notice']);
    expect(kinds(row({ ...base, extensionNotifiedOn: d('2026-11-20') }))).toEqual([
      'decision_deadline',
    ]);
    expect(kinds(row({ ...base, suspendedSince: d('2026-11-20') }))).toEqual([]);
    expect(kinds({ ...row(base), phase: 'decided' })).toEqual([]);
    expect(kinds({ phase: 'objection_window', postalReceiptBy: d('2026-11-29') })).toEqual([
      'objection_window_ended',
    ]);
  });

  it('keys a reminder by request, kind, due day, step and recipient', () => {
    const [r] = dueReminders(
      row({ decisionDeadline: d('2026-11-30') }),
      day('2026-11-23'),
      settings,
      calendar,
    );
    expect(reminderKey('abc', r, 'Clerk@Example.nl')).toBe(
      'reminder:abc:decision_deadline:2026-11-23:before-5:clerk@example.nl',
    );
  });
});
