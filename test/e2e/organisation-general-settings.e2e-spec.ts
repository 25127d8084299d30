// The organisation's general settings over HTTP and on the pages: the public form closed and
// opened again with the organisation's introduction above it, and the retention period of
// requesters' personal data stored and shown (with the plain words that the data is anonymised
// after it); bad input a 400 naming the field, a clerk refused, every change recorded.
import { postPageForm } from '../support/page-forms.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { settingsChanges } from '../support/settings-changes.js';

describe('General settings of the organisation (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    const organisation = await api.newOrganisation('Gemeente Formulier');
    coordinator = await api.newUser(organisation, 'coordinator');
    clerk = await api.newUser(organisation, 'clerk');
  });

  afterAll(() => api.close());

  const put = (user: TestUser, body: object) =>
    api.http().put('/api/organisation/settings').set('authorization', user.auth).send(body);
  const changes = () => settingsChanges(api.app, coordinator.organisationId);

  it('starts open without a retention period, refuses bad input by field and a clerk', async () => {
    const current = await api
      .http()
      .get('/api/organisation/settings')
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(current.body).toEqual({
      publicFormOpen: true,
      publicFormIntro: null,
      retentionMonths: null,
    });
    const months = await put(coordinator, { publicFormOpen: true, retentionMonths: 0 }).expect(400);
    expect(months.body.errors).toEqual([
      expect.objectContaining({ field: 'retentionMonths', rule: 'min' }),
    ]);
    const open = await put(coordinator, { publicFormOpen: 'ja' }).expect(400);
    expect(open.body.errors).toEqual([
      expect.objectContaining({ field: 'publicFormOpen', rule: 'isBoolean' }),
    ]);
    await put(clerk, { publicFormOpen: false }).expect(403);
    expect(await changes()).toEqual([]);
  });

  it('stores the retention and the introduction, recorded, and shows them', async () => {
    const saved = await put(coordinator, {
      publicFormOpen: true,
      publicFormIntro: 'Vragen? Bel ons eerst.',
      retentionMonths: 24,
    }).expect(200);
    expect(saved.body).toEqual({
      publicFormOpen: true,
      publicFormIntro: 'Vragen? Bel ons eerst.',
      retentionMonths: 24,
    });
    expect(await changes()).toEqual([
      {
        publicFormIntro: { from: null, to: 'Vragen? Bel ons eerst.' },
        retentionMonths: { from: null, to: 24 },
      },
    ]);
    const cookie = `wobdesk_session=${coordinator.token}`;
    const page = await api.http().get('/instellingen/algemeen').set('cookie', cookie).expect(200);
    expect(page.text).toContain('value="24"');
    expect(page.text).toContain('Daarna maakt Wobdesk deze gegevens automatisch anoniem');
    const form = await api.http().get('/verzoek-indienen').expect(200);
    expect(form.text).toContain('<p class="utrecht-paragraph">Vragen? Bel ons eerst.</p>');
    await api
      .http()
      .get('/instellingen/algemeen')
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(403);
  });

  it('closes the form on the page: a bad period is shown beside its field, then closed', async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const bad = await postPageForm(
      api,
      cookie,
      '/instellingen/algemeen',
      '/instellingen/algemeen',
      {
        publicFormIntro: 'Vragen? Bel ons eerst.',
        retentionMonths: 'twee jaar',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vul een heel getal in van 1 tot en met 240.');
    const closed = await postPageForm(
      api,
      cookie,
      '/instellingen/algemeen',
      '/instellingen/algemeen',
      { publicFormIntro: 'Vragen? Bel ons eerst.', retentionMonths: '24' },
    );
    expect(closed.status).toBe(303);
    expect((await changes()).at(-1)).toEqual({ publicFormOpen: { from: true, to: false } });
    const form = await api.http().get('/verzoek-indienen').expect(200);
    expect(form.text).toContain('Het formulier is gesloten. Stuur uw verzoek per e-mail of post.');
  });
});
