import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { emailWith, minimalPdf } from '../support/document-files.js';

// The documents page in a real browser: a clerk uploads a PDF and an e-mail with an attachment
// through the form, sees them listed as one family, and sees a refused file explained; axe-core
// on every state. Screenshots go to artifacts/pages/.

describe('documents page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a clerk add documents and shows a refusal, with no serious axe findings', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();

    await page.goto(`/verzoeken/${id}`);
    await page.getByRole('link', { name: 'Documenten van dit verzoek' }).click();
    await page.getByRole('heading', { name: 'Documenten', exact: true }).waitFor();
    await audit('documenten (leeg)');

    await page.getByLabel('Bestanden').setInputFiles([
      {
        name: 'advies.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(['Advies', 'Bijlage']),
      },
      {
        name: 'overleg.eml',
        mimeType: 'message/rfc822',
        buffer: emailWith(
          'Overleg Stationsplein',
          'Tue, 02 Apr 2024 10:00:00 +0200',
          'Zie bijlage.',
          [{ name: 'verslag.pdf', contentType: 'application/pdf', data: minimalPdf(['Verslag']) }],
        ),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      '3 documenten toegevoegd.',
    );
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).textContent()).toContain('document 2');
    await audit('documenten (toegevoegd)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'documenten.png'), fullPage: true });

    await page
      .getByLabel('Bestanden')
      .setInputFiles([
        { name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf') },
      ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'De extensie van de bestandsnaam past niet bij de inhoud van het bestand (brief.pdf).',
    );
    expect(await rows.count()).toBe(3);
    await audit('documenten (geweigerd)');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'documenten-geweigerd.png'),
      fullPage: true,
    });
    await page.context().close();
  });
});
