// Reminder rules: properties over random deadlines, windows and settings (fast-check; a failure
// prints its seed). The examples on the 2026 calendar are in reminder-schedule.spec.ts.
import fc from 'fast-check';
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { dueReminders, reminderKey } from './due-reminders.js';
import { type ReminderRow, REMINDER_RULES, type ReminderSchedule } from './reminder-rules.js';
import {
  deadlineRanges,
  type DateRange,
  latestReminderIn,
  type SweepWindow,
} from './reminder-schedule.js';
import { DEFAULT_REMINDER_SETTINGS, normaliseReminderSettings } from './reminder-settings.js';
import { nthWorkingDayAfter, nthWorkingDayBefore } from './working-days.js';

const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);
const settings = DEFAULT_REMINDER_SETTINGS;
const day = (iso: string): SweepWindow => ({ after: d(iso).minusDays(1), through: d(iso) });

const FROM = d('2022-01-01').epochDay;
const TO = d('2031-12-31').epochDay;
const dayArb = fc.integer({ min: FROM, max: TO }).map(LocalDate.fromEpochDay);
const scheduleArb = fc.constantFrom<ReminderSchedule>('approaching', 'overdue', 'ended');
const settingsArb = fc
  .record({
    daysBefore: fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 4 }),
    overdueRepeatDays: fc.integer({ min: 1, max: 21 }),
  })
  .map(normaliseReminderSettings);
const windowArb = fc
  .tuple(dayArb, fc.integer({ min: 1, max: 40 }))
  .map(([through, length]) => ({ after: through.minusDays(length), through }));

function inRanges(ranges: readonly DateRange[], date: LocalDate): boolean {
  return ranges.some(
    (r) => (r.from === undefined || !date.isBefore(r.from)) && !date.isAfter(r.to),
  );
}

describe('working days', () => {
  it('nthWorkingDayBefore is non-decreasing and inverts nthWorkingDayAfter on working days', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 20 }), (date, n) => {
        expect(
          nthWorkingDayBefore(calendar, date.plusDays(1), n).compareTo(
            nthWorkingDayBefore(calendar, date, n),
          ),
        ).toBeGreaterThanOrEqual(0);
        const later = nthWorkingDayAfter(calendar, date, n);
        if (!calendar.isNonWorkingDay(date)) {
          expect(nthWorkingDayBefore(calendar, later, n).toString()).toBe(date.toString());
        }
      }),
    );
  });
});

describe('deadlineRanges', () => {
  it('selects exactly the deadlines that have a reminder due in the window (property)', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        windowArb,
        settingsArb,
        fc.integer({ min: -120, max: 60 }),
        (schedule, window, s, offset) => {
          const oldest = window.through.minusDays(400);
          const ranges = deadlineRanges(schedule, window, s, calendar, oldest);
          const deadline = window.through.plusDays(offset);
          const due = latestReminderIn(schedule, deadline, window, s, calendar);
          expect(inRanges(ranges, deadline)).toBe(due !== undefined);
          if (due) {
            expect(due.dueOn.isAfter(window.after)).toBe(true);
            expect(due.dueOn.isAfter(window.through)).toBe(false);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('returns sorted, disjoint, non-adjacent ranges (property)', () => {
    fc.assert(
      fc.property(scheduleArb, windowArb, settingsArb, (schedule, window, s) => {
        const ranges = deadlineRanges(schedule, window, s, calendar, window.after.minusDays(300));
        for (let i = 1; i < ranges.length; i++) {
          expect(ranges[i].from!.isAfter(ranges[i - 1].to.plusDays(1))).toBe(true);
        }
      }),
    );
  });
});

describe('dueReminders over simulated days', () => {
  const row = (over: Partial<ReminderRow>): ReminderRow => ({ phase: 'acknowledged', ...over });

  it('sends each reminder of a schedule exactly once when swept daily (property)', () => {
    fc.assert(
      fc.property(dayArb, settingsArb, fc.integer({ min: 1, max: 80 }), (deadline, s, span) => {
        const request = row({ decisionDeadline: deadline });
        const start = deadline.minusDays(30);
        const keys: string[] = [];
        for (let t = 0; t <= span + 30; t++) {
          const today = start.plusDays(t);
          for (const r of dueReminders(request, day(today.toString()), s, calendar)) {
            keys.push(reminderKey('r1', r, 'a@example.nl'));
          }
        }
        expect(new Set(keys).size).toBe(keys.length);
        const last = start.plusDays(span + 30);
        const expected = latestReminderIn(
          'overdue',
          deadline,
          { after: start, through: last },
          s,
          calendar,
        );
        // The last reminder of the whole period is among those sent.
        if (expected)
          expect(keys.some((k) => k.includes(`:${expected.dueOn}:${expected.step}:`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never loses the latest reminder and never repeats one, whatever the downtime (property)', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 15 }),
        (deadline, gaps) => {
          const request = row({
            decisionDeadline: deadline,
            clarificationDeadline: deadline.minusDays(14),
          });
          let after = deadline.minusDays(40);
          const sent: string[] = [];
          for (const gap of gaps) {
            const window = { after, through: after.plusDays(gap) };
            const due = dueReminders(request, window, settings, calendar);
            for (const r of due) sent.push(reminderKey('r1', r, 'a@example.nl'));
            // A window in which some reminder of a rule fell due sends exactly one for that rule.
            for (const rule of REMINDER_RULES.filter((x) => x.kind === 'decision_deadline')) {
              const any = latestReminderIn(rule.schedule, deadline, window, settings, calendar);
              expect(due.filter((r) => r.kind === rule.kind).length).toBe(any ? 1 : 0);
            }
            after = window.through;
          }
          expect(new Set(sent).size).toBe(sent.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
