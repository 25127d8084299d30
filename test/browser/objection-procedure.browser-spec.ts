import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The clerk records an objection on the demo's decided request, plans the hearing, records it with
// its report and then the decision on the objection, in a real browser (Debian's Chromium), with
// axe-core on each page; the dashboard then lists the appeal window.
describe('objection procedure pages (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  }, 60_000);

  afterAll(async () => {
    await demo?.close();
  });

  /** Opens the step's form on the request page, fills it and submits it. */
  const step = async (page: Page, summary: string, fill?: () => Promise<void>) => {
    const details = page.locator('details.wobdesk-action', {
      has: page.locator('summary', { hasText: summary }),
    });
    await details.locator('summary').click();
    await fill?.();
    await details.getByRole('button', { name: summary }).click();
  };
  const notice = async (page: Page) => (await page.getByRole('status').first().textContent()) ?? '';

  it('records the hearing and the decision on the objection, and lists the appeal window', async () => {
    const [{ id }] = await demo.api.app
      .get(DataSource)
      .query(`SELECT "id" FROM "request" WHERE "requester_name" = 'Vereniging Privacy Eerst'`);
    const { page, audit } = await demo.clerkPage();
    await page.goto(`/verzoeken/${id}`);
    await step(page, 'Bezwaarschrift vastleggen');
    expect(await notice(page)).toContain('Het bezwaar is vastgelegd.');

    await page.goto('/dashboard');
    await audit('overzicht met bezwaar');
    const toSchedule = page.locator('section', {
      has: page.getByRole('heading', { name: /Bezwaar: hoorzitting nog te plannen/ }),
    });
    expect(await toSchedule.textContent()).toContain('Vereniging Privacy Eerst');

    await page.goto(`/verzoeken/${id}`);
    await step(page, 'Hoorzitting plannen', async () => {
      const today = await page.locator('#hoorzitting-plannen-occurredOn').inputValue();
      await page.locator('#hoorzitting-plannen-hearingOn').fill(today);
      await page.locator('#hoorzitting-plannen-place').fill('Stadskantoor, zaal 4');
    });
    expect(await notice(page)).toContain('De hoorzitting is gepland.');
    await audit('hoorzitting gepland');

    // The report is required (Awb 7:7): the error sits by its field.
    await step(page, 'Hoorzitting vastleggen');
    await page.locator('#hoorzitting-gehouden-report-fout').waitFor();
    await audit('hoorzitting zonder verslag');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'bezwaar-hoorzitting-fout.png'),
      fullPage: true,
    });
    await page
      .locator('#hoorzitting-gehouden-report')
      .fill('De vereniging lichtte toe waarom de namen van medewerkers openbaar moeten.');
    await page
      .locator('details.wobdesk-action', {
        has: page.locator('summary', { hasText: 'Hoorzitting vastleggen' }),
      })
      .getByRole('button', { name: 'Hoorzitting vastleggen' })
      .click();
    expect(await notice(page)).toContain('De hoorzitting en het verslag zijn vastgelegd.');

    await step(page, 'Beslissing op bezwaar vastleggen', async () => {
      await page.locator('#beslissing-op-bezwaar-outcome').selectOption({ label: 'Gegrond' });
      await page.locator('#beslissing-op-bezwaar-newDecision').check();
    });
    expect(await notice(page)).toContain('De beroepstermijn van zes weken loopt.');
    await audit('beslissing op bezwaar');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'bezwaar-beslist.png'), fullPage: true });

    await page.goto('/dashboard');
    const appeal = page.locator('section', {
      has: page.getByRole('heading', { name: /Beroepstermijn loopt/ }),
    });
    expect(await appeal.textContent()).toMatch(/beroep mogelijk tot en met \w+ \d+ \w+ \d{4}/);
    await audit('overzicht met beroepstermijn');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'bezwaar-overzicht.png'), fullPage: true });
  }, 120_000);
});
