import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@wobdesk/accounts';
import { DemoSeeder } from '@wobdesk/demo';
import { LocalDate } from '@wobdesk/domain';
import { UnitOfWork } from '@wobdesk/persistence';
import { inventoryToJson } from '@wobdesk/publication';
import { StatusLinks } from '@wobdesk/register';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { launchChromium, seriousAxeFindings } from '../support/browser.js';
import { PAGE_ARTIFACTS } from '../support/demo-browser.js';
import { enrolSecondFactor } from '../support/second-factor.js';

// The coordinator's publication setting and the public section in a real browser (Debian's
// Chromium through playwright-core), axe-core on each page: the setting with a mistake and
// saved, the public list, a published decision with its inventory, a withdrawn one, and the
// requester's status page linking a published decision.
describe('publication pages (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let organisationId: string;
  let code: string;
  const coordinator = {
    email: 'publicatie@voorbeeld.example.nl',
    password: 'een lang wachtwoord 42',
  };

  const publish = async (n: number, withdrawn: boolean, requestId: string = randomUUID()) => {
    const at = new Date('2026-11-20T09:00:00Z');
    await api.app.get(UnitOfWork).transaction(async (tx) => {
      await tx.publications.save({
        requestId,
        organisationId,
        slug: `woo-2026-${n}-demo`,
        title: `Besluit op Woo-verzoek over de herinrichting van plein ${n}`,
        publishOn: '2026-11-20',
        adoptedAt: '2026-11-06T10:00:00+01:00',
        inventoryJson: inventoryToJson([
          {
            id: '1',
            matter: `WOO-2026-${n}`,
            document: 'Advies over de bomenkap',
            date: LocalDate.parse('2026-03-02'),
            assessment: 'Openbaar',
            suspended: false,
            grounds: [],
            publicLinks: [],
            relatedIds: [],
            caseNumbers: [],
          },
          {
            id: '2',
            matter: `WOO-2026-${n}`,
            document: 'E-mail aan de aannemer',
            date: LocalDate.parse('2026-04-14'),
            assessment: 'Deels openbaar',
            suspended: false,
            grounds: ['5.1.2e'],
            publicLinks: [],
            relatedIds: [],
            caseNumbers: [],
          },
        ]),
        publishedAt: at,
        withdrawnAt: withdrawn ? at : null,
        withdrawalReason: withdrawn ? 'Er stond een naam van een inwoner in het besluit.' : null,
      });
    });
    return `woo-2026-${n}-demo`;
  };

  beforeAll(async () => {
    mkdirSync(PAGE_ARTIFACTS, { recursive: true });
    api = await startTestApi({ env: { LOGIN_RATE_LIMIT: '0' } });
    ({
      organisation: { id: organisationId },
    } = await api.app.get(DemoSeeder).run());
    const userId = await api.app.get(AuthService).createUser({
      organisationId,
      email: coordinator.email,
      name: 'P. Ublicatie',
      role: 'coordinator',
      password: coordinator.password,
    });
    // A coordinator logs in with a second factor.
    code = (
      await enrolSecondFactor(api.app, { userId, organisationId, email: coordinator.email })
    ).nextCode();
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lets a coordinator choose the organisation as publisher, with a mistake shown at the field', async () => {
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/instellingen/publicatie');
    await page.getByLabel('E-mailadres').fill(coordinator.email);
    await page.getByLabel('Wachtwoord').fill(coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Instellingen van de publicatie' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    // The demo organisation is set up as its ministry; leaving the choice empty is a mistake.
    expect(await page.locator('main').textContent()).toContain(
      'Nu ingesteld: ministerie van Justitie en Veiligheid.',
    );
    await page.getByLabel('Uw organisatie in de lijsten van de overheid').selectOption('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.locator('#publicatie-tooiUri-fout').textContent()).toContain(
      'Kies uw organisatie uit de lijst.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page
      .getByLabel('Uw organisatie in de lijsten van de overheid')
      .selectOption('https://identifier.overheid.nl/tooi/id/gemeente/gm0344');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instelling is opgeslagen.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Nu ingesteld: gemeente Utrecht.');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'instellingen-publicatie.png'),
      fullPage: true,
    });

    // The publication page of a demo request whose decision has not been sent: the refusal is
    // shown above the form.
    const [{ id }] = (await api.app
      .get(DataSource)
      .query(
        `SELECT "id" FROM "request" WHERE "phase" IN ('received', 'acknowledged') LIMIT 1`,
      )) as { id: string }[];
    await page.goto(`/verzoeken/${id}/publicatie`);
    await page.getByRole('heading', { name: 'Publicatie van het besluit' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByLabel('Publiceren op').fill('2026-12-24');
    await page.getByRole('button', { name: 'Publicatie plannen' }).click();
    expect(await page.locator('#publicatie-formulier').textContent()).toContain(
      'Het besluit is nog niet verzonden.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'verzoek-publicatie.png'), fullPage: true });
    await context.close();
  });

  it('shows the published decisions, one with its inventory, and a withdrawn one without files', async () => {
    const published = await publish(1, false);
    const withdrawn = await publish(2, true);
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto('/openbaar');
    expect(await page.title()).toBe(
      'Gepubliceerde Woo-besluiten – Ministerie van Justitie en Veiligheid',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    const list = await page.locator('main').textContent();
    expect(list).toContain('plein 1');
    expect(list).not.toContain('plein 2');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'openbaar.png'), fullPage: true });

    await page.getByRole('link', { name: /plein 1/ }).click();
    await page.waitForURL(`**/openbaar/${published}`);
    expect(await seriousAxeFindings(page)).toEqual([]);
    const table = page.getByRole('table', { name: 'Documenten bij dit besluit' });
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.textContent()).toContain('5.1.2e');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'openbaar-besluit.png'), fullPage: true });

    await page.goto(`/openbaar/${withdrawn}`);
    expect(await page.locator('main').textContent()).toContain('teruggetrokken');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'openbaar-besluit-teruggetrokken.png'),
      fullPage: true,
    });
    await context.close();
  });

  it("links the published decision from the requester's status page", async () => {
    const [row] = (await api.app
      .get(DataSource)
      .query(
        `SELECT "id", "status_token_generation" AS "generation" FROM "request" WHERE "status_token_generation" > 0 AND "status_token_revoked_at" IS NULL LIMIT 1`,
      )) as { id: string; generation: number }[];
    const slug = await publish(3, false, row!.id);
    const token = api.app.get(StatusLinks).tokenOf(row!.id, Number(row!.generation));
    const context = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`/status/${token}`);
    await page.getByRole('heading', { name: 'Publicatie van het besluit' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(
      'Uw naam, adres en e-mailadres staan er niet in.',
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'status-publicatie.png'), fullPage: true });
    await page.getByRole('link', { name: 'Bekijk het besluit op onze website' }).click();
    await page.waitForURL(`**/openbaar/${slug}`);
    await context.close();
  });
});
