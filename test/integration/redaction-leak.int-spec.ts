// The leak property of the redaction engine: over generated documents, no redacted word
// survives by any route a reader or a tool could take (text extraction, any content or other
// stream uncompressed, metadata, annotations, fields, bookmarks, attachments, scripts, the bytes
// of an image under a box), and
// every word not redacted can still be found by pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { redactPdf } from '@wobdesk/redaction';
import { boxesFor, buildDocument } from '../support/redaction-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'wobdesk-redaction-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Secrets start "zq", kept words "kx" and use no z or q: no word is part of another. */
const secretWord = fc.stringMatching(/^[a-y]{4,8}$/).map((tail) => `zq${tail}`);
const keptWord = fc.stringMatching(/^[a-ilm-pr-y]{4,8}$/).map((tail) => `kx${tail}`);

const documentCase = fc
  .record({
    secrets: fc.uniqueArray(secretWord, { minLength: 1, maxLength: 3 }),
    kept: fc.uniqueArray(keptWord, { minLength: 3, maxLength: 8 }),
    pages: fc.integer({ min: 3, max: 4 }),
    seed: fc.integer(),
  })
  .map(({ secrets, kept, pages, seed }) => {
    let state = seed >>> 0 || 1;
    const next = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      return state % n;
    };
    const vocabulary = [...kept, ...secrets];
    const layout = Array.from({ length: pages }, (_, page) =>
      Array.from({ length: 3 + next(5) }, () =>
        Array.from({ length: 2 + next(5) }, () =>
          // The first page always has a secret on it, the second none (a copied page); the last
          // draws the shared form with the first secret.
          page === 1 ? kept[next(kept.length)] : vocabulary[next(vocabulary.length)],
        ),
      ),
    );
    layout[0][0][0] = secrets[0];
    return { secrets, kept, layout };
  });

function text(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Every stream decompressed and every object outside an object stream. */
function uncompressed(path: string): Buffer {
  const out = `${path}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, out]);
  return readFileSync(out);
}

/** The ways a PDF writes a string: plain, as hex, as UTF-16BE (plain and hex). */
function encodings(word: string): Buffer[] {
  const latin1 = Buffer.from(word, 'latin1');
  const utf16 = Buffer.from(word, 'utf16le').swap16();
  return [latin1, utf16].flatMap((bytes) => [
    bytes,
    Buffer.from(bytes.toString('hex'), 'latin1'),
    Buffer.from(bytes.toString('hex').toUpperCase(), 'latin1'),
  ]);
}

describe('redactPdf leaves nothing of a redacted word', () => {
  it('in text, streams, metadata or anywhere else, and keeps every other word', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(documentCase, async ({ secrets, kept, layout }) => {
        run += 1;
        const input = join(dir, `in-${run}.pdf`);
        const output = join(dir, `out-${run}.pdf`);
        writeFileSync(
          input,
          await buildDocument({ pages: layout, hidden: secrets, wordInImage: secrets[0] }),
        );
        const present = secrets.filter((s) => layout.flat(2).includes(s) || s === secrets[0]);
        const boxes = await boxesFor(input, present);
        // The generator hides every secret in the metadata; redact only those on pages, the
        // rest must vanish with the catalog all the same.
        const result = await redactPdf(input, output, { boxes, stamp: `Document ${run}` });

        expect(result.pageCount).toBe(layout.length);
        expect(result.redactedPages).toContain(1);
        expect(result.redactedPages).not.toContain(2);
        // The detector sees what the generator hid: every secret is in the original's bytes.
        const original = uncompressed(input);
        for (const secret of secrets) expect(original.includes(Buffer.from(secret))).toBe(true);
        const released = text(output);
        const bytes = uncompressed(output);
        const info = execFileSync('pdfinfo', ['-meta', output], { encoding: 'utf8' });
        for (const secret of secrets) {
          expect(released).not.toContain(secret);
          expect(info).not.toContain(secret);
          for (const encoded of encodings(secret)) expect(bytes.includes(encoded)).toBe(false);
        }
        for (const word of new Set(layout.flat(2).filter((w) => kept.includes(w)))) {
          expect(released).toContain(word);
        }
        expect(released).toContain('5.1.2e');
        expect(released).toContain(`Document ${run}`);
      }),
      { numRuns: 10 },
    );
  }, 240_000);
});
