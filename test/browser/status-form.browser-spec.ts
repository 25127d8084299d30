import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import { RequestEntity } from '@wobdesk/persistence';
import { StatusLinks } from '@wobdesk/register';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { Browser } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';

// The /status form in a real browser with the demo data: typing the kenmerk and the code from the
// acknowledgement leads to the status page; a wrong pair shows the one generic message. axe-core
// checks the form, empty and with the message. Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('the /status form (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startTestApi({
      env: { STATUS_RATE_LIMIT: '0', LOGIN_RATE_LIMIT: '0', REQUEST_FORM_RATE_LIMIT: '0' },
    });
    await api.app.get(DemoSeeder).run();
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('leads from kenmerk and code to the status page, and answers a wrong pair in plain Dutch', async () => {
    const row = await api.app
      .get(DataSource)
      .getRepository(RequestEntity)
      .findOneOrFail({
        where: { statusTokenRevokedAt: IsNull(), statusTokenGeneration: MoreThan(0) },
        order: { reference: 'ASC' },
      });
    const code = api.app.get(StatusLinks).codeFor(row)!;
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();

    await page.goto('/status');
    expect(await page.title()).toBe('Uw verzoek volgen – Ministerie van Justitie en Veiligheid');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'status-zoeken.png'), fullPage: true });

    await page.getByLabel('Kenmerk').fill(row.reference);
    await page.getByLabel('Code').fill('AAAA-AAAA');
    await page.getByRole('button', { name: 'Bekijk mijn verzoek' }).click();
    expect(await page.locator('#status-formulier').textContent()).toContain(
      'Met dit kenmerk en deze code vinden wij geen verzoek.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'status-zoeken-fout.png'), fullPage: true });

    await page.getByLabel('Code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Bekijk mijn verzoek' }).click();
    await page.waitForURL(/\/status\/[A-Za-z0-9_-]{43}$/);
    expect(await page.locator('body').textContent()).toContain(
      `Uw verzoek met kenmerk ${row.reference}`,
    );
    await context.close();
  });
});
