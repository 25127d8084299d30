// Model test (the second kind of state-machine test, after the table check): random command
// sequences with random dates never throw, never leave the transition table, refuse only with known
// codes, and fold(events) == snapshot.
import fc from 'fast-check';
import { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { REGIME_TERMS } from '../deadline/regime.js';
import { decide } from './decide.js';
import { availableCommands } from './preconditions.js';
import { evolve, foldEvents } from './evolve.js';
import type { RequestCommand, RequestCommandType } from './request-command.js';
import { eventFromJson, eventToJson } from './request-event-json.js';
import type { RequestEvent } from './request-event.js';
import { REQUEST_PHASES } from './request-phase.js';
import type { RequestState } from './request-state.js';
import { REQUEST_COMMAND_TYPES, REQUEST_TRANSITIONS } from './request-transitions.js';
import { REQUEST_ERROR_CODES } from './request.errors.js';
import { statusView } from './status-view.js';

const calendar = new HolidayCalendar([
  {
    title: 'test decree',
    fromYear: 2020,
    toYear: 2022,
    source: 'legal-rules.md §1.2 [U]',
    confirmed: false,
    days: [
      { date: '2020-05-22', name: 'vrijdag 22 mei 2020' },
      { date: '2021-05-14', name: 'vrijdag 14 mei 2021' },
      { date: '2022-05-27', name: 'vrijdag 27 mei 2022' },
    ],
  },
]);

/** A command with its date given relative to the latest recorded date, so runs get deep. */
const step = fc.record({
  type: fc.constantFrom(...REQUEST_COMMAND_TYPES),
  // Mostly pick a command the table allows in the current phase, so that runs get deep.
  guided: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  pick: fc.nat(),
  offset: fc.integer({ min: -5, max: 60 }),
  term: fc.integer({ min: -2, max: 30 }),
  days: fc.integer({ min: -1, max: 45 }),
  reason: fc.constantFrom('size_or_complexity' as const, 'other' as const),
  kind: fc.constantFrom('requester_delay' as const, 'force_majeure' as const),
  flag: fc.boolean(),
  maybe: fc.option(fc.boolean(), { nil: undefined }),
  regime: fc.option(fc.constantFrom('wob' as const, 'woo' as const), { freq: 5, nil: undefined }),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function toCommand(s: Step, base: LocalDate): RequestCommand {
  const occurredOn = base.plusDays(s.offset);
  const termEndsOn = occurredOn.plusDays(s.term);
  const type: RequestCommandType = s.type;
  switch (type) {
    case 'receive':
      return { type, occurredOn, regime: s.regime, environmentalInformation: s.maybe };
    case 'requestClarification':
      return { type, occurredOn, termEndsOn: s.flag ? termEndsOn : undefined };
    case 'requestThirdPartyView':
      return { type, occurredOn, termEndsOn };
    case 'agreeSuspension':
    case 'extendObjectionDecision':
      return { type, occurredOn, days: s.days };
    case 'startSuspension':
    case 'endSuspension':
      return { type, occurredOn, kind: s.kind };
    case 'notifyExtension':
      return { type, occurredOn, days: s.days, reason: s.reason };
    case 'takeDecision':
    case 'correctDecision':
      return { type, occurredOn, objectionExpected: s.maybe };
    case 'lodgeObjection':
      return {
        type,
        occurredOn,
        byPost: s.flag,
        postedOn: s.maybe ? occurredOn.minusDays(s.term) : undefined,
        advisoryCommittee: s.maybe,
      };
    case 'forward':
      return { type, occurredOn, to: s.flag ? 'Gemeente Utrecht' : '' };
    case 'scheduleHearing':
      return {
        type,
        occurredOn,
        hearingOn: s.flag ? occurredOn : occurredOn.plusDays(s.term),
        place: s.maybe === false ? '' : 'Stadhuis',
      };
    case 'holdHearing':
      return { type, occurredOn, report: s.flag ? 'Bezwaarmaker gehoord.' : '' };
    case 'waiveHearing':
      return { type, occurredOn, ground: s.maybe ? 'objector_waived' : 'manifestly_unfounded' };
    case 'decideObjection':
      return {
        type,
        occurredOn,
        outcome: s.flag ? 'unfounded' : 'well_founded',
        newDecision: s.maybe,
      };
    case 'declineToHandle':
      return {
        type,
        occurredOn,
        reason: s.maybe ? 'Het onderwerp blijft onduidelijk.' : undefined,
      };
    default:
      return { type, occurredOn };
  }
}

const scenario = fc.record({
  // Receipt dates on both sides of 1 May 2022 (LD-REGIME).
  receivedOn: fc
    .integer({
      min: LocalDate.parse('2019-06-01').epochDay,
      max: LocalDate.parse('2024-06-01').epochDay,
    })
    .map(LocalDate.fromEpochDay),
  todayAfter: fc.integer({ min: 0, max: 500 }),
  startsWithReceipt: fc.boolean(),
  steps: fc.array(step, { maxLength: 40 }),
});

/**
 * Runs that start with an objection lodged, so the steps of the objection procedure (Awb 7:2,
 * 7:13), which random runs rarely get deep enough for, are walked as often as the others.
 */
const objectionScenario = scenario.map((sc) => {
  const on = (days: number) => sc.receivedOn.plusDays(days);
  const prefix: RequestCommand[] = [
    { type: 'receive', occurredOn: on(0) },
    { type: 'takeDecision', occurredOn: on(20) },
    { type: 'sendDecision', occurredOn: on(21) },
    {
      type: 'lodgeObjection',
      occurredOn: on(30),
      byPost: false,
      advisoryCommittee: sc.todayAfter % 2 === 0,
    },
  ];
  return {
    ...sc,
    todayAfter: sc.todayAfter + 30,
    startsWithReceipt: false,
    steps: [...prefix, ...sc.steps],
  };
});

function guide(s: Step, state: RequestState | undefined): Step {
  // The steps the state allows (phase and preconditions), so the objection procedure's order is walked.
  const allowed = state ? availableCommands(state) : [];
  return s.guided && allowed.length > 0 ? { ...s, type: allowed[s.pick % allowed.length] } : s;
}

type Scenario = Omit<typeof scenario extends fc.Arbitrary<infer S> ? S : never, 'steps'> & {
  readonly steps: readonly (Step | RequestCommand)[];
};

/** Plays a scenario through `decide` + `evolve`, checking each step against the table. */
function play({ receivedOn, todayAfter, startsWithReceipt, steps }: Scenario) {
  const ctx = { today: receivedOn.plusDays(todayAfter), calendar };
  let state: RequestState | undefined;
  const events: RequestEvent[] = [];
  const accepted = new Set<RequestCommandType>();
  const refused = new Set<string>();
  const phases = new Set<string>();
  const receipt: RequestCommand = { type: 'receive', occurredOn: receivedOn };
  const first = startsWithReceipt ? [receipt] : [];
  for (const s of [...first, ...steps]) {
    const command =
      'occurredOn' in s ? s : toCommand(guide(s, state), state?.lastEventOn ?? receivedOn);
    const result = decide(state, command, ctx);
    const rule = REQUEST_TRANSITIONS[command.type];
    if (!result.ok) {
      expect(REQUEST_ERROR_CODES).toContain(result.error.code);
      expect(result.error.nl.length * result.error.en.length).toBeGreaterThan(0);
      refused.add(result.error.code);
      continue;
    }
    expect(result.events.map((e) => e.type)).toEqual(rule.emits);
    const before = state?.phase;
    state = result.events.reduce<RequestState | undefined>(
      (st, e) => evolve(st, e, calendar),
      state,
    ) as RequestState;
    events.push(...result.events);
    accepted.add(command.type);
    phases.add(state.phase);
    expect(REQUEST_PHASES).toContain(state.phase);
    expect(state.phase).toBe(rule.to === 'same' ? before : rule.to);
    checkInvariants(state, ctx.today);
  }
  return { state, events, accepted, refused, phases };
}

describe('request state machine (model)', () => {
  it('should never throw, stay in the table, and fold back to the stored snapshot', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { state, events } = play(sc);
        expect(foldEvents(events, calendar)).toEqual(state);
        const stored = events.map((e) => JSON.parse(JSON.stringify(eventToJson(e))));
        expect(foldEvents(stored.map(eventFromJson), calendar)).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });

  // Guards against a vacuous model test: the generator must actually get everywhere.
  it('should reach every phase and accept every command in a sample of runs', () => {
    const phases = new Set<string>();
    const accepted = new Set<RequestCommandType>();
    const refused = new Set<string>();
    const samples = [
      ...fc.sample(scenario, { numRuns: 1500, seed: 42 }),
      ...fc.sample(objectionScenario, { numRuns: 300, seed: 42 }),
    ];
    for (const sc of samples) {
      const run = play(sc);
      run.accepted.forEach((c) => accepted.add(c));
      run.refused.forEach((c) => refused.add(c));
      run.phases.forEach((p) => phases.add(p));
    }
    expect([...accepted].sort()).toEqual([...REQUEST_COMMAND_TYPES].sort());
    expect([...phases].sort()).toEqual([...REQUEST_PHASES].sort());
    expect(refused.size).toBeGreaterThan(15);
  });
});

function checkInvariants(state: RequestState, today: LocalDate): void {
  const { facts, deadlines } = state;
  expect(deadlines.decisionDeadline.date.isBefore(deadlines.firstTermEnd.date)).toBe(false);
  if (facts.extension) {
    expect(facts.extension.days).toBeLessThanOrEqual(
      REGIME_TERMS[deadlines.regime].maxExtensionDays,
    );
  }
  if (facts.decidedOn) expect(facts.decidedOn.isBefore(facts.receivedOn)).toBe(false);
  if (facts.sentOn && facts.decidedOn) expect(facts.sentOn.isBefore(facts.decidedOn)).toBe(false);
  if (facts.objection) expect(state.deadlines.objectionTimely).toBeDefined();
  expect(state.lastEventOn.isAfter(today)).toBe(false);
  const view = statusView(state, today, calendar);
  expect(view.overdue).toBe(view.daysLeft !== undefined && view.daysLeft < 0);
}
