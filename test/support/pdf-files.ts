// Reading PDFs the way a person would, with poppler-utils (pdftotext, pdftoppm; .ci/run installs
// them), and fetching them over HTTP as bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';

/** Where pages are written as PNG for a look by eye (git ignores it). */
export const LETTER_ARTIFACTS = join(process.cwd(), 'artifacts', 'letters');

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** supertest parser that keeps a binary body as a Buffer: `.buffer(true).parse(binary)`. */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The text of a PDF (written into `dir` first), runs of white space made single spaces; with
 * `pngName`, its pages are also written as PNG to artifacts/letters/<pngName>-<page>.png.
 */
export function pdfText(pdf: Buffer, dir: string, pngName?: string): string {
  const file = join(dir, `${sha256(pdf)}.pdf`);
  writeFileSync(file, pdf);
  if (pngName) {
    mkdirSync(LETTER_ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(LETTER_ARTIFACTS, pngName)]);
  }
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}
