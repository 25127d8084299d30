import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The requester's AVG rights on a coordinator's pages in a real browser, axe-core on each state:
// the section on the request page, the erasure page that says what goes and what stays, and
// that page again with the register's refusal for a request still being handled.
describe('requester data under the AVG (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('leads a coordinator from the request to the erasure page, and shows a refusal there', async () => {
    // A demo request still being handled, so the erasure is refused (and the demo stays whole).
    const [{ id }] = await demo.api.app
      .get(DataSource)
      .query(
        `SELECT "id" FROM "request" WHERE "phase" IN ('received', 'acknowledged', 'conversation_held') ORDER BY "reference" LIMIT 1`,
      );
    const { page, audit } = await demo.coordinatorPage(`/verzoeken/${id as string}`);
    const section = page.getByRole('region', { name: 'Gegevens van de aanvrager (AVG)' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Gegevens van de aanvrager downloaden' }).waitFor();
    await audit('verzoek met de gegevens van de aanvrager');

    await section.getByRole('link', { name: 'Gegevens van de aanvrager wissen' }).click();
    await page
      .getByRole('heading', { name: 'Gegevens van de aanvrager wissen', level: 1 })
      .waitFor();
    await page.getByRole('region', { name: 'Wat wordt gewist' }).waitFor();
    await page.getByRole('region', { name: 'Wat blijft bewaard' }).waitFor();
    await audit('gegevens wissen');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'gegevens-wissen.png'), fullPage: true });

    await page.getByRole('button', { name: 'Gegevens van de aanvrager wissen' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Het verzoek is nog in behandeling.');
    await audit('gegevens wissen (geweigerd)');
    await page.context().close();
  });
});
