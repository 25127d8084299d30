import { LocalDate } from './local-date.js';
import { amsterdamDateOf } from './amsterdam.js';

describe(LocalDate.name, () => {
  it('parses and prints ISO dates, and rejects impossible ones', () => {
    expect(LocalDate.parse('2024-02-29').toString()).toBe('2024-02-29');
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '24-01-01',
      '2024-1-1',
      '',
    ]) {
      expect(LocalDate.isValid(bad)).toBe(false);
    }
    expect(() => LocalDate.parse('2100-02-29')).toThrow(RangeError);
    expect(LocalDate.parse('2000-02-29').day).toBe(29);
  });

  it('knows the weekday (3 March 2020 was a Tuesday, 1 January 1970 a Thursday)', () => {
    expect(LocalDate.parse('2020-03-03').dayOfWeek).toBe(2);
    expect(LocalDate.parse('1970-01-01').dayOfWeek).toBe(4);
    expect(LocalDate.parse('1969-12-28').dayOfWeek).toBe(7);
  });
});

describe(amsterdamDateOf.name, () => {
  it('takes the calendar date in Amsterdam, not in UTC (LD-DATES)', () => {
    expect(amsterdamDateOf(new Date('2023-12-24T22:30:00Z')).toString()).toBe('2023-12-24'); // 23:30 CET
    expect(amsterdamDateOf(new Date('2023-12-24T23:30:00Z')).toString()).toBe('2023-12-25'); // 00:30 CET
    expect(amsterdamDateOf(new Date('2024-06-30T22:30:00Z')).toString()).toBe('2024-07-01'); // 00:30 CEST
    expect(amsterdamDateOf(new Date('2024-06-30T21:59:00Z')).toString()).toBe('2024-06-30'); // 23:59 CEST
  });
});
