import { type MailContext, createMailContext, reminderDraft } from '../support/mail-context.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

describe('OutboxSender over SMTP', () => {
  let smtp: SmtpTestServer;
  let ctx: MailContext;
  let organisationId: string;

  beforeEach(async () => {
    smtp = await startSmtpTestServer();
    ctx = await createMailContext({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Gemeente Voorbeeld <woo@voorbeeld.nl>',
      PUBLIC_BASE_URL: 'https://woo.voorbeeld.nl',
    });
    organisationId = await ctx.newOrganisation('Gemeente Voorbeeld');
  });

  afterEach(async () => {
    await ctx.close();
    await smtp.close();
  });

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
    expect(mail.text).toContain(
      'https://woo.voorbeeld.nl/verzoeken/00000000-0000-4000-8000-000000000001',
    );
    const [row] = await ctx.messages();
    expect(mail.messageId).toBe(`<${row.id}@voorbeeld.nl>`);
    expect(row).toMatchObject({ state: 'sent', attempts: 0, messageId: mail.messageId });
    expect(await ctx.sender.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    expect(smtp.received).toHaveLength(1);
  });
});
