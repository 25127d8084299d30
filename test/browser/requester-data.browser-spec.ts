import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The requester's AVG rights on a coordinator's pages in a real browser, axe-core on each state:
// the section on the request page, the erasure page that says what goes and what stays, and
// that page saying why erasure cannot be done yet for a request still being handled, and the
// erasure of a withdrawn request's data.
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

    // Still being handled: the page says so, and offers no button.
    const blocked = page.getByRole('region', { name: 'Wissen kan nu niet' });
    expect(await blocked.textContent()).toContain('Het verzoek is nog in behandeling.');
    expect(
      await page.getByRole('button', { name: 'Gegevens van de aanvrager wissen' }).count(),
    ).toBe(0);
    await audit('gegevens wissen (kan nu niet)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'gegevens-wissen.png'), fullPage: true });
    await page.context().close();
  });

  it('erases a withdrawn request’s requester data after the coordinator confirms', async () => {
    const [{ id }] = await demo.api.app
      .get(DataSource)
      .query(`SELECT "id" FROM "request" WHERE "phase" = 'withdrawn' ORDER BY "reference" LIMIT 1`);
    const { page, audit } = await demo.coordinatorPage(
      `/verzoeken/${id as string}/gegevens-wissen`,
    );
    await page.getByRole('button', { name: 'Gegevens van de aanvrager wissen' }).click();
    await page.waitForURL(`**/verzoeken/${id as string}?gelukt=gegevens-gewist`);
    await page.getByText('De gegevens van de aanvrager zijn gewist.').waitFor();
    expect(await page.getByText('K. Visser').count()).toBe(0);
    await audit('verzoek na het wissen');
    await page.context().close();
  });
});
