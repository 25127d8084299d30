// The release over HTTP with real PDFs: the clerk releases a request's documents (a deels
// openbaar one with a marked term, a public one; a niet openbaar one stays back), each as a new
// PDF stamped with its number, with a bundle and the inventory, recorded as one event with counts.
// A deels openbaar document without marks, or one not assessed, blocks it with a 422 naming the
// numbers. The requester downloads each file and a ZIP from the status link once the decision is
// sent, and not before the disclosure date when a third party is expected to object.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Publications } from '@wobdesk/publication';
import { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { minimalPdf } from '../support/document-files.js';
import { validateDiwooXml } from '../support/diwoo-validation.js';
import { binary, pdfText } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

const BASE = 'https://woo.example.nl';

interface FileBody {
  id: string;
  kind: string;
  fileName: string;
  documentNumber: number | null;
  pages: number;
  redactedBoxes: number;
  url: string;
}

function zipNames(zip: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const names: string[] = [];
      file.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        file.readEntry();
      });
      file.on('end', () => resolve(names));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

describe('Release of documents and the requester download (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let id: string;
  let token: string;
  let otherToken: string;
  let files: FileBody[];
  const dir = mkdtempSync(join(tmpdir(), 'release-e2e-'));

  const post = (path: string, body: object = {}) =>
    api.http().post(path).set('authorization', clerk.auth).send(body);
  const download = (path: string) => api.http().get(path).buffer(true).parse(binary);
  const events = async (type: string) =>
    (
      (await rawQuery(
        api.app.get(DataSource),
        `SELECT "payload" FROM "request_event" WHERE "request_id" = ? AND "type" = ?`,
        [id, type],
      )) as { payload: string }[]
    ).map((r) => JSON.parse(r.payload));
  const fileOf = (name: string) => files.find((f) => f.fileName === name)!;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PDF_PAGES: '1', PUBLIC_BASE_URL: BASE });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id, statusToken: token } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    ({ statusToken: otherToken } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Jan Jansen belt over het project Noordkade.']), 'memo.pdf')
      .attach('files', minimalPdf(['Openbaar verslag van het overleg']), 'verslag.pdf')
      .attach('files', minimalPdf(['Interne nota']), 'nota.pdf')
      .attach('files', minimalPdf(['Los stuk']), 'los.pdf')
      .expect(201);
    await post(`/api/requests/${id}/documents/assessments`, {
      numbers: [1],
      assessment: 'partly_public',
      grounds: ['5.1.2.e'],
      reasoning: 'Namen van burgers; hun privacy weegt zwaarder.',
    }).expect(200);
    await post(`/api/requests/${id}/documents/assessments`, {
      numbers: [2],
      assessment: 'public',
    }).expect(200);
    await post(`/api/requests/${id}/documents/assessments`, {
      numbers: [3],
      assessment: 'not_public',
      grounds: ['5.1.2.e'],
      reasoning: 'Namen van medewerkers; hun privacy weegt zwaarder.',
    }).expect(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is blocked by an unassessed document and a deels openbaar one without marks (422), storing nothing', async () => {
    const res = await post(`/api/requests/${id}/releases`).expect(422);
    expect(res.body).toMatchObject({
      code: 'RELEASE.BLOCKED',
      details: {
        documents: [
          { number: 1, rule: 'partly_public_without_redactions' },
          { number: 4, rule: 'unassessed' },
        ],
      },
    });
    expect(res.body.messageNl).toContain('1 (deels openbaar, maar er is niets gelakt)');
    expect(await events('documents_released')).toEqual([]);
    const list = await api
      .http()
      .get(`/api/requests/${id}/releases`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(list.body.files).toEqual([]);
  });

  it('refuses a bundle size out of range (400) naming the field', async () => {
    const res = await post(`/api/requests/${id}/releases`, { bundleMegabytes: 0 }).expect(400);
    expect(JSON.stringify(res.body)).toContain('bundleMegabytes');
  });

  it('releases the public and deels openbaar documents with a bundle and the inventory, as one event', async () => {
    await post(`/api/requests/${id}/documents/assessments`, {
      numbers: [4],
      assessment: 'out_of_scope',
    }).expect(200);
    await post(`/api/requests/${id}/documents/1/redactions/term`, {
      term: 'Jan Jansen',
      ground: '5.1.2.e',
    }).expect(201);
    const res = await post(`/api/requests/${id}/releases`, { bundleMegabytes: 5 }).expect(201);
    files = res.body.files;
    expect(files.map((f) => [f.kind, f.fileName, f.documentNumber])).toEqual([
      ['document', 'document-1.pdf', 1],
      ['document', 'document-2.pdf', 2],
      ['bundle', 'bundel-1.pdf', null],
      ['inventory', 'inventarislijst.xlsx', null],
    ]);
    expect(fileOf('document-1.pdf').redactedBoxes).toBe(1);
    expect(fileOf('bundel-1.pdf').pages).toBe(2);
    const [payload] = await events('documents_released');
    expect(payload).toEqual({
      release: 1,
      documents: 2,
      bundles: 1,
      bundleMegabytes: 5,
      pages: 2,
      redactedBoxes: 1,
      bytes: expect.any(Number),
    });
    // The clerk's copy: the term is gone, the rest and the stamp are there.
    const clerkCopy = await download(fileOf('document-1.pdf').url)
      .set('authorization', clerk.auth)
      .expect(200);
    const text = pdfText(clerkCopy.body as Buffer, dir);
    expect(text).not.toMatch(/jansen/i);
    expect(text).toContain('belt over het project Noordkade.');
    expect(text).toContain('Document 1');
    expect(text).toContain('5.1.2e');
  });

  it('a new release replaces the previous one and is a new event', async () => {
    const res = await post(`/api/requests/${id}/releases`).expect(201);
    files = res.body.files;
    expect(files.map((f) => f.fileName)).toEqual([
      'document-1.pdf',
      'document-2.pdf',
      'bundel-1.pdf',
      'inventarislijst.xlsx',
    ]);
    expect((await events('documents_released')).map((p) => p.release)).toEqual([1, 2]);
  });

  it('offers the requester nothing before the decision is sent (404)', async () => {
    const res = await api
      .http()
      .get(`/api/status/${token}/releases/${fileOf('document-1.pdf').id}`)
      .expect(404);
    expect(res.body.code).toBe('RELEASE.NOT_AVAILABLE');
  });

  it('waits for the disclosure date when a third party is expected to object (403)', async () => {
    await postStep(api, clerk, id, 'decision', '2024-04-30', {
      occurredOn: '2024-04-30',
      objectionExpected: true,
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    await post(`/api/requests/${id}/letters`, { kind: 'decision' }).expect(201);
    await postStep(api, clerk, id, 'sending', '2024-05-01', { occurredOn: '2024-05-01' });
    for (const path of [`releases/${fileOf('document-1.pdf').id}`, 'releases/documenten.zip']) {
      const res = await api.http().get(`/api/status/${token}/${path}`).expect(403);
      expect(res.body).toMatchObject({
        code: 'RELEASE.NOT_YET_DISCLOSED',
        details: { from: '2024-05-15' },
      });
    }
    const page = await api.http().get(`/status/${token}`).expect(200);
    expect(page.text).toContain('vanaf 15 mei 2024');
    expect(page.text).not.toContain(fileOf('document-1.pdf').id);
  });

  it('lets the requester download each file and a ZIP from the disclosure date', async () => {
    api.clock.set('2024-05-15');
    const doc = fileOf('document-1.pdf');
    const res = await download(`/api/status/${token}/releases/${doc.id}`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="document-1.pdf"');
    const text = pdfText(res.body as Buffer, dir);
    expect(text).not.toMatch(/jansen/i);
    expect(text).toContain('belt over het project Noordkade.');
    for (const f of files) {
      await download(`/api/status/${token}/releases/${f.id}`).expect(200);
    }
    const zip = await download(`/api/status/${token}/releases/documenten.zip`).expect(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(await zipNames(zip.body as Buffer)).toEqual([
      'document-1.pdf',
      'document-2.pdf',
      'inventarislijst.xlsx',
      'besluit.pdf',
    ]);
    const page = await api.http().get(`/status/${token}`).expect(200);
    expect(page.text).toContain(`/api/status/${token}/releases/${doc.id}`);
    expect(page.text).toContain('Alles downloaden (ZIP)');
  });

  it("answers 404 for another request's file and for an unknown token", async () => {
    const doc = fileOf('document-1.pdf');
    await api.http().get(`/api/status/${otherToken}/releases/${doc.id}`).expect(404);
    const guessed = await api
      .http()
      .get(`/api/status/${token}/releases/00000000-0000-4000-8000-000000000000`)
      .expect(404);
    expect(guessed.body.code).toBe('RELEASE.FILE_NOT_FOUND');
    await api.http().get(`/api/status/not-a-token/releases/${doc.id}`).expect(404);
  });

  it('puts the released documents in the publication when it is scheduled, with valid DiWoo entries', async () => {
    await api
      .http()
      .put('/api/organisation/publisher')
      .set('authorization', coordinator.auth)
      .send({ tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' })
      .expect(200);
    const scheduled = await api
      .http()
      .put(`/api/requests/${id}/publication`)
      .set('authorization', clerk.auth)
      .send({ publishOn: '2024-05-15' })
      .expect(200);
    expect(scheduled.body.files.map((f: { fileName: string }) => f.fileName)).toEqual([
      'besluit.pdf',
      'inventarislijst.csv',
      'document-1.pdf',
      'document-2.pdf',
    ]);
    expect(await events('published_documents_added')).toEqual([{ documents: 2 }]);
    expect(await api.app.get(Publications).publishDue()).toBe(1);
    // A release after publication adds nothing twice: the same documents are already there.
    await post(`/api/requests/${id}/releases`).expect(201);
    expect(await events('published_documents_added')).toHaveLength(1);
    const sitemap = await api.http().get('/sitemaps/1.xml').expect(200);
    expect(sitemap.text).toContain('/bestanden/document-1.pdf</loc>');
    expect(await validateDiwooXml(sitemap.text)).toEqual({ valid: true, errors: [] });
  });
});
