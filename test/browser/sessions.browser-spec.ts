import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// "Waar bent u ingelogd" in a real browser, axe-core on each state: the demo clerk, logged in
// twice (two browser contexts), sees both sessions, ends all others from the first, and the
// second browser is sent to the login page on its next click.
describe('own sessions page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lists the sessions and ends all others', async () => {
    const first = await demo.clerkPage();
    const second = await demo.clerkPage();
    const { page, audit } = first;

    await page.goto('/account');
    await page.getByRole('link', { name: 'Bekijk waar u bent ingelogd' }).click();
    await page.getByRole('heading', { name: 'Waar bent u ingelogd', level: 1 }).waitFor();
    const rows = page.getByRole('table', { name: 'Uw open sessies' }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await page.getByText('(deze sessie)').first().waitFor();
    await page
      .getByText('als u 30 minuten niets doet, en in elk geval 8 uur na het inloggen')
      .waitFor();
    await audit('account-sessies');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'account-sessies.png'), fullPage: true });

    await page.getByRole('button', { name: 'Alle andere sessies beëindigen' }).click();
    await page.getByText('Uw andere sessies zijn beëindigd.').waitFor();
    expect(await rows.count()).toBe(1);
    await audit('account-sessies (anderen beëindigd)');

    await second.page.goto('/dashboard');
    await second.page.getByRole('heading', { name: 'Inloggen voor medewerkers' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen (deze sessie)' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
  });
});
