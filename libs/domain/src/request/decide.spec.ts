// "Legal story" examples (the third kind of state-machine test): legal-rules.md §8 and the guards
// of decide.
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { decide, execute } from './decide.js';
import { foldEvents } from './evolve.js';
import { objectionStage, pendingHearingOn } from './objection-stage.js';
import type { RequestCommand } from './request-command.js';
import type { RequestEvent } from './request-event.js';
import type { DecideContext, RequestState } from './request-state.js';

const d = (iso: string) => LocalDate.parse(iso);
// Hand-written Atw art. 3 lid 3 days that these stories touch (2024: Friday after Ascension).
const calendar = new HolidayCalendar([
  {
    title: 'Besluit gelijkstelling 2023–2025 (test copy)',
    fromYear: 2023,
    toYear: 2025,
    source: 'legal-rules.md §1.2',
    confirmed: true,
    days: [{ date: '2024-05-10', name: 'vrijdag 10 mei 2024' }],
  },
]);
const ctx = (today = '2026-01-01'): DecideContext => ({ today: d(today), calendar });

/** Runs commands that must all be accepted; returns the snapshot and the events. */
function story(commands: RequestCommand[], today?: string) {
  let state: RequestState | undefined;
  const events: RequestEvent[] = [];
  for (const command of commands) {
    const result = execute(state, command, ctx(today));
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    state = result.state;
    events.push(...result.events);
  }
  expect(foldEvents(events, calendar)).toEqual(state);
  return { state: state as RequestState, events };
}

function refusal(state: RequestState | undefined, command: RequestCommand, today?: string) {
  const result = decide(state, command, ctx(today));
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error;
}

const wobSeed: RequestCommand[] = [
  { type: 'receive', occurredOn: d('2020-03-03') },
  { type: 'acknowledgeReceipt', occurredOn: d('2020-03-11') },
  { type: 'holdConversation', occurredOn: d('2020-03-18') },
];
const decidedAndSent: RequestCommand[] = [
  { type: 'takeDecision', occurredOn: d('2020-05-26') },
  { type: 'sendDecision', occurredOn: d('2020-05-26') },
];

describe(decide.name, () => {
  describe('Wob request received Tue 3 March 2020 (legal-rules §8a)', () => {
    it('should end unextended on 31 March and be decided 56 days late', () => {
      const { state } = story([...wobSeed, ...decidedAndSent]);
      expect(state.phase).toBe('objection_window');
      expect(state.deadlines.regime).toBe('wob');
      expect(state.deadlines.decisionDeadline.date.toString()).toBe('2020-03-31');
      expect(state.deadlines.decidedLate).toBe(true);
      expect(state.deadlines.daysLate).toBe(56);
      expect(state.deadlines.objectionWindow?.endsOn.date.toString()).toBe('2020-07-07');
      expect(state.deadlines.objectionWindow?.postalReceiptBy.date.toString()).toBe('2020-07-14');
    });

    it('should end on 28 April with an extension notified on 31 March, still late', () => {
      const extension: RequestCommand = {
        type: 'notifyExtension',
        occurredOn: d('2020-03-31'),
        days: 28,
        reason: 'other',
      };
      const { state } = story([...wobSeed, extension, ...decidedAndSent]);
      expect(state.extensionUsed).toBe(true);
      expect(state.deadlines.decisionDeadline.date.toString()).toBe('2020-04-28');
      expect(state.deadlines.decidedLate).toBe(true);
      expect(state.deadlines.daysLate).toBe(28);
    });

    it('should refuse an extension notified after the first term ended', () => {
      const { state } = story(wobSeed);
      const error = refusal(state, {
        type: 'notifyExtension',
        occurredOn: d('2020-04-01'),
        days: 28,
        reason: 'other',
      });
      expect(error.code).toBe('REQUEST.EXTENSION_TOO_LATE');
      expect(error.details).toMatchObject({ firstTermEnd: '2020-03-31' });
    });

    it('should refuse a second extension', () => {
      const first: RequestCommand = {
        type: 'notifyExtension',
        occurredOn: d('2020-03-20'),
        days: 14,
        reason: 'other',
      };
      const { state } = story([...wobSeed, first]);
      const error = refusal(state, { ...first, occurredOn: d('2020-03-25') });
      expect(error.code).toBe('REQUEST.EXTENSION_ALREADY_USED');
    });

    it('should refuse an extension longer than four weeks, and one of zero days', () => {
      const { state } = story(wobSeed);
      const base = {
        type: 'notifyExtension',
        occurredOn: d('2020-03-20'),
        reason: 'other',
      } as const;
      expect(refusal(state, { ...base, days: 29 }).code).toBe('REQUEST.EXTENSION_TOO_LONG');
      expect(refusal(state, { ...base, days: 0 }).code).toBe('REQUEST.INVALID_DAYS');
    });

    it('should require size or complexity for Wob environmental information (art. 6 lid 6 sub b)', () => {
      const { state } = story([
        { type: 'receive', occurredOn: d('2020-03-03'), environmentalInformation: true },
      ]);
      const base = { type: 'notifyExtension', occurredOn: d('2020-03-20'), days: 28 } as const;
      expect(refusal(state, { ...base, reason: 'other' }).code).toBe(
        'REQUEST.EXTENSION_REASON_REQUIRED',
      );
      expect(decide(state, { ...base, reason: 'size_or_complexity' }, ctx()).ok).toBe(true);
    });

    it('should refuse a decision dated before the receipt', () => {
      const { state } = story(wobSeed.slice(0, 1));
      const error = refusal(state, { type: 'takeDecision', occurredOn: d('2020-03-02') });
      expect(error.code).toBe('REQUEST.DATE_BEFORE_RECEIPT');
    });

    it('should refuse sending a decision before the day it was taken', () => {
      const { state } = story([...wobSeed, decidedAndSent[0]]);
      const error = refusal(state, { type: 'sendDecision', occurredOn: d('2020-05-25') });
      expect(error.code).toBe('REQUEST.DATE_BEFORE_PREVIOUS_EVENT');
    });

    it('should refuse an objection before the decision was sent', () => {
      const { state } = story([...wobSeed, decidedAndSent[0]]);
      const error = refusal(state, {
        type: 'lodgeObjection',
        occurredOn: d('2020-06-01'),
        byPost: false,
      });
      expect(error.code).toBe('REQUEST.COMMAND_NOT_ALLOWED');
      expect(error.details).toMatchObject({ phase: 'decided', allowedIn: ['objection_window'] });
    });

    it('should close as final only after the postal week of Awb 6:9 lid 2', () => {
      const { state } = story([...wobSeed, ...decidedAndSent]);
      const early = refusal(state, { type: 'closeAsFinal', occurredOn: d('2020-07-14') });
      expect(early.code).toBe('REQUEST.OBJECTION_WINDOW_OPEN');
      expect(early.details).toEqual({ openUntil: '2020-07-14' });
      const closed = execute(state, { type: 'closeAsFinal', occurredOn: d('2020-07-15') }, ctx());
      expect(closed.ok && closed.state.phase).toBe('closed');
      expect(closed.ok && closed.state.closeReason).toBe('final');
    });

    it('should refuse a closing date that is still in the future', () => {
      const { state } = story([...wobSeed, ...decidedAndSent]);
      const error = refusal(
        state,
        { type: 'closeAsFinal', occurredOn: d('2020-07-15') },
        '2020-07-10',
      );
      expect(error.code).toBe('REQUEST.DATE_IN_FUTURE');
    });

    it('should record a postal objection posted on the last day as timely and decide on it', () => {
      const { state } = story([
        ...wobSeed,
        ...decidedAndSent,
        {
          type: 'lodgeObjection',
          occurredOn: d('2020-07-14'),
          byPost: true,
          postedOn: d('2020-07-07'),
        },
      ]);
      expect(state.phase).toBe('objection_lodged');
      expect(state.deadlines.objectionTimely).toBe(true);
      expect(state.deadlines.objectionDecisionDeadline?.date.toString()).toBe('2020-08-18');
      const tooLong = {
        type: 'extendObjectionDecision',
        occurredOn: d('2020-08-01'),
        days: 43,
      } as const;
      expect(refusal(state, tooLong).code).toBe('REQUEST.OBJECTION_EXTENSION_TOO_LONG');
      const { state: extended } = story([
        ...wobSeed,
        ...decidedAndSent,
        {
          type: 'lodgeObjection',
          occurredOn: d('2020-07-14'),
          byPost: true,
          postedOn: d('2020-07-07'),
        },
        { ...tooLong, days: 42 },
      ]);
      expect(extended.deadlines.objectionDecisionDeadline?.date.toString()).toBe('2020-09-29');
      expect(refusal(extended, { ...tooLong, days: 1 }).code).toBe(
        'REQUEST.OBJECTION_EXTENSION_ALREADY_USED',
      );
      const decision = {
        type: 'decideObjection',
        occurredOn: d('2020-09-01'),
        outcome: 'unfounded',
      } as const;
      // Awb 7:2: not before the objector was heard or the hearing waived.
      expect(refusal(extended, decision).code).toBe('REQUEST.HEARING_OUTSTANDING');
      const waived = execute(
        extended,
        { type: 'waiveHearing', occurredOn: d('2020-08-01'), ground: 'objector_waived' },
        ctx(),
      );
      if (!waived.ok) throw new Error(waived.error.code);
      const done = execute(waived.state, decision, ctx());
      expect(done.ok && done.events.map((e) => e.type)).toEqual(['objection_decided', 'closed']);
      expect(done.ok && done.state.closeReason).toBe('objection_decided');
    });

    it('should hear, wait for the committee, decide and open the appeal window (Awb 7:2, 7:13, 6:7)', () => {
      const lodged: RequestCommand[] = [
        ...wobSeed,
        ...decidedAndSent,
        {
          type: 'lodgeObjection',
          occurredOn: d('2020-06-30'),
          byPost: false,
          advisoryCommittee: true,
        },
      ];
      const { state } = story(lodged);
      expect(objectionStage(state)).toBe('hearing_to_schedule');
      const hold = {
        type: 'holdHearing',
        occurredOn: d('2020-08-04'),
        report: 'Gehoord.',
      } as const;
      expect(refusal(state, hold).code).toBe('REQUEST.NO_HEARING_SCHEDULED');
      const schedule = {
        type: 'scheduleHearing',
        occurredOn: d('2020-07-10'),
        hearingOn: d('2020-08-04'),
        place: 'Stadhuis, zaal 2',
      } as const;
      expect(refusal(state, { ...schedule, place: ' ' }).code).toBe(
        'REQUEST.HEARING_PLACE_REQUIRED',
      );
      expect(refusal(state, { ...schedule, hearingOn: d('2020-07-09') }).code).toBe(
        'REQUEST.HEARING_BEFORE_SCHEDULING',
      );
      const scheduled = story([...lodged, schedule]).state;
      expect(objectionStage(scheduled)).toBe('hearing_scheduled');
      expect(pendingHearingOn(scheduled)?.toString()).toBe('2020-08-04');
      expect(refusal(scheduled, { ...hold, occurredOn: d('2020-08-03') }).code).toBe(
        'REQUEST.HEARING_NOT_YET_HELD',
      );
      expect(refusal(scheduled, { ...hold, report: '' }).code).toBe(
        'REQUEST.HEARING_REPORT_REQUIRED',
      );
      const heard = story([...lodged, schedule, hold]).state;
      expect(objectionStage(heard)).toBe('advice_awaited');
      expect(pendingHearingOn(heard)).toBeUndefined();
      expect(heard.objectionProcedure?.hearingReport).toBe('Gehoord.');
      expect(
        refusal(heard, {
          type: 'waiveHearing',
          occurredOn: d('2020-08-05'),
          ground: 'objector_waived',
        }).code,
      ).toBe('REQUEST.HEARING_ALREADY_SETTLED');
      const decision = {
        type: 'decideObjection',
        occurredOn: d('2020-09-01'),
        outcome: 'well_founded',
        newDecision: true,
      } as const;
      expect(refusal(heard, decision).code).toBe('REQUEST.ADVICE_OUTSTANDING');
      const advice = { type: 'receiveCommitteeAdvice', occurredOn: d('2020-08-20') } as const;
      const advised = story([...lodged, schedule, hold, advice]).state;
      expect(objectionStage(advised)).toBe('decision_due');
      expect(refusal(advised, advice).code).toBe('REQUEST.ADVICE_ALREADY_RECEIVED');
      const { state: done, events } = story([...lodged, schedule, hold, advice, decision]);
      expect(events.at(-2)).toEqual({ ...decision, type: 'objection_decided' });
      expect(done.phase).toBe('closed');
      expect(done.objectionProcedure?.outcome).toBe('well_founded');
      expect(objectionStage(done)).toBe('appeal_window');
      // Six weeks after Tue 1 Sep 2020: Tue 13 Oct 2020.
      expect(done.deadlines.appealWindowEnd?.date.toString()).toBe('2020-10-13');
    });

    it('should refuse advice when no advisory committee was announced', () => {
      const { state } = story([
        ...wobSeed,
        ...decidedAndSent,
        { type: 'lodgeObjection', occurredOn: d('2020-06-30'), byPost: false },
      ]);
      expect(
        refusal(state, { type: 'receiveCommitteeAdvice', occurredOn: d('2020-07-01') }).code,
      ).toBe('REQUEST.NO_ADVISORY_COMMITTEE');
    });

    it('should accept a late objection but record it as untimely', () => {
      const { state } = story([
        ...wobSeed,
        ...decidedAndSent,
        { type: 'lodgeObjection', occurredOn: d('2020-07-08'), byPost: false },
      ]);
      expect(state.deadlines.objectionTimely).toBe(false);
    });
  });

  describe('Woo requests', () => {
    it('should refuse an extension of 15 days and one without size or complexity (art. 4.4 lid 2)', () => {
      const { state } = story([{ type: 'receive', occurredOn: d('2024-04-11') }]);
      const base = { type: 'notifyExtension', occurredOn: d('2024-04-20') } as const;
      const tooLong = refusal(state, { ...base, days: 15, reason: 'size_or_complexity' });
      expect(tooLong.code).toBe('REQUEST.EXTENSION_TOO_LONG');
      expect(tooLong.details).toMatchObject({ maxDays: 14, article: 'Woo art. 4.4 lid 2' });
      expect(refusal(state, { ...base, days: 14, reason: 'other' }).code).toBe(
        'REQUEST.EXTENSION_REASON_REQUIRED',
      );
    });

    it('should accept the notice on the Atw-moved end of the first term and add it to the raw end (LD-EXTENSION)', () => {
      const { state } = story([
        { type: 'receive', occurredOn: d('2024-04-11') },
        {
          type: 'notifyExtension',
          occurredOn: d('2024-05-13'),
          days: 14,
          reason: 'size_or_complexity',
        },
      ]);
      expect(state.deadlines.firstTermEnd.date.toString()).toBe('2024-05-13');
      expect(state.deadlines.decisionDeadline.date.toString()).toBe('2024-05-23');
    });

    it('should suspend for a third-party view, tot en met the view (§8b: 1 and 15 February 2024)', () => {
      const received = { type: 'receive', occurredOn: d('2023-12-22') } as const;
      const view: RequestCommand[] = [
        { type: 'requestThirdPartyView', occurredOn: d('2024-01-09'), termEndsOn: d('2024-01-23') },
        { type: 'receiveThirdPartyView', occurredOn: d('2024-01-22') },
      ];
      const { state } = story([received, ...view]);
      expect(state.deadlines.suspendedDays).toBe(13);
      expect(state.deadlines.decisionDeadline.date.toString()).toBe('2024-02-01');
      const extension = { type: 'notifyExtension', occurredOn: d('2024-01-25'), days: 14 } as const;
      const { state: extended } = story([
        received,
        ...view,
        { ...extension, reason: 'size_or_complexity' },
      ]);
      expect(extended.deadlines.decisionDeadline.date.toString()).toBe('2024-02-15');
    });

    it('should suspend for a clarification, tot the answer (§8b: 30 January 2024)', () => {
      const { state } = story([
        { type: 'receive', occurredOn: d('2023-12-22') },
        { type: 'requestClarification', occurredOn: d('2023-12-27'), termEndsOn: d('2024-01-10') },
        { type: 'answerClarification', occurredOn: d('2024-01-08') },
      ]);
      expect(state.deadlines.suspendedDays).toBe(11);
      expect(state.deadlines.decisionDeadline.date.toString()).toBe('2024-01-30');
      expect(state.openClarification).toBeUndefined();
    });
  });

  describe('clarifications, views and suspensions', () => {
    const received = { type: 'receive', occurredOn: d('2024-03-01') } as const;

    it('should refuse answers to questions that were never asked', () => {
      const { state } = story([received]);
      const on = d('2024-03-05');
      expect(refusal(state, { type: 'answerClarification', occurredOn: on }).code).toBe(
        'REQUEST.NO_OPEN_CLARIFICATION',
      );
      expect(refusal(state, { type: 'receiveThirdPartyView', occurredOn: on }).code).toBe(
        'REQUEST.NO_OPEN_THIRD_PARTY_VIEW',
      );
      expect(
        refusal(state, { type: 'endSuspension', occurredOn: on, kind: 'force_majeure' }).code,
      ).toBe('REQUEST.NO_OPEN_SUSPENSION');
    });

    it('should allow one open clarification at a time, and a new one once its term lapsed', () => {
      const ask = {
        type: 'requestClarification',
        occurredOn: d('2024-03-04'),
        termEndsOn: d('2024-03-18'),
      } as const;
      const { state } = story([received, ask]);
      expect(
        refusal(state, { ...ask, occurredOn: d('2024-03-18'), termEndsOn: d('2024-03-25') }).code,
      ).toBe('REQUEST.CLARIFICATION_ALREADY_OPEN');
      const again = { ...ask, occurredOn: d('2024-03-19'), termEndsOn: d('2024-03-25') };
      expect(decide(state, again, ctx()).ok).toBe(true);
      expect(
        refusal(state, { type: 'answerClarification', occurredOn: d('2024-03-03') }).code,
      ).toBe('REQUEST.DATE_BEFORE_PREVIOUS_EVENT');
      expect(refusal(state, { ...again, termEndsOn: d('2024-03-19') }).code).toBe(
        'REQUEST.TERM_END_BEFORE_REQUEST',
      );
    });

    it('should refuse a second open third-party view', () => {
      const ask = {
        type: 'requestThirdPartyView',
        occurredOn: d('2024-03-04'),
        termEndsOn: d('2024-03-18'),
      } as const;
      const { state } = story([received, ask]);
      expect(refusal(state, { ...ask, occurredOn: d('2024-03-10') }).code).toBe(
        'REQUEST.THIRD_PARTY_VIEW_ALREADY_OPEN',
      );
    });

    it('should count a running suspension up to the notice of extension, and block the decision', () => {
      const { state } = story([
        received,
        { type: 'startSuspension', occurredOn: d('2024-03-25'), kind: 'requester_delay' },
      ]);
      // Unsuspended, the first term ends Fri 29 March 2024 (Good Friday) → Tue 2 April (Atw).
      expect(state.deadlines.firstTermEnd.date.toString()).toBe('2024-04-02');
      const notice = {
        type: 'notifyExtension',
        occurredOn: d('2024-04-05'),
        days: 14,
        reason: 'size_or_complexity',
      } as const;
      expect(decide(state, notice, ctx()).ok).toBe(true);
      expect(refusal(state, { type: 'takeDecision', occurredOn: d('2024-04-05') }).code).toBe(
        'REQUEST.SUSPENSION_STILL_RUNNING',
      );
      expect(
        refusal(state, {
          type: 'startSuspension',
          occurredOn: d('2024-03-26'),
          kind: 'requester_delay',
        }).code,
      ).toBe('REQUEST.SUSPENSION_ALREADY_OPEN');
      const { state: ended } = story([
        received,
        { type: 'startSuspension', occurredOn: d('2024-03-25'), kind: 'requester_delay' },
        { type: 'endSuspension', occurredOn: d('2024-03-31'), kind: 'requester_delay' },
      ]);
      expect(ended.deadlines.suspendedDays).toBe(7);
      expect(ended.openSuspensions).toEqual({});
    });
  });

  describe('lifecycle', () => {
    it('should refuse everything but receive before a request exists, and receive twice', () => {
      expect(refusal(undefined, { type: 'withdraw', occurredOn: d('2024-03-01') }).code).toBe(
        'REQUEST.NOT_RECEIVED',
      );
      const { state } = story([{ type: 'receive', occurredOn: d('2024-03-01') }]);
      expect(refusal(state, { type: 'receive', occurredOn: d('2024-03-02') }).code).toBe(
        'REQUEST.ALREADY_RECEIVED',
      );
      expect(
        refusal(undefined, { type: 'receive', occurredOn: d('2024-03-02') }, '2024-03-01').code,
      ).toBe('REQUEST.DATE_IN_FUTURE');
    });

    it('should withdraw or forward only before the decision', () => {
      const { state } = story([...wobSeed, decidedAndSent[0]]);
      expect(refusal(state, { type: 'withdraw', occurredOn: d('2020-05-27') }).code).toBe(
        'REQUEST.COMMAND_NOT_ALLOWED',
      );
      const { state: open } = story(wobSeed);
      expect(refusal(open, { type: 'forward', occurredOn: d('2020-03-20'), to: ' ' }).code).toBe(
        'REQUEST.FORWARD_TARGET_REQUIRED',
      );
      const forwarded = execute(
        open,
        { type: 'forward', occurredOn: d('2020-03-20'), to: 'Gemeente Utrecht' },
        ctx(),
      );
      expect(forwarded.ok && forwarded.state.phase).toBe('forwarded');
      expect(refusal(open, { type: 'withdraw', occurredOn: d('2020-03-17') }).code).toBe(
        'REQUEST.DATE_BEFORE_PREVIOUS_EVENT',
      );
    });

    it('should correct a decision until it is sent (Awb 3:40), then refuse it', () => {
      const late = { type: 'takeDecision', occurredOn: d('2020-06-02'), objectionExpected: true };
      const { state: taken } = story([...wobSeed, late as RequestCommand]);
      // Received 3 March 2020, due 31 March: late either way, by a week less once corrected.
      expect(taken.deadlines.daysLate).toBeDefined();
      const { state, events } = story([
        ...wobSeed,
        late as RequestCommand,
        { type: 'correctDecision', occurredOn: d('2020-05-26') },
      ]);
      expect(events.map((e) => e.type).slice(-2)).toEqual(['decision_taken', 'decision_corrected']);
      expect(state.phase).toBe('decided');
      // The corrected date replaces the first, and with it the lateness and the objection flag.
      expect(state.facts.decidedOn).toEqual(d('2020-05-26'));
      expect(state.facts.objectionExpected).toBeUndefined();
      expect(state.deadlines.daysLate).toBe(taken.deadlines.daysLate! - 7);
      const { state: sent } = story([...wobSeed, ...decidedAndSent]);
      expect(refusal(sent, { type: 'correctDecision', occurredOn: d('2020-05-27') }).code).toBe(
        'REQUEST.COMMAND_NOT_ALLOWED',
      );
      expect(
        refusal(story(wobSeed).state, { type: 'correctDecision', occurredOn: d('2020-05-26') })
          .code,
      ).toBe('REQUEST.COMMAND_NOT_ALLOWED');
    });

    it('should return refusals as values with Dutch and English text', () => {
      const error = refusal(undefined, { type: 'sendDecision', occurredOn: d('2024-03-01') });
      expect(error).toEqual({
        code: 'REQUEST.NOT_RECEIVED',
        nl: 'Er is nog geen verzoek geregistreerd.',
        en: 'No request has been registered yet.',
      });
    });
  });
});
