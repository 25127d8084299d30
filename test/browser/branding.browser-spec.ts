import { join } from 'node:path';
import { seriousAxeFindings } from '../support/browser.js';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { solidPng } from '../support/png-files.js';

// The branding in a real browser, axe-core on each page: a coordinator is told in plain Dutch
// that a light colour is refused, saves a dark one, a privacy statement and a PNG logo; the
// requester's form then shows the logo, the colour on its button and header, and the statement.
describe('branding of the requester pages (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('sets colour, statement and logo, and the request form shows them', async () => {
    const { page } = await demo.coordinatorPage('/instellingen/huisstijl');
    const context = page.context();
    await page
      .getByRole('heading', { name: 'Huisstijl van de pagina’s voor aanvragers' })
      .waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByLabel('Hoofdkleur').fill('#f0a000');
    await page.getByRole('button', { name: 'Kleur en privacyverklaring opslaan' }).click();
    await page.getByText('Deze kleur is te licht').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByLabel('Hoofdkleur').fill('#8a1538');
    await page
      .getByLabel('Privacyverklaring op het formulier')
      .fill(
        'Wij gebruiken uw gegevens alleen voor uw verzoek.\n\nVragen? Mail privacy@voorbeeld.nl.',
      );
    await page.getByRole('button', { name: 'Kleur en privacyverklaring opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();

    await page.getByLabel('Nieuw logo (PNG)').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: solidPng(240, 60, '#8a1538'),
    });
    await page.getByRole('button', { name: 'Logo opslaan' }).click();
    await page.getByAltText('Het huidige logo').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'instellingen-huisstijl.png'),
      fullPage: true,
    });

    const requester = await (await demo.visitorPage()).page;
    await requester.goto('/verzoek-indienen');
    const logo = requester.locator('img.wobdesk-brand__logo');
    await logo.waitFor();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    const background = (selector: string) =>
      requester
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('.utrecht-button--primary-action')).toBe('rgb(138, 21, 56)');
    expect(await background('.wobdesk-header')).toBe('rgb(138, 21, 56)');
    expect(await background('.utrecht-page-footer')).toBe('rgb(138, 21, 56)');
    await requester.getByText('Vragen? Mail privacy@voorbeeld.nl.').waitFor();
    expect(await requester.getByText('AVG (artikel 6, lid 1, onder c en e)').count()).toBe(0);
    expect(await seriousAxeFindings(requester)).toEqual([]);
    await requester.screenshot({
      path: join(PAGE_ARTIFACTS, 'verzoek-indienen-huisstijl.png'),
      fullPage: true,
    });
    await context.close();
  });
});
