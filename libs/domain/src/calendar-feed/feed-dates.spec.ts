import { LocalDate } from '../calendar/local-date.js';
import { feedDates, type FeedDateRow } from './feed-dates.js';

const pending: FeedDateRow = {
  regime: 'woo',
  decisionDeadline: '2026-03-02',
  firstTermEnd: '2026-03-02',
  clarificationDeadline: '2026-02-16',
  clarificationRequestedOn: null,
  extensionNotifiedOn: null,
  suspendedSince: null,
  decidedOn: null,
  disclosureDate: null,
  objectionWindowEndsOn: null,
  objectionDecisionDeadline: null,
  noticeOfDefaultTwoWeeksEnd: null,
  hearingOn: null,
  appealWindowEndsOn: null,
};

const kinds = (row: FeedDateRow, from = '2026-01-01') =>
  feedDates(row, LocalDate.parse(from)).map((d) => `${d.kind} ${d.date.toString()} ${d.article}`);

describe('feedDates', () => {
  it('gives an undecided Woo request its decision deadline, extension notice and clarification term', () => {
    expect(kinds(pending)).toEqual([
      'decision_deadline 2026-03-02 Woo art. 4.4 lid 1',
      'extension_notice 2026-03-02 Woo art. 4.4 lid 2',
      'clarification_deadline 2026-02-16 Woo art. 4.1 lid 5',
    ]);
  });

  it('cites the Wob for a request received under the Wob', () => {
    expect(kinds({ ...pending, regime: 'wob', clarificationDeadline: null })).toEqual([
      'decision_deadline 2026-03-02 Wob art. 6 lid 1',
      'extension_notice 2026-03-02 Wob art. 6 lid 2',
    ]);
  });

  it('drops what no longer asks for anything: a sent extension notice, a clarification asked', () => {
    const extended = {
      ...pending,
      decisionDeadline: '2026-03-16',
      extensionNotifiedOn: '2026-02-20',
      clarificationRequestedOn: '2026-02-01',
    };
    expect(kinds(extended)).toEqual(['decision_deadline 2026-03-16 Woo art. 4.4 lid 1']);
  });

  it('shows no decision deadline while a suspension of unknown length runs', () => {
    expect(kinds({ ...pending, suspendedSince: '2026-02-10' })).not.toContainEqual(
      expect.stringMatching(/^decision_deadline/),
    );
  });

  it('gives a decided request its disclosure, objection and default dates only', () => {
    const decided: FeedDateRow = {
      ...pending,
      decidedOn: '2026-02-20',
      disclosureDate: '2026-03-06',
      objectionWindowEndsOn: '2026-04-03',
      objectionDecisionDeadline: '2026-05-15',
      noticeOfDefaultTwoWeeksEnd: '2026-02-25',
    };
    expect(kinds(decided)).toEqual([
      'disclosure_date 2026-03-06 Woo art. 4.4 lid 5',
      'objection_window_end 2026-04-03 Awb art. 6:7 en 6:8',
      'objection_decision_deadline 2026-05-15 Awb art. 7:10',
    ]);
  });

  it('gives an objection its hearing and the decision on it the appeal window', () => {
    const objected: FeedDateRow = {
      ...pending,
      decidedOn: '2026-02-20',
      objectionDecisionDeadline: '2026-05-15',
      hearingOn: '2026-04-21',
    };
    expect(kinds(objected)).toEqual([
      'objection_decision_deadline 2026-05-15 Awb art. 7:10',
      'hearing 2026-04-21 Awb art. 7:2',
    ]);
    expect(kinds({ ...objected, hearingOn: null, appealWindowEndsOn: '2026-06-26' })).toEqual([
      'objection_decision_deadline 2026-05-15 Awb art. 7:10',
      'appeal_window_end 2026-06-26 Awb art. 6:7',
    ]);
  });

  it('leaves out the dates before the window, and keeps the first day of it', () => {
    expect(kinds(pending, '2026-02-17')).toEqual([
      'decision_deadline 2026-03-02 Woo art. 4.4 lid 1',
      'extension_notice 2026-03-02 Woo art. 4.4 lid 2',
    ]);
    expect(kinds(pending, '2026-02-16')).toContain(
      'clarification_deadline 2026-02-16 Woo art. 4.1 lid 5',
    );
  });
});
