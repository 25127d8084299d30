// The outbox sender against a real SMTP server on 127.0.0.1 (parsed with mailparser), with the
// sender's clock under the test's control (CLOCK): retries, backoff, giving up, the catcher.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { serialTransaction } from '@wobdesk/persistence';
import { OutboxMessageEntity } from '@wobdesk/persistence';
import { createMailContext, type MailContext, reminderDraft } from '../support/mail-context.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

const FROM = 'Gemeente Voorbeeld <woo@voorbeeld.nl>';

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('OutboxSender over SMTP', () => {
  let smtp: SmtpTestServer;
  let ctx: MailContext;
  let organisationId: string;

  afterEach(async () => {
    await ctx.close();
    await smtp?.close();
  });

  /** A running SMTP server and a mail context sending to it, with `env` on top. */
  async function withServer(env: Record<string, string> = {}): Promise<void> {
    smtp = await startSmtpTestServer();
    ctx = await createMailContext({ SMTP_URL: smtp.url, MAIL_FROM: FROM, ...env });
    organisationId = await ctx.newOrganisation('Gemeente Voorbeeld');
  }

  describe('with the server up', () => {
    beforeEach(() => withServer({ PUBLIC_BASE_URL: 'https://woo.voorbeeld.nl' }));

    it('should deliver a queued reminder once, in Dutch, with the link to the request', async () => {
      expect(await ctx.enqueue(reminderDraft(organisationId, 1))).toBe(true);
      expect(await ctx.enqueue(reminderDraft(organisationId, 1))).toBe(false);
      const report = await ctx.sender.deliverDue();
      expect(report).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0, skipped: 0 });
      const [mail] = await smtp.waitFor(1);
      expect(mail.to).toMatchObject({
        value: [{ address: 'behandelaar1@example.nl', name: 'Behandelaar 1' }],
      });
      expect(mail.from?.value[0]).toEqual({
        address: 'woo@voorbeeld.nl',
        name: 'Gemeente Voorbeeld',
      });
      expect(mail.subject).toBe('Beslistermijn nadert: WOO-2026-1 (8 december 2026)');
      expect(mail.text).toContain(
        'De beslistermijn van dit verzoek eindigt op dinsdag 8 december 2026.',
      );
      expect(mail.text).toContain('Er zijn nog 5 werkdagen te gaan.');
      expect(mail.text).toContain('Grondslag: artikel 4.4, eerste lid, Woo');
      expect(mail.text).toContain(
        'https://woo.voorbeeld.nl/verzoeken/00000000-0000-4000-8000-000000000001',
      );
      expect(mail.html).toContain(
        'href="https://woo.voorbeeld.nl/verzoeken/00000000-0000-4000-8000-000000000001"',
      );
      const [row] = await ctx.messages();
      expect(mail.messageId).toBe(`<${row.id}@voorbeeld.nl>`);
      expect(row).toMatchObject({ state: 'sent', attempts: 0, messageId: mail.messageId });
      expect(row.sentAt).toEqual(ctx.now);
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
      expect(smtp.received).toHaveLength(1);
    });

    it('should send a batch to the right recipients, at most `limit` per call', async () => {
      for (let n = 1; n <= 5; n++) await ctx.enqueue(reminderDraft(organisationId, n));
      expect(await ctx.sender.deliverDue({ limit: 3 })).toMatchObject({ claimed: 3, sent: 3 });
      expect(await ctx.sender.deliverDue({ limit: 3 })).toMatchObject({ claimed: 2, sent: 2 });
      const to = smtp.received
        .map((m) => (m.to as { value: { name: string; address: string }[] }).value[0])
        .sort((a, b) => a.address.localeCompare(b.address));
      expect(to).toEqual(
        [1, 2, 3, 4, 5].map((n) => ({
          name: `Behandelaar ${n}`,
          address: `behandelaar${n}@example.nl`,
        })),
      );
    });

    it('should retry a rejected message with exponential backoff and deliver it once the server accepts', async () => {
      await ctx.enqueue(reminderDraft(organisationId, 1));
      smtp.behaviour = { mode: 'reject', code: 451 };
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 1, retried: 1 });
      let [row] = await ctx.messages();
      expect(row).toMatchObject({ state: 'pending', attempts: 1, leaseOwner: null });
      expect(row.lastError).toMatch(/451/);
      expect(row.nextAttemptAt.getTime() - ctx.now.getTime()).toBe(30_000);
      ctx.advance(29);
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0 });
      ctx.advance(1);
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 1, retried: 1 });
      [row] = await ctx.messages();
      expect(row.attempts).toBe(2);
      expect(row.nextAttemptAt.getTime() - ctx.now.getTime()).toBe(60_000);
      smtp.behaviour = { mode: 'accept' };
      ctx.advance(59);
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0 });
      ctx.advance(1);
      expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 1, sent: 1 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.dataSeen).toHaveLength(3);
    });
  });

  it('should keep everything through an outage longer than the attempts, and deliver it all once', async () => {
    const port = await freePort();
    // Two attempts only: an unreachable server must not use them up.
    ctx = await createMailContext({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: FROM,
      MAIL_MAX_ATTEMPTS: '2',
    });
    organisationId = await ctx.newOrganisation();
    await ctx.newUser(organisationId, 'coordinator');
    for (let n = 1; n <= 4; n++) await ctx.enqueue(reminderDraft(organisationId, n));
    // One connection attempt per call: the first message waits 30 s, the rest are put back.
    expect(await ctx.sender.deliverDue()).toEqual({
      claimed: 4,
      sent: 0,
      retried: 1,
      failed: 0,
      skipped: 3,
    });
    let rows = await ctx.messages();
    expect(rows.filter((m) => /ECONNREFUSED/.test(m.lastError ?? ''))).toHaveLength(1);
    expect(rows.every((m) => m.state === 'pending' && m.attempts === 0)).toBe(true);
    // An hour of outage, a call every 30 s.
    for (let call = 0; call < 120; call++) {
      expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 0, failed: 0 });
      ctx.advance(30);
    }
    rows = await ctx.messages();
    expect(rows).toHaveLength(4);
    expect(rows.every((m) => m.state === 'pending' && m.attempts === 0)).toBe(true);
    smtp = await startSmtpTestServer(port);
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 4, sent: 4 });
    rows = await ctx.messages();
    expect(rows.map((r) => r.state)).toEqual(Array(4).fill('sent'));
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(
      rows.map((r) => `<${r.id}@voorbeeld.nl>`).sort(),
    );
  });

  it('should give up after MAIL_MAX_ATTEMPTS and tell every coordinator', async () => {
    await withServer({ MAIL_MAX_ATTEMPTS: '3', MAIL_RETRY_BASE_SECONDS: '10' });
    const coordinators = [
      await ctx.newUser(organisationId, 'coordinator'),
      await ctx.newUser(organisationId, 'coordinator'),
    ];
    await ctx.newUser(organisationId, 'clerk');
    await ctx.newUser(await ctx.newOrganisation(), 'coordinator');
    await ctx.enqueue(reminderDraft(organisationId, 1, 'onbereikbaar@example.nl'));
    smtp.behaviour = { mode: 'reject', code: 450 };
    expect(await ctx.sender.deliverDue()).toMatchObject({ retried: 1 });
    ctx.advance(10);
    expect(await ctx.sender.deliverDue()).toMatchObject({ retried: 1 });
    ctx.advance(20);
    expect(await ctx.sender.deliverDue()).toMatchObject({ failed: 1 });
    let rows = await ctx.messages();
    expect(rows[0]).toMatchObject({ state: 'failed', attempts: 3 });
    const alerts = rows.filter((r) => r.kind === 'alert.delivery_failed');
    expect(alerts.map((a) => a.recipientName).sort()).toEqual(
      coordinators.map((c) => c.name).sort(),
    );
    // A failed message is never claimed again; the alerts go out once the server accepts.
    smtp.behaviour = { mode: 'accept' };
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 2, sent: 2 });
    ctx.advance(3600);
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0 });
    rows = await ctx.messages();
    expect(rows[0].state).toBe('failed');
    const [mail] = smtp.received;
    // The draft's request has no row in this test: the alert names no request.
    expect(mail.subject).toBe('E-mail niet bezorgd (aan onbereikbaar@example.nl)');
    expect(mail.text).toContain(
      'Soort:        herinnering aan de behandelaar (reminder.decision_due)',
    );
    expect(mail.text).toContain('In wachtrij:  sinds 25 november 2026');
    expect(mail.text).toContain('Pogingen:     3');
    expect(mail.text).toMatch(/Laatste fout: .*450/);
  });

  it('should fail a message that cannot be rendered at once, without retrying it', async () => {
    await withServer();
    const coordinator = await ctx.newUser(organisationId, 'coordinator');
    const draft = reminderDraft(organisationId, 1);
    await ctx.enqueue({ ...draft, context: { ...draft.context, reminder: undefined } });
    expect(await ctx.sender.deliverDue()).toMatchObject({ failed: 1, sent: 0 });
    const rows = await ctx.messages();
    const failed = rows.find((r) => r.kind === 'reminder.decision_due');
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
    expect(failed?.lastError).toMatch(/reminder/);
    expect(rows.filter((r) => r.kind === 'alert.delivery_failed')).toEqual([
      expect.objectContaining({ state: 'pending', recipientName: coordinator.name }),
    ]);
    expect(smtp.dataSeen).toHaveLength(0);
  });

  it('should let another sender take over a message whose lease has ended', async () => {
    await withServer({ MAIL_LEASE_SECONDS: '60' });
    await ctx.enqueue(reminderDraft(organisationId, 1));
    // A sender that claimed the message and then stalled (its lease is still written on the row).
    await serialTransaction(ctx.dataSource, (em) =>
      em.update(
        OutboxMessageEntity,
        { organisationId },
        {
          state: 'sending',
          leaseOwner: '11111111-1111-4111-8111-111111111111',
          leaseUntil: new Date(ctx.now.getTime() + 60_000),
        },
      ),
    );
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0 });
    ctx.advance(61);
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  describe('without SMTP_URL (the catcher)', () => {
    beforeEach(async () => {
      ctx = await createMailContext({ MAIL_FROM: FROM });
      organisationId = await ctx.newOrganisation();
    });

    it('should store every message as <outbox id>.eml, and overwrite it on a resend', async () => {
      await ctx.enqueue(reminderDraft(organisationId, 1));
      await ctx.enqueue(reminderDraft(organisationId, 2));
      expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 2 });
      const rows = (await ctx.messages()).sort((a, b) =>
        a.recipientEmail.localeCompare(b.recipientEmail),
      );
      const dir = (ctx as MailContext & { catcherDir: string }).catcherDir;
      const emls = async () => (await readdir(dir)).filter((name) => name.endsWith('.eml'));
      expect((await emls()).sort()).toEqual(rows.map((r) => `${r.id}.eml`).sort());
      const mail = await simpleParser(await readFile(join(dir, `${rows[0].id}.eml`)));
      expect(mail.subject).toBe('Beslistermijn nadert: WOO-2026-1 (8 december 2026)');
      expect(mail.messageId).toBe(`<${rows[0].id}@voorbeeld.nl>`);
      // A resend of the same message (e.g. after a crash before the "sent" mark) replaces the file.
      await serialTransaction(ctx.dataSource, (em) =>
        em.update(OutboxMessageEntity, { id: rows[0].id }, { state: 'pending' }),
      );
      expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 1 });
      expect(await emls()).toHaveLength(2);
      expect(ctx.sender.describeTransport()).toBe(`catcher:${dir}`);
    });
  });
});
