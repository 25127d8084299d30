import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSeeder } from '@wobdesk/demo';
import { DataSource } from 'typeorm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';

// The web pages in a real browser: the app on an ephemeral port and a temp SQLite file, Debian's
// Chromium through playwright-core, axe-core on every page. Screenshots go to artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');

describe('web pages (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let login: { email: string; password: string };
  const audited = new Map<string, string[]>();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startTestApi({
      env: {
        STATUS_RATE_LIMIT: '0',
        LOGIN_RATE_LIMIT: '0',
        REQUEST_FORM_RATE_LIMIT: '0',
        // The acknowledgement prints the requester's status link, which must be absolute.
        PUBLIC_BASE_URL: 'https://woo.example.nl',
      },
    });
    login = (await api.app.get(DemoSeeder).run()).login;
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** Every page visited is checked with axe-core: no serious or critical findings. */
  async function audit(page: Page, name: string): Promise<void> {
    const findings = await seriousAxeFindings(page);
    audited.set(
      name,
      findings.map((f) => `${f.id} (${f.impact}): ${f.help} at ${f.targets.join(', ')}`),
    );
    expect({ page: name, findings: audited.get(name) }).toEqual({ page: name, findings: [] });
  }

  async function newContext(): Promise<{
    context: BrowserContext;
    page: Page;
    cspErrors: string[];
  }> {
    const context = await browser.newContext({
      baseURL: base,
      acceptDownloads: true,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        cspErrors.push(m.text());
    });
    return { context, page, cspErrors };
  }

  let requesterStatusPath: string;
  let publicStatusPath: string;
  let publicReference: string;
  let clerkReference: string;
  let clerkRequestPath: string;

  it('lets a requester submit a request, keeping what was typed when a field is missing', async () => {
    const { context, page, cspErrors } = await newContext();
    await page.goto('/verzoek-indienen');
    expect(await page.title()).toBe('Woo-verzoek indienen – Ministerie van Justitie en Veiligheid');
    await audit(page, 'verzoek-indienen');

    await page.getByLabel('Onderwerp').fill('Inkoop van dienstauto’s');
    await page.getByLabel('Onderdeel 1').fill('Alle offertes voor dienstauto’s uit 2025.');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    // The error sits by its field, the field says so to assistive technology, and the summary links to it.
    const name = page.locator('#verzoek-requesterName');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(name.getAttribute('aria-describedby')).resolves.toContain(
      'verzoek-requesterName-fout',
    );
    expect(await page.locator('#verzoek-requesterName-fout').textContent()).toBe(
      'Dit veld is verplicht.',
    );
    // Above the form the message names its field.
    expect(await page.locator('a[href="#verzoek-requesterName"]').textContent()).toBe(
      'Naam: Dit veld is verplicht.',
    );
    await expect(page.getByLabel('Onderwerp').inputValue()).resolves.toBe(
      'Inkoop van dienstauto’s',
    );
    await audit(page, 'verzoek-indienen (fout)');

    await name.fill('P. de Vries');
    await page.getByLabel('E-mailadres').fill('p.devries@example.org');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { name: 'Uw verzoek is ontvangen' }).waitFor();
    publicReference = (await page.locator('strong').first().textContent()) ?? '';
    expect(publicReference).toMatch(/\S+/);
    publicStatusPath = new URL(
      (await page.locator('.wobdesk-status-token a').getAttribute('href'))!,
      base,
    ).pathname;
    expect(publicStatusPath).toMatch(/^\/status\/[A-Za-z0-9_-]{43}$/);
    expect(await page.content()).toContain('U ontvangt ook een ontvangstbevestiging');
    await audit(page, 'verzoek-ontvangen');
    // POST-redirect-GET: reloading the confirmation registers nothing again.
    await page.reload();
    expect(await page.locator('strong').first().textContent()).toBe(publicReference);
    const rows = await api.app
      .get(DataSource)
      .query('SELECT count(*) AS n FROM request WHERE subject = ?', ['Inkoop van dienstauto’s']);
    expect(Number(rows[0].n)).toBe(1);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('lets a clerk log a request, acknowledge, extend, decide per item and send it', async () => {
    const { context, page, cspErrors } = await newContext();
    await page.goto('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await audit(page, 'inloggen');
    await page.getByLabel('E-mailadres').fill(login.email);
    await page.getByLabel('Wachtwoord').fill('wrong password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(await page.locator('#login-formulier').textContent()).toContain(
      'E-mailadres of wachtwoord onjuist',
    );
    await page.getByLabel('Wachtwoord').fill(login.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'wobdesk_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    await audit(page, 'dashboard');

    await page.goto('/verzoeken/nieuw');
    await audit(page, 'verzoek-nieuw');
    await page.locator('#nieuw-requesterName').fill('J. Jansen');
    await page.locator('#nieuw-requesterSalutation').fill('Geachte heer Jansen,');
    await page.locator('#nieuw-requesterPostalAddress').fill('Postbus 1\n1000 AA Amsterdam');
    await page.locator('#nieuw-channel').selectOption('post');
    await page.locator('#nieuw-subject').fill('Besluitvorming over de rondweg');
    await page.locator('#nieuw-item1').fill('De nota’s aan de minister over de rondweg.');
    await page.locator('#nieuw-item2').fill('De verslagen van het overleg met de provincie.');
    await page.getByRole('button', { name: 'Verzoek registreren' }).click();
    await page.getByRole('heading', { name: /geregistreerd$/ }).waitFor();
    clerkReference = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
      /^Verzoek (.+) geregistreerd$/,
      '$1',
    );
    requesterStatusPath = new URL(
      (await page.locator('.wobdesk-status-token a').getAttribute('href'))!,
      base,
    ).pathname;
    await audit(page, 'geregistreerd');
    await page.getByRole('link', { name: 'Naar het verzoek' }).click();
    await page.getByRole('heading', { name: 'Besluitvorming over de rondweg' }).waitFor();
    clerkRequestPath = new URL(page.url()).pathname;
    await audit(page, 'verzoek');

    const step = async (summary: string, fill?: () => Promise<void>) => {
      const details = page.locator('details.wobdesk-action', {
        has: page.locator('summary', { hasText: summary }),
      });
      await details.locator('summary').click();
      await fill?.();
      await details.getByRole('button', { name: summary }).click();
    };
    await step('Ontvangst bevestigen');
    expect(await page.getByRole('status').first().textContent()).toContain(
      'De ontvangstbevestiging is vastgelegd.',
    );
    await acknowledgementLetter(page, audit);
    await step('Toewijzen', async () => {
      await page.locator('#toewijzen-assigneeId').selectOption({ label: 'Demo Behandelaar' });
    });
    expect(await page.locator('main > p').first().textContent()).toContain(
      'behandelaar Demo Behandelaar',
    );
    const deadlineBefore = await deadline(page);
    await step('Beslistermijn verdagen', async () => {
      await page
        .locator('#verdaging-motivation')
        .fill('De stukken zijn omvangrijk en moeten worden doorgenomen.');
    });
    expect(await page.getByRole('status').first().textContent()).toContain(
      'De verdaging is vastgelegd',
    );
    expect(await deadline(page)).not.toBe(deadlineBefore);
    // The law allows one extension: a second is not offered (the API would refuse it with 409).
    expect(
      await page
        .locator('details.wobdesk-action')
        .filter({ has: page.locator('summary', { hasText: 'Beslistermijn verdagen' }) })
        .count(),
    ).toBe(0);
    // "Waarom deze datum?" explains the extension.
    await page.locator('details.wobdesk-why summary').first().click();
    expect(await page.locator('details.wobdesk-why').first().textContent()).toContain(
      'Verdaging met 14 dagen',
    );

    await step('Besluit vastleggen (uitkomst per onderdeel)', async () => {
      await page.locator('#besluit-outcome1').selectOption('granted');
      await page.locator('#besluit-outcome2').selectOption('refused');
    });
    // A refusal without a ground: the error is shown by its field and the form stays open.
    expect(await page.locator('#besluit-grounds2-fout').textContent()).toContain('weigeringsgrond');
    await expect(page.locator('#besluit-outcome2').inputValue()).resolves.toBe('refused');
    await audit(page, 'verzoek (fout bij besluit)');
    await page.screenshot({ path: join(ARTIFACTS, 'verzoek-besluit-fout.png'), fullPage: true });
    // The grounds come from the pick list; a relative ground needs its weighing.
    await page.locator('#besluit-grounds2').selectOption(['5.1.2.e']);
    await page
      .locator('#besluit-weighing2')
      .fill('Het belang van de privacy van de betrokkenen weegt zwaarder dan openbaarheid.');
    await page
      .locator('details#stap-besluit')
      .getByRole('button', { name: 'Besluit vastleggen (uitkomst per onderdeel)' })
      .click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Het besluit is vastgelegd.',
    );

    await page.locator('details#brief-decision summary').click();
    await page.getByRole('button', { name: 'Besluit maken', exact: true }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('De brief is gemaakt');
    await page.locator('details#brief-decision summary').click();
    await page
      .locator('section[aria-labelledby="brieven"]')
      .screenshot({ path: join(ARTIFACTS, 'verzoek-brieven-besluit.png') });
    await step('Verzending van het besluit vastleggen');
    expect(await page.getByRole('status').first().textContent()).toContain(
      'de bezwaartermijn loopt',
    );
    expect(await page.locator('body').textContent()).toContain('Einde bezwaartermijn');
    await audit(page, 'verzoek (verzonden)');
    await page.screenshot({ path: join(ARTIFACTS, 'verzoek.png'), fullPage: true });

    await page.goto('/verzoeken?overdue=false&sort=reference&order=desc');
    expect(await page.locator('table').textContent()).toContain(clerkReference);
    await audit(page, 'verzoeken');
    await page.goto('/dashboard');
    await audit(page, 'dashboard (na afhandeling)');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('shows the requester where the request stands and lets them download the decision', async () => {
    const { context, page, cspErrors } = await newContext();
    await page.goto(requesterStatusPath);
    // The acknowledgement the clerk sent is listed; the decision letter too (sent with the decision).
    await expect(
      page.getByRole('link', { name: /^Ontvangstbevestiging van uw .*verzonden op/ }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Besluitvorming over de rondweg');
    expect(await page.locator('body').textContent()).toContain(
      'Wij hebben u het besluit gestuurd.',
    );
    await audit(page, 'status');
    await page.screenshot({ path: join(ARTIFACTS, 'status.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Besluit op / }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  it('lets the clerk reissue the status link; the requester opens the new one, the old one is gone', async () => {
    const { context, page, cspErrors } = await newContext();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(login.email);
    await page.getByLabel('Wachtwoord').fill(login.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();

    await page.goto(clerkRequestPath);
    const section = page.locator('section.wobdesk-status-link');
    expect(await section.locator('.wobdesk-link-state').textContent()).toBe('Actief');
    // The demo login is a clerk: revoking is a coordinator's, the page says so instead.
    await expect(
      section.getByRole('button', { name: 'Statuslink intrekken' }).count(),
    ).resolves.toBe(0);
    expect(await section.textContent()).toContain(
      'Alleen een coördinator kan de statuslink intrekken.',
    );
    await page.getByRole('button', { name: 'Nieuwe statuslink uitgeven' }).click();
    await page.locator('#statuslink-nieuw').waitFor();
    expect(new URL(page.url()).search).toBe('?gelukt=statuslink');
    const fresh = new URL((await page.locator('#statuslink-nieuw a').getAttribute('href'))!);
    expect(fresh.pathname).toMatch(/^\/status\/[A-Za-z0-9_-]{43}$/);
    expect(fresh.pathname).not.toBe(requesterStatusPath);
    expect(await page.locator('#statuslink-nieuw').textContent()).toContain(
      'De vorige link werkt niet meer.',
    );
    await audit(page, 'verzoek (nieuwe statuslink)');
    await section.screenshot({ path: join(ARTIFACTS, 'statuslink.png') });
    // Shown once: the cookie that carried it is gone, a reload shows the state only.
    expect((await context.cookies()).some((c) => c.name === 'wobdesk_statuslink')).toBe(false);
    await page.reload();
    await expect(page.locator('#statuslink-nieuw').count()).resolves.toBe(0);
    expect(await page.content()).not.toContain(fresh.pathname);
    expect(await section.textContent()).toMatch(
      /Uitgegeven op\s*\d+ \S+ \d{4} \(Demo Behandelaar\)/,
    );

    await page.goto('/dashboard');
    await page.getByLabel('Alleen mijn verzoeken').check();
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.getByRole('heading', { name: 'Overzicht: mijn verzoeken' }).waitFor();
    expect(new URL(page.url()).searchParams.get('mine')).toBe('ja');
    await audit(page, 'dashboard (mijn verzoeken)');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-mijn.png'), fullPage: true });

    const requester = await newContext();
    const old = await requester.page.goto(requesterStatusPath);
    expect(old?.status()).toBe(404);
    const opened = await requester.page.goto(fresh.pathname);
    expect(opened?.status()).toBe(200);
    expect(await requester.page.locator('h1').textContent()).toBe('Besluitvorming over de rondweg');
    await audit(requester.page, 'status (nieuwe link)');
    expect([...cspErrors, ...requester.cspErrors]).toEqual([]);
    await requester.context.close();
    await context.close();
  });

  it("shows nothing of another request under a requester's link", async () => {
    const { context, page } = await newContext();
    await page.goto(publicStatusPath);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Inkoop van dienstauto’s');
    expect(text).toContain(publicReference);
    expect(text).not.toContain('rondweg');
    expect(text).not.toContain(clerkReference);
    expect(text).not.toContain('Besluit:');
    const unknown = await page.goto(`/status/${'A'.repeat(43)}`);
    expect(unknown?.status()).toBe(404);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('Met deze link vinden wij geen verzoek.');
    expect(body).not.toContain('rondweg');
    await audit(page, 'status (onbekend)');
    await context.close();
  });
});

/**
 * The clerk makes the acknowledgement letter on the request page (preview first, with the
 * conversation invitation), sees it as a draft, sends it with today's date and sees it sent.
 */
async function acknowledgementLetter(
  page: Page,
  audit: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const form = page.locator('details#brief-acknowledgement');
  await form.locator('summary').click();
  await form.getByLabel('Nodig de verzoeker uit voor een gesprek over het verzoek').check();
  // The preview opens in a new tab, so what was typed stays in the form.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    form.getByRole('button', { name: /^Voorbeeld bekijken/ }).click(),
  ]);
  await preview.waitForLoadState();
  expect(await preview.locator('body').textContent()).toContain(
    'Graag nodig ik u uit voor een gesprek over uw verzoek',
  );
  await preview.close();
  await expect(
    form.getByLabel('Nodig de verzoeker uit voor een gesprek over het verzoek').isChecked(),
  ).resolves.toBe(true);
  await page.getByRole('button', { name: 'Ontvangstbevestiging maken', exact: true }).click();
  expect(await page.getByRole('status').first().textContent()).toContain('opgeslagen als concept');
  const row = page.locator('.wobdesk-letters tbody tr').first();
  expect(await row.locator('th').textContent()).toContain('Ontvangstbevestiging');
  expect(await row.textContent()).toContain('concept');
  await audit(page, 'verzoek (brief als concept)');
  await page
    .locator('section[aria-labelledby="brieven"]')
    .screenshot({ path: join(ARTIFACTS, 'verzoek-brieven-concept.png') });
  const sentOn = row.getByLabel('Verzonden op');
  const today = await sentOn.inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await row.getByRole('button', { name: 'Versturen' }).click();
  expect(await page.getByRole('status').first().textContent()).toContain(
    'De verzoeker ziet hem nu op de statuspagina.',
  );
  const sentRow = page.locator('.wobdesk-letters tbody tr').first();
  expect(await sentRow.textContent()).toContain('verzonden op');
  await expect(sentRow.getByRole('button', { name: 'Versturen' }).count()).resolves.toBe(0);
  await audit(page, 'verzoek (brief verzonden)');
  await page
    .locator('section[aria-labelledby="brieven"]')
    .screenshot({ path: join(ARTIFACTS, 'verzoek-brieven.png') });
}

async function deadline(page: Page): Promise<string> {
  const item = page.locator('.utrecht-data-list__item', { hasText: 'Uiterste besluitdatum' });
  return ((await item.locator('dd').first().innerText()).split('\n')[0] ?? '').trim();
}
