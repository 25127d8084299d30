import { join } from 'node:path';
import { seriousAxeFindings } from '../support/browser.js';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The coordinator's report page in a real browser (Debian's Chromium through playwright-core),
// axe-core on each state: the report of the demo organisation with its charts and tables, and a
// period whose end lies before its start.
describe('report page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('shows the figures with charts that name themselves, and a wrong period at its field', async () => {
    const { page } = await demo.coordinatorPage('/dashboard');
    const context = page.context();
    await page.getByRole('link', { name: 'Rapportage' }).click();
    await page.getByRole('heading', { name: 'Rapportage', level: 1 }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await page
      .getByRole('textbox', { name: 'Van', exact: true })
      .fill(`${Number(today.slice(0, 4)) - 2}-01-01`);
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill(today);
    await page.getByRole('button', { name: 'Toon rapportage' }).click();
    await page.getByRole('img', { name: 'Ontvangen en besloten verzoeken per maand' }).waitFor();
    await page
      .getByRole('img', { name: 'Gemiddelde duur tot het besluit per maand, bruto en netto' })
      .waitFor();
    const received = await page
      .getByRole('table', { name: 'Verzoeken in de periode' })
      .locator('td')
      .first()
      .textContent();
    expect(Number(received)).toBeGreaterThan(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'rapportage.png'), fullPage: true });
    await page
      .getByRole('img', { name: 'Gemiddelde duur tot het besluit per maand, bruto en netto' })
      .screenshot({ path: join(PAGE_ARTIFACTS, 'rapportage-grafiek.png') });

    await page.getByRole('textbox', { name: 'Van', exact: true }).fill('2025-06-30');
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill('2025-01-01');
    await page.getByRole('button', { name: 'Toon rapportage' }).click();
    expect(await page.locator('#rapportage-tot-fout').textContent()).toContain(
      '"Tot en met" mag niet vóór "Van" liggen.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await context.close();
  });
});
