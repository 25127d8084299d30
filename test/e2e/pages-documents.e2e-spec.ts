// The documents page of a request over real HTTP: the upload form (multipart, its CSRF token the
// first field), the list, a refusal shown on the page with nothing stored, the download, and no
// access for another organisation.
import { OfficeConversions } from '@wobdesk/documents';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { minimalDocx } from '../support/office-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('pages: documents of a request (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let id: string;

  const pagePath = () => `/verzoeken/${id}/documenten`;
  const rows = async () =>
    Number((await api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM "document"'))[0].n);
  /** Loads the page for its CSRF token and cookie, then posts the files as the browser does. */
  const upload = async (files: { name: string; data: Buffer }[], withToken = true) => {
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const csrf = ([] as string[])
      .concat(page.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]);
    let req = api
      .http()
      .post(pagePath())
      .set('cookie', [cookie, ...csrf].join('; '))
      .field('_csrf', withToken ? token : 'vervalst');
    for (const f of files) req = req.attach('files', f.data, f.name);
    return req;
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation());
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id } = await createRequest(api, clerk));
  });

  afterAll(() => api?.close());

  it('should link the documents page from the request page and start empty', async () => {
    const request = await api.http().get(`/verzoeken/${id}`).set('cookie', cookie).expect(200);
    expect(request.text).toContain(`href="/verzoeken/${id}/documenten"`);
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    expect(page.text).toContain('enctype="multipart/form-data"');
    expect(page.text).toContain('Er zijn nog geen documenten toegevoegd.');
  });

  it('should add the uploaded files and list them', async () => {
    const res = await upload([{ name: 'advies.pdf', data: minimalPdf(['Advies', 'Bijlage']) }]);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${pagePath()}?toegevoegd=1`);
    const page = await api.http().get(res.headers.location).set('cookie', cookie).expect(200);
    expect(page.text).toContain('1 document toegevoegd.');
    expect(page.text).toMatch(/id="document-1"[\s\S]*advies\.pdf[\s\S]*PDF[\s\S]*<td[^>]*>2<\/td>/);
  });

  it('should show a refusal on the page and store nothing', async () => {
    const before = await rows();
    const res = await upload([{ name: 'leeg.pdf', data: Buffer.alloc(0) }]);
    expect(res.status).toBe(422);
    expect(res.text).toContain('Het bestand is leeg (0 bytes) (leeg.pdf).');
    expect(await rows()).toBe(before);
  });

  it('should refuse an upload without a valid CSRF token before reading a file', async () => {
    const before = await rows();
    const res = await upload([{ name: 'b.pdf', data: minimalPdf(['b']) }], false);
    expect(res.status).toBe(403);
    expect(res.text).toContain('Formulier verlopen');
    expect(await rows()).toBe(before);
  });

  it('should hand out a stored file', async () => {
    const res = await api
      .http()
      .get(`${pagePath()}/1`)
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('should say an office document is being converted, then link its PDF and hand it out (needs LibreOffice)', async () => {
    const res = await upload([{ name: 'nota.docx', data: minimalDocx([['Nota']]) }]);
    expect(res.status).toBe(303);
    const queued = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    expect(queued.text).toMatch(
      /id="document-2"[\s\S]*nota\.docx<\/a><br><span class="wobdesk-hint">Wordt omgezet naar PDF<\/span>[\s\S]*nog niet bekend/,
    );
    await api.app.get(OfficeConversions).drain();
    const page = await api.http().get(pagePath()).set('cookie', cookie).expect(200);
    expect(page.text).toMatch(
      /id="document-2"[\s\S]*nota\.docx<\/a> \(<a class="utrecht-link" href="[^"]+\/documenten\/2\/pdf"/,
    );
    const pdf = await api
      .http()
      .get(`${pagePath()}/2/pdf`)
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain("filename*=UTF-8''nota.pdf");
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // A PDF upload has no PDF made of it.
    await api.http().get(`${pagePath()}/1/pdf`).set('cookie', cookie).expect(404);
  });

  it('should show another organisation nothing', async () => {
    const other = await api.newUser(await api.newOrganisation());
    const theirCookie = `wobdesk_session=${other.token}`;
    await api.http().get(pagePath()).set('cookie', theirCookie).expect(404);
    await api.http().get(`${pagePath()}/1`).set('cookie', theirCookie).expect(404);
  });
});
