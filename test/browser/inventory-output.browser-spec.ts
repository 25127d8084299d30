import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  PASSWORD,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation } from '../support/seed-case-api.js';

// The inventory as output in a real browser: the documents page offers the spreadsheet, the
// decision form comes pre-filled with what the assessments propose, and the requester's status
// page shows the inventory once the decision is sent; axe-core on each. Screenshots go to
// artifacts/pages/.
const ARTIFACTS = join(process.cwd(), 'artifacts', 'pages');
const HEADER =
  'ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,' +
  'Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer';

describe('the inventory as output (browser)', () => {
  let api: RegisterApi;
  let browser: Browser;
  let base: string;
  let clerk: TestUser;
  let id: string;
  let token: string;

  const audit = async (page: Page, name: string) => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    const findings = await seriousAxeFindings(page);
    expect({ page: name, findings }).toEqual({ page: name, findings: [] });
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startRegisterApi('2026-03-20');
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    clerk = await api.newUser(await newSeedOrganisation(api));
    ({ id, statusToken: token } = await createRequest(api, clerk, {
      receivedOn: '2026-03-02',
      items: [{ text: 'Alle verslagen van overleg' }],
    }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Verslag een']), 'verslag-1.pdf')
      .attach('files', minimalPdf(['Verslag twee']), 'verslag-2.pdf')
      .expect(201);
    const csv = [
      HEADER,
      '1,X-1,,,Verslag 1,pdf,2026-01-05,Openbaar,,,,,,',
      '2,X-1,,,Verslag 2,pdf,2026-01-12,Niet openbaar,,5.1.2e,,,,',
    ].join('\r\n');
    await api
      .http()
      .post(`/api/requests/${id}/inventory`)
      .set('authorization', clerk.auth)
      .attach('file', Buffer.from(csv), 'inventaris.csv')
      .expect(200);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('offers the spreadsheet and pre-fills the decision from the assessments', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(clerk.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();

    await page.goto(`/verzoeken/${id}/documenten`);
    const link = page.getByRole('link', { name: 'Excel (.xlsx)' });
    await expect(link.getAttribute('href')).resolves.toBe(`/verzoeken/${id}/inventarislijst.xlsx`);
    await audit(page, 'documenten-inventarislijst');
    const download = await page.request.get(`/verzoeken/${id}/inventarislijst.csv`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('Niet openbaar');

    await page.goto(`/verzoeken/${id}`);
    await expect(page.locator('#besluit-outcome1').inputValue()).resolves.toBe('partly_granted');
    const grounds = await page
      .locator('#besluit-grounds1 option:checked')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(grounds).toEqual(['5.1.2.e']);
    await context.close();
  });

  it('shows the requester the inventory once the decision is sent, with no serious axe findings', async () => {
    await api
      .http()
      .post(`/api/requests/${id}/decision`)
      .set('authorization', clerk.auth)
      .send({
        occurredOn: '2026-03-20',
        outcomes: [
          {
            number: 1,
            outcome: 'partly_granted',
            grounds: ['5.1.2.e'],
            weighing: 'De privacy van de deelnemers weegt hier zwaarder dan openbaarheid.',
          },
        ],
      })
      .expect(200);
    const made = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    await api
      .http()
      .post(`/api/requests/${id}/letters/${made.body.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2026-03-20' })
      .expect(200);

    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`/status/${token}`);
    await page.getByRole('heading', { name: 'Documenten' }).waitFor();
    await expect(page.getByRole('table', { name: 'Inventarislijst' }).isVisible()).resolves.toBe(
      true,
    );
    await audit(page, 'status-inventarislijst');
    await context.close();
  });
});
