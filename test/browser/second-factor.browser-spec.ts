import { join } from 'node:path';
import { AuthService, totpCode } from '@wobdesk/accounts';
import { DataSource } from 'typeorm';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The second factor in a real browser, axe-core on each page: a new coordinator is sent to
// enrolment after the password, reads the secret off the page (as an app would scan it), gets
// recovery codes, and at the next login is asked the code; a wrong code is refused beside the
// field, a recovery code works once. Then the coordinator's page for the organisation.
describe('second factor (browser)', () => {
  let demo: DemoBrowser;
  const email = 'tweestap@demo.example.nl';
  const password = 'een lang wachtwoord 43';

  beforeAll(async () => {
    demo = await startDemoBrowser();
    const [{ id }] = (await demo.api.app
      .get(DataSource)
      .query('SELECT "id" FROM "organisation" LIMIT 1')) as { id: string }[];
    await demo.api.app.get(AuthService).createUser({
      organisationId: id,
      email,
      name: 'T. Weestap',
      role: 'coordinator',
      password,
    });
  });

  afterAll(() => demo?.close());

  it('enrols a coordinator after the password, then asks the code at every login', async () => {
    const { page, audit } = await demo.visitorPage();
    const logIn = async () => {
      await page.goto('/instellingen');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
    };
    await logIn();
    await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).waitFor();
    await audit('tweestapsverificatie-instellen');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'tweestapsverificatie-instellen.png'),
      fullPage: true,
    });
    expect(await page.getByRole('img', { name: /QR-code/ }).isVisible()).toBe(true);
    // Nothing else opens until the enrolment is done.
    await page.goto('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await page.goto('/inloggen/tweestapsverificatie?terug=%2Finstellingen');

    const secret = (await page.locator('#tweestaps-sleutel').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code uit de app').fill('12345');
    await page.getByRole('button', { name: 'Code controleren' }).click();
    await page.getByText('Deze code klopt niet').first().waitFor();
    await audit('tweestapsverificatie-instellen (fout)');
    await page.getByLabel('Code uit de app').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Code controleren' }).click();
    await page.getByRole('heading', { name: 'Tweestapsverificatie staat aan' }).waitFor();
    await audit('herstelcodes');
    const recoveryCodes = await page.locator('.wobdesk-recovery-codes code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole('link', { name: 'Ik heb de codes bewaard, ga verder' }).click();
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await logIn();
    await page.getByRole('heading', { name: 'Code invullen' }).waitFor();
    await audit('inloggen-code');
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Deze code klopt niet').first().waitFor();
    await audit('inloggen-code (fout)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'inloggen-code.png'), fullPage: true });
    // The next step's code: the one of the enrolment was used and cannot be used again.
    await page.getByLabel('Code').fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await logIn();
    await page.getByLabel('Code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();

    await page.getByRole('link', { name: 'Tweestapsverificatie' }).click();
    await page.getByRole('heading', { name: 'Tweestapsverificatie', level: 1 }).waitFor();
    await audit('instellingen-tweestapsverificatie');
    await page.getByLabel('Ook verplicht voor behandelaars').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instelling is opgeslagen.').waitFor();
    await page.getByRole('cell', { name: 'Ingesteld (nog 9 herstelcodes)' }).waitFor();
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'instellingen-tweestapsverificatie.png'),
      fullPage: true,
    });

    await page.goto('/account/tweestapsverificatie');
    await audit('account-tweestapsverificatie');
    await page.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
    await page.getByRole('heading', { name: 'Nieuwe herstelcodes' }).waitFor();
    const renewed = await page.locator('.wobdesk-recovery-codes code').allInnerTexts();
    expect(renewed).toHaveLength(10);
    expect(renewed).not.toContain(recoveryCodes[1]);
  });
});
