import { LocalDate } from '../calendar/local-date.js';
import { acknowledgementOverdueIfReceivedBy } from './acknowledgement-term.js';

describe('acknowledgementOverdueIfReceivedBy', () => {
  it('counts a request received eight days ago as overdue, seven days ago not yet', () => {
    const today = LocalDate.parse('2026-12-10');
    expect(acknowledgementOverdueIfReceivedBy(today).toString()).toBe('2026-12-02');
  });

  it('counts calendar days across a month boundary', () => {
    expect(acknowledgementOverdueIfReceivedBy(LocalDate.parse('2026-03-03')).toString()).toBe(
      '2026-02-23',
    );
  });
});
