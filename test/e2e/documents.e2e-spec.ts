// Documents into a request over HTTP, with real files made in the test: PDFs, an e-mail with two
// attachments, ZIP archives; and every bad file refused with its status and stable code, leaving
// no row, no stored file and no temporary file behind.
// Needs poppler-utils (pdfinfo, pdftotext), as .ci/run installs them.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { emailWith, encryptedPdf, minimalPdf, zipOf } from '../support/document-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface Upload {
  readonly name: string;
  readonly data: Buffer;
}

describe('Documents through the API (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let id: string;
  let documentsDir: string;

  const upload = (files: readonly Upload[], user: TestUser = clerk, requestId = id) => {
    let req = api
      .http()
      .post(`/api/requests/${requestId}/documents`)
      .set('authorization', user.auth);
    for (const f of files) req = req.attach('files', f.data, f.name);
    return req;
  };
  const rows = async () =>
    Number((await api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM "document"'))[0].n);
  const documentEvents = async () =>
    Number(
      (
        await api.app
          .get(DataSource)
          .query(`SELECT COUNT(*) AS n FROM "request_event" WHERE "type" = 'documents_added'`)
      )[0].n,
    );
  /** How many distinct files the rows refer to: what the store must hold, and no more. */
  const distinctStored = async () =>
    Number(
      (
        await api.app.get(DataSource).query('SELECT COUNT(DISTINCT "sha256") AS n FROM "document"')
      )[0].n,
    );
  /** Every file in the store, the temporary area included. */
  const storedFiles = async (): Promise<string[]> => {
    try {
      const entries = await readdir(documentsDir, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10', { DOCUMENT_MAX_MB: '2', ZIP_MAX_RATIO: '50' });
    documentsDir = api.db.config.documents.dir;
    const organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    otherClerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should take a PDF in: numbered, typed from the content, pages counted, content served back', async () => {
    const pdf = minimalPdf(['Advies Stationsplein', 'Tweede pagina']);
    const res = await upload([{ name: 'advies.pdf', data: pdf }]).expect(201);
    expect(res.body.documents).toEqual([
      expect.objectContaining({
        number: 1,
        fileName: 'advies.pdf',
        mediaType: 'application/pdf',
        pageCount: 2,
        sizeBytes: pdf.length,
        familyNumber: null,
      }),
    ]);
    const content = await api
      .http()
      .get(res.body.documents[0].contentUrl)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(content.body as Buffer, pdf)).toBe(0);
    const text = await api.app
      .get(DataSource)
      .query('SELECT "extracted_text" AS t FROM "document" WHERE "number" = 1');
    expect(text[0].t).toContain('Advies Stationsplein');
    expect(await documentEvents()).toBe(1);
    const sha = res.body.documents[0].sha256 as string;
    expect(await storedFiles()).toEqual([
      join(documentsDir, sha.slice(0, 2), sha.slice(2, 4), sha),
    ]);
  });

  it('should make an e-mail and its two attachments one family, the mail first', async () => {
    const mail = emailWith(
      'Overleg Stationsplein',
      'Mon, 02 Apr 2024 23:30:00 +0000',
      'Zie bijlagen.',
      [
        { name: 'verslag.pdf', contentType: 'application/pdf', data: minimalPdf(['Verslag']) },
        { name: 'kaart.png', contentType: 'image/png', data: PNG },
      ],
    );
    const res = await upload([{ name: 'overleg.eml', data: mail }]).expect(201);
    const [email, pdf, png] = res.body.documents;
    expect(email).toEqual(
      expect.objectContaining({
        number: 2,
        mediaType: 'message/rfc822',
        description: 'Overleg Stationsplein',
        // 23:30 UTC on 2 April is 3 April in Amsterdam.
        documentDate: '2024-04-03',
        familyNumber: null,
      }),
    );
    expect(pdf).toEqual(
      expect.objectContaining({
        number: 3,
        fileName: 'verslag.pdf',
        pageCount: 1,
        familyNumber: 2,
      }),
    );
    expect(png).toEqual(
      expect.objectContaining({
        number: 4,
        fileName: 'kaart.png',
        mediaType: 'image/png',
        familyNumber: 2,
      }),
    );
  });

  it('should unpack a ZIP archive: each entry through the same intake, the archive itself not kept', async () => {
    const zip = zipOf([
      { name: 'map/notitie.pdf', data: minimalPdf(['Notitie']) },
      { name: 'map/foto.png', data: PNG, deflate: false },
    ]);
    const res = await upload([{ name: 'stukken.zip', data: zip }]).expect(201);
    expect(
      res.body.documents.map((d: { number: number; fileName: string; mediaType: string }) => [
        d.number,
        d.fileName,
        d.mediaType,
      ]),
    ).toEqual([
      [5, 'map/notitie.pdf', 'application/pdf'],
      [6, 'map/foto.png', 'image/png'],
    ]);
  });

  it('should store the same bytes once however often they come in', async () => {
    const before = await storedFiles();
    const res = await upload([
      { name: 'kopie-1.png', data: PNG },
      { name: 'kopie-2.png', data: PNG },
    ]).expect(201);
    expect(res.body.documents.map((d: { number: number }) => d.number)).toEqual([7, 8]);
    expect(res.body.documents[0].sha256).toBe(res.body.documents[1].sha256);
    expect(await storedFiles()).toEqual(before);
  });

  it('should take a file larger than the JSON body limit, streamed', async () => {
    const large = Buffer.concat([PNG, Buffer.alloc(1536 * 1024, 7)]);
    const res = await upload([{ name: 'scan.png', data: large }]).expect(201);
    expect(res.body.documents[0]).toEqual(
      expect.objectContaining({ number: 9, sizeBytes: large.length, mediaType: 'image/png' }),
    );
  });

  it('should give two uploads at the same time their own numbers', async () => {
    const [a, b] = await Promise.all([
      upload([{ name: 'a.pdf', data: minimalPdf(['Tegelijk A']) }]),
      upload([{ name: 'b.pdf', data: minimalPdf(['Tegelijk B']) }]),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const numbers = [a.body.documents[0].number, b.body.documents[0].number].sort((x, y) => x - y);
    expect(numbers).toEqual([10, 11]);
  });

  it('should list the documents by number', async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .expect(200);
    expect(res.body.documents.map((d: { number: number }) => d.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  const big = Buffer.concat([minimalPdf(['groot']), Buffer.alloc(2 * 1024 * 1024 + 10, 0x20)]);
  const bomb = zipOf([{ name: 'nullen.pdf', data: Buffer.alloc(30 * 1024 * 1024) }]);
  const bad: readonly [string, readonly Upload[], number, string][] = [
    ['an empty file', [{ name: 'leeg.pdf', data: Buffer.alloc(0) }], 422, 'DOCUMENT.EMPTY'],
    ['a file over the limit', [{ name: 'groot.pdf', data: big }], 413, 'DOCUMENT.TOO_LARGE'],
    ['a PNG named .pdf', [{ name: 'brief.pdf', data: PNG }], 415, 'DOCUMENT.TYPE_MISMATCH'],
    [
      'a PDF named .txt',
      [{ name: 'notitie.txt', data: minimalPdf(['x']) }],
      415,
      'DOCUMENT.TYPE_MISMATCH',
    ],
    [
      'plain text',
      [{ name: 'notitie', data: Buffer.from('Gewoon wat tekst.\n') }],
      415,
      'DOCUMENT.UNSUPPORTED_TYPE',
    ],
    [
      'a damaged PDF',
      [{ name: 'kapot.pdf', data: minimalPdf(['x']).subarray(0, 40) }],
      422,
      'DOCUMENT.CORRUPT',
    ],
    ['an encrypted PDF', [{ name: 'geheim.pdf', data: encryptedPdf() }], 422, 'DOCUMENT.ENCRYPTED'],
    [
      'a ZIP entry climbing out of the archive',
      [
        {
          name: 'pad.zip',
          data: zipOf([{ name: '../../etc/brief.pdf', data: minimalPdf(['x']) }]),
        },
      ],
      422,
      'DOCUMENT.ZIP_UNSAFE_PATH',
    ],
    [
      'a ZIP entry with an absolute path',
      [{ name: 'pad.zip', data: zipOf([{ name: '/tmp/brief.pdf', data: minimalPdf(['x']) }]) }],
      422,
      'DOCUMENT.ZIP_UNSAFE_PATH',
    ],
    ['a ZIP bomb', [{ name: 'bom.zip', data: bomb }], 422, 'DOCUMENT.ZIP_BOMB'],
    [
      'a good PDF with a damaged one in the same upload',
      [
        { name: 'goed.pdf', data: minimalPdf(['Goed']) },
        { name: 'kapot.pdf', data: minimalPdf(['x']).subarray(0, 40) },
      ],
      422,
      'DOCUMENT.CORRUPT',
    ],
    [
      'an e-mail with an encrypted attachment',
      [
        {
          name: 'mail.eml',
          data: emailWith('Geheim', 'Mon, 01 Apr 2024 10:00:00 +0200', 'Bijlage.', [
            { name: 'ok.pdf', contentType: 'application/pdf', data: minimalPdf(['ok']) },
            { name: 'geheim.pdf', contentType: 'application/pdf', data: encryptedPdf() },
          ]),
        },
      ],
      422,
      'DOCUMENT.ENCRYPTED',
    ],
    [
      'a ZIP holding a bad file',
      [
        {
          name: 'mix.zip',
          data: zipOf([
            { name: 'a.pdf', data: minimalPdf(['a']) },
            { name: 'b.pdf', data: PNG },
          ]),
        },
      ],
      415,
      'DOCUMENT.TYPE_MISMATCH',
    ],
  ];

  it.each(bad)('should refuse %s and store nothing', async (_what, files, status, code) => {
    const [rowsBefore, filesBefore, eventsBefore] = [
      await rows(),
      await storedFiles(),
      await documentEvents(),
    ];
    const res = await upload(files);
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.details.file).toEqual(expect.any(String));
    expect(await rows()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await documentEvents()).toBe(eventsBefore);
  });

  it('should name the file inside an archive that was refused', async () => {
    const res = await upload([
      { name: 'mix.zip', data: zipOf([{ name: 'b.pdf', data: PNG }]) },
    ]).expect(415);
    expect(res.body.details.file).toBe('mix.zip › b.pdf');
  });

  it('should refuse a request without files (400)', async () => {
    const res = await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .field('note', 'geen bestand')
      .expect(400);
    expect(res.body.code).toBe('DOCUMENT.NO_FILES');
  });

  it.each([
    [
      'a body cut off in the middle',
      '--b\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4',
    ],
    ['a body without its boundary', 'geen multipart'],
  ])('should refuse %s with a 400, storing nothing', async (_what, body) => {
    const rowsBefore = await rows();
    const res = await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .set('content-type', 'multipart/form-data; boundary=b')
      .send(body);
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 400,
      code: expect.stringMatching(/^DOCUMENT\.(MALFORMED_UPLOAD|NO_FILES)$/),
    });
    expect(await rows()).toBe(rowsBefore);
    expect(await storedFiles()).toHaveLength(await distinctStored());
  });

  it("should not let another organisation add, list or read a request's documents (404)", async () => {
    const rowsBefore = await rows();
    const add = await upload([{ name: 'x.pdf', data: minimalPdf(['x']) }], otherClerk);
    expect({ status: add.status, code: add.body.code }).toEqual({
      status: 404,
      code: 'REQUEST.NOT_FOUND',
    });
    expect(await rows()).toBe(rowsBefore);
    await api
      .http()
      .get(`/api/requests/${id}/documents`)
      .set('authorization', otherClerk.auth)
      .expect(404);
    await api
      .http()
      .get(`/api/requests/${id}/documents/1/content`)
      .set('authorization', otherClerk.auth)
      .expect(404);
  });

  it('should answer 404 for a document number the request does not have', async () => {
    for (const number of ['99', 'abc']) {
      const res = await api
        .http()
        .get(`/api/requests/${id}/documents/${number}/content`)
        .set('authorization', clerk.auth)
        .expect(404);
      expect(res.body.code).toBe('DOCUMENT.NOT_FOUND');
    }
  });
});
