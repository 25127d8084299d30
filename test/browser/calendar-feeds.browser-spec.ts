import { join } from 'node:path';
import ICAL from 'ical.js';
import { seriousAxeFindings } from '../support/browser.js';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The section "Agenda-koppeling" of the account page in a real browser, axe-core on each state:
// a coordinator makes the organisation's link, reads the feed it opens, and revokes it.
describe('calendar feed page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('shows a new link once, whose feed parses, and revokes it', async () => {
    const { page } = await demo.coordinatorPage('/account');
    const context = page.context();
    await page.getByRole('heading', { name: 'Agenda-koppeling' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Link voor de organisatie maken' }).click();
    const url = await page.getByLabel('Link voor uw agenda').inputValue();
    expect(url).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'account-agenda.png'), fullPage: true });

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);

    await page.goto('/account');
    expect(await page.getByLabel('Link voor uw agenda').count()).toBe(0);
    await page.getByRole('button', { name: 'Link van de organisatie intrekken' }).click();
    await page.getByText('De koppeling is ingetrokken.').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect((await page.request.get(url)).status()).toBe(404);
    await context.close();
  });
});
