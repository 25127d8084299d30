import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The audit of reads in a real browser, axe-core on each state: a clerk opens a demo request, the
// coordinator sees that in "Wie heeft dit verzoek bekeken" and follows it to the log, filters it
// by the clerk and by a day without reads.
describe('audit of reads (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('shows the coordinator who read a request, and the log filtered by user and dates', async () => {
    const id = await demo.firstRequestId();
    const clerk = await demo.clerkPage();
    await clerk.page.goto(`/verzoeken/${id}`);
    await clerk.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await clerk.page.getByText('Wie heeft dit verzoek bekeken').count()).toBe(0);
    await clerk.page.context().close();

    const { page, audit } = await demo.coordinatorPage(`/verzoeken/${id}`);
    const section = page.getByRole('region', { name: 'Wie heeft dit verzoek bekeken' });
    await section.waitFor();
    const rows = section.getByRole('table', { name: 'De laatste keren bekeken' });
    expect(await rows.textContent()).toContain('Verzoek bekeken');
    await audit('verzoek met wie het bekeek');

    await section.getByRole('link', { name: 'Alles wat over dit verzoek is vastgelegd' }).click();
    await page.getByRole('heading', { name: 'Inzagelog', level: 1 }).waitFor();
    const log = page.getByRole('table', { name: 'Vastgelegd, nieuwste eerst' });
    // The coordinator's own reading of the log comes first, then the views of the request.
    expect(await log.locator('tbody tr').first().textContent()).toContain('Inzagelog bekeken');
    await audit('inzagelog van een verzoek');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'inzagelog.png'), fullPage: true });

    const clerkName = (await log.locator('tbody tr').last().locator('td').nth(1).textContent())!;
    await page.getByLabel('Medewerker').selectOption({ label: clerkName });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await log.waitFor();
    const who = await log.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(who)).toEqual(new Set([clerkName]));
    await audit('inzagelog van een medewerker');

    await page.getByLabel('Vanaf').fill('2020-01-01');
    await page.getByLabel('Tot en met').fill('2020-01-01');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Niets gevonden.').waitFor();
    await audit('inzagelog zonder resultaat');
    await page.context().close();
  });
});
