import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@wobdesk/accounts';
import { DemoSeeder } from '@wobdesk/demo';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { PAGE_ARTIFACTS } from '../support/demo-browser.js';

// The section "Agenda-koppeling" of the account page in a real browser, axe-core on each state:
// a coordinator makes the organisation's link, reads the feed it opens, and revokes it.
describe('calendar feed page (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  const coordinator = { email: 'agenda@voorbeeld.example.nl', password: 'een lang wachtwoord 42' };

  beforeAll(async () => {
    mkdirSync(PAGE_ARTIFACTS, { recursive: true });
    api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0' } });
    const {
      organisation: { id: organisationId },
    } = await api.app.get(DemoSeeder).run();
    await api.app.get(AuthService).createUser({
      organisationId,
      email: coordinator.email,
      name: 'A. Genda',
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

  it('shows a new link once, whose feed parses, and revokes it', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/account');
    await page.getByLabel('E-mailadres').fill(coordinator.email);
    await page.getByLabel('Wachtwoord').fill(coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Agenda-koppeling' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Link voor de organisatie maken' }).click();
    const url = await page.getByLabel('Link voor uw agenda').inputValue();
    expect(url).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'account-agenda.png'), fullPage: true });

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);

    await page.goto('/account');
    expect(await page.getByLabel('Link voor uw agenda').count()).toBe(0);
    await page.getByRole('button', { name: 'Link van de organisatie intrekken' }).click();
    await page.getByText('De koppeling is ingetrokken.').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect((await page.request.get(url)).status()).toBe(404);
    await context.close();
  });
});
