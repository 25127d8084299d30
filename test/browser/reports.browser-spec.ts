import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { AuthService } from '@wobdesk/accounts';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { PAGE_ARTIFACTS } from '../support/demo-browser.js';

// The coordinator's report page in a real browser (Debian's Chromium through playwright-core),
// axe-core on each state: the report of the demo organisation with its charts and tables, and a
// period whose end lies before its start.
describe('report page (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  const coordinator = {
    email: 'rapportage@voorbeeld.example.nl',
    password: 'een lang wachtwoord 42',
  };

  beforeAll(async () => {
    mkdirSync(PAGE_ARTIFACTS, { recursive: true });
    api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0' } });
    const {
      organisation: { id: organisationId },
    } = await api.app.get(DemoSeeder).run();
    await api.app.get(AuthService).createUser({
      organisationId,
      email: coordinator.email,
      name: 'R. Apportage',
      role: 'coordinator',
      password: coordinator.password,
    });
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the figures with charts that name themselves, and a wrong period at its field', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/dashboard');
    await page.getByLabel('E-mailadres').fill(coordinator.email);
    await page.getByLabel('Wachtwoord').fill(coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Rapportage' }).click();
    await page.getByRole('heading', { name: 'Rapportage', level: 1 }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await page
      .getByRole('textbox', { name: 'Van', exact: true })
      .fill(`${Number(today.slice(0, 4)) - 2}-01-01`);
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill(today);
    await page.getByRole('button', { name: 'Toon rapportage' }).click();
    await page.getByRole('img', { name: 'Ontvangen en besloten verzoeken per maand' }).waitFor();
    await page
      .getByRole('img', { name: 'Gemiddelde duur tot het besluit per maand, bruto en netto' })
      .waitFor();
    const received = await page
      .getByRole('table', { name: 'Verzoeken in de periode' })
      .locator('td')
      .first()
      .textContent();
    expect(Number(received)).toBeGreaterThan(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'rapportage.png'), fullPage: true });
    await page
      .getByRole('img', { name: 'Gemiddelde duur tot het besluit per maand, bruto en netto' })
      .screenshot({ path: join(PAGE_ARTIFACTS, 'rapportage-grafiek.png') });

    await page.getByRole('textbox', { name: 'Van', exact: true }).fill('2025-06-30');
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill('2025-01-01');
    await page.getByRole('button', { name: 'Toon rapportage' }).click();
    expect(await page.locator('#rapportage-tot-fout').textContent()).toContain(
      '"Tot en met" mag niet vóór "Van" liggen.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await context.close();
  });
});
