import { LocalDate } from '../calendar/local-date.js';
import {
  anonymisedPayload,
  erasureRefusal,
  isPastRetention,
  type PrivacyFacts,
  retentionEndsOn,
  retentionStartsOn,
} from './requester-privacy.js';

const d = (iso: string) => LocalDate.parse(iso);
const closed: PrivacyFacts = {
  phase: 'closed',
  lastStepOn: d('2024-03-10'),
  objectionWindowEndsOn: d('2024-04-20'),
  appealWindowEndsOn: null,
  anonymisedOn: null,
};

describe('requester privacy', () => {
  it('counts the period from the later of the last step and the end of the objection and appeal windows', () => {
    expect(retentionStartsOn(closed).toString()).toBe('2024-04-20');
    expect(retentionStartsOn({ ...closed, appealWindowEndsOn: d('2024-08-01') }).toString()).toBe(
      '2024-08-01',
    );
    expect(retentionStartsOn({ ...closed, objectionWindowEndsOn: null }).toString()).toBe(
      '2024-03-10',
    );
  });

  it('adds calendar months and keeps the day within the month', () => {
    expect(retentionEndsOn(d('2024-01-31'), 1).toString()).toBe('2024-02-29');
    expect(retentionEndsOn(d('2023-01-31'), 1).toString()).toBe('2023-02-28');
    expect(retentionEndsOn(d('2024-04-20'), 60).toString()).toBe('2029-04-20');
    expect(retentionEndsOn(d('2024-11-30'), 3).toString()).toBe('2025-02-28');
  });

  it('is past retention only for a finished, not yet anonymised request from the end day on', () => {
    expect(isPastRetention(closed, 12, d('2025-04-19'))).toBe(false);
    expect(isPastRetention(closed, 12, d('2025-04-20'))).toBe(true);
    expect(isPastRetention({ ...closed, phase: 'objection_lodged' }, 12, d('2030-01-01'))).toBe(
      false,
    );
    expect(isPastRetention({ ...closed, anonymisedOn: d('2025-05-01') }, 12, d('2030-01-01'))).toBe(
      false,
    );
  });

  it('refuses erasure while the request runs or an objection or appeal can be lodged', () => {
    expect(erasureRefusal({ ...closed, phase: 'acknowledged' }, d('2024-05-01'))?.code).toBe(
      'in_progress',
    );
    expect(erasureRefusal({ ...closed, phase: 'objection_window' }, d('2024-04-25'))?.code).toBe(
      'objection_window',
    );
    const inWindow = erasureRefusal(closed, d('2024-04-20'));
    expect(inWindow?.code).toBe('objection_window');
    expect(inWindow?.reasonNl).toContain('artikel 17 lid 3 onder b AVG');
    // The coordinator reads the last day as a letter would print it.
    expect(inWindow?.reasonNl).toContain('tot en met zaterdag 20 april 2024.');
    const appeal = erasureRefusal(
      { ...closed, appealWindowEndsOn: d('2024-06-01') },
      d('2024-05-01'),
    );
    expect(appeal?.code).toBe('appeal_window');
    expect(appeal?.reasonNl).toContain('in beroep gaan tot en met zaterdag 1 juni 2024.');
    expect(erasureRefusal(closed, d('2024-04-21'))).toBeNull();
    expect(
      erasureRefusal({ ...closed, anonymisedOn: d('2024-05-01') }, d('2024-06-01'))?.code,
    ).toBe('already_anonymised');
  });

  it('blanks personal values in payloads at any depth and keeps the rest', () => {
    expect(
      anonymisedPayload({
        number: 3,
        summary: 'Jan de Vries belde',
        views: [{ name: 'P. Jansen', view: 'consent' }],
        to: 'Gemeente Utrecht',
      }),
    ).toEqual({
      number: 3,
      summary: 'Geanonimiseerd',
      views: [{ name: 'Geanonimiseerd', view: 'consent' }],
      to: 'Gemeente Utrecht',
    });
  });
});
