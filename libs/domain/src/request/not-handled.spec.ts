// Legal stories of the decision not to handle an unspecified request (LD-NOT-HANDLED,
// LD-NON-HANDLING): when it is allowed, and the dates it sets for a Woo and a Wob request.
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { decide, execute } from './decide.js';
import { foldEvents } from './evolve.js';
import type { RequestCommand } from './request-command.js';
import type { RequestEvent } from './request-event.js';
import type { DecideContext, RequestState } from './request-state.js';

const d = (iso: string) => LocalDate.parse(iso);
const calendar = new HolidayCalendar([]);
const ctx: DecideContext = { today: d('2026-01-01'), calendar };

function story(commands: RequestCommand[]) {
  let state: RequestState | undefined;
  const events: RequestEvent[] = [];
  for (const command of commands) {
    const result = execute(state, command, ctx);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    state = result.state;
    events.push(...result.events);
  }
  expect(foldEvents(events, calendar)).toEqual(state);
  return state as RequestState;
}

function refusalOf(state: RequestState, command: RequestCommand) {
  const result = decide(state, command, ctx);
  return result.ok ? 'accepted' : result.error.code;
}

// Woo: received Monday 8 January 2024; asked on Friday 12 January to specify the request by
// Friday 26 January.
const wooReceived: RequestCommand = { type: 'receive', occurredOn: d('2024-01-08') };
const wooClarification: RequestCommand = {
  type: 'requestClarification',
  occurredOn: d('2024-01-12'),
  termEndsOn: d('2024-01-26'),
};
const decline = (iso: string, reason?: string): RequestCommand => ({
  type: 'declineToHandle',
  occurredOn: d(iso),
  ...(reason !== undefined && { reason }),
});

describe('declineToHandle (Woo art. 4.1 lid 6; Awb 4:5)', () => {
  it('should be refused before any request for clarification, and after one without a term', () => {
    const received = story([wooReceived]);
    expect(refusalOf(received, decline('2024-02-01'))).toBe('REQUEST.NO_CLARIFICATION_TERM');
    const noTerm = story([
      wooReceived,
      { type: 'requestClarification', occurredOn: d('2024-01-12') },
    ]);
    expect(refusalOf(noTerm, decline('2024-02-01'))).toBe('REQUEST.NO_CLARIFICATION_TERM');
  });

  it('should be refused while the term runs without an answer, up to and including its last day', () => {
    const asked = story([wooReceived, wooClarification]);
    const result = decide(asked, decline('2024-01-26'), ctx);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'REQUEST.CLARIFICATION_TERM_RUNNING',
        details: { requestedOn: '2024-01-12', termEndsOn: '2024-01-26' },
      }),
    });
    expect(refusalOf(asked, decline('2024-01-29'))).toBe('accepted');
  });

  it('should need a reason when an answer was recorded, and accept one', () => {
    const answered = story([
      wooReceived,
      wooClarification,
      { type: 'answerClarification', occurredOn: d('2024-01-22') },
    ]);
    expect(refusalOf(answered, decline('2024-01-24'))).toBe('REQUEST.NOT_HANDLED_REASON_REQUIRED');
    expect(refusalOf(answered, decline('2024-01-24', '   '))).toBe(
      'REQUEST.NOT_HANDLED_REASON_REQUIRED',
    );
    expect(refusalOf(answered, decline('2024-01-24', 'Er staat geen onderwerp in.'))).toBe(
      'accepted',
    );
  });

  it('Woo, no answer: two weeks to make it known; sent, it opens the six-week objection window', () => {
    // By hand: the term lapsed Friday 26 January 2024; + 14 days = Friday 9 February 2024 (Woo
    // art. 4.1 lid 6). Decided Monday 29 January and sent Tuesday 30 January: the objection term
    // runs from Wednesday 31 January, six weeks: 30 January + 42 days = Tuesday 12 March 2024.
    // The decision term: 8 January + 28 days = Monday 5 February, plus the days suspended for the
    // clarification (13 to 26 January, 14 days, the term lapsing unanswered) = Monday 19 February.
    const declined = story([wooReceived, wooClarification, decline('2024-01-29')]);
    expect(declined.phase).toBe('decided');
    expect(declined.facts.decidedOn?.toString()).toBe('2024-01-29');
    expect(declined.deadlines.nonHandlingDecisionDeadline?.date.toString()).toBe('2024-02-09');
    expect(declined.deadlines.decisionDeadline.date.toString()).toBe('2024-02-19');
    expect(declined.deadlines.decidedLate).toBe(false);

    const sent = story([
      wooReceived,
      wooClarification,
      decline('2024-01-29'),
      { type: 'sendDecision', occurredOn: d('2024-01-30') },
    ]);
    expect(sent.phase).toBe('objection_window');
    expect(sent.deadlines.objectionWindow?.startsOn.toString()).toBe('2024-01-31');
    expect(sent.deadlines.objectionWindow?.endsOn.date.toString()).toBe('2024-03-12');
    // The objection procedure follows as after a decision.
    expect(
      refusalOf(sent, { type: 'lodgeObjection', occurredOn: d('2024-02-20'), byPost: false }),
    ).toBe('accepted');
  });

  it('Wob, answer judged insufficient: four weeks (Awb 4:5 lid 4), moved past Easter Monday', () => {
    // By hand: received Tuesday 3 March 2020; asked Wednesday 4 March to specify it by Wednesday
    // 18 March; answered Monday 16 March, in time. Awb 4:5 lid 4: 16 March + 28 days = Monday
    // 13 April 2020, Easter Monday, so the Atw moves it to Tuesday 14 April. Declined Wednesday
    // 25 March and sent Thursday 26 March: the objection term ends 26 March + 42 days = Thursday
    // 7 May 2020.
    const sent = story([
      { type: 'receive', occurredOn: d('2020-03-03') },
      { type: 'requestClarification', occurredOn: d('2020-03-04'), termEndsOn: d('2020-03-18') },
      { type: 'answerClarification', occurredOn: d('2020-03-16') },
      decline('2020-03-25', 'U noemt alleen een trefwoord, geen onderwerp of periode.'),
      { type: 'sendDecision', occurredOn: d('2020-03-26') },
    ]);
    expect(sent.deadlines.regime).toBe('wob');
    const due = sent.deadlines.nonHandlingDecisionDeadline;
    expect(due?.date.toString()).toBe('2020-04-14');
    expect(due?.steps[0]?.article).toBe('Awb 4:5 lid 4');
    expect(sent.phase).toBe('objection_window');
    expect(sent.deadlines.objectionWindow?.endsOn.date.toString()).toBe('2020-05-07');
  });

  it('should not be replaced afterwards by a decision on the merits', () => {
    const declined = story([wooReceived, wooClarification, decline('2024-01-29')]);
    expect(refusalOf(declined, { type: 'correctDecision', occurredOn: d('2024-01-30') })).toBe(
      'REQUEST.DECIDED_NOT_TO_HANDLE',
    );
    expect(refusalOf(declined, { type: 'takeDecision', occurredOn: d('2024-01-30') })).toBe(
      'REQUEST.COMMAND_NOT_ALLOWED',
    );
    expect(refusalOf(declined, decline('2024-01-30'))).toBe('REQUEST.COMMAND_NOT_ALLOWED');
  });
});
