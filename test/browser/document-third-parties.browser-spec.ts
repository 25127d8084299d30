import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { minimalPdf } from '../support/document-files.js';

// The third parties on a document's inventory page in a real browser: a clerk adds one, sees a
// refused view explained with a link to the field, records the view, and removes the party;
// axe-core on every state. Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('third parties of a document (browser)', () => {
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

  it('lets a clerk add a third party and record its view, with no serious axe findings', async () => {
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
    await page.goto(`/verzoeken/${id}/documenten`);
    await page
      .getByLabel('Bestanden')
      .setInputFiles([
        { name: 'offerte.pdf', mimeType: 'application/pdf', buffer: minimalPdf(['Offerte']) },
      ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').first().waitFor();

    await page.goto(`/verzoeken/${id}/inventaris/1`);
    await page.getByRole('heading', { name: 'Derden en hun zienswijze' }).waitFor();
    await audit('document zonder derden');
    await page.getByLabel('Naam van de derde').fill('Bouwbedrijf De Vries');
    await page.getByRole('button', { name: 'Derde toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bouwbedrijf De Vries' }).waitFor();
    expect(await page.locator('#derden').textContent()).toContain('Nog niet gevraagd');

    // A view without its kind is explained, with a link to the field.
    await page.getByRole('button', { name: 'Zienswijze vastleggen' }).click();
    const alert = page.locator('#derden').getByRole('alert');
    expect(await alert.textContent()).toContain('Zienswijze: Vul dit in.');
    await audit('zienswijze (geweigerd)');
    await page.getByLabel('Zienswijze', { exact: true }).selectOption('partly');
    await page.getByLabel('Samenvatting (niet verplicht)').fill('Prijzen zwart maken.');
    await page.getByRole('button', { name: 'Zienswijze vastleggen' }).click();
    await page.getByText('Bezwaar tegen een deel').first().waitFor();
    expect(await page.locator('#derden').textContent()).toContain('openbaarmaking wacht');
    await audit('zienswijze vastgelegd');
    await page.screenshot({ path: join(ARTIFACTS, 'document-derden.png'), fullPage: true });

    await page
      .getByRole('button', { name: 'Bouwbedrijf De Vries weghalen bij dit document' })
      .click();
    await page.getByText('Bij dit document zijn geen derden vastgelegd.').waitFor();
    await context.close();
  });
});
