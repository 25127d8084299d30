import { amsterdamDateTime, amsterdamStartOfDay } from './amsterdam-date-time.js';

describe('Amsterdam xs:dateTime', () => {
  it('writes an instant in local time with its offset, winter and summer', () => {
    expect(amsterdamDateTime(new Date('2026-12-03T13:05:09Z'))).toBe('2026-12-03T14:05:09+01:00');
    expect(amsterdamDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30:00+02:00');
  });

  it('gives midnight the offset in force at midnight, also on the days the clock changes', () => {
    expect(amsterdamStartOfDay('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(amsterdamStartOfDay('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(amsterdamStartOfDay('2026-06-15')).toBe('2026-06-15T00:00:00+02:00');
  });
});
