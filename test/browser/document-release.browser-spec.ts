import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { minimalPdf } from '../support/document-files.js';

// The release in a real browser, from the clerk's marking to the requester's download: a clerk
// marks a term on a document's "Lakken" page, releases on "Vrijgeven", gives out a new status
// link; the requester downloads the document from the status page, and its text lacks the term
// and keeps the rest. axe-core on every page touched; screenshots to artifacts/pages/ and the
// released page as an image to artifacts/redaction/.

const REDACTION_ARTIFACTS = join(process.cwd(), 'artifacts', 'redaction');

describe('release and the requester download (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a clerk mark and release, and the requester download the redacted document', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();
    await page.goto(`/verzoeken/${id}/documenten`);
    await page.getByLabel('Bestanden').setInputFiles([
      {
        name: 'memo.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(['Jan Jansen belt over de proef met camera', 'Verslag van het overleg']),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').first().waitFor();

    await page.goto(`/verzoeken/${id}/inventaris/1`);
    await page.getByLabel('Beoordeling', { exact: true }).selectOption('partly_public');
    await page.getByLabel(/persoonlijke levenssfeer \(met belangenafweging\)/).check();
    await page.getByLabel('Toelichting').fill('Namen van burgers; hun privacy weegt zwaarder.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.goto(`/verzoeken/${id}/inventaris/1`);
    await page.getByRole('link', { name: 'Lakken' }).click();
    await page.getByLabel('Term (een of meer woorden)').fill('jan jansen');
    await page.getByRole('button', { name: 'Term lakken' }).click();
    await page.getByText('De markering is opgeslagen.').waitFor();

    // Release from the request page's link.
    await page.goto(`/verzoeken/${id}`);
    await page.getByRole('link', { name: 'Vrijgeven', exact: true }).click();
    await page.getByRole('heading', { name: 'Documenten vrijgeven' }).waitFor();
    await page.getByText('Er is nog niets vrijgegeven.').waitFor();
    await audit('vrijgeven (leeg)');
    await page.getByLabel('Grootte van een bundel (MB)').fill('0');
    await page.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain('Vul een heel getal');
    await audit('vrijgeven (geweigerd)');
    await page.getByLabel('Grootte van een bundel (MB)').fill('25');
    await page.getByRole('button', { name: 'Vrijgeven', exact: true }).click();
    await page.getByText('De documenten zijn vrijgegeven.').waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain('document-1.pdf');
    await audit('vrijgeven (klaar)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'vrijgeven.png'), fullPage: true });

    // A new status link for the requester (shown once, on the request page).
    await page.goto(`/verzoeken/${id}`);
    await page.getByRole('button', { name: 'Nieuwe statuslink uitgeven' }).click();
    const href = await page.locator('.wobdesk-status-token a').getAttribute('href');
    const token = /\/status\/([A-Za-z0-9_-]+)$/.exec(href ?? '')![1];
    await page.context().close();

    // The requester, without a login.
    const { page: status, audit: auditStatus } = await demo.visitorPage();
    await status.goto(`/status/${token}`);
    await status.getByRole('heading', { name: 'Openbaar gemaakte documenten' }).waitFor();
    await status.getByRole('link', { name: 'Alles downloaden (ZIP)' }).waitFor();
    await auditStatus('status (documenten)');
    await status.screenshot({
      path: join(PAGE_ARTIFACTS, 'status-documenten.png'),
      fullPage: true,
    });
    const [download] = await Promise.all([
      status.waitForEvent('download'),
      status.getByRole('link', { name: /^Document 1 \(pdf/ }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'release-browser-'));
    const file = join(dir, download.suggestedFilename());
    expect(download.suggestedFilename()).toBe('document-1.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).not.toMatch(/jansen/i);
    expect(text).toContain('belt over de proef met camera');
    expect(text).toContain('Verslag van het overleg');
    expect(text).toContain('Document 1');
    mkdirSync(REDACTION_ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(REDACTION_ARTIFACTS, 'released-document-page-1'),
    ]);
    writeFileSync(join(REDACTION_ARTIFACTS, 'released-document-text.txt'), text);
    await status.context().close();
  });
});
