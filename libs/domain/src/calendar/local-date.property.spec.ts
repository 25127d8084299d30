// Properties of LocalDate over random days (fast-check; a failure prints its seed).
import fc from 'fast-check';
import { LocalDate } from './local-date.js';

describe(LocalDate.name, () => {
  it('agrees with the proleptic Gregorian calendar of Date.UTC for every day 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (epochDay) => {
        const ours = LocalDate.fromEpochDay(epochDay);
        const ref = new Date(epochDay * 86_400_000);
        expect([ours.year, ours.month, ours.day]).toEqual([
          ref.getUTCFullYear(),
          ref.getUTCMonth() + 1,
          ref.getUTCDate(),
        ]);
        expect(ours.dayOfWeek % 7).toBe(ref.getUTCDay());
        expect(LocalDate.parse(ours.toString()).epochDay).toBe(epochDay);
      }),
    );
  });

  it('adds weeks as 7 days and keeps the weekday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60000 }),
        fc.integer({ min: -100, max: 100 }),
        (day, weeks) => {
          const d = LocalDate.fromEpochDay(day);
          expect(d.plusWeeks(weeks).dayOfWeek).toBe(d.dayOfWeek);
          expect(d.daysUntil(d.plusWeeks(weeks))).toBe(7 * weeks);
        },
      ),
    );
  });
});
