// The duplicates section of the documents page over real HTTP: a proposal's form, its CSRF
// check (a forged token decides nothing), a refusal for a proposal already decided, and a
// choice that is neither button.
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

/** Three hundred words, six a PDF page; `changed` replaces the word at index 150. */
function memo(changed?: string): Buffer {
  const vocabulary = 'brug plein raad kade sluis route markt dijk haven school groen'.split(' ');
  let state = 5;
  const words = Array.from({ length: 300 }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return i === 150 && changed ? changed : vocabulary[state % vocabulary.length];
  });
  const pages: string[] = [];
  for (let i = 0; i < words.length; i += 6) pages.push(words.slice(i, i + 6).join(' '));
  return minimalPdf(pages);
}

describe('pages: duplicates on the documents page (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let id: string;
  let proposalId: string;

  const pagePath = () => `/verzoeken/${id}/documenten`;
  const statusOf = async () =>
    (
      await rawQuery(
        api.app.get(DataSource),
        'SELECT "status" FROM "document_duplicate_proposal" WHERE "id" = ?',
        [proposalId],
      )
    )[0].status as string;
  /** Loads the page for its CSRF token and cookie, then posts the decision as the browser does. */
  const decide = async (besluit: string, withToken = true) => {
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const csrf = ([] as string[])
      .concat(page.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    return api
      .http()
      .post(`${pagePath()}/dubbel/${proposalId}`)
      .set('cookie', [cookie, ...csrf].join('; '))
      .type('form')
      .send({ _csrf: withToken ? token : 'vervalst', besluit });
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
      .attach('files', memo(), 'memo.pdf')
      .attach('files', memo('gewijzigd'), 'memo-v2.pdf')
      .expect(201);
    const proposals = await api
      .http()
      .get(`/api/requests/${id}/documents/duplicates`)
      .set('authorization', clerk.auth)
      .expect(200);
    proposalId = proposals.body.proposals[0].id;
  });

  afterAll(() => api?.close());

  it('should show the open proposal with its two buttons in a form', async () => {
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    expect(page.text).toContain(`action="/verzoeken/${id}/documenten/dubbel/${proposalId}"`);
    expect(page.text).toContain('Document 2 (memo-v2.pdf) heeft bijna dezelfde tekst');
    expect(page.text).toContain('value="bevestigen"');
    expect(page.text).toContain('value="afwijzen"');
  });

  it('should refuse a forged token and decide nothing', async () => {
    expect((await decide('afwijzen', false)).status).toBe(403);
    expect(await statusOf()).toBe('proposed');
  });

  it('should refuse a choice that is neither button', async () => {
    const res = await decide('misschien');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Kies bevestigen of afwijzen.');
    expect(await statusOf()).toBe('proposed');
  });

  it('should record a rejection, then refuse a second decision on the page', async () => {
    const res = await decide('afwijzen');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${pagePath()}?dubbel=afgewezen#dubbel`);
    expect(await statusOf()).toBe('rejected');
    const page = await api.http().get(res.headers.location).set('cookie', cookie).expect(200);
    expect(page.text).toContain(
      'Vastgelegd: beide documenten blijven apart op de inventarislijst.',
    );
    const again = await decide('bevestigen');
    expect(again.status).toBe(409);
    expect(again.text).toContain('Over dit voorstel is al beslist.');
    expect(await statusOf()).toBe('rejected');
  });
});
