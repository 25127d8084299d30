// The inventory page over real HTTP: the bulk form refuses a post without a valid CSRF token
// and stores nothing, assesses with one, keeps a bad filter from becoming a 500, and another
// organisation's clerk does not see the page.
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('pages: the inventory of a request (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let id: string;

  const pagePath = () => `/verzoeken/${id}/inventaris`;
  const assessed = async () =>
    Number(
      (
        await api.app
          .get(DataSource)
          .query('SELECT COUNT(*) AS n FROM "document" WHERE "assessment" IS NOT NULL')
      )[0].n,
    );
  /** Loads the page for its CSRF token and cookie, then posts the form as the browser does. */
  const post = async (fields: Record<string, string | string[]>, withToken = true) => {
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const csrf = ([] as string[])
      .concat(page.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    const form = new URLSearchParams({ _csrf: withToken ? token : 'vervalst' });
    for (const [k, v] of Object.entries(fields)) {
      for (const one of ([] as string[]).concat(v)) form.append(k, one);
    }
    return api
      .http()
      .post(pagePath())
      .set('cookie', [cookie, ...csrf].join('; '))
      .type('form')
      .send(form.toString());
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation());
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id } = await createRequest(api, clerk));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Advies']), 'advies.pdf')
      .attach('files', minimalPdf(['Nota']), 'nota.pdf')
      .expect(201);
  });

  afterAll(() => api?.close());

  it('should link the inventory from the request page and list the documents', async () => {
    const request = await api.http().get(`/verzoeken/${id}`).set('cookie', cookie).expect(200);
    expect(request.text).toContain(`href="/verzoeken/${id}/inventaris"`);
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    expect(page.text).toContain('2 documenten gevonden');
  });

  it('should refuse a bulk assessment without a valid CSRF token, storing nothing', async () => {
    const res = await post({ scope: 'ticked', numbers: ['1', '2'], assessment: 'public' }, false);
    expect(res.status).toBe(403);
    expect(await assessed()).toBe(0);
  });

  it('should assess the ticked documents with a valid token', async () => {
    const res = await post({ scope: 'ticked', numbers: ['1', '2'], assessment: 'public' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toContain('beoordeeld=2');
    expect(await assessed()).toBe(2);
  });

  it('should explain a bulk assessment without documents and not store it', async () => {
    const res = await post({ scope: 'ticked', assessment: 'not_public', grounds: '5.1.1.d' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Kies ten minste één document');
    expect(await assessed()).toBe(2);
    const notPublic = await api.app
      .get(DataSource)
      .query(`SELECT COUNT(*) AS n FROM "document" WHERE "assessment" = 'not_public'`);
    expect(Number(notPublic[0].n)).toBe(0);
  });

  it('should show a bad filter as an explanation, not an error page', async () => {
    const page = await api.http().get(`${pagePath()}?limit=9999`).set('cookie', cookie);
    expect(page.status).toBe(422);
    expect(page.text).toContain('role="alert"');
  });

  it("should not show another organisation's inventory", async () => {
    const other = await api.newUser(await api.newOrganisation());
    await api.http().get(pagePath()).set('cookie', `wobdesk_session=${other.token}`).expect(404);
  });
});
