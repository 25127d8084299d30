// The document intake on real files in a temporary store, without HTTP: the limits an archive
// is held to while it inflates, nesting, the size limit while streaming, office types from the
// archive's entries, PDFs read several at once in the order of the files, and the store keeping
// one file per content. After every refusal the temporary area is empty.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobStore, DocumentIntake, type IntakeLimits, MEDIA } from '@wobdesk/documents';
import { minimalPdf, zipOf } from '../support/document-files.js';
import { pngHeader } from '../support/office-files.js';

const LIMITS: IntakeLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxEntries: 100,
  maxRatio: 100,
  maxDepth: 3,
};

describe('Document intake (integration)', () => {
  let dir: string;
  let store: BlobStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-intake-'));
    store = new BlobStore(join(dir, 'documents'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Takes one file in; the staged documents, or the refusal's code and file. */
  const take = async (name: string, data: Buffer, limits: Partial<IntakeLimits> = {}) => {
    const intake = new DocumentIntake(store, { ...LIMITS, ...limits });
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

  it('should refuse an archive with more entries than allowed', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({
      name: `${i}.pdf`,
      data: minimalPdf([`${i}`]),
    }));
    expect(await take('veel.zip', zipOf(entries), { maxEntries: 5 })).toEqual({
      refused: { code: 'DOCUMENT.ZIP_BOMB', fileName: 'veel.zip' },
    });
  });

  it('should refuse an archive that unpacks to more bytes than allowed in total', async () => {
    // Random bytes do not compress: the ratio stays low, the total is what is over.
    const entries = Array.from({ length: 3 }, (_, i) => ({
      name: `${i}.png`,
      data: Buffer.concat([pngHeader(800, 600), randomBytes(400_000)]),
    }));
    expect(await take('groot.zip', zipOf(entries), { maxTotalBytes: 1_000_000 })).toEqual({
      refused: { code: 'DOCUMENT.ZIP_BOMB', fileName: 'groot.zip' },
    });
    expect(
      (await take('groot.zip', zipOf(entries), { maxTotalBytes: 1_300_000 })).documents,
    ).toHaveLength(3);
  });

  it('should refuse an entry that inflates far beyond its packed size', async () => {
    const zeros = zipOf([{ name: 'nullen.pdf', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(await take('bom.zip', zeros, { maxFileBytes: 64 * 1024 * 1024 })).toEqual({
      refused: { code: 'DOCUMENT.ZIP_BOMB', fileName: 'bom.zip' },
    });
  });

  it('should allow archives nested to the depth set, and no deeper', async () => {
    const inner = zipOf([{ name: 'brief.pdf', data: minimalPdf(['diep']) }]);
    const twice = zipOf([{ name: 'binnen.zip', data: inner }]);
    const thrice = zipOf([{ name: 'midden.zip', data: twice }]);
    const nested = await take('buiten.zip', thrice, { maxDepth: 3 });
    expect(nested.documents?.map((d) => d.fileName)).toEqual(['brief.pdf']);
    expect(await take('buiten.zip', thrice, { maxDepth: 2 })).toEqual({
      refused: { code: 'DOCUMENT.ZIP_BOMB', fileName: 'buiten.zip › midden.zip › binnen.zip' },
    });
  });

  it('should refuse a file over the limit while it streams, leaving no partial file', async () => {
    const data = Buffer.concat([minimalPdf(['x']), Buffer.alloc(5 * 1024 * 1024, 0x20)]);
    expect(await take('groot.pdf', data)).toEqual({
      refused: { code: 'DOCUMENT.TOO_LARGE', fileName: 'groot.pdf' },
    });
  });

  it('should keep the order of the files while reading many PDFs at once', async () => {
    // Twelve PDFs, every third of two pages: more than are read at once, so some wait their turn.
    const entries = Array.from({ length: 12 }, (_, i) => ({
      name: `stuk-${i + 1}.pdf`,
      data: minimalPdf(
        i % 3 === 0 ? [`stuk ${i + 1} blad 1`, `stuk ${i + 1} blad 2`] : [`stuk ${i + 1}`],
      ),
    }));
    const intake = new DocumentIntake(store, LIMITS);
    try {
      await intake.take(Readable.from([zipOf(entries.slice(0, 6))]), 'eerste.zip');
      await intake.take(Readable.from([zipOf(entries.slice(6))]), 'tweede.zip');
      await intake.finish();
      expect(
        intake.documents.map((d) => [d.fileName, d.pageCount, d.text?.split('\n')[0]]),
      ).toEqual(
        entries.map(({ name }, i) => [
          name,
          i % 3 === 0 ? 2 : 1,
          `stuk ${i + 1}${i % 3 === 0 ? ' blad 1' : ''}`,
        ]),
      );
    } finally {
      await intake.discardAll();
    }
    expect(await readdir(join(dir, 'documents', 'tmp'))).toEqual([]);
  });

  it('should report a damaged PDF before a refusal of a later file, however long it is read', async () => {
    const entries = [
      { name: 'goed.pdf', data: minimalPdf(['goed']) },
      { name: 'kapot.pdf', data: Buffer.from('%PDF-1.4\nkapot, geen objecten\n') },
      ...Array.from({ length: 6 }, (_, i) => ({ name: `na-${i}.pdf`, data: minimalPdf([`${i}`]) })),
      { name: 'kaart.pdf', data: pngHeader(10, 10) },
    ];
    expect(await take('map.zip', zipOf(entries))).toEqual({
      refused: { code: 'DOCUMENT.CORRUPT', fileName: 'map.zip › kapot.pdf' },
    });
  });

  it('should tell office documents from archives by their entries', async () => {
    const docx = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    const odt = zipOf([
      { name: 'mimetype', data: Buffer.from(MEDIA.odt), deflate: false },
      { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
    ]);
    expect((await take('notitie.docx', docx)).documents?.[0].mediaType).toBe(MEDIA.docx);
    expect((await take('notitie.odt', odt)).documents?.[0].mediaType).toBe(MEDIA.odt);
    expect(await take('notitie.zip', docx)).toEqual({
      refused: { code: 'DOCUMENT.TYPE_MISMATCH', fileName: 'notitie.zip' },
    });
  });

  it('should keep one file per content at <aa>/<bb>/<sha256>', async () => {
    const pdf = minimalPdf(['Eén keer']);
    const first = await store.receive(Readable.from([pdf]), LIMITS.maxFileBytes, 'a.pdf');
    const second = await store.receive(Readable.from([pdf]), LIMITS.maxFileBytes, 'b.pdf');
    expect(second.sha256).toBe(first.sha256);
    expect(await store.place(first)).toBe(true);
    expect(await store.place(second)).toBe(false);
    const path = join(
      dir,
      'documents',
      first.sha256.slice(0, 2),
      first.sha256.slice(2, 4),
      first.sha256,
    );
    expect(store.pathOf(first.sha256)).toBe(path);
    expect(Buffer.compare(await readFile(path), pdf)).toBe(0);
    expect(await readdir(join(dir, 'documents', 'tmp'))).toEqual([]);
  });

  it('should flush a batch of received files, each once, and place them with their bytes', async () => {
    const pdfs = Array.from({ length: 20 }, (_, i) => minimalPdf([`Stuk ${i}`]));
    const blobs = await Promise.all(
      pdfs.map((pdf, i) => store.receive(Readable.from([pdf]), LIMITS.maxFileBytes, `${i}.pdf`)),
    );
    // The same file twice in one batch is flushed once; every one still exists to be placed.
    await store.persist([...blobs, blobs[0]!]);
    for (const [i, blob] of blobs.entries()) {
      expect(await store.place(blob)).toBe(true);
      expect(Buffer.compare(await readFile(store.pathOf(blob.sha256)), pdfs[i]!)).toBe(0);
    }
    expect(await readdir(join(dir, 'documents', 'tmp'))).toEqual([]);
  });

  it('should fail the flush of a received file that is gone', async () => {
    const blob = await store.receive(
      Readable.from([minimalPdf(['x'])]),
      LIMITS.maxFileBytes,
      'x.pdf',
    );
    await store.discard(blob);
    await expect(store.persist([blob])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
