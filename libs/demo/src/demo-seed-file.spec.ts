import { LocalDate } from '@wobdesk/domain';
import { resolveDate } from './demo-seed-file.js';

describe(resolveDate.name, () => {
  const today = LocalDate.parse('2026-11-25');

  it.each([
    ['2020-03-03', '2020-03-03'],
    ['today', '2026-11-25'],
    ['today-12', '2026-11-13'],
    ['today+6', '2026-12-01'],
  ])('should read %s as %s', (value, expected) => {
    expect(resolveDate(value, today).toString()).toBe(expected);
  });

  it.each(['yesterday', 'today-', '2026-02-30', 'today*2'])('should refuse %s', (value) => {
    expect(() => resolveDate(value, today)).toThrow(RangeError);
  });
});
