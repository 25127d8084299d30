import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { minimalPdf } from '../support/document-files.js';

// The third parties on a document's inventory page in a real browser: a clerk adds one, sees a
// refused view explained with a link to the field, records the view, and removes the party;
// axe-core on every state. Screenshots go to artifacts/pages/.

describe('third parties of a document (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a clerk add a third party and record its view, with no serious axe findings', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();
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
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'document-derden.png'), fullPage: true });

    await page
      .getByRole('button', { name: 'Bouwbedrijf De Vries weghalen bij dit document' })
      .click();
    await page.getByText('Bij dit document zijn geen derden vastgelegd.').waitFor();
    await page.context().close();
  });
});
