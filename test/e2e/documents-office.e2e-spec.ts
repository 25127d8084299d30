// Office documents and images through the API, with real files made in the test: a .docx of two
// pages, an .odt and an .xlsx taken in with their text and queued, then converted to PDF by
// LibreOffice when the test runs the conversion job (one soffice call), the PDF stored beside
// its original and served; a conversion queued again; a damaged and a password-protected office
// file refused with nothing stored; an image's size read from its header.
// Needs LibreOffice (writer, calc) and poppler-utils, as .ci/run installs them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeConversions } from '@wobdesk/documents';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import {
  damagedDocx,
  encryptedOoxml,
  minimalDocx,
  minimalOdt,
  minimalXlsx,
  outlookMessage,
  pngHeader,
} from '../support/office-files.js';
import { binary } from '../support/pdf-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

interface Upload {
  readonly name: string;
  readonly data: Buffer;
}

describe('Office documents and images through the API (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;
  let documentsDir: string;
  let scratch: string;

  const upload = (files: readonly Upload[]) => {
    let req = api.http().post(`/api/requests/${id}/documents`).set('authorization', clerk.auth);
    for (const f of files) req = req.attach('files', f.data, f.name);
    return req;
  };
  const count = async (sql: string) => Number((await api.app.get(DataSource).query(sql))[0].n);
  const storedFiles = async (): Promise<string[]> => {
    try {
      const entries = await readdir(documentsDir, {
        recursive: true,
        withFileTypes: true,
      });
      return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    } catch {
      return [];
    }
  };
  const pdfText = (pdf: Buffer) => {
    const file = join(scratch, `${Math.random()}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'wobdesk-office-e2e-'));
    api = await startRegisterApi('2024-04-10');
    documentsDir = api.db.config.documents.dir;
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk));
  });

  afterAll(async () => {
    await api?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('should queue .docx, .odt and .xlsx at intake with their text, and convert them to PDF in the job: pages, the PDF stored and served', async () => {
    const res = await upload([
      {
        name: 'nota.docx',
        data: minimalDocx([['Nota aan de minister', 'Eerste pagina'], ['Tweede pagina']]),
      },
      { name: 'verslag.odt', data: minimalOdt(['Verslag van het overleg']) },
      {
        name: 'kosten.xlsx',
        data: minimalXlsx([
          ['Post', 'Bedrag'],
          ['Reis', '120'],
        ]),
      },
    ]).expect(201);
    expect(
      res.body.documents.map((d: { conversion: string; pageCount: number | null }) => [
        d.conversion,
        d.pageCount,
      ]),
    ).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
    // Not yet a PDF to mark redactions in: the clear 422, saying why.
    const early = await api
      .http()
      .get(`/api/requests/${id}/documents/1/redactions/suggestions`)
      .set('authorization', clerk.auth)
      .expect(422);
    expect(early.body).toEqual(
      expect.objectContaining({
        code: 'DOCUMENT.NOT_PDF',
        messageNl: expect.stringContaining('wordt nog omgezet'),
      }),
    );

    expect(await api.app.get(OfficeConversions).drain()).toEqual(
      expect.objectContaining({ claimed: 3, converted: 3 }),
    );
    const listed = await api
      .http()
      .get(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .expect(200);
    const [docx, odt, xlsx] = listed.body.documents;
    expect(docx).toEqual(
      expect.objectContaining({
        number: 1,
        fileName: 'nota.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        pageCount: 2,
        conversion: 'converted',
        conversionNote: null,
        pdfUrl: `/api/requests/${id}/documents/1/pdf`,
      }),
    );
    expect(odt).toEqual(
      expect.objectContaining({ number: 2, pageCount: 1, conversion: 'converted' }),
    );
    expect(xlsx).toEqual(
      expect.objectContaining({ number: 3, pageCount: 1, conversion: 'converted' }),
    );

    const texts = await api.app
      .get(DataSource)
      .query(
        'SELECT "number", "extracted_text" AS text, "pdf_sha256" AS pdf FROM "document" ORDER BY "number"',
      );
    expect(texts[0].text).toMatch(/Nota aan de minister[\s\S]*Tweede pagina/);
    expect(texts[1].text).toContain('Verslag van het overleg');
    // Read from the sheet's XML at intake: each cell's text is there whole.
    expect(texts[2].text.split(/\s+/).sort()).toEqual(['120', 'Bedrag', 'Post', 'Reis']);

    const pdf = await api
      .http()
      .get(docx.pdfUrl)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('filename="nota.pdf"');
    expect(pdfText(pdf.body)).toContain('Tweede pagina');
    // The original is served as it came in; the PDF is a stored file of its own.
    const original = await api
      .http()
      .get(docx.contentUrl)
      .set('authorization', clerk.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(original.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const stored = await storedFiles();
    for (const row of texts) expect(stored.some((f) => f.endsWith(row.pdf))).toBe(true);
    expect(stored).toHaveLength(6);
  });

  it('should answer 404 DOCUMENT.NO_PDF for a document without a PDF of its own', async () => {
    const res = await upload([{ name: 'brief.pdf', data: minimalPdf(['Brief']) }]).expect(201);
    const none = await api
      .http()
      .get(`/api/requests/${id}/documents/${res.body.documents[0].number}/pdf`)
      .set('authorization', clerk.auth)
      .expect(404);
    expect(none.body.code).toBe('DOCUMENT.NO_PDF');
    expect(res.body.documents[0]).toEqual(
      expect.objectContaining({ conversion: null, pdfUrl: null }),
    );
  });

  it("should read an image's size from its header: one page, width and height", async () => {
    const res = await upload([{ name: 'kaart.png', data: pngHeader(640, 480) }]).expect(201);
    expect(res.body.documents[0]).toEqual(
      expect.objectContaining({ pageCount: 1, widthPx: 640, heightPx: 480, conversion: null }),
    );
  });

  it('should take an Outlook item in as an e-mail: its attachments its family, an attached .docx converted', async () => {
    const msg = outlookMessage({
      subject: 'Stukken voor het overleg',
      sentAt: new Date('2024-04-02T08:15:00Z'),
      body: 'Hierbij de nota.',
      attachments: [{ name: 'nota.docx', data: minimalDocx([['Nota bij de mail']]) }],
    });
    await upload([{ name: 'overleg.msg', data: msg }]).expect(201);
    await api.app.get(OfficeConversions).drain();
    const listed = await api
      .http()
      .get(`/api/requests/${id}/documents?offset=5`)
      .set('authorization', clerk.auth)
      .expect(200);
    const [mail, nota] = listed.body.documents;
    expect(mail).toEqual(
      expect.objectContaining({
        fileName: 'overleg.msg',
        mediaType: 'application/vnd.ms-outlook',
        description: 'Stukken voor het overleg',
        documentDate: '2024-04-02',
        familyNumber: null,
      }),
    );
    expect(nota).toEqual(
      expect.objectContaining({
        fileName: 'nota.docx',
        familyNumber: mail.number,
        pageCount: 1,
        conversion: 'converted',
      }),
    );
  });

  it('should queue a failed conversion again on request (202, recorded), refusing a converted or queued one (409) and a PDF (422)', async () => {
    const requeue = (number: number) =>
      api
        .http()
        .post(`/api/requests/${id}/documents/${number}/conversion`)
        .set('authorization', clerk.auth);
    expect((await requeue(1).expect(409)).body.code).toBe('DOCUMENT.ALREADY_CONVERTED');
    // As the job leaves a document after its last failed attempt (the integration test of the
    // queue drives the failures themselves).
    await api.app
      .get(DataSource)
      .query(
        `UPDATE "document" SET "conversion" = 'not_converted', "pdf_sha256" = NULL, "conversion_note" = 'mislukt' WHERE "number" = 2`,
      );
    const again = await requeue(2).expect(202);
    expect(again.body).toEqual(
      expect.objectContaining({ number: 2, conversion: 'pending', conversionNote: null }),
    );
    expect((await requeue(2).expect(409)).body.code).toBe('DOCUMENT.CONVERSION_PENDING');
    expect((await requeue(4).expect(422)).body.code).toBe('DOCUMENT.NOT_OFFICE');
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM "request_event" WHERE "type" = 'document_conversion_requeued'`,
      ),
    ).toBe(1);
    expect(await api.app.get(OfficeConversions).drain()).toEqual(
      expect.objectContaining({ converted: 1 }),
    );
  });

  it.each([
    [
      'a damaged .docx next to a good PDF',
      [
        { name: 'goed.pdf', data: minimalPdf(['Goed']) },
        { name: 'kapot.docx', data: damagedDocx() },
      ],
      'DOCUMENT.OFFICE_UNREADABLE',
      'kapot.docx',
    ],
    [
      'a password-protected .docx',
      [{ name: 'geheim.docx', data: encryptedOoxml() }],
      'DOCUMENT.ENCRYPTED',
      'geheim.docx',
    ],
  ])('should refuse %s (422) and store nothing', async (_what, files, code, file) => {
    const before = {
      rows: await count('SELECT COUNT(*) AS n FROM "document"'),
      events: await count(
        `SELECT COUNT(*) AS n FROM "request_event" WHERE "type" = 'documents_added'`,
      ),
      files: await storedFiles(),
    };
    const res = await upload(files);
    expect({ status: res.status, code: res.body.code, file: res.body.details.file }).toEqual({
      status: 422,
      code,
      file,
    });
    expect({
      rows: await count('SELECT COUNT(*) AS n FROM "document"'),
      events: await count(
        `SELECT COUNT(*) AS n FROM "request_event" WHERE "type" = 'documents_added'`,
      ),
      files: await storedFiles(),
    }).toEqual(before);
  });
});
