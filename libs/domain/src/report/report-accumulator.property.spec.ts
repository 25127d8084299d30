// Properties of the report's fold over random request rows (fast-check; a failure prints its seed).
import fc from 'fast-check';
import { LocalDate } from '../calendar/local-date.js';
import type { ReportRequestRow } from './management-report.js';
import { durations, ReportAccumulator, requestReport } from './report-accumulator.js';

const BASE = LocalDate.parse('2024-01-01').epochDay;
const day = (offset: number) => LocalDate.fromEpochDay(BASE + offset);

const rowArb: fc.Arbitrary<ReportRequestRow> = fc
  .record({
    received: fc.integer({ min: 0, max: 700 }),
    took: fc.option(fc.integer({ min: 0, max: 200 })),
    term: fc.integer({ min: 14, max: 90 }),
    suspended: fc.integer({ min: 0, max: 60 }),
    ended: fc.boolean(),
    handler: fc.option(fc.constantFrom('a', 'b', 'c')),
  })
  .map((r) => ({
    receivedOn: day(r.received),
    ...(r.took === null || r.ended ? {} : { decidedOn: day(r.received + r.took) }),
    decisionDeadline: day(r.received + r.term),
    suspendedDays: r.took === null ? r.suspended : Math.min(r.suspended, r.took),
    ended: r.ended,
    ...(r.handler === null ? {} : { handlerId: r.handler }),
  }));

const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ from: day(start), to: day(start + length) }));

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('the report fold', () => {
  it('counts each request once: per handler and per month add up to the total', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), periodArb, (rows, period) => {
        const r = requestReport(rows, period);
        const handlers = Object.values(r.perHandler);
        const months = Object.values(r.perMonth);
        for (const key of ['received', 'decided', 'decidedOnTime'] as const) {
          expect(sum(handlers.map((h) => h[key]))).toBe(r.total[key]);
          expect(sum(months.map((m) => m[key]))).toBe(r.total[key]);
        }
        expect(sum(handlers.map((h) => h.pending))).toBe(r.total.pending);
      }),
    );
  });

  it('agrees with a direct count, and the net duration never exceeds the gross', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), periodArb, (rows, period) => {
        const inPeriod = (d?: LocalDate) =>
          !!d && !d.isBefore(period.from) && !d.isAfter(period.to);
        const decided = rows.filter((row) => inPeriod(row.decidedOn));
        const r = requestReport(rows, period);
        expect(r.total.received).toBe(rows.filter((row) => inPeriod(row.receivedOn)).length);
        expect(r.total.decided).toBe(decided.length);
        expect(r.total.decidedOnTime).toBe(
          decided.filter((row) => !row.decidedOn!.isAfter(row.decisionDeadline)).length,
        );
        if (decided.length === 0) {
          expect(r.total.onTimePercent).toBeUndefined();
          expect(r.total.grossDays).toEqual({});
        } else {
          expect(r.total.netDays.mean!).toBeLessThanOrEqual(r.total.grossDays.mean!);
          expect(r.total.netDays.median!).toBeLessThanOrEqual(r.total.grossDays.median!);
        }
      }),
    );
  });

  it('does not depend on the order in which the rows stream in', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), periodArb, (rows, period) => {
        const reversed = new ReportAccumulator(period);
        for (const row of [...rows].reverse()) reversed.add(row);
        expect(reversed.report()).toEqual(requestReport(rows, period));
      }),
    );
  });

  it('puts the median between the smallest and the largest duration', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), (days) => {
        const { median, mean } = durations(days);
        expect(median!).toBeGreaterThanOrEqual(Math.min(...days));
        expect(median!).toBeLessThanOrEqual(Math.max(...days));
        expect(Math.abs(mean! - sum(days) / days.length)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
