import { amsterdamDateOf, amsterdamStartOf } from './amsterdam.js';
import { LocalDate } from './local-date.js';

describe('amsterdamStartOf', () => {
  it.each([
    ['2026-12-01', '2026-11-30T23:00:00.000Z'], // winter: UTC+1
    ['2026-07-01', '2026-06-30T22:00:00.000Z'], // summer: UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // the clocks go forward at 02:00 that day
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // the clocks go back at 03:00 that day
  ])('should begin %s at midnight Amsterdam time', (day, instant) => {
    const start = amsterdamStartOf(LocalDate.parse(day));
    expect(start.toISOString()).toBe(instant);
    expect(amsterdamDateOf(start).toString()).toBe(day);
    expect(amsterdamDateOf(new Date(start.getTime() - 1)).toString()).toBe(
      LocalDate.parse(day).minusDays(1).toString(),
    );
  });
});
