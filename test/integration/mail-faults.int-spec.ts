// Fault tests of the mail sender with real processes: senders run as child processes on the same
// database (a SQLite file, or one PostgreSQL database in integration-pg), as two workers would,
// against a real SMTP server on 127.0.0.1.
//
// The guarantee under test: every queued message is delivered at least once; a message is
// delivered twice only if its sender died after the SMTP server accepted it and before the
// "sent" mark was committed, and then the copy carries the same Message-ID.
import { OutboxMessageEntity } from '@wobdesk/persistence';
import { createMailContext, type MailContext, reminderDraft } from '../support/mail-context.js';
import { startSenderProcess } from '../support/mail-sender-process.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';
import { testDatabaseKind } from '../support/test-database-kind.js';

const idOf = (row: OutboxMessageEntity, domain = 'voorbeeld.nl') => `<${row.id}@${domain}>`;

/**
 * Each test starts sender processes (transpiled on start: 15–20 s each under load) and waits for
 * them. On a 2-core machine at load 20+ a test took over 60 s on SQLite and about 50 s alone on
 * PostgreSQL, so both get a budget that holds there; a hang still fails.
 */
const CHILD_TEST_MS = testDatabaseKind() === 'postgres' ? 240_000 : 180_000;

describe('Mail sender faults (child processes)', () => {
  let smtp: SmtpTestServer;
  let ctx: MailContext;
  let organisationId: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    smtp = await startSmtpTestServer();
    ctx = await createMailContext();
    organisationId = await ctx.newOrganisation('Gemeente Voorbeeld');
    env = {
      ...ctx.db.env,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Gemeente Voorbeeld <woo@voorbeeld.nl>',
      MAIL_LEASE_SECONDS: '10',
    };
  });

  afterEach(async () => {
    await ctx.close();
    await smtp.close();
  });

  it(
    'should deliver each message once when two senders work at the same time',
    async () => {
      for (let n = 1; n <= 40; n++) await ctx.enqueue(reminderDraft(organisationId, n));
      // The server answers nothing until both senders have a message in flight: under load one
      // process could otherwise send all 40 before the other is scheduled.
      smtp.behaviour = { mode: 'together', connections: 2, timeoutMs: 60_000 };
      const a = await startSenderProcess(env, { limit: 4 });
      const b = await startSenderProcess(env, { limit: 4 });
      a.go();
      b.go();
      expect(await a.exited).toBe(0);
      expect(await b.exited).toBe(0);
      const sentBy = (p: typeof a) => p.reports.reduce((sum, r) => sum + r.sent, 0);
      expect(sentBy(a) + sentBy(b)).toBe(40);
      // Both really worked in parallel (not one after the other): the server saw both at once.
      expect(smtp.connectionsTogether()).toBe(2);
      expect(sentBy(a)).toBeGreaterThan(0);
      expect(sentBy(b)).toBeGreaterThan(0);
      const rows = await ctx.messages();
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
      expect(smtp.received).toHaveLength(40);
      expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(
        new Set(rows.map((r) => idOf(r))),
      );
    },
    CHILD_TEST_MS,
  );

  it(
    'should lose nothing when a sender is killed (SIGKILL) in the middle of a batch',
    async () => {
      for (let n = 1; n <= 6; n++) await ctx.enqueue(reminderDraft(organisationId, n));
      // The server holds its reply to DATA, so the sender is killed with a message in flight.
      smtp.behaviour = { mode: 'delay', ms: 1500 };
      const first = await startSenderProcess(env, { limit: 6 });
      first.go();
      await waitUntil(() => smtp.dataSeen.length === 1);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      const inFlight = smtp.dataSeen[0];

      // All six were claimed by the dead sender, none marked sent; its lease still runs.
      let rows = await ctx.messages();
      expect(rows.map((r) => r.state)).toEqual(Array(6).fill('sending'));
      // The server completes the transaction the dead client never heard the answer to.
      await smtp.waitFor(1);
      smtp.behaviour = { mode: 'accept' };

      // While the lease runs, no sender touches them.
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0 });

      // After the lease (10 s) a restarted sender takes all six over.
      const restarted = await startSenderProcess(env, { clockOffsetMs: 11_000 });
      restarted.go();
      expect(await restarted.exited).toBe(0);
      expect(restarted.reports[0]).toMatchObject({ claimed: 6, sent: 6 });

      rows = await ctx.messages();
      expect(rows.every((r) => r.state === 'sent')).toBe(true);
      const ids = smtp.received.map((m) => m.messageId);
      // Every message at least once …
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => idOf(r))));
      // … and only the one in flight at the kill twice, with the same Message-ID.
      expect(ids).toHaveLength(7);
      expect(ids.filter((id) => id === inFlight)).toHaveLength(2);
    },
    CHILD_TEST_MS,
  );
});

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
