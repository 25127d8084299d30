// The marking page ("Lakken") over real HTTP: its forms need the CSRF token, a refused form says
// which field and what to do (422, nothing stored), the first click on a page image is kept as
// the corner, the marks' stylesheet and the page images are the clerk's only, and a document
// that is not partly public or not a PDF is explained instead of marked.
import { DataSource } from 'typeorm';
import { emailWith, minimalPdf } from '../support/document-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

describe('pages: marking redactions (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let id: string;

  const markingPage = (number = 1) => `/verzoeken/${id}/inventaris/${number}/lakken`;
  const rowCount = async () =>
    Number(
      (await api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM "document_redaction"'))[0].n,
    );
  /** Loads the page for its CSRF token and cookie, then posts the form to `action`. */
  const post = async (action: string, fields: Record<string, string>, withToken = true) => {
    const shown = await api.http().get(markingPage()).set('cookie', cookie).expect(200);
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

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation());
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Piet Pietersen belt 020-1234567']), 'memo.pdf')
      .attach('files', minimalPdf(['Verslag']), 'verslag.pdf')
      .attach('files', emailWith('Vraag', '2024-03-01', 'Tekst', []), 'vraag.eml')
      .expect(201);
    await api
      .http()
      .patch(`/api/requests/${id}/documents/1`)
      .set('authorization', clerk.auth)
      .send({ assessment: 'partly_public', grounds: ['5.1.2.e'], reasoning: 'Privacy.' })
      .expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should mark a term only with a valid token, and explain a term that does not occur', async () => {
    const action = `${markingPage()}/term`;
    expect((await post(action, { term: 'Pietersen', ground: '5.1.2.e' }, false)).status).toBe(403);
    const absent = await post(action, { term: 'Jansen', ground: '5.1.2.e' });
    expect(absent.status).toBe(422);
    expect(absent.text).toContain(
      'href="#term-term">Term</a>: Deze term staat niet in het document.',
    );
    expect(absent.text).toContain('value="Jansen"');
    expect(await rowCount()).toBe(0);
    const marked = await post(action, { term: 'piet pietersen', ground: '5.1.2.e' });
    expect(marked.status).toBe(303);
    expect(marked.headers.location).toBe(`${markingPage()}?vanaf=1&gelukt=gemarkeerd#markeringen`);
    const page = await api.http().get(marked.headers.location).set('cookie', cookie).expect(200);
    expect(page.text).toContain('De markering is opgeslagen.');
    expect(page.text).toMatch(
      /<span class="wobdesk-redaction-box" id="markering-[0-9a-f-]{36}">5\.1\.2e<\/span>/,
    );
    expect(page.text).toContain('Telefoonnummer: 020-1234567 (pagina 1)');
    expect(page.text).not.toContain('<script');
  });

  it('should place the marks by a stylesheet of the document, for the clerk only', async () => {
    const css = await api.http().get(`${markingPage()}.css`).set('cookie', cookie).expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.text).toMatch(
      /^#markering-[0-9a-f-]{36} \{ left: 12\.1%; top: [\d.]+%; width: [\d.]+%; height: [\d.]+%; \}\n$/,
    );
    const image = await api
      .http()
      .get(`/verzoeken/${id}/inventaris/1/pagina/1.png`)
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('private, max-age=300');
    await api
      .http()
      .get(`/verzoeken/${id}/inventaris/1/pagina/2.png`)
      .set('cookie', cookie)
      .expect(404);
    const anonymous = await api.http().get(`/verzoeken/${id}/inventaris/1/pagina/1.png`);
    expect([anonymous.status, anonymous.headers.location]).toEqual([
      303,
      '/inloggen?terug=%2Fverzoeken%2F' + id + '%2Finventaris%2F1%2Fpagina%2F1.png',
    ]);
  });

  it('should keep the first click as a corner and mark the area at the second', async () => {
    const first = await api
      .http()
      .get(`${markingPage()}?pagina=1&klik.x=96&klik.y=192`)
      .set('cookie', cookie)
      .expect(200);
    expect(first.text).toContain(
      'Eerste hoek gekozen op pagina 1 (25,4 mm van links, 50,8 mm van boven)',
    );
    expect(first.text).toContain('name="hoek" value="1,72,144"');
    const second = await post(`${markingPage()}/vlak`, {
      hoek: '1,72,144',
      'klik.x': '192',
      'klik.y': '96',
      ground: '5.1.2.e',
    });
    expect(second.status).toBe(303);
    const [area] = await api.app
      .get(DataSource)
      .query(
        `SELECT "x", "y", "width", "height" FROM "document_redaction" WHERE "source" = 'area'`,
      );
    expect(area).toEqual({ x: 72, y: 72, width: 72, height: 72 });
  });

  it('should explain a refused area by its field, storing nothing', async () => {
    const before = await rowCount();
    const res = await post(`${markingPage()}/vlak`, {
      pagina: '1',
      links: '200',
      boven: '10',
      breedte: '20',
      hoogte: '5',
      ground: '5.1.2.e',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('href="#vlak-width">Breedte</a>: Het vlak valt buiten de pagina.');
    expect(await rowCount()).toBe(before);
  });

  it('should link the marking page from the inventory for a document assessed partly public', async () => {
    const inventory = await api
      .http()
      .get(`/verzoeken/${id}/inventaris`)
      .set('cookie', cookie)
      .expect(200);
    expect(inventory.text).toContain(`href="${markingPage(1)}" aria-label="Document 1 lakken"`);
    expect(inventory.text).not.toContain(`href="${markingPage(2)}"`);
    const document = await api
      .http()
      .get(`/verzoeken/${id}/inventaris/1`)
      .set('cookie', cookie)
      .expect(200);
    expect(document.text).toContain(`href="${markingPage(1)}">Lakken</a>`);
  });

  it('should explain why a document cannot be marked', async () => {
    const unassessed = await api.http().get(markingPage(2)).set('cookie', cookie).expect(200);
    expect(unassessed.text).toContain(
      'Lakken kan alleen in een document dat als ‘deels openbaar’ is beoordeeld.',
    );
    const mail = await api.http().get(markingPage(3)).set('cookie', cookie).expect(422);
    expect(mail.text).toContain('lakken kan alleen in een PDF');
    await api.http().get(markingPage(9)).set('cookie', cookie).expect(404);
  });
});
