import { LocalDate } from '../calendar/local-date.js';
import { checkPublicationDate, earliestPublication } from './publication-date.js';

const d = LocalDate.parse;

describe('the earliest publication date', () => {
  it('is the day the decision was sent when no objection is expected', () => {
    expect(earliestPublication(d('2026-12-03'), undefined)).toEqual({
      date: d('2026-12-03'),
      article: 'Woo art. 3.3 lid 2 onder i; Awb 3:40',
    });
    expect(checkPublicationDate(d('2026-12-03'), d('2026-12-03'), undefined)).toBeUndefined();
    expect(checkPublicationDate(d('2026-12-02'), d('2026-12-03'), undefined)).toBe(
      'before_sending',
    );
  });

  it('is the disclosure date when a third party is expected to object (Woo 4.4 lid 5)', () => {
    const sent = d('2026-12-03');
    const disclosure = d('2026-12-17');
    expect(earliestPublication(sent, disclosure)?.article).toBe('Woo art. 4.4 lid 5');
    expect(checkPublicationDate(d('2026-12-16'), sent, disclosure)).toBe('before_disclosure');
    expect(checkPublicationDate(d('2026-12-17'), sent, disclosure)).toBeUndefined();
  });

  it('does not exist before the decision is sent', () => {
    expect(earliestPublication(undefined, undefined)).toBeUndefined();
    expect(checkPublicationDate(d('2026-12-17'), undefined, d('2026-12-17'))).toBe('not_sent');
  });
});
