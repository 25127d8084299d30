// Reading PDFs the way a person would, with poppler-utils (pdftotext, pdftoppm; .ci/run installs
// them), and fetching them over HTTP as bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { testDatabaseKind } from './test-database-kind.js';

/**
 * A folder under artifacts/ (git ignores it) for what a test writes for a look by eye. The
 * PostgreSQL projects run the same files at the same time as the SQLite ones, and a test that
 * clears its folder first would delete the other's files while it reads them: their output goes
 * under artifacts/postgres/.
 */
export function artifactsDir(name: string): string {
  const root = join(process.cwd(), 'artifacts');
  return testDatabaseKind() === 'postgres' ? join(root, 'postgres', name) : join(root, name);
}

/** Where pages are written as PNG for a look by eye. */
export const LETTER_ARTIFACTS = artifactsDir('letters');

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** supertest parser that keeps a binary body as a Buffer: `.buffer(true).parse(binary)`. */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The lines of a PDF's text as pdftotext gives them, spaces kept (a no-break space read as a
 * space): for what a line must print exactly, such as "1000 AJ  Amsterdam" with its two spaces.
 */
export function pdfLines(pdf: Buffer, dir: string): string[] {
  const file = join(dir, `${sha256(pdf)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

/**
 * The words of one page with their boxes (pdftotext -bbox). Text extraction folds any run of
 * spaces into one, so the space a line leaves between two words is measured from their boxes.
 */
export function pdfWords(pdf: Buffer, dir: string, page: number): PdfWord[] {
  const file = join(dir, `${sha256(pdf)}.pdf`);
  writeFileSync(file, pdf);
  const page_ = String(page);
  const xml = execFileSync('pdftotext', ['-f', page_, '-l', page_, '-bbox', file, '-'], {
    encoding: 'utf8',
  });
  return [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
  ].map((m) => ({ text: m[4], xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) }));
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
