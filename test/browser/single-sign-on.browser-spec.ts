import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@wobdesk/accounts';
import { OrganisationRepository } from '@wobdesk/persistence';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium } from '../support/browser.js';
import { expectNoSeriousAxeFindings, PAGE_ARTIFACTS } from '../support/demo-browser.js';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/oidc-provider.js';
import { insertTestOrganisation } from '../support/test-organisation.js';

// Single sign-on in Chromium against a real OpenID provider on 127.0.0.1: "Inloggen met …" on
// the login page, the provider's own login page, and back in Wobdesk as clerk or coordinator;
// a user without a role gets the refusal page. axe-core on the login and the refusal page.
describe('single sign-on (browser)', () => {
  const organisationId = randomUUID();
  let idp: TestIdentityProvider;
  let api: TestApi;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    mkdirSync(PAGE_ARTIFACTS, { recursive: true });
    idp = await startTestIdentityProvider();
    api = await startTestApi({
      env: {
        LOGIN_RATE_LIMIT: '0',
        SSO_PROVIDERS: JSON.stringify([
          {
            organisationId,
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            clerkValues: ['woo-behandelaar'],
            coordinatorValues: ['woo-coordinator'],
          },
        ]),
      },
    });
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    await insertTestOrganisation(
      api.app.get(OrganisationRepository),
      'Gemeente Eenlogin',
      'WOO-',
      organisationId,
    );
    const users = api.app.get(AuthService);
    for (const [email, name, role] of [
      ['clerk@eenlogin.example.nl', 'B. Ehandelaar', 'clerk'],
      ['coordinator@eenlogin.example.nl', 'K. Oordinator', 'coordinator'],
      ['zonderrol@eenlogin.example.nl', 'Z. Onderrol', 'clerk'],
    ] as const) {
      await users.createUser({
        organisationId,
        email,
        name,
        role,
        password: 'een lang wachtwoord 42',
      });
    }
    idp.addAccount({
      sub: 'clerk',
      email: 'clerk@eenlogin.example.nl',
      name: 'B. Ehandelaar',
      groups: ['woo-behandelaar'],
    });
    idp.addAccount({
      sub: 'coordinator',
      email: 'coordinator@eenlogin.example.nl',
      name: 'K. Oordinator',
      groups: ['woo-coordinator'],
    });
    idp.addAccount({
      sub: 'zonderrol',
      email: 'zonderrol@eenlogin.example.nl',
      name: 'Z. Onderrol',
      groups: ['iedereen'],
    });
    idp.start(`${base}/inloggen/sso/terug`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await idp?.close();
  });

  async function logInAs(username: string) {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Inloggen met Gemeente Eenlogin' }).click();
    await page.getByRole('heading', { name: 'Inloggen bij de organisatie' }).waitFor();
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    return page;
  }

  it('shows the organisation login beside the local form, without serious axe findings', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Inloggen met Gemeente Eenlogin' }).waitFor();
    await page.getByLabel('Wachtwoord').waitFor();
    await expectNoSeriousAxeFindings(page, 'inloggen (met organisatie)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'inloggen-sso.png'), fullPage: true });
    await context.close();
  });

  it('logs a clerk in through the organisation', async () => {
    const page = await logInAs('clerk');
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    await page.getByText('B. Ehandelaar').first().waitFor();
    await page.context().close();
  });

  it('logs a coordinator in, who reaches the users page', async () => {
    const page = await logInAs('coordinator');
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    const response = await page.goto('/instellingen/gebruikers');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await page.context().close();
  });

  it('refuses a user without a role in plain Dutch, without serious axe findings', async () => {
    const page = await logInAs('zonderrol');
    await page.getByRole('heading', { name: 'U heeft geen toegang tot Wobdesk' }).waitFor();
    await expectNoSeriousAxeFindings(page, 'inloggen-geweigerd');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'inloggen-geweigerd.png'), fullPage: true });
    await page.goto('/dashboard');
    await page.getByLabel('Wachtwoord').waitFor();
    await page.context().close();
  });
});
