import { DataSource } from 'typeorm';
import { postPageForm } from '../support/page-forms.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { NOT_ACCOUNT_CHANGES } from '../support/settings-changes.js';

// The coordinator's letter-settings page over real HTTP: clerks get 403, a typing mistake is
// shown beside its field with nothing stored, a good form is stored (and recorded) and shown
// again with a notice, and the form needs its CSRF token.

const PATH = '/instellingen/brieven';

const filled = (overrides: Record<string, string> = {}) => ({
  voice: 'wij',
  signatoryTitle: 'Het college van burgemeester en wethouders van Voorbeeldstad,',
  onBehalfLine: 'namens dezen',
  signatoryName: 'drs. P. Pietersen',
  signatoryPosition: 'teamleider Juridische Zaken',
  objectionAddress: 'Postbus 1000, 1000 AA Voorbeeldstad',
  unit: '',
  returnAddress: 'Postbus 1000 1000 AA  Voorbeeldstad',
  visitingAddress: '',
  postalAddress: '',
  website: '',
  contactEmail: 'woo@voorbeeldstad.example.nl',
  contactPhone: '14 000',
  lateDecisionApology: 'Het spijt ons dat ons besluit te laat is.',
  ...overrides,
});

describe('pages: the letter settings (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let coordinatorCookie: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    const organisation = await api.newOrganisation('Gemeente Voorbeeldstad');
    clerk = await api.newUser(organisation);
    coordinator = await api.newUser(organisation, 'coordinator');
    coordinatorCookie = `wobdesk_session=${coordinator.token}`;
  });

  afterAll(() => api.close());

  const audit = async () =>
    (await api.app
      .get(DataSource)
      .query(
        `SELECT "changes" FROM "organisation_settings_changed" WHERE ${NOT_ACCOUNT_CHANGES}`,
      )) as {
      changes: string;
    }[];

  it('should show clerks a 403 page and no link to it, coordinators the form and the link', async () => {
    const clerkPage = await api
      .http()
      .get(PATH)
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(403);
    expect(clerkPage.text).toContain(
      'Alleen een coördinator kan de instellingen van de brieven wijzigen.',
    );
    // The navigation links the settings overview, which links this page, to coordinators only.
    expect(clerkPage.text).not.toContain('href="/instellingen"');
    const page = await api.http().get(PATH).set('cookie', coordinatorCookie).expect(200);
    expect(page.text).toContain('href="/instellingen"');
    expect(page.text).toContain('Schrijft uw organisatie als ik of als wij?');
    expect(page.text).toContain('Nog geen wijzigingen.');
  });

  it('should show mistakes beside their fields and store nothing', async () => {
    const res = await postPageForm(api, coordinatorCookie, PATH, PATH, {
      ...filled({ signatoryTitle: '', contactEmail: 'geen adres', voice: 'u' }),
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="brieven-signatoryTitle-fout"');
    expect(res.text).toContain('Vul één e-mailadres in');
    expect(res.text).toContain('id="brieven-voice-fout"');
    expect(await audit()).toEqual([]);
  });

  it('should refuse a post without its CSRF token', async () => {
    const res = await api
      .http()
      .post(PATH)
      .set('cookie', coordinatorCookie)
      .type('form')
      .send(new URLSearchParams(filled()).toString());
    expect(res.status).toBe(403);
    expect(await audit()).toEqual([]);
  });

  it('should store the settings, record the change and show them again with a notice', async () => {
    const res = await postPageForm(api, coordinatorCookie, PATH, PATH, filled());
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${PATH}?gelukt=1`);
    const page = await api
      .http()
      .get(res.headers.location)
      .set('cookie', coordinatorCookie)
      .expect(200);
    expect(page.text).toContain('De instellingen zijn opgeslagen.');
    expect(page.text).toContain('value="drs. P. Pietersen"');
    expect(page.text).toMatch(/<option value="wij" selected/);
    expect(page.text).toContain('Het spijt ons dat ons besluit te laat is.</textarea>');
    const rows = await audit();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].changes)).toMatchObject({ voice: { from: 'ik', to: 'wij' } });
    const api_ = await api
      .http()
      .get('/api/organisation/letter-settings')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(api_.body.settings).toMatchObject({
      voice: 'wij',
      unit: null,
      contactPhone: '14 000',
      lateDecisionApology: 'Het spijt ons dat ons besluit te laat is.',
    });
  });

  it('should list only changes of the letter settings, by their Dutch names and with a Dutch date', async () => {
    // Other settings share the log: a colour of the house style, a user's role.
    await api
      .http()
      .put('/api/organisation/branding')
      .set('authorization', coordinator.auth)
      .send({ primaryColour: '#154273' })
      .expect(200);
    await api
      .http()
      .put(`/api/users/${clerk.id}/role`)
      .set('authorization', coordinator.auth)
      .send({ role: 'coordinator' })
      .expect(204);
    const saved = await postPageForm(api, coordinatorCookie, PATH, PATH, {
      ...filled({
        signatoryPosition: 'afdelingshoofd',
        website: 'https://voorbeeldstad.example.nl',
      }),
    });
    expect(saved.status).toBe(303);
    const page = await api.http().get(PATH).set('cookie', coordinatorCookie).expect(200);
    const list = /Laatste wijzigingen<\/h2>([\s\S]*?)<\/ul>/.exec(page.text)![1]!;
    expect(list).toContain('wijzigde functie van de ondertekenaar, website</li>');
    expect(list).toMatch(/\d{1,2} [a-z]+ 20\d\d om \d\d:\d\d: /);
    expect(list).not.toMatch(/primaryColour|user\.|invited|\d+-\d+-20\d\d/);
  });
});
