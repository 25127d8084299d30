// Marking what a document's released version blacks out, over HTTP with real PDFs: every
// occurrence of a term, personal data accepted from the suggestions, an area of a page; each a
// recorded event that names the document, the count and the ground but never the text. Only a
// document assessed "deels openbaar" takes marks, only a PDF (or a document with a PDF made of
// it) can be marked, and bad input is refused naming the field and the rule, nothing stored.
import { DataSource } from 'typeorm';
import { emailWith, minimalPdf } from '../support/document-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

describe('Redaction marks of a document (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let stranger: TestUser;
  let id: string;

  const path = (number: number | string, rest = '') =>
    `/api/requests/${id}/documents/${number}/redactions${rest}`;
  const post = (number: number | string, rest: string, body: Record<string, unknown>) =>
    api.http().post(path(number, rest)).set('authorization', clerk.auth).send(body);
  const marks = async (number = 1) =>
    (await api.http().get(path(number)).set('authorization', clerk.auth).expect(200)).body.marks;
  const db = () => api.app.get(DataSource);
  const rowCount = async () =>
    Number((await rawQuery(db(), 'SELECT COUNT(*) AS n FROM "document_redaction"'))[0].n);
  const eventsOf = async (type: string) =>
    (
      (await rawQuery(
        db(),
        'SELECT "payload" FROM "request_event" WHERE "type" = ? ORDER BY "sequence"',
        [type],
      )) as { payload: string }[]
    ).map((r) => JSON.parse(r.payload));

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02');
    const organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    stranger = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach(
        'files',
        minimalPdf([
          'Jan Jansen mailt jan@voorbeeld.nl of belt 06-12345678.',
          'BSN 111222333 van jan jansen, niet 111222334',
        ]),
        'memo.pdf',
      )
      .attach('files', minimalPdf(['Openbaar verslag']), 'verslag.pdf')
      .attach('files', emailWith('Vraag', '2024-03-01', 'Geen bijlage', []), 'vraag.eml')
      .expect(201);
    await api
      .http()
      .patch(`/api/requests/${id}/documents/1`)
      .set('authorization', clerk.auth)
      .send({
        assessment: 'partly_public',
        grounds: ['5.1.2.e'],
        reasoning: 'Privacy van medewerkers en burgers weegt zwaarder.',
      })
      .expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should mark every occurrence of a term, one box per line, with the ground in the box', async () => {
    const res = await post(1, '/term', { term: 'JAN jansen', ground: '5.1.2e' }).expect(201);
    expect(res.body.marks).toEqual([
      expect.objectContaining({ page: 1, ground: '5.1.2.e', label: '5.1.2e', source: 'term' }),
      expect.objectContaining({ page: 2, ground: '5.1.2.e', label: '5.1.2e', source: 'term' }),
    ]);
    const [first] = res.body.marks;
    // Helvetica 18 pt at (72, 720) from the bottom: the words' box from the top-left corner.
    expect(first.x).toBeCloseTo(72, 0);
    expect(first.y).toBeGreaterThan(100);
    expect(first.y).toBeLessThan(122);
    expect(first.term).toBe('jan jansen');
    expect(await marks()).toEqual(res.body.marks);
    // The history names the document, the count and the ground; never what is withheld.
    const marked = await eventsOf('redactions_marked');
    expect(marked).toEqual([{ number: 1, count: 2, ground: '5.1.2.e', source: 'term' }]);
    const history = await rawQuery(db(), 'SELECT "payload" FROM "request_event"');
    expect(JSON.stringify(history).toLowerCase()).not.toContain('jansen');
  });

  it('should not mark an area twice nor record a change that changed nothing', async () => {
    const res = await post(1, '/term', { term: 'jan jansen', ground: '5.1.2.e' }).expect(201);
    expect(res.body.marks).toEqual([]);
    expect(await eventsOf('redactions_marked')).toHaveLength(1);
    expect(await rowCount()).toBe(2);
  });

  it("should suggest the personal data with the privacy ground of the decision's law", async () => {
    const res = await api
      .http()
      .get(path(1, '/suggestions'))
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.ground).toBe('5.1.2.e');
    expect(
      res.body.suggestions.map((s: { kind: string; text: string }) => [s.kind, s.text]),
    ).toEqual([
      ['email', 'jan@voorbeeld.nl'],
      ['phone', '06-12345678'],
      ['bsn', '111222333'],
    ]);
  });

  it('should accept the suggestions of a kind, or those picked', async () => {
    const all = await post(1, '/suggestions', { kind: 'email' }).expect(201);
    expect(all.body.marks).toEqual([
      expect.objectContaining({ page: 1, source: 'suggestion', label: '5.1.2e', term: null }),
    ]);
    const picked = await post(1, '/suggestions', { ids: ['bsn-2-1'], ground: '5.1.1.e' }).expect(
      201,
    );
    expect(picked.body.marks).toEqual([
      expect.objectContaining({ page: 2, ground: '5.1.1.e', label: '5.1.1e' }),
    ]);
    expect((await eventsOf('redactions_marked')).slice(1)).toEqual([
      { number: 1, count: 1, ground: '5.1.2.e', source: 'suggestion' },
      { number: 1, count: 1, ground: '5.1.1.e', source: 'suggestion' },
    ]);
  });

  it('should mark an area of a page', async () => {
    const res = await post(1, '/area', {
      page: 1,
      x: 300,
      y: 400,
      width: 100,
      height: 50,
      ground: '5.1.2.i',
    }).expect(201);
    expect(res.body.marks).toEqual([
      expect.objectContaining({
        page: 1,
        x: 300,
        y: 400,
        width: 100,
        height: 50,
        label: '5.1.2i',
        source: 'area',
      }),
    ]);
  });

  it('should refuse bad input naming the field and the rule, storing nothing', async () => {
    const before = await rowCount();
    const area = { page: 1, x: 10, y: 10, width: 10, height: 10, ground: '5.1.2.e' };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['/area', { ...area, page: 3 }, 'page', 'integer_1_to_2'],
      ['/area', { ...area, x: 590 }, 'width', 'within_page_width_595'],
      ['/area', { ...area, y: 840 }, 'height', 'within_page_height_842'],
      ['/area', { ...area, width: 0 }, 'width', 'positive'],
      ['/area', { ...area, ground: '10.2.e' }, 'ground', 'refusal_ground_of_woo'],
      ['/term', { term: ' ', ground: '5.1.2.e' }, 'term', 'required'],
      ['/term', { term: '.,;', ground: '5.1.2.e' }, 'term', 'letters_or_digits'],
      ['/term', { term: 'Pietersen', ground: '5.1.2.e' }, 'term', 'occurs_in_document'],
      ['/term', { term: 'Jan', ground: '9.9' }, 'ground', 'refusal_ground_of_woo'],
      ['/suggestions', { ids: ['email-9-9'] }, 'ids[0]', 'known_suggestion'],
      ['/suggestions', { ids: ['email-1-3'], kind: 'email' }, 'ids', 'exactly_one_of_ids_or_kind'],
      ['/suggestions', { kind: 'iban' }, 'kind', 'has_suggestions'],
    ];
    for (const [rest, body, field, rule] of cases) {
      const res = await post(1, rest, body);
      expect([rest, res.status, res.body.details]).toEqual([rest, 422, { field, rule }]);
    }
    const shapes = await post(1, '/area', { ...area, page: 'een' }).expect(400);
    expect(shapes.body.errors.map((e: { field: string }) => e.field)).toContain('page');
    expect((await post(1, '/term', { ground: '5.1.2.e' }).expect(400)).body.errors[0].field).toBe(
      'term',
    );
    expect(await rowCount()).toBe(before);
  });

  it('should mark only a document assessed partly public, and only a PDF', async () => {
    const unassessed = await post(2, '/term', { term: 'verslag', ground: '5.1.2.e' }).expect(422);
    expect(unassessed.body.code).toBe('DOCUMENT.NOT_PARTLY_PUBLIC');
    const mail = await post(3, '/term', { term: 'bijlage', ground: '5.1.2.e' }).expect(422);
    expect(mail.body.code).toBe('DOCUMENT.NOT_PDF');
    await post(9, '/term', { term: 'x', ground: '5.1.2.e' }).expect(404);
    await api.http().get(path(1)).set('authorization', stranger.auth).expect(404);
  });

  it('should show a page as a PNG image the clerk may cache privately', async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}/documents/1/pages/2.png`)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect((res.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
    // 595 × 842 points at 96 dpi (poppler rounds a part of a pixel up).
    expect((res.body as Buffer).readUInt32BE(16)).toBe(Math.ceil((595 / 72) * 96));
    const missing = await api
      .http()
      .get(`/api/requests/${id}/documents/1/pages/3.png`)
      .set('authorization', clerk.auth)
      .expect(404);
    expect(missing.body.code).toBe('DOCUMENT.PAGE_NOT_FOUND');
    await api.http().get(`/api/requests/${id}/documents/1/pages/1.png`).expect(401);
  });

  it('should remove all marks of a term, or one mark, as recorded events', async () => {
    const removed = await post(1, '/term/remove', { term: 'jan  JANSEN' }).expect(200);
    expect(removed.body).toEqual({ removed: 2 });
    expect((await marks()).map((m: { source: string }) => m.source)).toEqual([
      'suggestion',
      'area',
      'suggestion',
    ]);
    const again = await post(1, '/term/remove', { term: 'jan jansen' }).expect(422);
    expect(again.body.details).toEqual({ field: 'term', rule: 'marked_on_document' });
    const [first] = await marks();
    await api
      .http()
      .delete(path(1, `/${first.id}`))
      .set('authorization', clerk.auth)
      .expect(204);
    await api
      .http()
      .delete(path(1, `/${first.id}`))
      .set('authorization', clerk.auth)
      .expect(404);
    await api.http().delete(path(1, '/geen-id')).set('authorization', clerk.auth).expect(404);
    expect(await eventsOf('redactions_removed')).toEqual([
      { number: 1, count: 2, grounds: ['5.1.2.e'] },
      { number: 1, count: 1, grounds: ['5.1.2.e'] },
    ]);
    expect(await rowCount()).toBe(2);
  });
});
