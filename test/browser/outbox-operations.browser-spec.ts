import { join } from 'node:path';
import { Outbox, OutboxSender } from '@wobdesk/mail';
import { OrganisationRepository, UnitOfWork } from '@wobdesk/persistence';
import { ReminderSweep } from '@wobdesk/reminders';
import { reminderDraft } from '../support/mail-context.js';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server.js';

// The coordinator's outbox and scheduler pages and the dashboard's delivery-problem banner in a
// real browser, axe-core on each: the demo's mail waits because the SMTP server on 127.0.0.1
// refuses the login, and one message that cannot be made has failed.
describe('outbox and scheduler pages (browser)', () => {
  let smtp: SmtpTestServer;
  let demo: DemoBrowser;

  beforeAll(async () => {
    smtp = await startSmtpTestServer(0, { login: true });
    demo = await startDemoBrowser({
      SMTP_URL: `smtp://wobdesk:verkeerd@127.0.0.1:${smtp.port}`,
      MAIL_RETRY_BASE_SECONDS: '3600',
    });
    const { app } = demo.api;
    const [organisationId] = await app.get(OrganisationRepository).ids(1);
    // A message whose context lacks what its template needs fails as soon as it is tried; the
    // demo's notices wait, since the server refuses the login. Each run of the sender tries one
    // message and puts the rest back, so it takes a run per waiting notice to reach it.
    await app
      .get(UnitOfWork)
      .transaction((tx) =>
        app.get(Outbox).enqueue(tx, { ...reminderDraft(organisationId!, 1), context: {} }),
      );
    const sender = app.get(OutboxSender);
    let failed = 0;
    for (let run = 0; run < 500 && failed === 0; run++) {
      const report = await sender.deliverDue();
      expect(report.sent).toBe(0);
      failed = report.failed;
    }
    expect(failed).toBe(1);
    await app.get(ReminderSweep).run();
  });

  afterAll(async () => {
    await demo?.close();
    await smtp?.close();
  });

  it('shows the problem on the dashboard, the outbox with its reasons and resend, and the scheduler', async () => {
    const { page, audit } = await demo.coordinatorPage('/dashboard');
    const banner = page.getByRole('alert').filter({ hasText: 'E-mail wordt niet verstuurd' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('de gebruikersnaam of het wachtwoord klopt niet');
    await audit('dashboard met bezorgprobleem');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'dashboard-bezorgprobleem.png') });

    await page.getByRole('link', { name: 'Uitgaande post' }).first().click();
    await page.getByRole('heading', { name: 'Uitgaande post', level: 1 }).waitFor();
    const failed = page.getByRole('table', { name: 'Mislukte e-mails' });
    expect(await failed.textContent()).toContain('Wobdesk kon dit bericht niet opmaken.');
    const waiting = page.getByRole('table', { name: 'Wachtende e-mails' });
    expect(await waiting.textContent()).toContain('De mailserver weigert de inlog van Wobdesk');
    await audit('uitgaande post');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'uitgaande-post.png'), fullPage: true });

    await failed.getByRole('button', { name: /^Opnieuw versturen/ }).click();
    await page.getByText('Het bericht staat weer in de wachtrij.').waitFor();
    await page.getByText('Geen mislukte e-mails.').waitFor();
    await audit('uitgaande post na opnieuw versturen');

    await page.getByRole('link', { name: 'Planner' }).click();
    await page.getByRole('heading', { name: 'Planner', level: 1 }).waitFor();
    const facts = await page.locator('main').textContent();
    expect(facts).toContain('Laatste ronde');
    expect(facts).toContain(`smtp://127.0.0.1:${smtp.port}`);
    await audit('planner');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'planner.png'), fullPage: true });
    await page.context().close();
  });
});
