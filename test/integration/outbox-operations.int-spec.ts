// The outbox and scheduler as coordinators see them, on a real SQLite file and a real SMTP server
// on 127.0.0.1: a rejected login classified as a delivery problem (and cleared by the next
// delivery), the resend of a failed message, the purge of sent mail with a controlled clock, and
// the scheduler's stored last runs.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxDesk, OutboxPurge, OutboxSender } from '@wobdesk/mail';
import {
  OutboxMessageEntity,
  repositoriesOf,
  serialRead,
  serialTransaction,
} from '@wobdesk/persistence';
import { RemindersModule, ReminderSweep, SchedulerStatusReader } from '@wobdesk/reminders';
import { Outbox, type OutboxDraft } from '@wobdesk/mail';
import { reminderDraft } from '../support/mail-context.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';

const FROM = 'Gemeente Voorbeeld <woo@voorbeeld.nl>';
const DAY = 86_400;

interface Ops {
  ctx: WorkflowContext;
  sender: OutboxSender;
  desk: OutboxDesk;
  purge: OutboxPurge;
  sweep: ReminderSweep;
  scheduler: SchedulerStatusReader;
  enqueue(draft: OutboxDraft): Promise<boolean>;
  row(id?: string): Promise<OutboxMessageEntity>;
  advance(seconds: number): void;
}

async function opsContext(env: Record<string, string>): Promise<Ops> {
  const ctx = await createWorkflowContext('2026-11-25', { MAIL_FROM: FROM, ...env }, [
    RemindersModule,
  ]);
  const outbox = ctx.module.get(Outbox);
  const dataSource = ctx.module.get(DataSource);
  return {
    ctx,
    sender: ctx.module.get(OutboxSender),
    desk: ctx.module.get(OutboxDesk),
    purge: ctx.module.get(OutboxPurge),
    sweep: ctx.module.get(ReminderSweep),
    scheduler: ctx.module.get(SchedulerStatusReader),
    enqueue: (draft) =>
      serialTransaction(dataSource, (em) => outbox.enqueue(repositoriesOf(em), draft)),
    async row(id?: string) {
      const rows = await serialRead(dataSource, (em) => em.find(OutboxMessageEntity));
      const row = id ? rows.find((r) => r.id === id) : rows[0];
      if (!row) throw new Error('no outbox row');
      return row;
    },
    advance(seconds: number) {
      ctx.now = new Date(ctx.now.getTime() + seconds * 1000);
    },
  };
}

describe('outbox operations', () => {
  let smtp: SmtpTestServer | undefined;
  let ops: Ops;
  let organisationId: string;

  afterEach(async () => {
    await ops.ctx.close();
    await smtp?.close();
    smtp = undefined;
  });

  describe('a rejected SMTP login', () => {
    beforeEach(async () => {
      smtp = await startSmtpTestServer(0, { login: true });
      ops = await opsContext({
        SMTP_URL: `smtp://wobdesk:verkeerd@127.0.0.1:${smtp.port}`,
        MAIL_RETRY_BASE_SECONDS: '60',
      });
      organisationId = await ops.ctx.newOrganisation('Gemeente Voorbeeld');
    });

    it('should keep the mail waiting without counting attempts, and name the problem in Dutch', async () => {
      await ops.enqueue(reminderDraft(organisationId, 1));
      await ops.enqueue(reminderDraft(organisationId, 2));
      const report = await ops.sender.deliverDue();
      expect(report).toEqual({ claimed: 2, sent: 0, retried: 1, failed: 0, skipped: 1 });

      const overview = await ops.desk.overview(organisationId);
      expect(overview.counts).toMatchObject({ waiting: 2, failed: 0, sent: 0 });
      const tried = overview.messages.find((m) => m.lastFailure !== null);
      expect(tried).toMatchObject({
        state: 'waiting',
        attempts: 0,
        kindNl: expect.any(String),
        recipientEmail: expect.stringMatching(/^behandelaar[12]@example\.nl$/),
        subject: expect.stringMatching(/^Beslistermijn nadert: WOO-2026-[12] \(8 december 2026\)$/),
        lastFailure: {
          failure: 'login_rejected',
          reasonNl: expect.stringContaining('weigert de inlog'),
          actionNl: expect.stringContaining('SMTP_URL'),
          detail: expect.stringContaining('535'),
        },
      });
      // Only what an administrator needs: no body, no context.
      expect(Object.keys(tried ?? {})).not.toContain('context');

      const problem = await ops.desk.deliveryProblem();
      expect(problem).toMatchObject({
        failure: 'login_rejected',
        since: ops.ctx.now.toISOString(),
        reasonNl: expect.stringContaining('gebruikersnaam of het wachtwoord klopt niet'),
      });

      // It stays while the login keeps failing; its start stays the first failure's.
      const since = ops.ctx.now.toISOString();
      ops.advance(60);
      await ops.sender.deliverDue();
      expect(await ops.desk.deliveryProblem()).toMatchObject({
        since,
        lastTriedAt: ops.ctx.now.toISOString(),
      });
      expect((await ops.row()).attempts).toBe(0);

      // A run with nothing due (the one tried waits for its retry) tells nothing: it is kept.
      let idle = await ops.sender.deliverDue();
      for (let run = 0; run < 5 && idle.claimed > 0; run++) idle = await ops.sender.deliverDue();
      expect(idle).toMatchObject({ claimed: 0, sent: 0 });
      expect(await ops.desk.deliveryProblem()).toMatchObject({ failure: 'login_rejected', since });

      // Fixed: the next delivery clears it.
      smtp!.acceptLogin = true;
      ops.advance(60);
      const fixed = await ops.sender.deliverDue();
      expect(fixed.sent).toBe(2);
      expect(await ops.desk.deliveryProblem()).toBeNull();
      const after = await ops.desk.overview(organisationId);
      expect(after.counts).toMatchObject({ waiting: 0, failed: 0, sent: 2, sentSince: 2 });
      expect(after.messages).toEqual([]);
    });
  });

  describe('resend', () => {
    beforeEach(async () => {
      smtp = await startSmtpTestServer();
      smtp.behaviour = { mode: 'reject', code: 550 };
      ops = await opsContext({ SMTP_URL: smtp.url, MAIL_MAX_ATTEMPTS: '1' });
      organisationId = await ops.ctx.newOrganisation('Gemeente Voorbeeld');
    });

    it('should put a failed message back in the queue, recorded, and refuse what cannot be resent', async () => {
      await ops.enqueue(reminderDraft(organisationId, 1));
      expect(await ops.sender.deliverDue()).toMatchObject({ failed: 1 });
      const failed = await ops.row();
      expect(failed).toMatchObject({
        state: 'failed',
        attempts: 1,
        lastFailure: 'message_refused',
      });
      const overview = await ops.desk.overview(organisationId);
      const shown = overview.messages.find((m) => m.id === failed.id);
      expect(shown).toMatchObject({
        state: 'failed',
        lastFailure: { failure: 'message_refused', reasonNl: 'De mailserver weigert dit bericht.' },
      });
      // A server that refuses one message is no delivery problem for all mail.
      expect(await ops.desk.deliveryProblem()).toBeNull();

      const other = await ops.ctx.newOrganisation('Gemeente Elders');
      const userId = randomUUID();
      expect(await ops.desk.resend(other, failed.id, userId)).toBe('not_found');
      expect(await ops.desk.resend(organisationId, randomUUID(), userId)).toBe('not_found');
      expect(await ops.desk.resend(organisationId, failed.id, userId)).toBe('resent');
      expect(await ops.desk.resend(organisationId, failed.id, userId)).toBe('not_failed');
      expect(await ops.row(failed.id)).toMatchObject({
        state: 'pending',
        attempts: 0,
        nextAttemptAt: ops.ctx.now,
      });
      const recorded = await ops.ctx.module
        .get(DataSource)
        .query('SELECT outbox_id, user_id, previous_attempts, previous_error FROM outbox_resend');
      expect(recorded).toEqual([
        {
          outbox_id: failed.id,
          user_id: userId,
          previous_attempts: 1,
          previous_error: failed.lastError,
        },
      ]);

      smtp!.behaviour = { mode: 'accept' };
      expect(await ops.sender.deliverDue()).toMatchObject({ sent: 1 });
      await smtp!.waitFor(1);
      expect(await ops.row(failed.id)).toMatchObject({ state: 'sent', lastFailure: null });
    });
  });

  describe('purge of sent mail', () => {
    beforeEach(async () => {
      ops = await opsContext({ OUTBOX_RETENTION_DAYS: '30' });
      organisationId = await ops.ctx.newOrganisation('Gemeente Voorbeeld');
    });

    it('should delete sent mail after the retention days and keep its key, so it is never queued again', async () => {
      const old = reminderDraft(organisationId, 1);
      await ops.enqueue(old);
      await ops.enqueue(reminderDraft(organisationId, 2, 'x@example.nl'));
      expect(await ops.sender.deliverDue()).toMatchObject({ sent: 2 });
      ops.advance(20 * DAY);
      const young = reminderDraft(organisationId, 3);
      await ops.enqueue(young);
      expect(await ops.sender.deliverDue()).toMatchObject({ sent: 1 });

      ops.advance(10 * DAY - 1);
      expect(await ops.purge.run()).toBe(0);
      ops.advance(2);
      expect(await ops.purge.run()).toBe(2);
      const rows = await serialRead(ops.ctx.module.get(DataSource), (em) =>
        em.find(OutboxMessageEntity),
      );
      expect(rows.map((r) => r.dedupeKey)).toEqual([young.dedupeKey]);

      // The purged reminder's key still refuses it, for the queue and for the sweep's pre-check.
      expect(await ops.enqueue(old)).toBe(false);
      const known = await serialRead(ops.ctx.module.get(DataSource), (em) =>
        repositoriesOf(em).outbox.existingKeys([old.dedupeKey, 'reminder:none']),
      );
      expect([...known]).toEqual([old.dedupeKey]);
      expect((await ops.desk.overview(organisationId)).counts).toMatchObject({ sent: 1 });
    });

    it('should purge in the sweep, under its lease, and store the sweep for the scheduler page', async () => {
      await ops.enqueue(reminderDraft(organisationId, 1));
      await ops.sender.deliverDue();
      ops.advance(31 * DAY);
      const report = await ops.sweep.run();
      expect(report).toMatchObject({ ran: true, purged: 1 });
      const status = await ops.scheduler.status();
      expect(status.sweep).toMatchObject({
        finishedAt: ops.ctx.now.toISOString(),
        process: expect.stringContaining(`:${process.pid}:`),
        report: { ran: true, purged: 1, due: 0, queued: 0, closed: 0, digests: 0 },
      });
      expect(status.sender).toMatchObject({
        process: expect.stringContaining(`:${process.pid}`),
        report: { claimed: 1, sent: 1, transport: expect.stringMatching(/^catcher:/) },
      });
      // The sweep gave its lease up when it ended.
      expect(status.lease).toBeNull();
      expect(status.settings.outboxRetentionDays).toBe(30);
    });
  });
});
