// The clerk's publication page over real HTTP (linked from the request page): schedule with a
// date the law allows (a refusal shown on the page with the API's status, nothing stored), then
// withdraw with a reason (a blank reason shown beside its field).
import { postPageForm } from '../support/page-forms.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { newSeedOrganisation, postStep, replaySeedCase } from '../support/seed-case-api.js';

describe('pages: the publication of a decision (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let page: string;

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', { PDF_PAGES: '1' });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    const coordinator = await api.newUser(organisationId, 'coordinator');
    cookie = `wobdesk_session=${clerk.token}`;
    const { id } = await replaySeedCase(api, clerk, {
      acknowledgementLetter: false,
      recordSending: false,
    });
    page = `/verzoeken/${id}/publicatie`;
    await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    await postStep(api, clerk, id, 'sending', '2020-05-26', { occurredOn: '2020-05-26' });
    await api
      .http()
      .put('/api/organisation/publisher')
      .set('authorization', coordinator.auth)
      .send({ tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1058' })
      .expect(200);
  });

  afterAll(() => api.close());

  it('is linked from the request page and says nothing is scheduled yet', async () => {
    const request = await api.http().get(page.replace('/publicatie', '')).set('cookie', cookie);
    expect(request.text).toContain(`href="${page}"`);
    const res = await api.http().get(page).set('cookie', cookie).expect(200);
    expect(res.text).toContain('Er is nog geen publicatie gepland.');
  });

  it('shows a date before the sending as a refusal with its article (422), storing nothing', async () => {
    const res = await postPageForm(api, cookie, page, page, { publishOn: '2020-05-20' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('artikel 3.3 lid 2 onder i Woo');
    expect(res.text).toContain('Er is nog geen publicatie gepland.');
  });

  it('schedules it, then withdraws it with a reason', async () => {
    const scheduled = await postPageForm(api, cookie, page, page, { publishOn: '2020-05-27' });
    expect(scheduled.status).toBe(303);
    expect(scheduled.headers.location).toBe(`${page}?gelukt=gepland`);
    const shown = await api.http().get(`${page}?gelukt=gepland`).set('cookie', cookie).expect(200);
    expect(shown.text).toContain('De publicatie is gepland.');
    expect(shown.text).toContain('Gepland op 27 mei 2020.');

    const blank = await postPageForm(api, cookie, page, `${page}/intrekken`, { reason: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.text).toContain('id="publicatie-reason-fout"');
    const withdrawn = await postPageForm(api, cookie, page, `${page}/intrekken`, {
      reason: 'Verkeerde bijlage',
    });
    expect(withdrawn.status).toBe(303);
    const after = await api.http().get(page).set('cookie', cookie).expect(200);
    expect(after.text).toContain('Teruggetrokken. Reden: Verkeerde bijlage');
    expect(after.text).not.toContain('Publicatie plannen');
  });
});
