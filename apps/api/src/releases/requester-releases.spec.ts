import { LocalDate } from '@wobdesk/domain';
import { safeFileName } from './released-file.js';
import { availabilityOf } from './requester-releases.js';

describe('availabilityOf', () => {
  const today = LocalDate.parse('2024-05-14');

  it('offers nothing before the decision is sent', () => {
    expect(
      availabilityOf({ sentOn: null, disclosureDate: null, provisionalMeasureSince: null }, today),
    ).toEqual({
      state: 'not_sent',
    });
  });

  it('opens on the day the decision is sent when no objection is expected', () => {
    expect(
      availabilityOf(
        { sentOn: '2024-05-14', disclosureDate: null, provisionalMeasureSince: null },
        today,
      ),
    ).toEqual({
      state: 'open',
    });
  });

  it('waits until the disclosure date, and opens on it', () => {
    const row = {
      sentOn: '2024-05-01',
      disclosureDate: '2024-05-15',
      provisionalMeasureSince: null,
    };
    expect(availabilityOf(row, today)).toEqual({ state: 'waiting', from: '2024-05-15' });
    expect(availabilityOf(row, LocalDate.parse('2024-05-15'))).toEqual({ state: 'open' });
  });

  it('holds while a provisional measure is pending, even after the disclosure date', () => {
    const row = {
      sentOn: '2024-05-01',
      disclosureDate: '2024-05-10',
      provisionalMeasureSince: '2024-05-09',
    };
    expect(availabilityOf(row, today)).toEqual({ state: 'held', since: '2024-05-09' });
    expect(availabilityOf({ ...row, provisionalMeasureSince: null }, today)).toEqual({
      state: 'open',
    });
  });
});

describe('safeFileName', () => {
  it('keeps our own names and cuts anything else down to a safe one', () => {
    expect(safeFileName('document-12.pdf')).toBe('document-12.pdf');
    expect(safeFileName('a"b\r\nc.pdf')).toBe('a-b-c.pdf');
    expect(safeFileName('../../etc')).toBe('etc');
    expect(safeFileName('"')).toBe('bestand');
  });
});
