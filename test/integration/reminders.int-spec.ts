// The reminder sweep across weeks of simulated days (a clock the test moves), on a real SQLite
// file: exactly the expected reminders, once each, for a Woo case (third-party view, extension,
// notice of default; assigned to a clerk) and a Wob case (consent suspension, extension, decision
// with an expected objection, automatic close; unassigned, so to the coordinator); catch-up after
// downtime; re-runs; delivery of a reminder over a real SMTP server.
import { LocalDate, type RequestCommand } from '@wobdesk/domain';
import { OutboxSender } from '@wobdesk/mail';
import { UserEntity } from '@wobdesk/persistence';
import type { Actor, NewRequestInput } from '@wobdesk/register';
import {
  createReminderContext,
  daysBetween,
  type QueuedReminder,
  type ReminderContext,
} from '../support/reminder-context.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

const request = (overrides: Partial<NewRequestInput>): NewRequestInput => ({
  requester: { name: 'P. de Vries', email: 'p.devries@example.nl' },
  receivedOn: '2026-11-02',
  channel: 'email',
  subject: 'Stukken over het windpark',
  items: [{ text: 'Besluiten over het windpark' }],
  ...overrides,
});

type Step = (ctx: ReminderContext, id: string, on: LocalDate) => Promise<unknown>;
type Steps = Readonly<Record<string, Step>>;
const run =
  (actor: () => Actor, make: (on: LocalDate) => RequestCommand): Step =>
  (ctx, id, on) =>
    ctx.workflow.execute(actor(), id, undefined, make(on));

/** Runs the case day by day: the clerk's steps of a day first, then the sweep (unless `down`). */
async function simulate(
  ctx: ReminderContext,
  id: string,
  from: string,
  to: string,
  steps: Steps,
  down: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const day of daysBetween(from, to)) {
    ctx.setDay(day);
    await steps[day]?.(ctx, id, LocalDate.parse(day));
    if (down.has(day)) continue;
    expect((await ctx.sweepOn(day)).ran).toBe(true);
  }
}

describe('ReminderSweep over simulated weeks', () => {
  let ctx: ReminderContext;
  let clerk: Actor;
  let coordinator: Actor;
  let roles: Map<string, string>;

  async function setUp(today: string): Promise<void> {
    ctx = await createReminderContext(today);
    const org = await ctx.newOrganisation('Gemeente Voorbeeld');
    clerk = await ctx.newUser(org, 'clerk');
    coordinator = await ctx.newUser(org, 'coordinator');
    const users = await ctx.dataSource.getRepository(UserEntity).find();
    roles = new Map(users.map((u) => [u.email, u.role]));
  }

  /** "dueOn rule step → role", sorted, and every key once. */
  async function queued(): Promise<string[]> {
    const reminders = await ctx.reminders();
    const line = (r: QueuedReminder) => `${r.dueOn} ${r.kind} ${r.step} → ${roles.get(r.email)}`;
    const lines = reminders.map(line).sort();
    expect(new Set(lines).size).toBe(lines.length);
    return lines;
  }

  async function digestDays(): Promise<string[]> {
    const digests = (await ctx.messages()).filter((m) => m.kind === 'digest.coordinator');
    return digests.map((m) => m.dedupeKey.split(':')[2]).sort();
  }

  let smtp: SmtpTestServer | undefined;

  // The app first: its pooled SMTP connection must end before the server can close.
  afterEach(async () => {
    await ctx?.close();
    await smtp?.close();
    smtp = undefined;
  });

  const wooSteps: Steps = {
    '2026-11-05': run(
      () => clerk,
      (on) => ({ type: 'acknowledgeReceipt', occurredOn: on }),
    ),
    // Woo 4.4 lid 3: suspended 10–20 November (11 days), so the deadline moves to 11 December.
    '2026-11-09': run(
      () => clerk,
      (on) => ({
        type: 'requestThirdPartyView',
        occurredOn: on,
        termEndsOn: LocalDate.parse('2026-11-20'),
      }),
    ),
    // 11 December + 14 days = 25 December → Atw: Christmas, Boxing Day, Sunday → 28 December.
    '2026-12-07': run(
      () => clerk,
      (on) => ({
        type: 'notifyExtension',
        occurredOn: on,
        days: 14,
        reason: 'size_or_complexity',
      }),
    ),
    // Awb 6:12: appeal possible two weeks later, 18 January.
    '2027-01-04': run(
      () => clerk,
      (on) => ({ type: 'receiveNoticeOfDefault', occurredOn: on }),
    ),
  };

  async function createWoo(): Promise<string> {
    const { request: woo } = await ctx.workflow.create(
      clerk,
      request({ receivedOn: '2026-11-02', assigneeId: clerk.userId }),
    );
    return woo.id;
  }

  const WOO_REMINDERS = [
    // Woo 4.1 lid 5: clarification within two weeks of receipt (Monday 16 November).
    '2026-11-09 clarification_deadline before-5 → clerk',
    '2026-11-13 clarification_deadline before-1 → clerk',
    '2026-11-16 clarification_deadline due → clerk',
    // The third party's term ended on 20 November without a view: the notice is due.
    '2026-11-21 suspension_ended ended → clerk',
    // 5 working days before 11 December: decision and last day for the extension notice.
    '2026-12-04 decision_deadline before-5 → clerk',
    '2026-12-04 extension_notice before-5 → clerk',
    // The extended deadline 28 December: 24 December is the working day before it.
    '2026-12-18 decision_deadline before-5 → clerk',
    '2026-12-24 decision_deadline before-1 → clerk',
    '2026-12-28 decision_deadline due → clerk',
    '2026-12-29 decision_deadline overdue-1 → clerk',
    '2027-01-05 decision_deadline overdue-2 → clerk',
    '2027-01-11 notice_of_default before-5 → clerk',
    '2027-01-12 decision_deadline overdue-3 → clerk',
    '2027-01-15 notice_of_default before-1 → clerk',
    '2027-01-18 notice_of_default due → clerk',
    '2027-01-19 decision_deadline overdue-4 → clerk',
  ];

  it('Woo: third-party view, extension, weekly overdue, notice of default — to the assignee', async () => {
    await setUp('2026-11-02');
    const id = await createWoo();
    await simulate(ctx, id, '2026-11-02', '2027-01-20', wooSteps);
    expect(await queued()).toEqual(WOO_REMINDERS);
    // The coordinator's digest: decision due within a week (before and after the extension),
    // then overdue every day.
    expect(await digestDays()).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      ...daysBetween('2026-12-21', '2027-01-20'),
    ]);
    const [first] = (await ctx.messages()).filter((m) => m.dedupeKey.includes(':before-5:'));
    expect(first).toMatchObject({
      kind: 'reminder.clarification_deadline',
      requestId: id,
      template: 'reminder-deadline',
    });
    expect(JSON.parse(first.context)).toEqual({
      organisation: { name: 'Gemeente Voorbeeld' },
      request: { id, reference: expect.any(String), subject: 'Stukken over het windpark' },
      reminder: { kind: 'clarification_deadline', dueOn: '2026-11-16' },
    });
  });

  it('after downtime sends the latest missed reminder of each deadline once, then carries on', async () => {
    await setUp('2026-11-02');
    const id = await createWoo();
    // No scheduler from 17 through 30 December: before-5, before-1, due and overdue-1 of the
    // 28 December deadline all fell due then.
    const down = new Set(daysBetween('2026-12-17', '2026-12-30'));
    await simulate(ctx, id, '2026-11-02', '2026-12-30', wooSteps, down);
    const report = await ctx.sweepOn('2026-12-31');
    expect(report).toMatchObject({
      ran: true,
      window: { after: '2026-12-15', through: '2026-12-31' },
      due: 1,
      queued: 1,
      digests: 1,
    });
    await simulate(ctx, id, '2027-01-01', '2027-01-20', wooSteps);
    const missed = [
      '2026-12-18 decision_deadline before-5 → clerk',
      '2026-12-24 decision_deadline before-1 → clerk',
      '2026-12-28 decision_deadline due → clerk',
    ];
    // The overdue reminder that fell due on 29 December is sent on 31 December (not lost),
    // under its own due day; the three it supersedes are not sent.
    expect(await queued()).toEqual(WOO_REMINDERS.filter((r) => !missed.includes(r)));
    const late = (await ctx.messages()).find((m) => m.dedupeKey.includes(':overdue-1:'))!;
    expect(late.createdAt.toISOString()).toBe('2026-12-31T07:00:00.000Z');
    expect(await digestDays()).not.toContain('2026-12-20');
  });

  it('reminds the notice after a suspension ends: requester delay ended, third-party view received', async () => {
    await setUp('2026-11-02');
    const { request: woo } = await ctx.workflow.create(
      clerk,
      request({ receivedOn: '2026-11-02', assigneeId: clerk.userId }),
    );
    await simulate(ctx, woo.id, '2026-11-02', '2026-12-04', {
      // Awb 4:15 lid 2 sub b: suspended 10–16 November (the end recorded on its last day).
      '2026-11-10': run(
        () => clerk,
        (on) => ({
          type: 'startSuspension',
          occurredOn: on,
          kind: 'requester_delay',
        }),
      ),
      '2026-11-16': run(
        () => clerk,
        (on) => ({
          type: 'endSuspension',
          occurredOn: on,
          kind: 'requester_delay',
        }),
      ),
      // Woo 4.4 lid 3: view asked on 18 November with a term to 2 December, received 25 November.
      '2026-11-18': run(
        () => clerk,
        (on) => ({
          type: 'requestThirdPartyView',
          occurredOn: on,
          termEndsOn: LocalDate.parse('2026-12-02'),
        }),
      ),
      '2026-11-25': run(
        () => clerk,
        (on) => ({ type: 'receiveThirdPartyView', occurredOn: on }),
      ),
    });
    const ended = (await queued()).filter((r) => r.includes('suspension_ended'));
    expect(ended).toEqual([
      '2026-11-17 suspension_ended ended → clerk',
      '2026-11-26 suspension_ended ended → clerk',
    ]);
  });

  it('reminds the last day to decide not to handle, and stops once that is decided', async () => {
    // Woo 4.1 lid 6: asked on 4 November to specify by Friday 13 November, no answer: the
    // decision not to handle is due within two weeks after the term, by Friday 27 November.
    const clarify: Steps = {
      '2026-11-04': run(
        () => clerk,
        (on) => ({
          type: 'requestClarification',
          occurredOn: on,
          termEndsOn: LocalDate.parse('2026-11-13'),
        }),
      ),
    };
    const nonHandling = async () =>
      (await queued()).filter((r) => r.includes('non_handling_deadline'));
    await setUp('2026-11-02');
    const waited = await createWoo();
    await simulate(ctx, waited, '2026-11-02', '2026-12-04', clarify);
    expect(await nonHandling()).toEqual([
      '2026-11-20 non_handling_deadline before-5 → clerk',
      '2026-11-26 non_handling_deadline before-1 → clerk',
      '2026-11-27 non_handling_deadline due → clerk',
    ]);
    await ctx.close();

    await setUp('2026-11-02');
    const declined = await createWoo();
    await simulate(ctx, declined, '2026-11-02', '2026-12-04', {
      ...clarify,
      '2026-11-23': run(
        () => clerk,
        (on) => ({ type: 'declineToHandle', occurredOn: on }),
      ),
    });
    expect(await nonHandling()).toEqual(['2026-11-20 non_handling_deadline before-5 → clerk']);
  });

  it('queues nothing new when a sweep runs again on the same day', async () => {
    await setUp('2026-11-02');
    await createWoo();
    const first = await ctx.sweepOn('2026-11-09');
    expect(first).toMatchObject({ ran: true, due: 1, queued: 1, alreadyQueued: 0 });
    const again = await ctx.sweepOn('2026-11-09');
    expect(again).toMatchObject({ ran: true, due: 1, queued: 0, alreadyQueued: 1, digests: 0 });
    expect(await ctx.reminders()).toHaveLength(1);
  });

  it('Wob: consent, extension, disclosure, automatic close — unassigned, to the coordinator', async () => {
    await setUp('2022-03-01');
    const { request: wob } = await ctx.workflow.create(
      clerk,
      request({ receivedOn: '2022-03-01' }),
    );
    await simulate(ctx, wob.id, '2022-03-01', '2022-06-25', {
      // Awb 4:15 lid 2 sub a: 7 days, so 29 March becomes 5 April.
      '2022-03-08': run(
        () => clerk,
        (on) => ({ type: 'agreeSuspension', occurredOn: on, days: 7 }),
      ),
      // Wob 6 lid 2: four weeks, 3 May.
      '2022-03-31': run(
        () => clerk,
        (on) => ({
          type: 'notifyExtension',
          occurredOn: on,
          days: 28,
          reason: 'size_or_complexity',
        }),
      ),
      '2022-04-28': (c, id) =>
        c.workflow.recordDecision(clerk, id, undefined, {
          occurredOn: '2022-04-28',
          objectionExpected: true,
          outcomes: [{ number: 1, outcome: 'granted' }],
        }),
      '2022-04-29': run(
        () => clerk,
        (on) => ({ type: 'sendDecision', occurredOn: on }),
      ),
    });
    expect(await queued()).toEqual([
      '2022-03-29 decision_deadline before-5 → coordinator',
      '2022-03-29 extension_notice before-5 → coordinator',
      // 5 working days before 3 May 2022: King's Day (Wednesday 27 April) does not count.
      '2022-04-25 decision_deadline before-5 → coordinator',
      // Wob 6 lid 5: disclosure two weeks after sending (13 May); 5 May is an Atw holiday.
      '2022-05-06 disclosure_date before-5 → coordinator',
      '2022-05-12 disclosure_date before-1 → coordinator',
      '2022-05-13 disclosure_date due → coordinator',
      // Objection window to 10 June, postal week to 17 June: final and closed on 18 June.
      '2022-06-18 objection_window_ended ended → coordinator',
    ]);
    const view = await ctx.workflow.get(clerk, wob.id);
    expect(view.phase).toBe('closed');
    const events = await ctx.workflow.events(clerk, wob.id);
    expect(events.slice(-2)).toEqual([
      expect.objectContaining({
        type: 'closed',
        occurredOn: '2022-06-18',
        actor: null,
        payload: { reason: 'final' },
      }),
      expect.objectContaining({
        type: 'closed_automatically',
        occurredOn: '2022-06-18',
        actor: null,
        payload: {
          by: 'Wobdesk planner',
          reason: 'objection_window_ended',
          postalReceiptBy: '2022-06-17',
          article: 'Awb 6:7, 6:9 lid 2',
        },
      }),
    ]);
    // The close and its message are one transaction: the message exists, queued on that day.
    const closing = (await ctx.messages()).find(
      (m) => m.kind === 'reminder.objection_window_ended',
    )!;
    expect(closing.createdAt.toISOString()).toBe('2022-06-18T07:00:00.000Z');
    expect(await digestDays()).toEqual([
      '2022-03-29',
      '2022-03-30',
      '2022-04-26',
      '2022-04-27',
      '2022-06-18',
    ]);
    const lastDigest = (await ctx.messages()).find((m) => m.dedupeKey.includes(':2022-06-18:'))!;
    expect(JSON.parse(lastDigest.context).items).toEqual([
      {
        kind: 'objection_window_ended',
        dueOn: '2022-06-18',
        requestId: wob.id,
        reference: view.reference,
        subject: 'Stukken over het windpark',
      },
    ]);
    expect(coordinator.role).toBe('coordinator');
  });

  describe('delivery', () => {
    it('should deliver a swept reminder to the clerk over SMTP, in Dutch', async () => {
      const server = await startSmtpTestServer();
      smtp = server;
      ctx = await createReminderContext('2026-11-02', {
        SMTP_URL: server.url,
        PUBLIC_BASE_URL: 'https://woo.voorbeeld.nl',
      });
      const org = await ctx.newOrganisation('Gemeente Voorbeeld');
      clerk = await ctx.newUser(org, 'clerk');
      const id = await createWoo();
      expect(await ctx.sweepOn('2026-11-16')).toMatchObject({ queued: 1 });
      const sender = ctx.module.get(OutboxSender);
      const report = await sender.deliverDue();
      expect(report.sent).toBeGreaterThanOrEqual(1);
      const mails = await server.waitFor(report.sent);
      const reminder = mails.find((m) => m.subject?.includes('precisering'));
      expect(reminder?.to).toMatchObject({ value: [{ name: clerk.name }] });
      expect(reminder?.text).toContain('maandag 16 november 2026');
      expect(reminder?.text).toContain(`https://woo.voorbeeld.nl/verzoeken/${id}`);
    });
  });
});
