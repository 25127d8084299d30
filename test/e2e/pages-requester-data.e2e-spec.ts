import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { postStep } from '../support/seed-case-api.js';

// The requester's AVG rights on the coordinator's pages over real HTTP: the export downloaded
// from the request page (the API's JSON as an attachment, recorded), the erasure page with its
// refusal in the register's words and the erasure itself, and a clerk refused on all three.

describe('pages: the requester data under the AVG (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let clerkCookie: string;
  let coordinatorCookie: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    const organisation = await api.newOrganisation();
    clerk = await api.newUser(organisation);
    coordinator = await api.newUser(organisation, 'coordinator');
    clerkCookie = `wobdesk_session=${clerk.token}`;
    coordinatorCookie = `wobdesk_session=${coordinator.token}`;
  });

  afterAll(() => api.close());

  const page = (path: string, cookie: string) => api.http().get(path).set('cookie', cookie);
  const viewOf = async (id: string) =>
    (await api.http().get(`/api/requests/${id}`).set('authorization', coordinator.auth).expect(200))
      .body;
  const eventTypes = async (id: string) =>
    (
      await api.http().get(`/api/requests/${id}/events`).set('authorization', coordinator.auth)
    ).body.map((e: { type: string }) => e.type);

  it('should let a coordinator download the export from the request page, recorded', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const shown = await page(`/verzoeken/${id}`, coordinatorCookie).expect(200);
    expect(shown.text).toContain('Gegevens van de aanvrager (AVG)');
    expect(shown.text).toContain(`action="/verzoeken/${id}/gegevens-aanvrager"`);
    expect(shown.text).toContain(`href="/verzoeken/${id}/gegevens-wissen"`);

    const res = await postPageForm(
      api,
      coordinatorCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/gegevens-aanvrager`,
      {},
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="gegevens-aanvrager-${id}.json"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(res.text);
    expect(data.descriptionNl).toContain('artikel 15 AVG');
    expect(data.requests).toHaveLength(1);
    expect(data.requests[0].request).toMatchObject({
      requesterName: 'J. Jansen',
      requesterEmail: 'j.jansen@example.nl',
    });
    expect((await eventTypes(id)).at(-1)).toBe('personal_data_exported');

    // Without the form's token nothing is handed out or recorded.
    const forged = await api
      .http()
      .post(`/verzoeken/${id}/gegevens-aanvrager`)
      .set('cookie', coordinatorCookie)
      .type('form')
      .send('');
    expect(forged.status).toBe(403);
    expect(forged.headers['content-disposition']).toBeUndefined();
    expect(
      (await eventTypes(id)).filter((t: string) => t === 'personal_data_exported'),
    ).toHaveLength(1);
  });

  it('should answer a clerk 403 on the export, the erasure page and the erasure', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    await postStep(api, clerk, id, 'withdraw', '2026-03-02', { occurredOn: '2026-03-02' });
    const own = await page(`/verzoeken/${id}`, clerkCookie).expect(200);
    expect(own.text).not.toContain('Gegevens van de aanvrager (AVG)');
    expect(own.text).not.toContain('gegevens-aanvrager');

    const erasurePage = await page(`/verzoeken/${id}/gegevens-wissen`, clerkCookie).expect(403);
    expect(erasurePage.text).toContain(
      'Alleen een coördinator kan de gegevens van de aanvrager wissen.',
    );
    // With a valid form token, so that it is the role that is refused, not the token.
    const exported = await postPageForm(
      api,
      clerkCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/gegevens-aanvrager`,
      {},
    );
    expect(exported.status).toBe(403);
    expect(exported.text).toContain(
      'Alleen een coördinator kan de gegevens van de aanvrager downloaden.',
    );
    const erased = await postPageForm(
      api,
      clerkCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/gegevens-wissen`,
      {},
    );
    expect(erased.status).toBe(403);
    expect((await viewOf(id)).requester.name).toBe('J. Jansen');
    expect(await eventTypes(id)).not.toContain('personal_data_exported');
  });

  it('should explain the erasure citing AVG art. 17, and show the refusal in the register’s words', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    const shown = await page(`/verzoeken/${id}/gegevens-wissen`, coordinatorCookie).expect(200);
    expect(shown.text).toContain('<h1 class="utrecht-heading-1">Gegevens van de aanvrager wissen');
    expect(shown.text).toContain('artikel 17 van de Algemene verordening gegevensbescherming');
    expect(shown.text).toContain('Wat wordt gewist');
    expect(shown.text).toContain('Wat blijft bewaard');
    expect(shown.text).not.toMatch(/LD-[A-Z]/);
    // Said before anything is pressed: no button while the register would refuse.
    expect(shown.text).toContain('Wissen kan nu niet');
    expect(shown.text).toContain('Het verzoek is nog in behandeling.');
    expect(shown.text).not.toContain(`action="/verzoeken/${id}/gegevens-wissen"`);

    // Posted anyway (an old tab), the register refuses and the page says why.
    const refused = await postPageForm(
      api,
      coordinatorCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/gegevens-wissen`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.text).toMatch(
      /id="wissen-formulier" role="alert"><p class="utrecht-paragraph">Het verzoek is nog in behandeling\. Wij hebben de gegevens nodig om het verzoek af te handelen \(artikel 17 lid 3 onder b AVG\)\./,
    );
    // Nothing was erased.
    const view = await viewOf(id);
    expect(view.requester).toMatchObject({ name: 'J. Jansen', email: 'j.jansen@example.nl' });
    expect(await eventTypes(id)).not.toContain('personal_data_anonymised');
  });

  it('should erase a withdrawn request’s requester data and return to the request with a notice', async () => {
    const { id } = await createRequest(api, clerk, { receivedOn: '2026-02-27' });
    await postStep(api, clerk, id, 'withdraw', '2026-03-02', { occurredOn: '2026-03-02' });

    const erased = await postPageForm(
      api,
      coordinatorCookie,
      `/verzoeken/${id}/gegevens-wissen`,
      `/verzoeken/${id}/gegevens-wissen`,
      {},
    );
    expect(erased.status).toBe(303);
    expect(erased.headers.location).toBe(`/verzoeken/${id}?gelukt=gegevens-gewist`);
    const after = await page(erased.headers.location as string, coordinatorCookie).expect(200);
    expect(after.text).toContain('De gegevens van de aanvrager zijn gewist.');
    expect(after.text).not.toContain('J. Jansen');
    expect(after.text).not.toContain('j.jansen@example.nl');
    const view = await viewOf(id);
    expect(view.requester.name).toBe('Geanonimiseerd');
    expect(view.requester.email ?? null).toBeNull();
    expect((await eventTypes(id)).at(-1)).toBe('personal_data_anonymised');

    // A second time the page says it was done, and a post anyway is refused.
    const done = await page(`/verzoeken/${id}/gegevens-wissen`, coordinatorCookie).expect(200);
    expect(done.text).toContain('De gegevens van deze aanvrager zijn al geanonimiseerd.');
    const again = await postPageForm(
      api,
      coordinatorCookie,
      `/verzoeken/${id}`,
      `/verzoeken/${id}/gegevens-wissen`,
      {},
    );
    expect(again.status).toBe(409);
    expect(again.text).toContain('De gegevens van deze aanvrager zijn al geanonimiseerd.');
  });

  it('should show the 404 page for an unknown request', async () => {
    await page(
      '/verzoeken/00000000-0000-4000-8000-000000000000/gegevens-wissen',
      coordinatorCookie,
    ).expect(404);
    await page('/verzoeken/niet-een-id/gegevens-wissen', coordinatorCookie).expect(404);
  });
});
