// The PDF reader on real files with the real poppler: one pdftotext call gives the text and
// the page count, and the encryption dictionary is still found when the PDF opens.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf } from '@wobdesk/documents';
import { encryptedPdf, minimalPdf } from '../support/document-files.js';

describe('readPdf (integration)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-pdf-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const read = async (name: string, data: Buffer) => {
    const path = join(dir, name);
    await writeFile(path, data);
    try {
      return await readPdf(path, name);
    } catch (error) {
      return { refused: (error as { code: string }).code };
    }
  };

  it('should count every page, blank ones included, and return the text', async () => {
    const facts = await read('drie.pdf', minimalPdf(['Eerste', ' ', 'Derde']));
    expect(facts).toEqual({ pageCount: 3, text: expect.stringMatching(/Eerste[\s\S]*Derde/) });
  });

  it('should take a PDF whose text merely shows the name of the encryption key', async () => {
    expect(await read('uitleg.pdf', minimalPdf(['Zie /Encrypt in de trailer']))).toEqual({
      pageCount: 1,
      text: 'Zie /Encrypt in de trailer',
    });
  });

  it('should refuse a password-protected PDF as encrypted', async () => {
    expect(await read('geheim.pdf', encryptedPdf())).toEqual({ refused: 'DOCUMENT.ENCRYPTED' });
  });

  it('should refuse a truncated PDF as damaged', async () => {
    expect(await read('kapot.pdf', minimalPdf(['x']).subarray(0, 40))).toEqual({
      refused: 'DOCUMENT.CORRUPT',
    });
  });

  it('should refuse a PDF without pages as damaged', async () => {
    expect(await read('leeg.pdf', minimalPdf([]))).toEqual({ refused: 'DOCUMENT.CORRUPT' });
  });
});
