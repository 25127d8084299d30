import { LocalDate } from '@wobdesk/domain';
import { toListFilter } from './list-query.js';

describe(toListFilter.name, () => {
  const today = LocalDate.parse('2026-11-25');

  it('should default to the decision deadline, ascending, 25 per page', () => {
    expect(toListFilter('org', {}, today)).toEqual({
      organisationId: 'org',
      today: '2026-11-25',
      sort: 'decisionDeadline',
      order: 'asc',
      offset: 0,
      limit: 25,
      page: 1,
      pageSize: 25,
    });
  });

  it('should turn "due within N days" into a last date and a page into an offset', () => {
    expect(toListFilter('org', { dueWithinDays: 7, page: 3, pageSize: 10 }, today)).toMatchObject({
      dueBy: '2026-12-02',
      offset: 20,
      limit: 10,
    });
  });

  it('should drop an empty text and an empty phase list', () => {
    const filter = toListFilter('org', { text: '  ', phase: [] }, today);
    expect(filter).not.toHaveProperty('text');
    expect(filter).not.toHaveProperty('phases');
  });
});
