// The third parties on a document's inventory page over real HTTP: added, their view recorded
// and removed through the forms (each needing the CSRF token); a refused form shows the field
// and what to do, with a 422 and nothing stored; the step's form names the documents asked about.
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('pages: the third parties of a document (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let id: string;

  const documentPage = () => `/verzoeken/${id}/inventaris/1`;
  const rows = async () =>
    api.app
      .get(DataSource)
      .query(
        'SELECT "id", "name", "asked_in_event", "view", "view_summary", "view_received_on" FROM "document_third_party" ORDER BY "created_at"',
      );
  /** Loads `page` for its CSRF token and cookie, then posts the form to `action`. */
  const post = async (
    page: string,
    action: string,
    fields: Record<string, string>,
    withToken = true,
  ) => {
    const shown = await api.http().get(page).set('cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(shown.text)![1]!;
    const csrf = ([] as string[])
      .concat(shown.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const form = new URLSearchParams({ _csrf: withToken ? token : 'vervalst', ...fields });
    return api
      .http()
      .post(action)
      .set('cookie', [cookie, ...csrf].join('; '))
      .type('form')
      .send(form.toString());
  };

  /** The response, after checking its status (the post is a promise of one). */
  const sent = async (status: number, response: ReturnType<typeof post>) => {
    const res = await response;
    expect(res.status).toBe(status);
    return res;
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation());
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Offerte']), 'offerte.pdf')
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should add a third party only with a valid token, and explain a missing name', async () => {
    const action = `${documentPage()}/derden`;
    await sent(403, post(documentPage(), action, { name: 'Bouwbedrijf De Vries' }, false));
    const empty = await sent(422, post(documentPage(), action, { name: '' }));
    expect(empty.text).toContain('href="#derde-name">Naam van de derde</a>: Vul dit in.');
    expect(await rows()).toEqual([]);
    const added = await sent(303, post(documentPage(), action, { name: 'Bouwbedrijf De Vries' }));
    expect(added.headers.location).toBe(`${documentPage()}#derden`);
    const page = await api.http().get(documentPage()).set('cookie', cookie).expect(200);
    expect(page.text).toContain('Bouwbedrijf De Vries');
    expect(page.text).toContain('Nog niet gevraagd');
  });

  it('should link the party when the step names the document, and record its view', async () => {
    const request = `/verzoeken/${id}`;
    const { version } = (
      await api.http().get(`/api/requests/${id}`).set('authorization', clerk.auth).expect(200)
    ).body;
    const asked = await post(request, `/verzoeken/${id}/zienswijze`, {
      version: String(version),
      occurredOn: '2024-04-10',
      termEndsOn: '2024-04-24',
      documentNumbers: '1',
    });
    expect(asked.status).toBe(303);
    const [party] = await rows();
    expect(party.asked_in_event).toEqual(expect.any(Number));
    const action = `${documentPage()}/derden/${party.id}/zienswijze`;
    const future = await sent(
      422,
      post(documentPage(), action, {
        view: 'objects',
        receivedOn: '2024-04-11',
      }),
    );
    expect(future.text).toContain(`href="#derde-${party.id}-receivedOn">Ontvangen op</a>`);
    expect((await rows())[0].view).toBeNull();
    await sent(
      303,
      post(documentPage(), action, {
        view: 'objects',
        receivedOn: '2024-04-10',
        summary: 'Bedrijfsgegevens in de offerte.',
      }),
    );
    const page = await api.http().get(documentPage()).set('cookie', cookie).expect(200);
    expect(page.text).toContain('Gevraagd op 10 april 2024');
    expect(page.text).toContain('Bezwaar tegen openbaar maken (ontvangen op 10 april 2024)');
    expect(page.text).toContain('openbaarmaking wacht');
    // The request page lists who was asked about which document, and how many answered.
    const requestPage = await api.http().get(request).set('cookie', cookie).expect(200);
    expect(requestPage.text).toContain('1 van de 1 gevraagde derden hebben gereageerd.');
    expect(requestPage.text).toContain(
      `<a class="utrecht-link" href="${documentPage()}#derden">Document 1</a>: Bouwbedrijf De Vries, gevraagd op 10 april 2024, bezwaar tegen openbaar maken`,
    );
  });

  it('should remove a third party through its form', async () => {
    const [party] = await rows();
    await sent(303, post(documentPage(), `${documentPage()}/derden/${party.id}/verwijderen`, {}));
    expect(await rows()).toEqual([]);
  });
});
