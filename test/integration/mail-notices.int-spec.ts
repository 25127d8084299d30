// Requester notices: queued in the transaction of the change, delivered over a real
// SMTP server on 127.0.0.1 and parsed with mailparser.
import { randomUUID } from 'node:crypto';
import { LocalDate } from '@wobdesk/domain';
import { PdfRenderer, weekdayDate } from '@wobdesk/letters';
import {
  type Actor,
  domainStep,
  type NewRequestInput,
  RequestChanges,
  WorkflowError,
} from '@wobdesk/register';
import { createMailContext, type MailContext } from '../support/mail-context.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

const wooRequest = (overrides: Partial<NewRequestInput> = {}): NewRequestInput => ({
  requester: { name: 'P. de Vries', email: 'p.devries@example.nl' },
  receivedOn: '2026-11-02',
  channel: 'email',
  subject: 'Stukken over de herinrichting van het Stationsplein',
  items: [{ text: 'Verkeersbesluiten' }],
  ...overrides,
});

describe('Requester notices', () => {
  let smtp: SmtpTestServer;
  let ctx: MailContext;
  let clerk: Actor;
  /** Revoking a status link is a coordinator's (the register's rule). */
  let coordinator: Actor;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    ctx = await createMailContext({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Gemeente Voorbeeld <woo@voorbeeld.nl>',
      PUBLIC_BASE_URL: 'https://woo.voorbeeld.nl',
    });
    clerk = await ctx.newUser(await ctx.newOrganisation('Gemeente Voorbeeld'), 'clerk');
    coordinator = await ctx.newUser(clerk.organisationId, 'coordinator');
  });

  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  beforeEach(() => smtp.received.splice(0));

  /** The notices of a request in the order of the events that caused them (the dedupe key's sequence). */
  async function noticesOf(requestId: string) {
    const sequence = (key: string) => Number(key.split(':')[2]);
    return (await ctx.messages())
      .filter((m) => m.requestId === requestId)
      .sort((a, b) => sequence(a.dedupeKey) - sequence(b.dedupeKey));
  }

  it('should send the acknowledgement with the status link when a request is registered', async () => {
    const { request, statusToken } = await ctx.workflow.create(clerk, wooRequest());
    const queued = (await ctx.messages()).filter((m) => m.requestId === request.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: 'notice.state_changed', state: 'pending' });
    expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    // The first notice names nobody: the address may have been typed in by someone else.
    expect(mail.to).toMatchObject({ value: [{ address: 'p.devries@example.nl', name: '' }] });
    expect(mail.text).not.toContain('P. de Vries');
    expect(mail.subject).toBe(
      `Ontvangstbevestiging van uw Woo-verzoek (kenmerk ${request.reference})`,
    );
    expect(mail.text).toContain('Wij hebben uw verzoek van 2 november 2026 ontvangen');
    expect(mail.text).toContain(
      `Wij beslissen uiterlijk op ${weekdayDate(request.decisionDeadline)}.`,
    );
    expect(mail.text).toContain(`https://woo.voorbeeld.nl/status/${statusToken}`);
    expect(mail.html).toContain(`href="https://woo.voorbeeld.nl/status/${statusToken}"`);
    expect(mail.attachments).toHaveLength(0);
  });

  it('should notify a change of phase, but not a change that keeps the phase', async () => {
    const { request, statusToken } = await ctx.workflow.create(clerk, wooRequest());
    await ctx.sender.deliverDue();
    smtp.received.splice(0);
    const extended = await ctx.workflow.execute(clerk, request.id, request.version, {
      type: 'notifyExtension',
      occurredOn: LocalDate.parse('2026-11-20'),
      days: 14,
      reason: 'size_or_complexity',
      motivation: 'De omvang van de stukken',
    });
    expect(extended.phase).toBe('received');
    const acknowledged = await ctx.workflow.execute(clerk, request.id, extended.version, {
      type: 'acknowledgeReceipt',
      occurredOn: LocalDate.parse('2026-11-24'),
    });
    expect(acknowledged.phase).toBe('acknowledged');
    const notices = await noticesOf(request.id);
    expect(notices.map((m) => JSON.parse(m.context).change.phase)).toEqual([
      'received',
      'acknowledged',
    ]);
    expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 1 });
    const [mail] = await smtp.waitFor(1);
    // The subject names the step that happened (the acknowledgement), not a generic "news".
    expect(mail.subject).toBe(
      `Ontvangstbevestiging van uw Woo-verzoek (kenmerk ${request.reference})`,
    );
    expect(mail.text).toContain(
      `Er is op 24 november 2026 iets veranderd aan uw verzoek met kenmerk ${request.reference}.`,
    );
    expect(mail.text).toContain('Wij hebben u laten weten dat uw verzoek is ontvangen.');
    // The link is derived again from the server secret: the same as at registration.
    expect(mail.text).toContain(`https://woo.voorbeeld.nl/status/${statusToken}`);
  });

  it('should tell a decision not to handle the request as that, with its article', async () => {
    const { request } = await ctx.workflow.create(clerk, wooRequest());
    const asked = await ctx.workflow.execute(clerk, request.id, request.version, {
      type: 'requestClarification',
      occurredOn: LocalDate.parse('2026-11-04'),
      termEndsOn: LocalDate.parse('2026-11-18'),
    });
    const declined = await ctx.workflow.execute(clerk, request.id, asked.version, {
      type: 'declineToHandle',
      occurredOn: LocalDate.parse('2026-11-20'),
    });
    expect(declined.phase).toBe('decided');
    const notices = await noticesOf(request.id);
    expect(JSON.parse(notices[notices.length - 1].context).change.stateNl).toBe(
      'Wij hebben besloten uw verzoek niet te behandelen, omdat niet duidelijk genoeg werd welke informatie u zoekt (artikel 4.1, zesde lid, van de Woo). U krijgt dit besluit zo snel mogelijk in een brief.',
    );
  });

  it('should queue nothing without a usable e-mail address, or for a refused change', async () => {
    const { request } = await ctx.workflow.create(
      clerk,
      wooRequest({
        requester: { name: 'Per post', postalAddress: 'Dorpsstraat 1\n1234 AB Ergens' },
      }),
    );
    await ctx.workflow.execute(clerk, request.id, request.version, {
      type: 'acknowledgeReceipt',
      occurredOn: LocalDate.parse('2026-11-24'),
    });
    // Not one address (the register keeps what the requester wrote): registered, no notice.
    const unusable = await ctx.workflow.create(
      clerk,
      wooRequest({ requester: { name: 'Twee adressen', email: 'a@example.nl, b@example.nl' } }),
    );
    expect(await noticesOf(unusable.request.id)).toEqual([]);
    const withMail = await ctx.workflow.create(clerk, wooRequest());
    const stale = ctx.workflow.execute(clerk, withMail.request.id, withMail.request.version + 5, {
      type: 'acknowledgeReceipt',
      occurredOn: LocalDate.parse('2026-11-24'),
    });
    await expect(stale).rejects.toBeInstanceOf(WorkflowError);
    expect(await noticesOf(request.id)).toEqual([]);
    const added = await noticesOf(withMail.request.id);
    expect(added).toHaveLength(1);
    expect(JSON.parse(added[0].context).change.acknowledgement).toBe(true);
  });

  it('should leave the status link out once the requester link was revoked', async () => {
    const { request } = await ctx.workflow.create(clerk, wooRequest());
    await ctx.workflow.revokeStatusToken(coordinator, request.id);
    const current = await ctx.workflow.get(clerk, request.id);
    await ctx.workflow.execute(clerk, request.id, current.version, {
      type: 'acknowledgeReceipt',
      occurredOn: LocalDate.parse('2026-11-24'),
    });
    const [, notice] = await noticesOf(request.id);
    expect(JSON.parse(notice.context)).toMatchObject({
      statusUrl: null,
      change: { phase: 'acknowledged' },
    });
    await ctx.sender.deliverDue();
    const mail = smtp.received.find(
      (m) =>
        m.subject === `Ontvangstbevestiging van uw Woo-verzoek (kenmerk ${request.reference})` &&
        !(m.text ?? '').includes('geregistreerd onder kenmerk'),
    );
    expect(mail?.text).not.toContain('/status/');
  });

  it('should e-mail the new link when the status link is reissued, once per reissue', async () => {
    const { request, statusToken: old } = await ctx.workflow.create(clerk, wooRequest());
    await ctx.sender.deliverDue();
    smtp.received.splice(0);
    const fresh = await ctx.workflow.reissueStatusToken(clerk, request.id);
    const queued = (await noticesOf(request.id)).filter((m) => m.kind === 'notice.status_link');
    expect(queued).toHaveLength(1);
    expect(queued[0].dedupeKey).toBe(`status-link:${request.id}:2:p.devries@example.nl`);
    expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: 'p.devries@example.nl' }] });
    expect(mail.subject).toBe(`Nieuwe link om uw verzoek ${request.reference} te volgen`);
    expect(mail.text).toContain(`https://woo.voorbeeld.nl/status/${fresh}`);
    expect(mail.html).toContain(`href="https://woo.voorbeeld.nl/status/${fresh}"`);
    expect(mail.text).toContain('De link die u eerder kreeg, werkt niet meer.');
    expect(mail.text).toContain('Op 25 november 2026 hebben wij een nieuwe link gemaakt');
    expect(`${mail.text}${mail.html}`).not.toContain(old);
    // A second reissue is its own event: its own mail with its own link.
    const third = await ctx.workflow.reissueStatusToken(clerk, request.id);
    await ctx.sender.deliverDue();
    const [, second] = await smtp.waitFor(2);
    expect(second.text).toContain(`/status/${third}`);
    expect(second.text).not.toContain(fresh);
  });

  it('should queue no link mail for a requester without an e-mail address, or a revocation', async () => {
    const { request } = await ctx.workflow.create(
      clerk,
      wooRequest({ requester: { name: 'Per post', postalAddress: 'Dorpsstraat 1' } }),
    );
    await ctx.workflow.reissueStatusToken(clerk, request.id);
    expect(await noticesOf(request.id)).toEqual([]);
    const withMail = await ctx.workflow.create(clerk, wooRequest());
    await ctx.workflow.revokeStatusToken(coordinator, withMail.request.id);
    expect((await noticesOf(withMail.request.id)).map((m) => m.kind)).toEqual([
      'notice.state_changed',
    ]);
    // The register's own rule, for every caller: a clerk may not revoke.
    await expect(ctx.workflow.revokeStatusToken(clerk, withMail.request.id)).rejects.toMatchObject({
      code: 'REQUEST.REVOKE_STATUS_LINK_FORBIDDEN',
      kind: 'forbidden',
    });
  });

  it('should notify a letter sent with a change, with its PDF attached, even when the phase stays', async () => {
    const { request } = await ctx.workflow.create(clerk, wooRequest());
    await ctx.sender.deliverDue();
    smtp.received.splice(0);
    const pdfRenderer = new PdfRenderer({ maxPages: 1 });
    const pdf = await pdfRenderer.render('<!doctype html><p>Verdaging: een echte brief.</p>');
    await pdfRenderer.close();
    const letterId = randomUUID();
    // The "letter sent" hook of RequestChanges (Change.lettersSent), as sending a letter uses it.
    await ctx.module.get(RequestChanges).run(clerk, request.id, request.version, async (change) => {
      await change.tx.letters.insert({
        id: letterId,
        requestId: request.id,
        organisationId: clerk.organisationId,
        eventSequence: 1,
        kind: 'extension',
        subject: 'Verdaging van de beslistermijn',
        templateVersion: 'test',
        templateSetHash: 'test',
        contentHash: 'test',
        html: '<p>brief</p>',
        pdfBase64: pdf.toString('base64'),
        pdfHash: 'test',
        law: 'woo',
        warnings: '[]',
        letterDate: null,
        input: null,
        sentOn: null,
        sentAt: null,
        sentBy: null,
        createdAt: ctx.now,
        createdBy: clerk.userId,
      });
      // An extension notice: the phase stays, but a letter was sent, so the requester hears of it.
      return {
        ...domainStep(change, {
          type: 'notifyExtension',
          occurredOn: LocalDate.parse('2026-11-24'),
          days: 14,
          reason: 'size_or_complexity',
          motivation: 'De omvang van de stukken',
        }),
        lettersSent: [letterId],
      };
    });
    expect(await ctx.sender.deliverDue()).toMatchObject({ sent: 1 });
    const [mail] = await smtp.waitFor(1);
    // The letter is named in the subject and the body, though the phase did not change.
    expect(mail.subject).toBe(
      `Meer tijd voor het besluit op uw Woo-verzoek (kenmerk ${request.reference})`,
    );
    expect(mail.text).toContain(
      'In de bijlage vindt u de brief die wij u hierover hebben gestuurd: Verdaging van de beslistermijn.',
    );
    expect(mail.text).toContain('Stand van zaken: Wij hebben uw verzoek ontvangen.');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      // The kind's Dutch name, never an internal id (this letter has no date of its own).
      filename: 'verdaging.pdf',
      contentType: 'application/pdf',
    });
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
