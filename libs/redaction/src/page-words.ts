import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PageWord, PageWords } from './redaction-box.js';

const run = promisify(execFile);

/** A hostile PDF must not hold a clerk up: poppler gets this long. */
const TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const WORD =
  /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;

/**
 * The words of a PDF with their boxes, page by page, as poppler lays them out (`pdftotext
 * -bbox`, one process, no shell). Redaction marks a term by the boxes of its words, and the
 * released PDF's text layer is rebuilt from the words no box covers, so both read the same
 * layout. `first`/`last` limit the pages read (1-based, inclusive).
 */
export async function readPageWords(
  path: string,
  range: { readonly first?: number; readonly last?: number } = {},
): Promise<PageWords[]> {
  const args = ['-bbox', '-enc', 'UTF-8'];
  if (range.first !== undefined) args.push('-f', String(range.first));
  if (range.last !== undefined) args.push('-l', String(range.last));
  const { stdout } = await run('pdftotext', [...args, path, '-'], {
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_OUTPUT_BYTES,
    encoding: 'utf8',
  });
  return parsePageWords(stdout, range.first ?? 1);
}

/** Reads pdftotext's XHTML; pages are numbered from `firstPage`. Exported for tests. */
export function parsePageWords(xhtml: string, firstPage = 1): PageWords[] {
  const pages: PageWords[] = [];
  for (const page of xhtml.matchAll(PAGE)) {
    const words: PageWord[] = [];
    for (const word of page[3].matchAll(WORD)) {
      const [xMin, yMin, xMax, yMax] = word.slice(1, 5).map(Number);
      words.push({
        text: unescapeXml(word[5]),
        x: xMin,
        y: yMin,
        width: xMax - xMin,
        height: yMax - yMin,
      });
    }
    pages.push({
      page: firstPage + pages.length,
      width: Number(page[1]),
      height: Number(page[2]),
      words,
    });
  }
  return pages;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (all, name, dec, hex) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (ENTITIES[name] ?? all),
  );
}
