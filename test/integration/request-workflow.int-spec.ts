import { LocalDate } from '@wobdesk/domain';
import { RequestEntity } from '@wobdesk/persistence';
import {
  type Actor,
  type NewRequestInput,
  RequestWorkflowService,
  WorkflowError,
} from '@wobdesk/register';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const d = (iso: string) => LocalDate.parse(iso);

const wooRequest = (overrides: Partial<NewRequestInput> = {}): NewRequestInput => ({
  requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
  receivedOn: '2026-11-02',
  channel: 'email',
  subject: 'Documenten over de herinrichting van het Stationsplein',
  items: [{ text: 'Verkeersbesluiten' }, { text: 'Adviezen' }, { text: 'Mails met de aannemer' }],
  ...overrides,
});

/** The WorkflowError a promise rejects with (fails the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<WorkflowError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe(RequestWorkflowService.name, () => {
  let ctx: WorkflowContext;
  let orgA: string;
  let clerk: Actor;
  let coordinator: Actor;
  let otherClerk: Actor;
  let outsider: Actor;

  beforeAll(async () => {
    ctx = await createWorkflowContext('2026-11-25');
    orgA = await ctx.newOrganisation('Gemeente Utrecht');
    clerk = await ctx.newUser(orgA, 'clerk');
    coordinator = await ctx.newUser(orgA, 'coordinator');
    otherClerk = await ctx.newUser(orgA, 'clerk');
    outsider = await ctx.newUser(await ctx.newOrganisation('Gemeente Zeist'), 'coordinator');
  });

  afterAll(async () => {
    await ctx.close();
  });

  describe('create', () => {
    it('should register the request with its items, reference, deadlines and version 1', async () => {
      const { request, statusToken } = await ctx.workflow.create(clerk, wooRequest());
      expect(request).toMatchObject({
        version: 1,
        regime: 'woo',
        phase: 'received',
        phaseNl: 'Ontvangen',
        receivedOn: '2026-11-02',
        decisionDeadline: '2026-11-30',
        overdue: false,
        requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
      });
      expect(request.reference).toMatch(/^WOO-\d{6}$/);
      expect(request.items.map((i) => [i.number, i.text])).toEqual([
        [1, 'Verkeersbesluiten'],
        [2, 'Adviezen'],
        [3, 'Mails met de aannemer'],
      ]);
      expect(request.decidedLate).toBeUndefined();
      expect(statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('should give consecutive references per organisation', async () => {
      const a = await ctx.workflow.create(clerk, wooRequest());
      const b = await ctx.workflow.create(clerk, wooRequest());
      const c = await ctx.workflow.create(outsider, wooRequest());
      expect(Number(b.request.reference.slice(4))).toBe(Number(a.request.reference.slice(4)) + 1);
      expect(c.request.reference).toBe('WOO-000001');
    });

    it('should refuse a receipt date in the future as a domain refusal', async () => {
      const error = await refusal(
        ctx.workflow.create(clerk, wooRequest({ receivedOn: '2026-11-26' })),
      );
      expect(error).toMatchObject({ kind: 'domain', code: 'REQUEST.DATE_IN_FUTURE' });
    });

    it.each([
      [{ receivedOn: '2026-02-30' }, 'receivedOn'],
      [{ items: [] }, 'items'],
      [{ items: [{ text: ' ' }] }, 'items[0].text'],
      [{ subject: '' }, 'subject'],
      [{ channel: 'fax' as never }, 'channel'],
      [{ requester: { name: '' } }, 'requester.name'],
      [{ letterDate: '2026-11-03' }, 'letterDate'],
      [{ regime: 'foia' as never }, 'regime'],
    ])('should refuse bad input %p naming %s', async (overrides, field) => {
      const error = await refusal(ctx.workflow.create(clerk, wooRequest(overrides)));
      expect(error).toMatchObject({ kind: 'invalid', code: 'REQUEST.INVALID_INPUT' });
      expect(error.details?.field).toBe(field);
    });
  });

  describe('execute', () => {
    it('should run a command, append its event and bump the version', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const view = await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'acknowledgeReceipt',
        occurredOn: d('2026-11-03'),
      });
      expect(view).toMatchObject({ version: 2, phase: 'acknowledged' });
      const events = await ctx.workflow.events(clerk, request.id);
      expect(events.map((e) => e.type)).toEqual(['request_received', 'receipt_acknowledged']);
      expect(events[1]).toMatchObject({
        sequence: 2,
        occurredOn: '2026-11-03',
        actor: { id: clerk.userId, name: clerk.name },
        recordedAt: ctx.now.toISOString(),
      });
    });

    it('should refuse a stale version and change nothing', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'acknowledgeReceipt',
        occurredOn: d('2026-11-03'),
      });
      const error = await refusal(
        ctx.workflow.execute(clerk, request.id, 1, {
          type: 'notifyExtension',
          occurredOn: d('2026-11-10'),
          days: 14,
          reason: 'size_or_complexity',
        }),
      );
      expect(error).toMatchObject({
        kind: 'stale_version',
        code: 'REQUEST.STALE_VERSION',
        details: { expectedVersion: 1, currentVersion: 2 },
      });
      expect((await ctx.workflow.get(clerk, request.id)).version).toBe(2);
      expect(await ctx.workflow.events(clerk, request.id)).toHaveLength(2);
    });

    it('should turn a domain refusal into a WorkflowError and roll back the version', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const error = await refusal(
        ctx.workflow.execute(clerk, request.id, undefined, {
          type: 'notifyExtension',
          occurredOn: d('2026-11-10'),
          days: 15,
          reason: 'size_or_complexity',
        }),
      );
      expect(error).toMatchObject({ kind: 'domain', code: 'REQUEST.EXTENSION_TOO_LONG' });
      expect(error.nl).toContain('verdaging');
      expect((await ctx.workflow.get(clerk, request.id)).version).toBe(1);
    });

    it('should recompute the stored deadline in the same transaction as the event', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const view = await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'notifyExtension',
        occurredOn: d('2026-11-20'),
        days: 14,
        reason: 'size_or_complexity',
      });
      expect(view.decisionDeadline).toBe('2026-12-14');
      const row = await ctx.dataSource
        .getRepository(RequestEntity)
        .findOneByOrFail({ id: request.id });
      expect(row).toMatchObject({
        decisionDeadline: '2026-12-14',
        firstTermEnd: '2026-11-30',
        version: 2,
      });
    });

    it('should send conversations and decisions to their own operations', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      await expect(
        ctx.workflow.execute(clerk, request.id, 1, {
          type: 'takeDecision',
          occurredOn: d('2026-11-20'),
        }),
      ).rejects.toMatchObject({ code: 'REQUEST.USE_RECORD_DECISION' });
      await expect(
        ctx.workflow.execute(clerk, request.id, 1, {
          type: 'holdConversation',
          occurredOn: d('2026-11-20'),
        }),
      ).rejects.toMatchObject({ code: 'REQUEST.USE_RECORD_CONVERSATION' });
    });

    it('should refuse a command whose dates are not LocalDates, naming the field', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const command = {
        type: 'requestThirdPartyView',
        occurredOn: d('2026-11-16'),
        termEndsOn: '2026-11-30',
      } as never;
      const error = await refusal(ctx.workflow.execute(clerk, request.id, 1, command));
      expect(error).toMatchObject({ kind: 'invalid', details: { field: 'termEndsOn' } });
    });

    it('should record an open third-party view as a suspension with its last day', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const view = await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'requestThirdPartyView',
        occurredOn: d('2026-11-16'),
        termEndsOn: d('2026-11-30'),
      });
      const row = await ctx.dataSource
        .getRepository(RequestEntity)
        .findOneByOrFail({ id: request.id });
      expect(row.suspendedUntil).toBe('2026-11-30');
      expect(view.decisionDeadline).toBe('2026-12-14');
    });
  });

  describe('concurrency', () => {
    it('should let exactly one of 20 parallel transitions with the same version win', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          ctx.workflow.execute(clerk, request.id, 1, {
            type: 'acknowledgeReceipt',
            occurredOn: d('2026-11-03'),
          }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      expect(lost.every((e) => e instanceof WorkflowError && e.kind === 'stale_version')).toBe(
        true,
      );
      const events = await ctx.workflow.events(clerk, request.id);
      expect(events.map((e) => e.sequence)).toEqual([1, 2]);
    });

    it('should let exactly one of 20 parallel conflicting transitions without a version win', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          ctx.workflow.execute(
            clerk,
            request.id,
            undefined,
            i % 2 === 0
              ? { type: 'withdraw', occurredOn: d('2026-11-20') }
              : { type: 'forward', occurredOn: d('2026-11-20'), to: 'Provincie Utrecht' },
          ),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(won).toHaveLength(1);
      expect(
        lost.every((e) => e instanceof WorkflowError && e.code === 'REQUEST.COMMAND_NOT_ALLOWED'),
      ).toBe(true);
      const events = await ctx.workflow.events(clerk, request.id);
      expect(events.map((e) => e.sequence)).toEqual([1, 2]);
      const view = await ctx.workflow.get(clerk, request.id);
      expect(['withdrawn', 'forwarded']).toContain(view.phase);
      expect(view.version).toBe(2);
    });

    it('should keep every sequence contiguous when many requests change at once', async () => {
      const created = await Promise.all(
        Array.from({ length: 5 }, () => ctx.workflow.create(clerk, wooRequest())),
      );
      // Changes that may land in any order: PostgreSQL runs them side by side, so a dated step
      // could otherwise be refused for a later-dated step that happened to commit first.
      const steps = created.flatMap(({ request }) => [
        ctx.workflow.execute(clerk, request.id, undefined, {
          type: 'acknowledgeReceipt',
          occurredOn: d('2026-11-03'),
        }),
        ctx.workflow.reissueStatusToken(clerk, request.id),
        ctx.workflow.reissueStatusToken(clerk, request.id),
      ]);
      await Promise.all(steps);
      for (const { request } of created) {
        const events = await ctx.workflow.events(clerk, request.id);
        expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
        expect((await ctx.workflow.get(clerk, request.id)).version).toBe(4);
      }
    });
  });

  describe('organisation scoping', () => {
    it("should answer not_found for another organisation's request, whatever the call", async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const calls: Promise<unknown>[] = [
        ctx.workflow.get(outsider, request.id),
        ctx.workflow.events(outsider, request.id),
        ctx.workflow.execute(outsider, request.id, 1, {
          type: 'acknowledgeReceipt',
          occurredOn: d('2026-11-03'),
        }),
        ctx.workflow.recordConversation(outsider, request.id, undefined, {
          occurredOn: '2026-11-03',
          channel: 'phone',
          participants: ['x'],
          summaryPoints: [],
        }),
        ctx.workflow.recordDecision(outsider, request.id, undefined, {
          occurredOn: '2026-11-20',
          outcomes: [],
        }),
        ctx.workflow.assign(outsider, request.id, undefined, outsider.userId),
        ctx.workflow.reissueStatusToken(outsider, request.id),
        ctx.workflow.revokeStatusToken(outsider, request.id),
      ];
      for (const call of calls) {
        const error = await refusal(call);
        expect(error).toMatchObject({ kind: 'not_found', code: 'REQUEST.NOT_FOUND' });
      }
      const unknown = await refusal(
        ctx.workflow.get(outsider, '00000000-0000-0000-0000-000000000000'),
      );
      expect(unknown.code).toBe('REQUEST.NOT_FOUND');
      expect((await ctx.workflow.get(clerk, request.id)).version).toBe(1);
      const page = await ctx.workflow.list(outsider, { pageSize: 100 });
      expect(page.items.map((i) => i.id)).not.toContain(request.id);
    });

    it('should not assign to a user of another organisation', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const error = await refusal(ctx.workflow.assign(coordinator, request.id, 1, outsider.userId));
      expect(error).toMatchObject({ kind: 'invalid', code: 'REQUEST.UNKNOWN_ASSIGNEE' });
    });
  });

  describe('assign', () => {
    it('should let a coordinator assign anyone and a clerk only themselves', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const assigned = await ctx.workflow.assign(coordinator, request.id, 1, otherClerk.userId);
      expect(assigned).toMatchObject({
        version: 2,
        assignee: { id: otherClerk.userId, name: otherClerk.name },
      });
      const forbidden = await refusal(ctx.workflow.assign(clerk, request.id, 2, otherClerk.userId));
      expect(forbidden).toMatchObject({ kind: 'forbidden', code: 'REQUEST.ASSIGN_FORBIDDEN' });
      const self = await ctx.workflow.assign(clerk, request.id, 2, clerk.userId);
      expect(self.assignee?.id).toBe(clerk.userId);
      const again = await ctx.workflow.assign(clerk, request.id, 3, clerk.userId);
      expect(again.version).toBe(3);
      const events = await ctx.workflow.events(clerk, request.id);
      expect(events.filter((e) => e.type === 'assigned').map((e) => e.payload)).toEqual([
        { assigneeId: otherClerk.userId },
        { assigneeId: clerk.userId, previousAssigneeId: otherClerk.userId },
      ]);
    });
  });

  describe('recordConversation', () => {
    it('should change the phase only for the first conversation', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const first = await ctx.workflow.recordConversation(clerk, request.id, 1, {
        occurredOn: '2026-11-05',
        channel: 'in_person',
        participants: ['verzoeker', 'behandelaar'],
        summaryPoints: ['Afbakening'],
        summarySentOn: '2026-11-06',
      });
      expect(first).toMatchObject({ phase: 'conversation_held', version: 2 });
      const second = await ctx.workflow.recordConversation(clerk, request.id, 2, {
        occurredOn: '2026-11-04',
        channel: 'phone',
        participants: ['verzoeker'],
        summaryPoints: [],
      });
      expect(second).toMatchObject({ phase: 'conversation_held', version: 3 });
      expect(second.conversations).toHaveLength(2);
    });

    it('should refuse a later conversation in the future, and any once withdrawn', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const conversation = {
        occurredOn: '2026-11-05',
        channel: 'phone' as const,
        participants: ['verzoeker'],
        summaryPoints: [],
      };
      await ctx.workflow.recordConversation(clerk, request.id, 1, conversation);
      const future = await refusal(
        ctx.workflow.recordConversation(clerk, request.id, 2, {
          ...conversation,
          occurredOn: '2026-11-26',
        }),
      );
      expect(future).toMatchObject({ kind: 'domain', code: 'REQUEST.DATE_IN_FUTURE' });
      await ctx.workflow.execute(clerk, request.id, 2, {
        type: 'withdraw',
        occurredOn: d('2026-11-10'),
      });
      const closed = await refusal(
        ctx.workflow.recordConversation(clerk, request.id, 3, conversation),
      );
      expect(closed).toMatchObject({ kind: 'domain', code: 'REQUEST.COMMAND_NOT_ALLOWED' });
    });

    it('should refuse a summary sent before the conversation', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const error = await refusal(
        ctx.workflow.recordConversation(clerk, request.id, 1, {
          occurredOn: '2026-11-05',
          channel: 'video',
          participants: ['verzoeker'],
          summaryPoints: [],
          summarySentOn: '2026-11-04',
        }),
      );
      expect(error).toMatchObject({ kind: 'invalid', details: { field: 'summarySentOn' } });
    });
  });

  describe('recordDecision', () => {
    const outcomes = [
      { number: 1, outcome: 'granted' as const },
      { number: 2, outcome: 'refused' as const, grounds: ['5.2.1'] },
      {
        number: 3,
        outcome: 'already_public' as const,
        remarks: 'Op de website',
        whereAvailable: 'https://www.example.nl/verkeer',
      },
    ];

    it.each([
      [[outcomes[0], outcomes[1]], 'DECISION.ITEM_WITHOUT_OUTCOME', 3],
      [
        [...outcomes, { number: 1, outcome: 'refused' as const, grounds: ['x'] }],
        'DECISION.DUPLICATE_OUTCOME',
        1,
      ],
      [[...outcomes, { number: 4, outcome: 'granted' as const }], 'DECISION.UNKNOWN_ITEM', 4],
      [
        [outcomes[0], { number: 2, outcome: 'refused' as const }, outcomes[2]],
        'DECISION.GROUNDS_REQUIRED',
        2,
      ],
      [
        [outcomes[0], { number: 2, outcome: 'partly_granted' as const, grounds: [] }, outcomes[2]],
        'DECISION.GROUNDS_REQUIRED',
        2,
      ],
    ])('should refuse %j with %s naming item %d', async (given, code, item) => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const error = await refusal(
        ctx.workflow.recordDecision(clerk, request.id, 1, {
          occurredOn: '2026-11-20',
          outcomes: given,
        }),
      );
      expect(error).toMatchObject({ kind: 'invalid', code, details: { item } });
      const view = await ctx.workflow.get(clerk, request.id);
      expect(view).toMatchObject({ version: 1, phase: 'received' });
      expect(view.items.every((i) => i.outcome === undefined)).toBe(true);
    });

    it('should store the outcomes and take the decision', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      const view = await ctx.workflow.recordDecision(clerk, request.id, 1, {
        occurredOn: '2026-11-20',
        objectionExpected: true,
        outcomes,
      });
      expect(view).toMatchObject({ phase: 'decided', version: 2, decidedLate: false });
      expect(view.items).toEqual([
        { number: 1, text: 'Verkeersbesluiten', outcome: 'granted' },
        { number: 2, text: 'Adviezen', outcome: 'refused', grounds: ['5.2.1'] },
        {
          number: 3,
          text: 'Mails met de aannemer',
          outcome: 'already_public',
          remarks: 'Op de website',
          whereAvailable: 'https://www.example.nl/verkeer',
        },
      ]);
    });

    it('should leave the outcomes untouched when the domain refuses the decision', async () => {
      const { request } = await ctx.workflow.create(clerk, wooRequest());
      await ctx.workflow.execute(clerk, request.id, 1, {
        type: 'withdraw',
        occurredOn: d('2026-11-10'),
      });
      const error = await refusal(
        ctx.workflow.recordDecision(clerk, request.id, 2, { occurredOn: '2026-11-20', outcomes }),
      );
      expect(error).toMatchObject({ kind: 'domain', code: 'REQUEST.COMMAND_NOT_ALLOWED' });
      const view = await ctx.workflow.get(clerk, request.id);
      expect(view.items.every((i) => i.outcome === undefined)).toBe(true);
    });
  });
});
