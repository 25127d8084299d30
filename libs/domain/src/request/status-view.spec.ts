import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { execute } from './decide.js';
import type { RequestCommand } from './request-command.js';
import type { RequestState } from './request-state.js';
import { statusView } from './status-view.js';

const d = (iso: string) => LocalDate.parse(iso);
const calendar = new HolidayCalendar([]);

function stateAfter(commands: RequestCommand[]): RequestState {
  let state: RequestState | undefined;
  for (const command of commands) {
    const result = execute(state, command, { today: d('2026-01-01'), calendar });
    if (!result.ok) throw new Error(result.error.code);
    state = result.state;
  }
  return state as RequestState;
}

const received: RequestCommand = { type: 'receive', occurredOn: d('2020-03-03') };

describe(statusView.name, () => {
  it('should count the days left and derive overdue from today', () => {
    const state = stateAfter([received]);
    expect(statusView(state, d('2020-03-20'))).toMatchObject({
      phase: 'received',
      phaseNl: 'Wij hebben uw verzoek ontvangen.',
      overdue: false,
      daysLeft: 11,
      suspended: false,
      nextDeadline: { kind: 'decision', date: d('2020-03-31') },
    });
    expect(statusView(state, d('2020-03-31')).overdue).toBe(false);
    expect(statusView(state, d('2020-04-01'))).toMatchObject({ overdue: true, daysLeft: -1 });
  });

  it('should show a third-party view suspension with its last day', () => {
    const state = stateAfter([
      received,
      { type: 'requestThirdPartyView', occurredOn: d('2020-03-10'), termEndsOn: d('2020-03-24') },
    ]);
    expect(statusView(state, d('2020-03-10')).suspended).toBe(false);
    expect(statusView(state, d('2020-03-11'))).toMatchObject({
      suspended: true,
      suspendedUntil: d('2020-03-24'),
      suspensionArticle: 'Wob art. 6 lid 3',
    });
    expect(statusView(state, d('2020-03-25')).suspended).toBe(false);
  });

  it('should move the deadline day by day while an open-ended suspension runs', () => {
    const state = stateAfter([
      received,
      { type: 'startSuspension', occurredOn: d('2020-03-20'), kind: 'force_majeure' },
    ]);
    const view = statusView(state, d('2020-04-05'), calendar);
    expect(view).toMatchObject({ suspended: true, overdue: false });
    expect(view.suspendedUntil).toBeUndefined();
    // 17 suspended days (20 March – 5 April) on top of Tue 31 March → Fri 17 April 2020.
    expect(view.decisionDeadline).toEqual(d('2020-04-17'));
  });

  it('should point at the objection period after sending and at nothing once closed', () => {
    const sent = stateAfter([
      received,
      { type: 'takeDecision', occurredOn: d('2020-05-26') },
      { type: 'sendDecision', occurredOn: d('2020-05-26') },
    ]);
    const view = statusView(sent, d('2020-06-01'));
    expect(view).toMatchObject({ overdue: false, decidedLate: true, terminal: false });
    expect(view.daysLeft).toBeUndefined();
    expect(view.nextDeadline).toMatchObject({ kind: 'objection', date: d('2020-07-07') });
    expect(statusView(sent, d('2020-07-10')).nextDeadline?.kind).toBe('objection_postal');
    const closed = stateAfter([
      received,
      { type: 'takeDecision', occurredOn: d('2020-05-26') },
      { type: 'sendDecision', occurredOn: d('2020-05-26') },
      { type: 'closeAsFinal', occurredOn: d('2020-07-15') },
    ]);
    const done = statusView(closed, d('2020-08-01'));
    expect(done).toMatchObject({ terminal: true, phaseNl: 'Uw verzoek is afgehandeld.' });
    expect(done.nextDeadline).toBeUndefined();
  });
});
