// The outbox and scheduler over HTTP: `GET /api/outbox` with the reason of the last failure and the
// delivery problem (a real SMTP server on 127.0.0.1 that refuses the login), `POST
// /api/outbox/:id/resend`, `GET /api/scheduler`, for coordinators only; the same on the pages
// and the dashboard's banner.
import { Outbox, type OutboxDraft, OutboxSender } from '@wobdesk/mail';
import { UnitOfWork } from '@wobdesk/persistence';
import { ReminderSweep } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { reminderDraft } from '../support/mail-context.js';
import { postPageForm } from '../support/page-forms.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

describe('Outbox and scheduler (e2e)', () => {
  let api: RegisterApi;
  let smtp: SmtpTestServer;
  let clerk: TestUser;
  let coordinator: TestUser;
  let organisationId: string;
  /** The two messages that failed, oldest first: one resent by the API, one on the page. */
  let failed: string[];

  const get = (path: string, user: TestUser) =>
    api.http().get(path).set('authorization', user.auth);
  const page = (path: string, user: TestUser) =>
    api.http().get(path).set('cookie', `wobdesk_session=${user.token}`);

  beforeAll(async () => {
    smtp = await startSmtpTestServer(0, { login: true });
    api = await startRegisterApi('2026-11-25', {
      SMTP_URL: `smtp://wobdesk:geheim@127.0.0.1:${smtp.port}`,
      MAIL_RETRY_BASE_SECONDS: '60',
    });
    organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    const outbox = api.app.get(Outbox);
    const queue = (draft: OutboxDraft) =>
      api.app.get(UnitOfWork).transaction((tx) => outbox.enqueue(tx, draft));
    // Two messages that cannot be made (their context lacks what the template needs) fail at once;
    // then the server refuses the login, so the third one waits, with no attempt counted.
    const broken = (n: number) => ({ ...reminderDraft(organisationId, n), context: {} });
    await queue(broken(1));
    api.clock.advance(1);
    await queue(broken(3));
    api.clock.advance(1);
    await queue(reminderDraft(organisationId, 2));
    expect(await api.app.get(OutboxSender).deliverDue()).toEqual({
      claimed: 3,
      sent: 0,
      retried: 1,
      failed: 2,
      skipped: 0,
    });
    failed = (
      (await api.app
        .get(DataSource)
        .query(`SELECT id FROM outbox_message WHERE state = 'failed' ORDER BY created_at`)) as {
        id: string;
      }[]
    ).map((r) => r.id);
    await api.app.get(ReminderSweep).run();
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('should list waiting and failed mail with the reason, never the body, for coordinators only', async () => {
    const res = await get('/api/outbox', coordinator).expect(200);
    // Waiting: the third message, and the coordinator's two alerts about the failed ones.
    expect(res.body.counts).toMatchObject({ waiting: 3, failed: 2, sent: 0 });
    expect(res.body.messages).toEqual([
      expect.objectContaining({
        id: failed[0],
        state: 'failed',
        kind: 'reminder.decision_due',
        recipientEmail: 'behandelaar1@example.nl',
        attempts: 1,
        lastFailure: expect.objectContaining({ failure: 'not_renderable' }),
      }),
      expect.objectContaining({ id: failed[1], state: 'failed' }),
      expect.objectContaining({ kind: 'alert.delivery_failed', state: 'waiting' }),
      expect.objectContaining({ kind: 'alert.delivery_failed', state: 'waiting' }),
      expect.objectContaining({
        state: 'waiting',
        recipientEmail: 'behandelaar2@example.nl',
        subject: 'Beslistermijn nadert: WOO-2026-2 (8 december 2026)',
        attempts: 0,
        lastFailure: expect.objectContaining({
          failure: 'login_rejected',
          detail: expect.stringContaining('535'),
        }),
      }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Verzoek nummer');
    expect(res.body.deliveryProblem).toMatchObject({
      failure: 'login_rejected',
      reasonNl: expect.stringContaining('weigert de inlog'),
    });
    await get('/api/outbox', clerk).expect(403);
    await get('/api/scheduler', clerk).expect(403);
    await api.http().get('/api/outbox').expect(401);
  });

  it('should report the last sweep, the lease and the mail sender', async () => {
    const res = await get('/api/scheduler', coordinator).expect(200);
    expect(res.body).toMatchObject({
      sweep: { report: { ran: true, due: 0, queued: 0, purged: 0 }, process: expect.any(String) },
      lease: null,
      sender: {
        report: { claimed: 3, retried: 1, failed: 2, transport: `smtp://127.0.0.1:${smtp.port}` },
      },
      settings: { outboxRetentionDays: 90 },
    });
  });

  it('should resend a failed message once, and refuse others with a 404 or a 422', async () => {
    const resend = (id: string, user = coordinator) =>
      api.http().post(`/api/outbox/${id}/resend`).set('authorization', user.auth);
    await resend(failed[0]!, clerk).expect(403);
    const bad = await resend('niet-een-id').expect(404);
    expect(bad.body.code).toBe('OUTBOX.NOT_FOUND');
    await resend('00000000-0000-4000-8000-000000000000').expect(404);
    const other = await api.newUser(await api.newOrganisation('Elders'), 'coordinator');
    await resend(failed[0]!, other).expect(404);
    expect((await resend(failed[0]!).expect(200)).body).toEqual({
      id: failed[0]!,
      state: 'waiting',
    });
    const again = await resend(failed[0]!).expect(422);
    expect(again.body).toMatchObject({
      code: 'OUTBOX.NOT_FAILED',
      messageNl: expect.stringContaining('Alleen een mislukt bericht'),
    });
    const recorded = await api.app.get(DataSource).query(`SELECT user_id FROM outbox_resend`);
    expect(recorded).toEqual([{ user_id: coordinator.id }]);
  });

  it('should show the outbox, the scheduler and the banner on the pages', async () => {
    const dashboard = await page('/dashboard', coordinator).expect(200);
    expect(dashboard.text).toContain('E-mail wordt niet verstuurd');
    expect(dashboard.text).toContain('de gebruikersnaam of het wachtwoord klopt niet');
    const clerkDashboard = await page('/dashboard', clerk).expect(200);
    expect(clerkDashboard.text).not.toContain('E-mail wordt niet verstuurd');

    const outbox = await page('/beheer/uitgaande-post', coordinator).expect(200);
    expect(outbox.text).toContain('Mislukt (1)');
    // The three waiting since the start, and the one the API sent again.
    expect(outbox.text).toContain('Wacht op verzending (4)');
    expect(outbox.text).toContain('De mailserver weigert de inlog van Wobdesk');
    await page('/beheer/uitgaande-post', clerk).expect(403);
    const planner = await page('/beheer/planner', coordinator).expect(200);
    expect(planner.text).toContain('Laatste ronde');
    expect(planner.text).toContain(`smtp://127.0.0.1:${smtp.port}`);
  });

  it('should resend from the page with a form (CSRF), and refuse one that is not failed', async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const path = `/beheer/uitgaande-post/${failed[1]!}/opnieuw`;
    const done = await postPageForm(api, cookie, '/beheer/uitgaande-post', path, {});
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/beheer/uitgaande-post?opnieuw=1');
    const after = await api.http().get(done.headers.location).set('cookie', cookie).expect(200);
    expect(after.text).toContain('Het bericht staat weer in de wachtrij.');
    expect(after.text).toContain('Geen mislukte e-mails.');
    const refused = await postPageForm(api, cookie, '/beheer/uitgaande-post', path, {});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Alleen een mislukt bericht');
  });
});
