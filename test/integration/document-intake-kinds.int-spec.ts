// The intake's reading of images, compound files and Outlook items on real files in a temporary
// store, without HTTP; an office document kept unconverted when LibreOffice is missing; and the
// batches office documents go to LibreOffice in (a stand-in program that records its calls).
// After every refusal the temporary area is empty.
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobStore, DocumentIntake, type IntakeLimits, MEDIA } from '@wobdesk/documents';
import { minimalPdf, zipOf } from '../support/document-files.js';
import {
  compoundFile,
  encryptedOoxml,
  jpegHeader,
  minimalDocx,
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

  it('should convert office documents twenty to a call across the files of an upload, the rest in a last call', async () => {
    // Stands in for soffice: writes the same one-page PDF for every input and logs the count.
    const pdf = join(dir, 'omgezet.pdf');
    await writeFile(pdf, minimalPdf(['omgezet']));
    const log = join(dir, 'aanroepen.log');
    const soffice = join(dir, 'soffice');
    await writeFile(
      soffice,
      [
        '#!/bin/sh',
        'out=""; n=0',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in',
        '    --outdir) out="$2"; shift 2 ;;',
        '    -*|pdf) shift ;;',
        `    *) n=$((n + 1)); name=$(basename "$1"); cp '${pdf}' "$out/\${name%.*}.pdf"; shift ;;`,
        '  esac',
        'done',
        `echo "$n" >> '${log}'`,
      ].join('\n'),
    );
    await chmod(soffice, 0o755);
    const notes = Array.from({ length: 25 }, (_, i) => ({
      name: `nota-${i + 1}.docx`,
      data: minimalDocx([[`Nota ${i + 1}`]]),
    }));
    const intake = new DocumentIntake(store, LIMITS, { sofficePath: soffice });
    try {
      await intake.take(Readable.from([zipOf(notes.slice(0, 21))]), 'eerste.zip');
      await intake.take(Readable.from([zipOf(notes.slice(21))]), 'tweede.zip');
      await intake.finish();
      expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['20', '5']);
      expect(intake.documents.map((d) => [d.fileName, d.conversion, d.pageCount])).toEqual(
        notes.map(({ name }) => [name, 'converted', 1]),
      );
    } finally {
      await intake.discardAll();
    }
    expect(await readdir(join(dir, 'documents', 'tmp'))).toEqual([]);
  });

  it('should keep an office document unconverted, with the reason, when LibreOffice is missing', async () => {
    const { documents } = await take(
      'nota.docx',
      minimalDocx([['Nota']]),
      join(dir, 'geen-libreoffice', 'soffice'),
    );
    expect(documents).toEqual([
      expect.objectContaining({
        mediaType: MEDIA.docx,
        pageCount: null,
        text: null,
        pdf: null,
        conversion: 'not_converted',
        conversionNote: expect.stringContaining('LibreOffice is niet geïnstalleerd'),
      }),
    ]);
  });
});

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
