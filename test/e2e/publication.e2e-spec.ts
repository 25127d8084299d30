// Publication over HTTP: the coordinator sets the TOOI publisher, the clerk schedules the sent
// decision of the seed case with its inventory (never before the law allows), the planner
// publishes it when due, and the public section, the sitemaps (validated with xmllint against
// the DiWoo schema) and robots.txt show it; a withdrawal takes it out again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCase } from '@wobdesk/letters';
import { Publications } from '@wobdesk/publication';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import { validateDiwooXml } from '../support/diwoo-validation.js';
import { binary, pdfLines } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep, replaySeedCase } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

const BASE = 'https://woo.example.nl';
const UTRECHT = 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344';
/** A third party of document 2, named by the clerk in the sent decision's closing. */
const THIRD_PARTY = 'Bakkerij Pietersen B.V.';
/** What the sent letter prints of persons and the published one must not. */
const PERSONAL = ['Jansen', 'Postbus 353', '1000 AJ', 'Pietersen', 'Contactpersoon'];

describe('Publication (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let id: string;
  let statusToken: string;
  let slug: string;

  const as = (user: TestUser) => ({
    get: (path: string) => api.http().get(path).set('authorization', user.auth),
    put: (path: string, body: object) =>
      api.http().put(path).set('authorization', user.auth).send(body),
    post: (path: string, body: object) =>
      api.http().post(path).set('authorization', user.auth).send(body),
  });
  const events = async (type: string) =>
    (await rawQuery(
      api.app.get(DataSource),
      `SELECT "payload" FROM "request_event" WHERE "request_id" = ? AND "type" = ?`,
      [id, type],
    )) as { payload: string }[];

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', { PDF_PAGES: '1', PUBLIC_BASE_URL: BASE });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id, statusToken } = await replaySeedCase(api, clerk, {
      acknowledgementLetter: false,
      recordSending: false,
    }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Advies over camera & toezicht']), 'advies.pdf')
      .attach('files', minimalPdf(['Nota aan de minister']), 'nota.pdf')
      .expect(201);
    await as(clerk)
      .post(`/api/requests/${id}/documents/assessments`, {
        numbers: [1],
        assessment: 'public',
      })
      .expect(200);
    await as(clerk)
      .post(`/api/requests/${id}/documents/assessments`, {
        numbers: [2],
        assessment: 'not_public',
        grounds: ['10.2.e'],
        reasoning: 'Namen van medewerkers; hun privacy weegt zwaarder.',
      })
      .expect(200);
    await as(clerk)
      .post(`/api/requests/${id}/documents/2/third-parties`, { name: THIRD_PARTY })
      .expect(201);
    // The clerk handling it is the letter's contact person: an official below the signatory.
    await as(clerk).post(`/api/requests/${id}/assign`, { assigneeId: clerk.id }).expect(200);
    await as(clerk)
      .post(`/api/requests/${id}/letters`, {
        kind: 'decision',
        closing: `${THIRD_PARTY} is over document 2 gehoord.`,
      })
      .expect(201);
    await postStep(api, clerk, id, 'sending', '2020-05-26', { occurredOn: '2020-05-26' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses to schedule before the publisher is set (409), then the coordinator sets it', async () => {
    const res = await as(clerk)
      .put(`/api/requests/${id}/publication`, { publishOn: '2020-05-27' })
      .expect(409);
    expect(res.body.code).toBe('PUBLICATION.NO_PUBLISHER');
    await as(clerk).put('/api/organisation/publisher', { tooiUri: UTRECHT }).expect(403);
    const bad = await as(coordinator)
      .put('/api/organisation/publisher', { tooiUri: 'https://example.nl/gemeente' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('tooiUri must be the identifier of a ministry');
    const set = await as(coordinator)
      .put('/api/organisation/publisher', { tooiUri: UTRECHT })
      .expect(200);
    expect(set.body).toEqual({ tooiUri: UTRECHT, tooiLabel: 'gemeente Utrecht' });
  });

  it('refuses a date before the decision was sent (422) and a malformed date (400), storing nothing', async () => {
    const early = await as(clerk)
      .put(`/api/requests/${id}/publication`, { publishOn: '2020-05-25' })
      .expect(422);
    expect(early.body).toMatchObject({
      code: 'PUBLICATION.BEFORE_SENDING',
      details: { earliest: '2020-05-26' },
    });
    await as(clerk).put(`/api/requests/${id}/publication`, { publishOn: '26-05-2020' }).expect(400);
    await as(clerk).get(`/api/requests/${id}/publication`).expect(404);
    expect(await events('publication_scheduled')).toEqual([]);
  });

  it('schedules the decision and its inventory as one event; nothing is public yet', async () => {
    api.clock.set('2020-05-27');
    const res = await as(clerk)
      .put(`/api/requests/${id}/publication`, { publishOn: '2020-05-28' })
      .expect(200);
    expect(res.body).toMatchObject({ publishOn: '2020-05-28', publishedAt: null });
    expect(res.body.files.map((f: { fileName: string }) => f.fileName)).toEqual([
      'besluit.pdf',
      'inventarislijst.csv',
    ]);
    slug = res.body.slug;
    expect(await events('publication_scheduled')).toHaveLength(1);
    await api.http().get(`/openbaar/${slug}`).expect(404);
    expect((await api.http().get('/openbaar').expect(200)).text).toContain(
      'Er zijn nog geen besluiten gepubliceerd.',
    );
    expect(await api.app.get(Publications).publishDue()).toBe(0);
  });

  it('tells the requester on their status page when the decision will be published', async () => {
    const page = await api.http().get(`/status/${statusToken}`).expect(200);
    expect(page.text).toContain('Publicatie van het besluit');
    expect(page.text).toContain('Wij zetten het besluit op 28 mei 2020 op onze website');
    expect(page.text).toContain('Uw naam, adres en e-mailadres staan er niet in.');
    expect(page.text).not.toContain('href="/openbaar/');
    const json = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(json.body.publication).toEqual({ publishOn: '2020-05-28', published: false });
  });

  it('publishes when due, once, and the public page shows the decision and inventory', async () => {
    api.clock.set('2020-05-28');
    const publications = api.app.get(Publications);
    const counts = await Promise.all([publications.publishDue(), publications.publishDue()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await events('published')).toHaveLength(1);
    const list = await api.http().get('/openbaar').expect(200);
    expect(list.text).toContain(`href="/openbaar/${slug}"`);
    const page = await api.http().get(`/openbaar/${slug}`).expect(200);
    expect(page.text).toContain('Besluit op Wob-verzoek over Gezichtsherkenningstechnologie');
    expect(page.text).toContain('advies.pdf');
    expect(page.text).toContain('Gepubliceerd op 28 mei 2020.');
    expect(page.text).toContain('10.2.e');
    // Nothing of the requester: not their name, not their address.
    expect(page.text).not.toContain(seedCase.SEED_REQUESTER.name);
    expect(page.text).not.toContain(seedCase.SEED_REQUESTER.postalAddress!.split('\n')[0]!);
    const pdf = await api
      .http()
      .get(`/openbaar/${slug}/bestanden/besluit.pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['cache-control']).toBe('public, max-age=3600, must-revalidate');
    expect(pdf.headers['content-length']).toBe(String((pdf.body as Buffer).length));
    expect(pdf.headers['content-disposition']).toBe(
      `inline; filename="besluit.pdf"; filename*=UTF-8''besluit.pdf`,
    );
    await api
      .http()
      .get(`/openbaar/${slug}/bestanden/besluit.pdf`)
      .set('if-none-match', pdf.headers['etag'] as string)
      .expect(304);
    const csv = await api.http().get(`/openbaar/${slug}/bestanden/inventarislijst.csv`).expect(200);
    expect(csv.text).toContain('Beoordelingsgrond');
    await api
      .http()
      .get(`/openbaar/${slug}/bestanden/inventarislijst.xlsx`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    await api.http().get(`/openbaar/${slug}/bestanden/geheim.pdf`).expect(404);
  });

  it("links the published decision from the requester's status page", async () => {
    const page = await api.http().get(`/status/${statusToken}`).expect(200);
    expect(page.text).toContain('Wij hebben het besluit op 28 mei 2020 op onze website gezet');
    expect(page.text).toContain(`href="/openbaar/${slug}"`);
    const json = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(json.body.publication).toEqual({ publishOn: '2020-05-28', published: true, slug });
  });

  it('publishes the public copy of the decision: the substance, no personal data', async () => {
    const work = mkdtempSync(join(tmpdir(), 'wobdesk-public-decision-'));
    const published = await api
      .http()
      .get(`/openbaar/${slug}/bestanden/besluit.pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const text = pdfLines(published.body as Buffer, work).join('\n');
    // The sent letter prints them all, so their absence below is the public copy's doing.
    const letters = await as(clerk).get(`/api/requests/${id}/letters`).expect(200);
    const sentId = (letters.body as { id: string; kind: string; status: string }[]).find(
      (l) => l.kind === 'decision' && l.status === 'sent',
    )!.id;
    const sent = await as(clerk)
      .get(`/api/letters/${sentId}/pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const sentText = pdfLines(sent.body as Buffer, work).join('\n');
    for (const personal of PERSONAL) {
      expect(sentText).toContain(personal);
      expect(text).not.toContain(personal);
    }
    expect(sentText).toMatch(/Behandelaar \d+/);
    expect(text).not.toMatch(/Behandelaar \d+/);
    expect(text).toContain('Aan: verzoeker');
    expect(text).toContain('Geachte verzoeker,');
    expect(text).toContain('een derde is over document 2 gehoord.');
    expect(text).toContain('Beoordeling van het verzoek');
    expect(text).toContain('Reactie op vragen 5 en 6');
    expect(text).toContain('Inventarislijst');
    // The signatory signs in a public office and stays (LD-PUBLIC-DECISION).
    expect(text).toContain('mr. drs. A.B. de Vries');
  });

  it('serves a released document from the blob store, and 404 for one not published', async () => {
    const [doc] = (await rawQuery(
      api.app.get(DataSource),
      `SELECT "id", "sha256", "size_bytes" AS "size" FROM "document" WHERE "request_id" = ? AND "number" = 1`,
      [id],
    )) as { id: string; sha256: string; size: number }[];
    await api.app
      .get(Publications)
      .addDocuments(
        { userId: clerk.id, organisationId: clerk.organisationId, role: 'clerk', name: 'Klerk' },
        id,
        [
          {
            documentId: doc!.id,
            letterId: null,
            blobSha256: doc!.sha256,
            fileName: 'advies.pdf',
            mediaType: 'application/pdf',
            title: 'Advies over camera en toezicht',
            bytes: Number(doc!.size),
            createdOn: '2020-05-26',
          },
        ],
      );
    const file = await api
      .http()
      .get(`/openbaar/${slug}/bestanden/advies.pdf`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(file.body).toEqual(minimalPdf(['Advies over camera & toezicht']));
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-length']).toBe(String(Number(doc!.size)));
    expect(file.headers['etag']).toBe(`"${doc!.sha256}"`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const page = await api.http().get(`/openbaar/${slug}`).expect(200);
    expect(page.text).toContain(`href="/openbaar/${slug}/bestanden/advies.pdf"`);
    await api.http().get(`/openbaar/${slug}/bestanden/nota.pdf`).expect(404);
    await api.http().get(`/openbaar/onbekend-besluit/bestanden/advies.pdf`).expect(404);
  });

  it('lists every public file in a sitemap that validates against DiWoo, named by robots.txt', async () => {
    const robots = await api.http().get('/robots.txt').expect(200);
    expect(robots.text).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    const index = await api.http().get('/sitemap.xml').expect(200);
    expect(index.text).toContain(`<loc>${BASE}/sitemaps/1.xml</loc>`);
    const sitemap = await api.http().get('/sitemaps/1.xml').expect(200);
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    const decision = `${BASE}/openbaar/${slug}/bestanden/besluit.pdf`;
    expect(sitemap.text).toContain(`<loc>${decision}</loc>`);
    expect(sitemap.text).toContain(
      `<loc>${BASE}/openbaar/${slug}/bestanden/inventarislijst.csv</loc>`,
    );
    expect(sitemap.text).toContain(`<diwoo:isPartOf resource="${decision}">`);
    expect(sitemap.text).toContain('<diwoo:atTime>2020-05-26T');
    expect(await validateDiwooXml(sitemap.text)).toEqual({ valid: true, errors: [] });
    // A sitemap with no public file does not exist (an empty urlset is not valid).
    await api.http().get('/sitemaps/2.xml').expect(404);
    await api.http().get('/sitemaps/x.xml').expect(404);
  });

  it('withdraws with a reason: the page says so, the files and the sitemap entries are gone', async () => {
    await as(clerk).post(`/api/requests/${id}/publication/withdrawal`, { reason: ' ' }).expect(400);
    const res = await as(clerk)
      .post(`/api/requests/${id}/publication/withdrawal`, {
        reason: 'Naam van een burger zichtbaar',
      })
      .expect(200);
    expect(res.body.withdrawalReason).toBe('Naam van een burger zichtbaar');
    expect(await events('publication_withdrawn')).toHaveLength(1);
    const page = await api.http().get(`/openbaar/${slug}`).expect(200);
    expect(page.text).toContain('teruggetrokken');
    expect(page.text).not.toContain('besluit.pdf');
    await api.http().get(`/openbaar/${slug}/bestanden/besluit.pdf`).expect(404);
    await api.http().get(`/openbaar/${slug}/bestanden/advies.pdf`).expect(404);
    expect((await api.http().get('/openbaar').expect(200)).text).not.toContain(slug);
    const status = await api.http().get(`/status/${statusToken}`).expect(200);
    expect(status.text).not.toContain('Publicatie van het besluit');
    expect((await api.http().get('/sitemap.xml').expect(200)).text).not.toContain('<sitemap>');
    const again = await as(clerk)
      .post(`/api/requests/${id}/publication/withdrawal`, { reason: 'nog eens' })
      .expect(409);
    expect(again.body.code).toBe('PUBLICATION.WITHDRAWN');
    await as(clerk).put(`/api/requests/${id}/publication`, { publishOn: '2020-06-01' }).expect(409);
  });

  it('waits for the disclosure date when a third party is expected to object (Woo 4.4 lid 5)', async () => {
    api.clock.set('2024-04-02');
    const woo = (await createRequest(api, clerk, { receivedOn: '2024-04-02' })).id;
    await postStep(api, clerk, woo, 'decision', '2024-04-30', {
      occurredOn: '2024-04-30',
      objectionExpected: true,
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await as(clerk).post(`/api/requests/${woo}/letters`, { kind: 'decision' }).expect(201);
    await postStep(api, clerk, woo, 'sending', '2024-05-01', { occurredOn: '2024-05-01' });
    const early = await as(clerk)
      .put(`/api/requests/${woo}/publication`, { publishOn: '2024-05-14' })
      .expect(422);
    expect(early.body).toMatchObject({
      code: 'PUBLICATION.BEFORE_DISCLOSURE',
      details: { earliest: '2024-05-15' },
    });
    expect(early.body.messageNl).toContain('artikel 4.4 lid 5 Woo');
    const ok = await as(clerk)
      .put(`/api/requests/${woo}/publication`, { publishOn: '2024-05-15' })
      .expect(200);
    // No documents: the decision alone.
    expect(ok.body.files.map((f: { kind: string }) => f.kind)).toEqual(['decision']);
  });
});
