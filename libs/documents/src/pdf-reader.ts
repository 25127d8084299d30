import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { WorkflowError } from '@wobdesk/register';
import { DocumentRefusal } from './document-refusal.js';

const run = promisify(execFile);

/** What poppler reads from a PDF: its page count and its text. */
export interface PdfFacts {
  readonly pageCount: number;
  readonly text: string;
}

/** A damaged or hostile PDF must not hold a request up: poppler gets this long per call. */
const TIMEOUT_MS = 60_000;
/** Text beyond this is not needed for search or duplicates; poppler's output is capped. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/** pdftotext ends every page with a form feed, so counting them counts the pages. */
const PAGE_END = '\f';
/** How much of the file is read at a time when looking for an encryption dictionary. */
const SCAN_CHUNK_BYTES = 1024 * 1024;

/**
 * Counts the pages and extracts the text of a PDF on disk with one `pdftotext` call (execFile,
 * no shell, a timeout): starting a process is most of what reading an ordinary PDF costs, so
 * at intake one process per PDF instead of two nearly halves the time. A PDF poppler cannot
 * open is CORRUPT; one with an encryption dictionary is ENCRYPTED, also when it opens without
 * a password: its permissions may forbid the copying, redacting and publishing a decision
 * needs.
 */
export async function readPdf(path: string, fileName: string): Promise<PdfFacts> {
  let stdout: string;
  try {
    ({ stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], {
      timeout: TIMEOUT_MS,
      maxBuffer: MAX_TEXT_BYTES,
      encoding: 'utf8',
    }));
  } catch (error) {
    const refusal = refusalFrom(error, fileName);
    // A PDF whose permissions stop the text being copied fails here with a message that does
    // not say so; its encryption dictionary decides, as pdfinfo's verdict did before.
    if (isCorrupt(refusal) && (await isEncrypted(path, fileName))) {
      throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
    }
    throw refusal;
  }
  // A PDF without a password opens in pdftotext; only its encryption dictionary tells. The
  // name is found by a plain byte scan (it sits in a trailer or cross-reference dictionary,
  // never compressed); pdfinfo, a second process, is asked only for the rare PDF that has it,
  // so a page that merely prints the word cannot refuse a file.
  if (await isEncrypted(path, fileName)) {
    throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
  }
  const pageCount = stdout.split(PAGE_END).length - 1;
  if (pageCount === 0) throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  return { pageCount, text: stdout.trim() };
}

/** What a failed poppler call means: the tool is missing, a password is needed, or damage. */
function refusalFrom(error: unknown, fileName: string): Error {
  if ((error as { code?: unknown }).code === 'ENOENT') return popplerMissing();
  const stderr = String((error as { stderr?: unknown }).stderr ?? '');
  if (/incorrect password|encrypt/i.test(stderr)) {
    return new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
  }
  return new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
}

function isCorrupt(error: Error): boolean {
  return error instanceof DocumentRefusal && error.code === 'DOCUMENT.CORRUPT';
}

async function isEncrypted(path: string, fileName: string): Promise<boolean> {
  return (await containsEncryptName(path)) && (await pdfinfoSaysEncrypted(path, fileName));
}

async function pdfinfoSaysEncrypted(path: string, fileName: string): Promise<boolean> {
  try {
    const { stdout } = await run('pdfinfo', [path], { timeout: TIMEOUT_MS, encoding: 'utf8' });
    return /^Encrypted:\s+yes/m.test(stdout);
  } catch (error) {
    throw refusalFrom(error, fileName);
  }
}

/** Whether the bytes hold the name `/Encrypt` (chunks overlap, so none is missed at a seam). */
async function containsEncryptName(path: string): Promise<boolean> {
  const needle = Buffer.from('/Encrypt', 'latin1');
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_CHUNK_BYTES + needle.length);
    let carried = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, carried, SCAN_CHUNK_BYTES, position);
      if (bytesRead === 0) return false;
      const filled = carried + bytesRead;
      if (buffer.subarray(0, filled).includes(needle)) return true;
      position += bytesRead;
      carried = Math.min(needle.length - 1, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } finally {
    await handle.close();
  }
}

/** Without poppler no PDF can be read: the server's fault, not the file's (503, nothing stored). */
function popplerMissing(): WorkflowError {
  return new WorkflowError(
    'unavailable',
    'DOCUMENT.PDF_TOOLS_UNAVAILABLE',
    'PDF-bestanden kunnen nu niet worden gelezen (poppler-utils ontbreekt op de server). Probeer het later opnieuw.',
    'PDF files cannot be read now (poppler-utils is missing on the server). Try again later.',
  );
}
