import { join } from 'node:path';
import { seriousAxeFindings } from '../support/browser.js';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The privacy statement on the public request form in a real browser, axe-core on the form: the
// default text says who to ask; once a coordinator sets the statement's https address, the form
// links to it right above the submit button.
describe('privacy statement on the request form (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('says who to ask without an address, and links to the statement with one', async () => {
    const requester = (await demo.visitorPage()).page;
    await requester.goto('/verzoek-indienen');
    const section = requester.locator('section.wobdesk-privacy');
    // The demo organisation has no contact address: no link to write to either.
    await section.getByText('Neem daarvoor contact op met').waitFor();
    expect(await section.getByRole('link').count()).toBe(0);

    const { page } = await demo.coordinatorPage('/instellingen/huisstijl');
    await page
      .getByLabel('Privacyverklaring op het formulier')
      .fill('https://www.voorbeeld.nl/privacyverklaring');
    await page.getByRole('button', { name: 'Kleur en privacyverklaring opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();

    await requester.goto('/verzoek-indienen');
    const link = section.getByRole('link', { name: /privacyverklaring van/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.voorbeeld.nl/privacyverklaring');
    // The statement is the last thing read before sending: the submit button follows it.
    const next = await section.evaluate((el) => el.nextElementSibling?.textContent?.trim());
    expect(next).toBe('Verzoek versturen');
    expect(await seriousAxeFindings(requester)).toEqual([]);
    await section.screenshot({ path: join(PAGE_ARTIFACTS, 'verzoek-indienen-privacylink.png') });
  });
});
