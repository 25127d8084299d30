import { LocalDate } from '../calendar/local-date.js';
import { durations, requestReport } from './report-accumulator.js';

const d = LocalDate.parse;

describe('durations', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(durations([5, 1, 3])).toEqual({ mean: 3, median: 3 });
    expect(durations([10, 2, 4, 8])).toEqual({ mean: 6, median: 6 });
    expect(durations([])).toEqual({});
  });
});

describe('requestReport', () => {
  it('subtracts the suspended days for the net duration and lists every month of the period', () => {
    const report = requestReport(
      [
        {
          receivedOn: d('2025-01-10'),
          decidedOn: d('2025-03-01'),
          decisionDeadline: d('2025-03-05'),
          suspendedDays: 20,
          ended: false,
          handlerId: 'u1',
        },
        {
          receivedOn: d('2025-02-01'),
          decisionDeadline: d('2025-03-01'),
          suspendedDays: 0,
          ended: false,
        },
        {
          receivedOn: d('2025-02-02'),
          decisionDeadline: d('2025-03-02'),
          suspendedDays: 0,
          ended: true,
        },
      ],
      { from: d('2025-01-01'), to: d('2025-03-31') },
    );
    expect(report.total).toEqual({
      received: 3,
      decided: 1,
      decidedOnTime: 1,
      onTimePercent: 100,
      grossDays: { mean: 50, median: 50 },
      netDays: { mean: 30, median: 30 },
      pending: 1,
    });
    expect(Object.keys(report.perMonth)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(report.perMonth['2025-03']!.decided).toBe(1);
    expect(report.perHandler['']!.pending).toBe(1);
    expect(report.perHandler['u1']!.decided).toBe(1);
  });
});
