import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { minimalPdf } from '../support/document-files.js';

// The marking page ("Lakken") in a real browser without JavaScript in the page: a clerk marks a
// term and sees its box over the page image with the ground in it, takes over a suggested
// e-mail address, marks an area with two clicks on the page and one by its measures, and
// removes a mark; axe-core on every state. Screenshots go to artifacts/pages/.

describe('marking redactions (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a clerk mark a term, suggestions and areas on the page images', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();
    /**
     * A text of the page that a form led to, and that page loaded: the page's stylesheet for
     * the marks holds the parser, so the marks below the notice may not be there yet.
     */
    const shown = async (text: string) => {
      await page.getByText(text).waitFor();
      await page.waitForLoadState('load');
    };
    await page.goto(`/verzoeken/${id}/documenten`);
    await page.getByLabel('Bestanden').setInputFiles([
      {
        name: 'memo.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(['Jan Jansen mailt jan@voorbeeld.nl', 'Verslag van Jan Jansen']),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').first().waitFor();

    // Only a document assessed partly public offers the marking page.
    await page.goto(`/verzoeken/${id}/inventaris/1`);
    expect(await page.getByRole('link', { name: 'Lakken' }).count()).toBe(0);
    await page.getByLabel('Beoordeling', { exact: true }).selectOption('partly_public');
    await page.getByLabel(/persoonlijke levenssfeer \(met belangenafweging\)/).check();
    await page.getByLabel('Toelichting').fill('Namen van burgers; hun privacy weegt zwaarder.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.goto(`/verzoeken/${id}/inventaris/1`);
    await page.getByRole('link', { name: 'Lakken' }).click();
    await shown('Document 1 lakken');
    expect(await page.locator('.wobdesk-redaction-box').count()).toBe(0);
    await audit('lakken (leeg)');

    await page.getByLabel('Term (een of meer woorden)').fill('jan jansen');
    await page.getByRole('button', { name: 'Term lakken' }).click();
    await shown('De markering is opgeslagen.');
    const boxes = page.locator('.wobdesk-redaction-box');
    expect(await boxes.count()).toBe(2);
    expect(await boxes.first().textContent()).toMatch(/^(5\.1\.2e|10\.2e)$/);
    // The box lies over the words: left on the page, near the top.
    const sheet = (await page.locator('#pagina-1 .wobdesk-redaction-sheet').boundingBox())!;
    const box = (await boxes.first().boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect((box.x - sheet.x) / sheet.width).toBeCloseTo(72 / 595, 1);
    expect((box.y - sheet.y) / sheet.height).toBeGreaterThan(0.1);
    expect((box.y - sheet.y) / sheet.height).toBeLessThan(0.16);
    await audit('lakken (term)');
    await page.locator('#pagina-1').screenshot({ path: join(PAGE_ARTIFACTS, 'lakken-term.png') });

    await page.getByLabel(/E-mailadres: jan@voorbeeld\.nl \(pagina 1\)/).check();
    await page.getByRole('button', { name: 'Voorstellen overnemen' }).click();
    await shown('De markering is opgeslagen.');
    expect(await boxes.count()).toBe(3);
    // Taken over, it is no longer offered.
    expect(await page.getByLabel(/E-mailadres: jan@voorbeeld\.nl/).count()).toBe(0);

    // An area by two clicks on the page image: a corner, then the opposite corner.
    const image = page.locator('#pagina-2 input[type="image"]');
    await image.click({ position: { x: 300, y: 400 } });
    await page.waitForURL(/pagina=2&klik\.x=300&klik\.y=400/);
    await shown('Eerste hoek gekozen op pagina 2');
    await audit('lakken (eerste hoek)');
    await page.locator('#pagina-2 input[type="image"]').click({ position: { x: 500, y: 480 } });
    await page.waitForURL(/gelukt=gemarkeerd/);
    await shown('De markering is opgeslagen.');
    expect(await page.locator('#pagina-2 .wobdesk-redaction-box').count()).toBe(2);
    expect(await page.locator('#markeringen').textContent()).toContain('vlak');

    // And by its measures, for the keyboard; a refusal names the field.
    await page.getByLabel('Pagina', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Vlak lakken' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Pagina: Kies een pagina van 1 tot en met 2.',
    );
    await audit('lakken (geweigerd)');
    await page.getByLabel('Pagina', { exact: true }).fill('1');
    await page.getByLabel('Links (mm)').fill('20');
    await page.getByLabel('Boven (mm)').fill('150');
    await page.getByLabel('Breedte (mm)').fill('50,5');
    await page.getByLabel('Hoogte (mm)').fill('10');
    await page.getByRole('button', { name: 'Vlak lakken' }).click();
    await shown('De markering is opgeslagen.');
    expect(await boxes.count()).toBe(5);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'lakken.png'), fullPage: true });

    await page
      .getByRole('button', { name: 'Alle markeringen van ‘jan jansen’ verwijderen' })
      .click();
    await shown('De markering is verwijderd.');
    expect(await boxes.count()).toBe(3);
    await audit('lakken (term verwijderd)');
    await page.context().close();
  });
});
