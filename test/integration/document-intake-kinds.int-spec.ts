// The intake's reading of images, compound files and Outlook items on real files in a temporary
// store, without HTTP; and office documents: their text read from the package's XML and queued
// for the conversion job without LibreOffice being started, a damaged or encrypted one refused.
// After every refusal the temporary area is empty.
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobStore, DocumentIntake, type IntakeLimits, MEDIA } from '@wobdesk/documents';
import { minimalPdf, zipOf } from '../support/document-files.js';
import {
  compoundFile,
  damagedDocx,
  encryptedOoxml,
  jpegHeader,
  minimalDocx,
  minimalOdt,
  minimalXlsx,
  outlookMessage,
  pngHeader,
  tiffPages,
} from '../support/office-files.js';

const LIMITS: IntakeLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxEntries: 100,
  maxRatio: 100,
  maxDepth: 3,
};

describe('Document intake of images, Outlook items and office files (integration)', () => {
  let dir: string;
  let store: BlobStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-intake-kinds-'));
    store = new BlobStore(join(dir, 'documents'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const take = async (name: string, data: Buffer, soffice?: string) => {
    const intake = new DocumentIntake(store, LIMITS, { sofficePath: soffice });
    try {
      await intake.take(Readable.from([data]), name);
      await intake.finish();
      return { documents: intake.documents };
    } catch (error) {
      const { code, fileName } = error as { code: string; fileName: string };
      return { refused: { code, fileName } };
    } finally {
      await intake.discardAll();
      expect(await readdir(join(dir, 'documents', 'tmp'))).toEqual([]);
    }
  };

  it.each([
    ['a PNG', 'kaart.png', pngHeader(1200, 800), MEDIA.png, 1, 1200, 800],
    ['a JPEG', 'foto.jpg', jpegHeader(4032, 3024), MEDIA.jpeg, 1, 4032, 3024],
    [
      'a TIFF of three pages',
      'scan.tif',
      tiffPages([
        { width: 2480, height: 3508 },
        { width: 3508, height: 2480 },
        { width: 2480, height: 3508 },
      ]),
      MEDIA.tiff,
      3,
      2480,
      3508,
    ],
  ])('should read %s: pages and size, no text', async (_what, name, data, type, pages, w, h) => {
    const [image] = (await take(name, data)).documents!;
    expect(image).toEqual(
      expect.objectContaining({
        mediaType: type,
        pageCount: pages,
        widthPx: w,
        heightPx: h,
        text: null,
        conversion: null,
      }),
    );
  });

  it.each([
    ['a PNG without its header', 'kaart.png', pngHeader(1, 1).subarray(0, 12)],
    ['a JPEG without a frame', 'foto.jpg', jpegHeader(10, 10).subarray(0, 22)],
    ['a TIFF whose directory loops', 'scan.tif', loopingTiff()],
  ])('should refuse %s as damaged', async (_what, name, data) => {
    expect(await take(name, data)).toEqual({
      refused: { code: 'DOCUMENT.CORRUPT', fileName: name },
    });
  });

  it('should read an Outlook item: subject, date, body, its attachments its family', async () => {
    const msg = outlookMessage({
      subject: 'Overleg over de subsidie',
      sentAt: new Date('2024-03-31T22:30:00Z'), // 1 April in Amsterdam
      body: 'Zie de bijlagen.',
      attachments: [
        { name: 'notulen.pdf', data: minimalPdf(['Notulen']) },
        { name: 'kaart.png', data: pngHeader(10, 20) },
      ],
    });
    const { documents } = await take('overleg.msg', msg);
    expect(documents).toHaveLength(3);
    const [mail, pdf, png] = documents!;
    expect(mail).toEqual(
      expect.objectContaining({
        fileName: 'overleg.msg',
        mediaType: MEDIA.msg,
        description: 'Overleg over de subsidie',
        documentDate: '2024-04-01',
        text: 'Zie de bijlagen.',
        family: null,
      }),
    );
    expect(pdf).toEqual(
      expect.objectContaining({ fileName: 'notulen.pdf', pageCount: 1, text: 'Notulen' }),
    );
    expect(png).toEqual(expect.objectContaining({ fileName: 'kaart.png', widthPx: 10 }));
    expect(pdf.family).toBe(mail);
    expect(png.family).toBe(mail);
  });

  it('should refuse an Outlook item whose attachment is refused, naming it', async () => {
    const msg = outlookMessage({
      subject: 'Kapot',
      sentAt: new Date('2024-04-01T10:00:00Z'),
      body: '',
      attachments: [{ name: 'kapot.pdf', data: minimalPdf(['x']).subarray(0, 40) }],
    });
    expect(await take('kapot.msg', msg)).toEqual({
      refused: { code: 'DOCUMENT.CORRUPT', fileName: 'kapot.msg › kapot.pdf' },
    });
  });

  it('should tell compound files apart by their directory', async () => {
    expect(await take('geheim.xlsx', encryptedOoxml())).toEqual({
      refused: { code: 'DOCUMENT.ENCRYPTED', fileName: 'geheim.xlsx' },
    });
    // An old binary Word file is neither: not a type the intake takes.
    expect(await take('oud', compoundFile(['WordDocument', '\u0001CompObj']))).toEqual({
      refused: { code: 'DOCUMENT.UNSUPPORTED_TYPE', fileName: 'oud' },
    });
    expect(await take('bericht.pdf', outlookMessage(EMPTY_MESSAGE))).toEqual({
      refused: { code: 'DOCUMENT.TYPE_MISMATCH', fileName: 'bericht.pdf' },
    });
  });

  it("should read an office document's text from its XML and queue it for conversion, LibreOffice not called", async () => {
    // A program that would leave a trace if the intake started it.
    const trace = join(dir, 'gestart');
    const soffice = join(dir, 'soffice');
    await writeFile(soffice, `#!/bin/sh\ntouch '${trace}'\n`);
    await chmod(soffice, 0o755);
    const { documents } = await take(
      'archief.zip',
      zipOf([
        { name: 'nota.docx', data: minimalDocx([['Nota aan de minister'], ['Tweede pagina']]) },
        { name: 'verslag.odt', data: minimalOdt(['Verslag', 'van het overleg']) },
        { name: 'kosten.xlsx', data: minimalXlsx([['Post', 'Bedrag']]) },
      ]),
      soffice,
    );
    expect(documents?.map((d) => [d.fileName, d.conversion, d.pageCount, d.text])).toEqual([
      ['nota.docx', 'pending', null, 'Nota aan de minister\n\nTweede pagina'],
      ['verslag.odt', 'pending', null, 'Verslag\nvan het overleg'],
      ['kosten.xlsx', 'pending', null, 'Post\nBedrag'],
    ]);
    await expect(readFile(trace)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('should leave office documents unqueued without a LibreOffice program, their text read all the same', async () => {
    const { documents } = await take('nota.docx', minimalDocx([['Nota']]));
    expect(documents).toEqual([
      expect.objectContaining({
        mediaType: MEDIA.docx,
        pageCount: null,
        text: 'Nota',
        conversion: null,
      }),
    ]);
  });

  it.each([
    [
      'a .docx whose document part is not XML',
      'kapot.docx',
      damagedDocx(),
      'DOCUMENT.OFFICE_UNREADABLE',
    ],
    ['an .odt under a password', 'geheim.odt', encryptedOdt(), 'DOCUMENT.ENCRYPTED'],
  ])('should refuse %s at intake', async (_what, name, data, code) => {
    expect(await take(name, data)).toEqual({ refused: { code, fileName: name } });
  });
});

/** An .odt whose manifest names its content encrypted, as LibreOffice writes one under a password. */
function encryptedOdt(): Buffer {
  return zipOf([
    { name: 'mimetype', data: Buffer.from(MEDIA.odt), deflate: false },
    {
      name: 'META-INF/manifest.xml',
      data: Buffer.from(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
          '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>' +
          '</manifest:file-entry></manifest:manifest>',
      ),
    },
    { name: 'content.xml', data: Buffer.from('<versleuteld/>') },
  ]);
}

const EMPTY_MESSAGE = {
  subject: 'Leeg',
  sentAt: new Date('2024-04-01T10:00:00Z'),
  body: '',
  attachments: [],
};

/** A TIFF whose first image directory names itself as the next: a loop, not pages. */
function loopingTiff(): Buffer {
  const tiff = tiffPages([{ width: 10, height: 10 }]);
  tiff.writeUInt32LE(8, 8 + 2 + 2 * 12);
  return tiff;
}
