import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@wobdesk/accounts';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';

// The coordinator's letter-settings page in a real browser (Debian's Chromium through
// playwright-core), axe-core on the empty form, the form with a mistake and the saved form.
// Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('the letter settings page (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  const coordinator = {
    email: 'coordinator@voorbeeld.example.nl',
    password: 'een lang wachtwoord 42',
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0' } });
    const { organisation } = await api.app.get(DemoSeeder).run();
    await api.app.get(AuthService).createUser({
      organisationId: organisation.id,
      email: coordinator.email,
      name: 'C. Oordinator',
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

  it('lets a coordinator change the voice and the signatory, with mistakes shown at the field', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/instellingen/brieven');
    await page.getByLabel('E-mailadres').fill(coordinator.email);
    await page.getByLabel('Wachtwoord').fill(coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Instellingen van de brieven' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByLabel('Schrijft uw organisatie als ik of als wij?').selectOption('wij');
    await page.getByLabel('Naam van de ondertekenaar').fill('mr. A. de Vries');
    await page.locator('#brieven-contactEmail').fill('geen adres');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Vul één e-mailadres in').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({
      path: join(ARTIFACTS, 'instellingen-brieven-fout.png'),
      fullPage: true,
    });

    await page.locator('#brieven-contactEmail').fill('wob@voorbeeld.example.nl');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    expect(await page.getByLabel('Naam van de ondertekenaar').inputValue()).toBe('mr. A. de Vries');
    expect(await page.locator('body').textContent()).toContain('C. Oordinator wijzigde');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'instellingen-brieven.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
