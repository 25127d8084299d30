// Model test through the service and the database: for random command sequences, the stored row
// always equals what re-folding the stored events gives (the replay promise of `evolve`), the event
// sequences have no gaps, and every refusal is a coded WorkflowError.
import fc from 'fast-check';
import {
  commandsFrom,
  foldEvents,
  HEARING_WAIVER_GROUNDS,
  LocalDate,
  OBJECTION_OUTCOMES,
  REQUEST_COMMAND_TYPES,
  type RequestCommand,
  type RequestCommandType,
  WOO_IN_FORCE,
} from '@wobdesk/domain';
import {
  projectRequestState,
  RequestEntity,
  repositoriesOf,
  serialRead,
} from '@wobdesk/persistence';
import { type Actor, CalendarSource, domainEventsOf, WorkflowError } from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const OPS = [...REQUEST_COMMAND_TYPES.filter((t) => t !== 'receive'), 'assign', 'token'] as const;
type Op = (typeof OPS)[number];

const step = fc.record({
  op: fc.constantFrom(...OPS),
  guided: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  pick: fc.nat(),
  offset: fc.integer({ min: -2, max: 12 }),
  term: fc.integer({ min: -2, max: 20 }),
  days: fc.integer({ min: 0, max: 30 }),
  flag: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const scenario = fc.record({
  receivedOn: fc
    .integer({
      min: LocalDate.parse('2021-09-01').epochDay,
      max: LocalDate.parse('2026-06-01').epochDay,
    })
    .map(LocalDate.fromEpochDay),
  todayAfter: fc.integer({ min: 60, max: 400 }),
  steps: fc.array(step, { minLength: 1, maxLength: 25 }),
});

function toCommand(type: RequestCommandType, s: Step, on: LocalDate): RequestCommand {
  const occurredOn = on;
  const termEndsOn = on.plusDays(s.term);
  switch (type) {
    case 'requestClarification':
      return { type, occurredOn, ...(s.flag && { termEndsOn }) };
    case 'requestThirdPartyView':
      return { type, occurredOn, termEndsOn };
    case 'agreeSuspension':
    case 'extendObjectionDecision':
      return { type, occurredOn, days: s.days };
    case 'startSuspension':
    case 'endSuspension':
      return { type, occurredOn, kind: s.flag ? 'requester_delay' : 'force_majeure' };
    case 'notifyExtension':
      return { type, occurredOn, days: s.days, reason: s.flag ? 'size_or_complexity' : 'other' };
    case 'lodgeObjection':
      return {
        type,
        occurredOn,
        byPost: s.flag,
        ...(s.flag && { postedOn: on.minusDays(2) }),
        ...(s.offset > 8 && { advisoryCommittee: true }),
      };
    case 'scheduleHearing':
      return { type, occurredOn, hearingOn: on.plusDays(s.days), place: 'Stadhuis, zaal 2' };
    case 'holdHearing':
      return { type, occurredOn, report: 'Verslag van de hoorzitting.' };
    case 'waiveHearing':
      return {
        type,
        occurredOn,
        ground: HEARING_WAIVER_GROUNDS[s.days % HEARING_WAIVER_GROUNDS.length],
      };
    case 'decideObjection':
      return {
        type,
        occurredOn,
        outcome: OBJECTION_OUTCOMES[s.days % OBJECTION_OUTCOMES.length],
        ...(s.flag && { newDecision: true }),
      };
    case 'forward':
      return { type, occurredOn, to: 'Provincie Utrecht' };
    case 'declineToHandle':
      return { type, occurredOn, ...(s.flag && { reason: 'Het onderwerp blijft onduidelijk.' }) };
    default:
      return { type, occurredOn } as RequestCommand;
  }
}

describe('stored request = fold of its stored events', () => {
  let ctx: WorkflowContext;
  let clerk: Actor;

  beforeAll(async () => {
    ctx = await createWorkflowContext();
    clerk = await ctx.newUser(await ctx.newOrganisation(), 'coordinator');
  });

  afterAll(async () => {
    await ctx.close();
  });

  async function run(op: Op, s: Step, id: string, on: LocalDate, version: number) {
    const w = ctx.workflow;
    const iso = on.toString();
    switch (op) {
      case 'holdConversation':
        return w.recordConversation(clerk, id, version, {
          occurredOn: iso,
          channel: 'phone',
          participants: ['verzoeker'],
          summaryPoints: ['punt'],
          ...(s.flag && { summarySentOn: iso }),
        });
      case 'takeDecision':
        return w.recordDecision(clerk, id, version, {
          occurredOn: iso,
          objectionExpected: s.flag,
          outcomes: [
            { number: 1, outcome: 'granted' },
            {
              number: 2,
              outcome: 'refused',
              // The ground of the law in force on the decision date.
              grounds: [on.isBefore(WOO_IN_FORCE) ? '10.2.e' : '5.1.2.e'],
              weighing:
                'Het belang van de privacy weegt hier zwaarder dan het belang van openbaarheid.',
            },
          ],
        });
      case 'assign':
        return w.assign(clerk, id, version, clerk.userId);
      case 'token':
        return s.flag ? w.reissueStatusToken(clerk, id) : w.revokeStatusToken(clerk, id);
      default:
        return w.execute(clerk, id, version, toCommand(op, s, on));
    }
  }

  it('should hold for random command sequences', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ receivedOn, todayAfter, steps }) => {
        ctx.clock.date = receivedOn.plusDays(todayAfter);
        const { request } = await ctx.workflow.create(clerk, {
          requester: { name: 'Model' },
          receivedOn: receivedOn.toString(),
          channel: 'web_form',
          subject: 'model test',
          items: [{ text: 'een' }, { text: 'twee' }],
        });
        let last = receivedOn;
        let view = request;
        for (const s of steps) {
          // Guided steps rarely end the request, so that runs get deep.
          const ending = ['withdraw', 'forward'];
          const allowed = commandsFrom(view.phase).filter(
            (c) => s.pick % 10 === 0 || !ending.includes(c),
          );
          const op = (
            s.guided && allowed.length > 0 ? allowed[s.pick % allowed.length] : s.op
          ) as Op;
          const on = last.plusDays(s.offset);
          try {
            await run(op, s, view.id, on, view.version);
            if (on.isAfter(last)) last = on;
          } catch (error) {
            if (!(error instanceof WorkflowError)) throw error;
            expect(['domain', 'invalid']).toContain(error.kind);
          }
          view = await ctx.workflow.get(clerk, view.id);
        }
        const { row, stored } = await serialRead(ctx.dataSource, async (em) => ({
          row: await em.findOneByOrFail(RequestEntity, { id: view.id }),
          stored: await repositoriesOf(em).requests.events(view.id),
        }));
        const calendar = await ctx.module.get(CalendarSource).get();
        const state = foldEvents(domainEventsOf(stored), calendar);
        expect(state).toBeDefined();
        expect(stored.map((e) => e.sequence)).toEqual(stored.map((_, i) => i + 1));
        expect(row).toMatchObject(projectRequestState(state!));
      }),
      { numRuns: 30 },
    );
  });
});
