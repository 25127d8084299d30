import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { emailWith, minimalPdf } from '../support/document-files.js';

// The inventory page in a real browser, used with the keyboard: a clerk filters by full text,
// ticks documents and assesses them in one go, sees a refused assessment explained with a link
// to the field, and assesses one document on its own form; axe-core on every state.
// Screenshots go to artifacts/pages/.

describe('inventory page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a clerk filter, assess in bulk and one by one, with no serious axe findings', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();

    await page.goto(`/verzoeken/${id}/documenten`);
    await page.getByLabel('Bestanden').setInputFiles([
      { name: 'advies.pdf', mimeType: 'application/pdf', buffer: minimalPdf(['Advies kademuren']) },
      { name: 'nota.pdf', mimeType: 'application/pdf', buffer: minimalPdf(['Nota fietspad']) },
      {
        name: 'overleg.eml',
        mimeType: 'message/rfc822',
        buffer: emailWith('Overleg kademuren', 'Tue, 02 Apr 2024 10:00:00 +0200', 'Zie bijlage.', [
          { name: 'verslag.pdf', contentType: 'application/pdf', data: minimalPdf(['Verslag']) },
        ]),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').first().waitFor();

    await page.goto(`/verzoeken/${id}`);
    await page.getByRole('link', { name: 'Inventaris' }).click();
    await page.getByRole('heading', { name: 'Inventaris' }).waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(4);
    await audit('inventaris');

    // Full text, with the keyboard: type and press Enter in the search field.
    await page.getByLabel('Zoeken in tekst en omschrijving').fill('kademuren');
    await page.getByLabel('Zoeken in tekst en omschrijving').press('Enter');
    await page.getByText('2 documenten gevonden', { exact: false }).waitFor();
    expect(await rows.count()).toBe(2);

    // A relative ground without its weighing: refused, explained, nothing stored.
    await page.getByLabel('Document 1 kiezen').check();
    await page.getByLabel('Document 3 kiezen').check();
    const bulk = page.getByRole('group', { name: 'Beoordelen in één keer' });
    await bulk.getByLabel('Beoordeling', { exact: true }).selectOption('partly_public');
    // The pick list is that of the law the request's decision is (to be) taken under.
    await bulk.getByLabel(/persoonlijke levenssfeer \(met belangenafweging\)/).check();
    await page.getByRole('button', { name: 'Beoordeling toepassen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Bij deze weigeringsgrond hoort een afweging van de belangen.',
    );
    expect(await page.getByLabel('Document 1 kiezen').isChecked()).toBe(true);
    await audit('inventaris (geweigerd)');

    await page.getByLabel('Toelichting').fill('Namen van ambtenaren; hun privacy weegt zwaarder.');
    await page.getByRole('button', { name: 'Beoordeling toepassen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('2 documenten beoordeeld.', { exact: true }).waitFor();
    expect(await rows.nth(0).textContent()).toContain('Deels openbaar');
    expect(await rows.nth(1).textContent()).toMatch(/5\.1\.2\.e|10\.2\.e/);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'inventaris.png'), fullPage: true });

    // One document on its own form.
    await page.goto(`/verzoeken/${id}/inventaris`);
    await page.getByRole('link', { name: 'Document 2 beoordelen' }).click();
    await page.getByRole('heading', { name: 'Document 2 beoordelen' }).waitFor();
    await audit('document beoordelen');
    await page.getByLabel('Omschrijving').fill('Nota over het fietspad');
    await page.getByLabel('Onderdeel 1', { exact: true }).check();
    await page
      .getByRole('group', { name: 'Beoordeling', exact: true })
      .getByLabel('Beoordeling', { exact: true })
      .selectOption('already_public');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Geef bij reeds openbaar');
    await audit('document beoordelen (geweigerd)');
    await page.getByLabel('Publieke link').fill('https://open.overheid.nl/documenten/nota');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Inventaris' }).waitFor();
    const second = page.locator('#document-2');
    expect(await second.textContent()).toContain('Reeds openbaar');
    expect(await second.textContent()).toContain('Nota over het fietspad');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'inventaris-beoordeeld.png'),
      fullPage: true,
    });
    await page.context().close();
  });
});
