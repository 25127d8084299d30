import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@wobdesk/accounts';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './api-app.js';
import { enrolSecondFactor } from './second-factor.js';
import { launchChromium, seriousAxeFindings } from './browser.js';

/** Where page screenshots go for a look by eye (git ignores it). */
export const PAGE_ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

/**
 * The app with the demo seeded and a real Chromium, for the browser specs that work as the demo
 * clerk on one of the demo's requests.
 */
export interface DemoBrowser {
  readonly api: TestApi;
  /** The demo request that sorts first by reference. */
  firstRequestId(): Promise<string>;
  /**
   * A new page, logged in as the demo clerk, on the dashboard, and an axe check of whatever it
   * shows at the time (`audit('documenten (leeg)')`).
   */
  clerkPage(): Promise<{ page: Page; audit: (name: string) => Promise<void> }>;
  /**
   * A new page, logged in as a coordinator of the demo organisation (made on first use), on
   * `path` — the page a coordinator's setting or report lives on.
   */
  coordinatorPage(path: string): Promise<{ page: Page; audit: (name: string) => Promise<void> }>;
  /** A new page in a context of its own, not logged in: the requester or the public. */
  visitorPage(): Promise<{ page: Page; audit: (name: string) => Promise<void> }>;
  close(): Promise<void>;
}

/** `env` adds configuration, e.g. `PUBLIC_BASE_URL` for the pages that mail a link, or an `SMTP_URL` for the outbox's pages. */
export async function startDemoBrowser(env: Record<string, string> = {}): Promise<DemoBrowser> {
  mkdirSync(PAGE_ARTIFACTS, { recursive: true });
  const api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0', ...env } });
  let browser: Browser | undefined;
  try {
    const { login, organisation } = await api.app.get(DemoSeeder).run();
    const coordinator = {
      email: 'coordinator@demo.example.nl',
      password: 'een lang wachtwoord 42',
    };
    /** The coordinator's second factor: codes for its logins, the app code first. */
    let coordinatorCodes: Promise<string[]> | undefined;
    const base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    const chromium = browser;
    return {
      api,
      async firstRequestId() {
        const [{ id }] = await api.app
          .get(DataSource)
          .query('SELECT "id" FROM "request" ORDER BY "reference" LIMIT 1');
        return id as string;
      },
      async clerkPage() {
        const context = await chromium.newContext({ baseURL: base, locale: 'nl-NL' });
        const page = await context.newPage();
        await page.goto('/inloggen');
        await page.getByLabel('E-mailadres').fill(login.email);
        await page.getByLabel('Wachtwoord').fill(login.password);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
        return { page, audit: (name: string) => expectNoSeriousAxeFindings(page, name) };
      },
      async coordinatorPage(path: string) {
        coordinatorCodes ??= (async () => {
          const userId = await api.app.get(AuthService).createUser({
            organisationId: organisation.id,
            email: coordinator.email,
            name: 'C. Oordinator',
            role: 'coordinator',
            password: coordinator.password,
          });
          const enrolled = await enrolSecondFactor(api.app, {
            userId,
            organisationId: organisation.id,
            email: coordinator.email,
          });
          // One step's code works once: later logins of the same test use recovery codes.
          return [enrolled.nextCode(), ...enrolled.recoveryCodes];
        })();
        const code = (await coordinatorCodes).shift();
        if (code === undefined) throw new Error('the demo coordinator has no codes left');
        const context = await chromium.newContext({ baseURL: base, locale: 'nl-NL' });
        const page = await context.newPage();
        await page.goto(path);
        await page.getByLabel('E-mailadres').fill(coordinator.email);
        await page.getByLabel('Wachtwoord').fill(coordinator.password);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.getByLabel('Code').fill(code);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        return { page, audit: (name: string) => expectNoSeriousAxeFindings(page, name) };
      },
      async visitorPage() {
        const context = await chromium.newContext({ baseURL: base, locale: 'nl-NL' });
        const page = await context.newPage();
        return { page, audit: (name: string) => expectNoSeriousAxeFindings(page, name) };
      },
      async close() {
        await chromium.close();
        await api.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await api.close();
    throw error;
  }
}

/** Fails naming the page when axe-core finds anything serious or critical on it. */
export async function expectNoSeriousAxeFindings(page: Page, name: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  expect({ page: name, findings }).toEqual({ page: name, findings: [] });
}
