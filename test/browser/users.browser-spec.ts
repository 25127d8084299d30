import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';

// The users page and the invitation's set-password page in a real browser, axe-core on each
// state: a coordinator invites a colleague (a wrong address refused beside its field first), the
// invitee opens the mailed link, chooses a password (a mismatch refused first) and logs in.
describe('users and the invitation (browser)', () => {
  const base = 'https://woo.example.nl';
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser({ PUBLIC_BASE_URL: base });
  });

  afterAll(() => demo?.close());

  it('invites a colleague, who sets a password through the link and logs in', async () => {
    const { page, audit } = await demo.coordinatorPage('/instellingen');
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await audit('instellingen');
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await audit('instellingen-gebruikers');

    await page.getByLabel('Naam', { exact: true }).fill('N. Nieuwkomer');
    await page.getByLabel('E-mailadres').fill('geen adres');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('Vul één e-mailadres in').first().waitFor();
    await audit('instellingen-gebruikers (fout)');
    await page.getByLabel('E-mailadres').fill('nieuwkomer@demo.example.nl');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('De uitnodiging is verstuurd.').waitFor();
    await page.getByRole('cell', { name: 'Uitgenodigd' }).waitFor();
    await audit('instellingen-gebruikers (uitgenodigd)');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'instellingen-gebruikers.png'),
      fullPage: true,
    });

    const [{ context }] = (await demo.api.app
      .get(DataSource)
      .query(`SELECT "context" FROM "outbox_message" WHERE "kind" = 'account.invitation'`)) as {
      context: string;
    }[];
    const url = (JSON.parse(context) as { link: { url: string } }).link.url;
    expect(url.startsWith(`${base}/wachtwoord/`)).toBe(true);

    const visitor = await demo.visitorPage();
    const invitee = visitor.page;
    await invitee.goto(url.slice(base.length));
    await invitee.getByRole('heading', { name: 'Kies uw wachtwoord' }).waitFor();
    await visitor.audit('wachtwoord');
    await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een zin van vier woorden');
    await invitee.getByLabel('Nieuw wachtwoord nog een keer').fill('een zin van drie');
    await invitee.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invitee.getByText('De twee wachtwoorden zijn niet gelijk').first().waitFor();
    await visitor.audit('wachtwoord (fout)');
    await invitee.screenshot({ path: join(PAGE_ARTIFACTS, 'wachtwoord.png'), fullPage: true });
    await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een zin van vier woorden');
    await invitee.getByLabel('Nieuw wachtwoord nog een keer').fill('een zin van vier woorden');
    await invitee.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invitee.getByRole('heading', { name: 'Uw wachtwoord is opgeslagen' }).waitFor();
    await visitor.audit('wachtwoord-gekozen');

    await invitee.getByRole('link', { name: 'Naar inloggen' }).click();
    await invitee.getByLabel('E-mailadres').fill('nieuwkomer@demo.example.nl');
    await invitee.getByLabel('Wachtwoord').fill('een zin van vier woorden');
    await invitee.getByRole('button', { name: 'Inloggen' }).click();
    await invitee.getByRole('heading', { name: 'Overzicht' }).waitFor();
  });
});
