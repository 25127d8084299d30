import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';

// The requester's side in a real browser with the demo data: the form named after the
// organisation with its privacy statement, the error naming both the e-mail and the postal
// address, the HTML page for an unknown address, one font family, and the clerk's dashboard with
// its new lists. axe-core checks each; screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');
const ORGANISATION = 'Ministerie van Justitie en Veiligheid';

describe('the requester side and the dashboard lists (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let login: { email: string; password: string };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startTestApi({
      env: { STATUS_RATE_LIMIT: '0', LOGIN_RATE_LIMIT: '0', REQUEST_FORM_RATE_LIMIT: '0' },
    });
    login = (await api.app.get(DemoSeeder).run()).login;
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** The computed font family of each kind of element on the page: one for all. */
  const fontFamilies = (page: Page) =>
    page.evaluate(() => {
      const selectors = ['body', 'h1', 'h2', 'p', 'label', 'input', 'textarea', 'select', 'button'];
      return [
        ...new Set(
          selectors.flatMap((s) =>
            [...document.querySelectorAll(s)].map((e) => getComputedStyle(e).fontFamily),
          ),
        ),
      ];
    });

  it('shows the form as the organisation, with the privacy statement and the address rule', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/verzoek-indienen');
    expect(await page.title()).toBe(`Woo-verzoek indienen – ${ORGANISATION}`);
    expect(await page.locator('.wobdesk-brand').textContent()).toContain(ORGANISATION);
    await page.getByRole('heading', { name: 'Wat wij met uw gegevens doen' }).waitFor();
    expect(await fontFamilies(page)).toHaveLength(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'verzoek-indienen-merk.png'), fullPage: true });

    await page.getByLabel('Naam').fill('P. de Vries');
    await page.getByLabel('Onderwerp').fill('Kapvergunningen');
    await page.getByLabel('Onderdeel 1').fill('Alle kapvergunningen van 2025.');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    const message = 'Vul een e-mailadres of een postadres in. Daar sturen wij het besluit naartoe.';
    for (const [field, label] of [
      ['requesterEmail', 'E-mailadres'],
      ['requesterPostalAddress', 'Postadres'],
    ]) {
      const input = page.locator(`#verzoek-${field}`);
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await page.locator(`#verzoek-${field}-fout`).textContent()).toBe(message);
      expect(await page.locator(`a[href="#verzoek-${field}"]`).textContent()).toBe(
        `${label}: ${message}`,
      );
    }
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'verzoek-indienen-adres.png'), fullPage: true });

    await page.getByLabel('Postadres').fill('Dorpsstraat 1\n1234 AB  Voorbeeld');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { name: 'Uw verzoek is ontvangen' }).waitFor();
    await context.close();
  });

  it('shows a page that does not exist as an HTML page in the same style', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    const response = await page.goto('/verzoeken-indienen');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    expect(await page.title()).toBe(`Pagina niet gevonden – ${ORGANISATION}`);
    expect(await fontFamilies(page)).toHaveLength(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'niet-gevonden.png'), fullPage: true });
    await context.close();
  });

  it('shows the clerk the lists of receipts to acknowledge and decisions to send', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(login.email);
    await page.getByLabel('Wachtwoord').fill(login.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/dashboard');
    for (const heading of [
      'Ontvangst na een week nog niet bevestigd',
      'Besluit genomen, nog niet verzonden',
      'Ontvangst nog niet bevestigd',
    ]) {
      await page.getByRole('heading', { name: new RegExp(`^${heading} \\(\\d+\\)$`) }).waitFor();
    }
    expect(await fontFamilies(page)).toHaveLength(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-lijsten.png'), fullPage: true });
    await context.close();
  });
});
