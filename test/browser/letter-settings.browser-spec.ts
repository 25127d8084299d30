import { join } from 'node:path';
import { seriousAxeFindings } from '../support/browser.js';
import { type DemoBrowser, startDemoBrowser } from '../support/demo-browser.js';

// The coordinator's letter-settings page in a real browser (Debian's Chromium through
// playwright-core), axe-core on the empty form, the form with a mistake and the saved form.
// Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('the letter settings page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('lets a coordinator change the voice and the signatory, with mistakes shown at the field', async () => {
    const { page } = await demo.coordinatorPage('/instellingen/brieven');
    const context = page.context();
    await page.getByRole('heading', { name: 'Instellingen van de brieven' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByLabel('Schrijft uw organisatie als ik of als wij?').selectOption('wij');
    await page.getByLabel('Naam van de ondertekenaar').fill('mr. A. de Vries');
    await page.locator('#brieven-contactEmail').fill('geen adres');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Vul één e-mailadres in').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({
      path: join(ARTIFACTS, 'instellingen-brieven-fout.png'),
      fullPage: true,
    });

    await page.locator('#brieven-contactEmail').fill('wob@voorbeeld.example.nl');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    expect(await page.getByLabel('Naam van de ondertekenaar').inputValue()).toBe('mr. A. de Vries');
    expect(await page.locator('body').textContent()).toContain('C. Oordinator wijzigde');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'instellingen-brieven.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
