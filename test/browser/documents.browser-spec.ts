import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { emailWith, minimalPdf } from '../support/document-files.js';

// The documents page in a real browser: a clerk uploads a PDF and an e-mail with an attachment
// through the form, sees them listed as one family, and sees a refused file explained; axe-core
// on every state. Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('documents page (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let login: { email: string; password: string };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0' } });
    login = (await api.app.get(DemoSeeder).run()).login;
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lets a clerk add documents and shows a refusal, with no serious axe findings', async () => {
    const [{ id }] = await api.app
      .get(DataSource)
      .query('SELECT "id" FROM "request" ORDER BY "reference" LIMIT 1');
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    const audit = async (name: string) => {
      const findings = await seriousAxeFindings(page);
      expect({ page: name, findings }).toEqual({ page: name, findings: [] });
    };
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(login.email);
    await page.getByLabel('Wachtwoord').fill(login.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();

    await page.goto(`/verzoeken/${id}`);
    await page.getByRole('link', { name: 'Documenten van dit verzoek' }).click();
    await page.getByRole('heading', { name: 'Documenten', exact: true }).waitFor();
    await audit('documenten (leeg)');

    await page.getByLabel('Bestanden').setInputFiles([
      {
        name: 'advies.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(['Advies', 'Bijlage']),
      },
      {
        name: 'overleg.eml',
        mimeType: 'message/rfc822',
        buffer: emailWith(
          'Overleg Stationsplein',
          'Tue, 02 Apr 2024 10:00:00 +0200',
          'Zie bijlage.',
          [{ name: 'verslag.pdf', contentType: 'application/pdf', data: minimalPdf(['Verslag']) }],
        ),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      '3 document(en) toegevoegd.',
    );
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).textContent()).toContain('document 2');
    await audit('documenten (toegevoegd)');
    await page.screenshot({ path: join(ARTIFACTS, 'documenten.png'), fullPage: true });

    await page
      .getByLabel('Bestanden')
      .setInputFiles([
        { name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf') },
      ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'De extensie van de bestandsnaam past niet bij de inhoud van het bestand (brief.pdf).',
    );
    expect(await rows.count()).toBe(3);
    await audit('documenten (geweigerd)');
    await page.screenshot({ path: join(ARTIFACTS, 'documenten-geweigerd.png'), fullPage: true });
    await context.close();
  });
});
