// The inventory over HTTP: documents of real files assessed one by one and in bulk, filtered by
// assessment, ground, family, type, item and full text (FTS5), paged by number; every bad input
// refused with the field and the rule, nothing stored; the search index follows an edit.
// Needs poppler-utils (pdftotext), as .ci/run installs them.
import { DataSource } from 'typeorm';
import { emailWith, minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('The inventory through the API (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let id: string;
  /** The e-mail's number; its attachments follow it. */
  const MAIL = 3;

  const inventory = (query: Record<string, string | number> = {}, user = clerk) =>
    api.http().get(`/api/requests/${id}/inventory`).query(query).set('authorization', user.auth);
  const numbersOf = async (query: Record<string, string | number>) => {
    const res = await inventory(query).expect(200);
    return (res.body.documents as { number: number }[]).map((d) => d.number);
  };
  const patch = (number: number | string, body: Record<string, unknown>, user = clerk) =>
    api
      .http()
      .patch(`/api/requests/${id}/documents/${number}`)
      .set('authorization', user.auth)
      .send(body);
  const bulk = (body: Record<string, unknown>) =>
    api
      .http()
      .post(`/api/requests/${id}/documents/assessments`)
      .set('authorization', clerk.auth)
      .send(body);
  const events = async (type: string) =>
    (
      (await rawQuery(
        api.app.get(DataSource),
        `SELECT "payload" FROM "request_event" WHERE "type" = ? ORDER BY "sequence"`,
        [type],
      )) as { payload: string }[]
    ).map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload));
  /** Every stored assessment column, to show a refusal changed nothing. */
  const stored = async () =>
    rawQuery(
      api.app.get(DataSource),
      'SELECT "number", "assessment", "grounds", "assessment_reasoning", "public_link", "description", "document_date" FROM "document" ORDER BY "number"',
    );
  const itemRows = async () =>
    Number(
      (await rawQuery(api.app.get(DataSource), 'SELECT COUNT(*) AS n FROM "document_item"'))[0].n,
    );

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    const organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    otherClerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk));
    const mail = emailWith(
      'Overleg Stationsplein',
      'Mon, 01 Apr 2024 10:00:00 +0000',
      'Zie bijlagen.',
      [
        { name: 'notulen.pdf', contentType: 'application/pdf', data: minimalPdf(['Notulen']) },
        { name: 'kaart.png', contentType: 'image/png', data: PNG },
      ],
    );
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Advies parkeerbeleid Stationsplein']), 'advies.pdf')
      .attach('files', minimalPdf(['Verslag over de fietsenstalling']), 'verslag.pdf')
      .attach('files', mail, 'overleg.eml')
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should list every document unassessed, by number, with how many there are', async () => {
    const res = await inventory().expect(200);
    expect(res.body).toEqual(expect.objectContaining({ total: 5, offset: 0, limit: 50 }));
    expect(res.body.documents.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5]);
    expect(res.body.documents[0]).toEqual(
      expect.objectContaining({ assessment: null, grounds: [], items: [], familyNumber: null }),
    );
    expect(await numbersOf({ assessment: 'unassessed' })).toEqual([1, 2, 3, 4, 5]);
  });

  it('should assess one document with a relative ground and its weighing, as one event', async () => {
    const res = await patch(1, {
      assessment: 'not_public',
      grounds: ['5.1.2.e'],
      reasoning: 'Namen van medewerkers; hun privacy weegt zwaarder.',
    }).expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({ number: 1, assessment: 'not_public', grounds: ['5.1.2.e'] }),
    );
    expect(await events('documents_assessed')).toEqual([
      expect.objectContaining({ numbers: [1], assessment: 'not_public', grounds: ['5.1.2.e'] }),
    ]);
    expect(await numbersOf({ assessment: 'not_public' })).toEqual([1]);
    expect(await numbersOf({ ground: '5.1.2.e' })).toEqual([1]);
    expect(await numbersOf({ assessment: 'unassessed' })).toEqual([2, 3, 4, 5]);
  });

  it.each([
    [{ assessment: 'secret' }, 'assessment', 'one_of:'],
    [
      { assessment: 'not_public', grounds: ['5.1.2.e'] },
      'reasoning',
      'required_for_relative_ground',
    ],
    [
      { assessment: 'not_public', grounds: ['10.2.e'], reasoning: 'x' },
      'grounds[0]',
      'refusal_ground_of_woo',
    ],
    [{ assessment: 'partly_public' }, 'grounds', 'required_for_partly_or_not_public'],
    [{ assessment: 'public', grounds: ['5.1.1.c'] }, 'grounds', 'only_for_partly_or_not_public'],
    [{ assessment: 'already_public' }, 'publicLink', 'required_for_already_public'],
    [{ assessment: 'already_public', publicLink: 'ftp://example.nl/a' }, 'publicLink', 'url'],
    [
      { assessment: 'public', publicLink: 'https://example.nl/a' },
      'publicLink',
      'only_for_already_public',
    ],
    [{ items: [9] }, 'items[0]', 'existing_item_number'],
    [{ grounds: ['5.1.1.c'] }, 'assessment', 'required'],
    [{}, 'body', 'at_least_one_field'],
  ])('should refuse %j with 422 naming %s, storing nothing', async (body, field, rule) => {
    const before = await stored();
    const eventsBefore = (await events('documents_assessed')).length;
    const res = await patch(2, body).expect(422);
    expect(res.body.details).toEqual(
      expect.objectContaining({ field, rule: expect.stringContaining(rule) }),
    );
    expect(await stored()).toEqual(before);
    expect((await events('documents_assessed')).length).toBe(eventsBefore);
    expect(await itemRows()).toBe(0);
  });

  it('should refuse a date that is not a calendar date with 400 naming the field', async () => {
    const res = await patch(2, { documentDate: '2024-02-30' }).expect(400);
    expect(JSON.stringify(res.body)).toContain('documentDate');
  });

  it("should answer 404 for an unknown number and for another organisation's request", async () => {
    await patch(99, { assessment: 'public' }).expect(404);
    await patch(1, { assessment: 'public' }, otherClerk).expect(404);
    await inventory({}, otherClerk).expect(404);
  });

  it('should assess many documents by number in one event listing them', async () => {
    const res = await bulk({ numbers: [2, MAIL], assessment: 'public' }).expect(200);
    expect(res.body.numbers).toEqual([2, MAIL]);
    expect((await events('documents_assessed')).at(-1)).toEqual(
      expect.objectContaining({ numbers: [2, MAIL], assessment: 'public', grounds: [] }),
    );
    expect(await numbersOf({ assessment: 'public' })).toEqual([2, MAIL]);
  });

  it('should refuse a bulk action with an unknown number, assessing none of the others', async () => {
    const before = await stored();
    const res = await bulk({ numbers: [4, 99], assessment: 'public' }).expect(422);
    expect(res.body.details).toEqual({ field: 'numbers[1]', rule: 'existing_document_number' });
    expect(await stored()).toEqual(before);
    await bulk({ assessment: 'public' }).expect(422);
  });

  it('should assess every document a filter selects, and filter by family and type', async () => {
    expect(await numbersOf({ family: MAIL })).toEqual([MAIL, MAIL + 1, MAIL + 2]);
    expect(await numbersOf({ type: 'image/png' })).toEqual([MAIL + 2]);
    const res = await bulk({
      filter: { type: 'image/png' },
      assessment: 'already_public',
      publicLink: 'https://open.overheid.nl/documenten/kaart',
    }).expect(200);
    expect(res.body.numbers).toEqual([MAIL + 2]);
    expect(await numbersOf({ assessment: 'already_public' })).toEqual([MAIL + 2]);
    await bulk({ filter: { q: 'onvindbaarwoord' }, assessment: 'public' }).expect(422);
  });

  it('should record the items a document answers and filter by item', async () => {
    const res = await patch(1, { items: [2] }).expect(200);
    expect(res.body.items).toEqual([2]);
    expect(await numbersOf({ item: 2 })).toEqual([1]);
    expect(await numbersOf({ item: 1 })).toEqual([]);
    expect((await events('document_edited')).at(-1)).toEqual({ number: 1, items: [2] });
  });

  it('should search the extracted text and the description by whole words and prefixes', async () => {
    expect(await numbersOf({ q: 'fietsenstalling' })).toEqual([2]);
    expect(await numbersOf({ q: 'parkeer' })).toEqual([1]);
    expect(await numbersOf({ q: 'stationsplein' })).toEqual([1, MAIL]);
    expect(await numbersOf({ q: 'STATIONSPLEIN advies' })).toEqual([1]);
    expect(await numbersOf({ q: 'notulen', assessment: 'unassessed' })).toEqual([MAIL + 1]);
    // FTS5 syntax is plain words here, never an error.
    expect(await numbersOf({ q: 'NEAR( "advies' })).toEqual([]);
  });

  it('should find a document by its new description once edited, and not by the old one', async () => {
    await patch(MAIL, { description: 'Herstel kademuren', documentDate: '2024-03-29' }).expect(200);
    expect(await numbersOf({ q: 'kademuren' })).toEqual([MAIL]);
    expect(await numbersOf({ q: 'stationsplein' })).toEqual([1]);
    expect((await events('document_edited')).at(-1)).toEqual({
      number: MAIL,
      description: 'Herstel kademuren',
      documentDate: '2024-03-29',
    });
  });

  it('should page by number', async () => {
    const res = await inventory({ offset: 2, limit: 2 }).expect(200);
    expect(res.body.total).toBe(5);
    expect(res.body.documents.map((d: { number: number }) => d.number)).toEqual([3, 4]);
  });

  it.each([
    [{ assessment: 'maybe' }, 'assessment'],
    [{ ground: '99.9' }, 'ground'],
    [{ family: 'x' }, 'family'],
    [{ item: '0' }, 'item'],
    [{ type: 'pdf' }, 'type'],
    [{ q: '***' }, 'q'],
    [{ limit: 500 }, 'limit'],
    [{ offset: -1 }, 'offset'],
  ])('should refuse the filter %j with 422 naming %s', async (query, field) => {
    const res = await inventory(query).expect(422);
    expect(res.body.details.field).toBe(field);
  });
});
