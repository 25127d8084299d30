// The documents list over HTTP a page at a time: total, offset and limit in the answer, and the
// family, the original and the copies of a document told by number also when they are on
// another page. Needs poppler-utils, as .ci/run installs them.
import { emailWith, minimalPdf, zipOf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('The documents list in pages (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;

  const list = (query: string, user: TestUser = clerk, requestId = id) =>
    api.http().get(`/api/requests/${requestId}/documents${query}`).set('authorization', user.auth);
  const numbers = (body: { documents: { number: number }[] }) =>
    body.documents.map((d) => d.number);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk));
    const twin = minimalPdf(['Advies Stationsplein']);
    const mail = emailWith('Advies', 'Mon, 01 Apr 2024 10:00:00 +0200', 'Zie bijlagen.', [
      { name: 'a.pdf', contentType: 'application/pdf', data: minimalPdf(['Bijlage A']) },
      { name: 'b.pdf', contentType: 'application/pdf', data: minimalPdf(['Bijlage B']) },
    ]);
    // 1 the e-mail, 2 and 3 its attachments, 4 the original, 5 and 6 others, 7 a copy of 4.
    let upload = api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', Buffer.from(mail), 'mail.eml')
      .attach('files', twin, 'advies.pdf');
    for (const name of ['c', 'd'])
      upload = upload.attach('files', minimalPdf([name]), `${name}.pdf`);
    await upload.attach('files', twin, 'advies-kopie.pdf').expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should answer the first page of 50 by default, with the total', async () => {
    const res = await list('').expect(200);
    expect(res.body).toEqual(expect.objectContaining({ total: 7, offset: 0, limit: 50 }));
    expect(numbers(res.body)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('should tell the family of attachments whose e-mail is on an earlier page', async () => {
    const res = await list('?offset=1&limit=2').expect(200);
    expect(res.body).toEqual(expect.objectContaining({ total: 7, offset: 1, limit: 2 }));
    expect(res.body.documents).toEqual([
      expect.objectContaining({ number: 2, familyNumber: 1 }),
      expect.objectContaining({ number: 3, familyNumber: 1 }),
    ]);
  });

  it('should tell an original its copies on a later page, and a copy its original', async () => {
    const original = await list('?offset=3&limit=1').expect(200);
    expect(original.body.documents).toEqual([
      expect.objectContaining({ number: 4, copyNumbers: [7], duplicateOfNumber: null }),
    ]);
    const copy = await list('?offset=6&limit=1').expect(200);
    expect(copy.body.documents).toEqual([
      expect.objectContaining({ number: 7, copyNumbers: [], duplicateOfNumber: 4 }),
    ]);
  });

  it('should answer an empty page past the end, with the total', async () => {
    const res = await list('?offset=7').expect(200);
    expect(res.body).toEqual({ total: 7, offset: 7, limit: 50, documents: [] });
  });

  it.each([
    ['?limit=201', 'limit', 'max_200'],
    ['?limit=0', 'limit', 'integer_min_1'],
    ['?offset=-1', 'offset', 'integer_min_0'],
    ['?offset=een', 'offset', 'integer_min_0'],
  ])('should refuse %s with 422 naming %s and its rule', async (query, field, rule) => {
    const res = await list(query).expect(422);
    expect(res.body.code).toBe('REQUEST.INVALID_INPUT');
    expect(res.body.details).toEqual({ field, rule });
  });

  it("should show the clerk's documents page 50 at a time, with links to the other pages", async () => {
    const { id: big } = await createRequest(api, clerk);
    const pdfs = Array.from({ length: 52 }, (_, i) => ({
      name: `${i + 1}.pdf`,
      data: minimalPdf([`Stuk ${i + 1}`]),
    }));
    await api
      .http()
      .post(`/api/requests/${big}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', zipOf(pdfs), 'stukken.zip')
      .expect(201);
    const page = (query: string) =>
      api
        .http()
        .get(`/verzoeken/${big}/documenten${query}`)
        .set('cookie', `wobdesk_session=${clerk.token}`)
        .expect(200)
        // Handlebars writes the "=" of a link's query as an entity, as a browser reads it.
        .then((res) => ({ text: res.text.replaceAll('&#x3D;', '=') }));
    const first = await page('');
    expect(first.text).toContain('52 in totaal, 1 tot en met 50 getoond');
    expect(first.text).toContain('id="document-50"');
    expect(first.text).not.toContain('id="document-51"');
    expect(first.text).toContain(`href="/verzoeken/${big}/documenten?offset=50">Volgende pagina`);
    expect(first.text).not.toContain('Vorige pagina');
    const second = await page('?offset=50');
    expect(second.text).toContain('52 in totaal, 51 tot en met 52 getoond');
    expect(second.text).toMatch(/id="document-51"[\s\S]*id="document-52"/);
    expect(second.text).toContain(`href="/verzoeken/${big}/documenten?offset=0">Vorige pagina`);
    expect(second.text).not.toContain('Volgende pagina');
    expect((await page('?offset=een')).text).toContain('1 tot en met 50 getoond');
  });

  it("should answer 404 for another organisation's request", async () => {
    const other = await api.newUser(await api.newOrganisation(), 'clerk');
    await list('?limit=2', other).expect(404);
  });
});
