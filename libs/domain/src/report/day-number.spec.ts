import { LocalDate } from '../calendar/local-date.js';
import { dayNumberOf } from './management-report.js';
import { ReportAccumulator } from './report-accumulator.js';

describe('dayNumberOf', () => {
  it('agrees with LocalDate on every day of a leap year and across the epoch', () => {
    for (let day = LocalDate.parse('1969-12-01').epochDay; day < 400; day++) {
      const date = LocalDate.fromEpochDay(day);
      expect(dayNumberOf(date.toString())).toBe(day);
    }
    expect(dayNumberOf('2024-02-29')).toBe(LocalDate.of(2024, 2, 29).epochDay);
  });

  it('refuses what is not a calendar date, as LocalDate.parse does', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-1-01', '2024/01/01', '2024-01-0x', '']) {
      expect(() => dayNumberOf(text)).toThrow(RangeError);
    }
  });
});

describe('ReportAccumulator.addDays', () => {
  it('folds a row of day numbers into the month of its date', () => {
    const d = LocalDate.parse;
    const acc = new ReportAccumulator({ from: d('2025-01-30'), to: d('2025-02-02') });
    acc.addDays({
      receivedDay: d('2025-01-31').epochDay,
      decidedDay: d('2025-02-01').epochDay,
      deadlineDay: d('2025-01-31').epochDay,
      suspendedDays: 3,
      ended: false,
    });
    const report = acc.report();
    expect(report.perMonth['2025-01']!.received).toBe(1);
    expect(report.perMonth['2025-02']).toMatchObject({ decided: 1, decidedOnTime: 0 });
    expect(report.total).toMatchObject({ grossDays: { median: 1 }, netDays: { median: 0 } });
  });
});
