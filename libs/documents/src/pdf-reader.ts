import { execFile } from 'node:child_process';
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

/**
 * Counts the pages (`pdfinfo`) and extracts the text (`pdftotext`) of a PDF on disk, with
 * execFile (no shell) and a timeout. A PDF poppler cannot open is CORRUPT; one with an
 * encryption dictionary is ENCRYPTED, also when it opens without a password: its permissions
 * may forbid the copying, redacting and publishing a decision needs.
 */
export async function readPdf(path: string, fileName: string): Promise<PdfFacts> {
  // Both tools start at once: starting a process is most of what either costs for an ordinary
  // PDF, and one after the other doubled the wait per document at intake. pdfinfo's verdict
  // still comes first; the text is used only for a PDF it accepts.
  const info = run('pdfinfo', [path], { timeout: TIMEOUT_MS, encoding: 'utf8' });
  const text = run('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_TEXT_BYTES,
    encoding: 'utf8',
  });
  // Settled before any early return, so a refused PDF leaves no unhandled rejection behind.
  const [infoResult, textResult] = await Promise.allSettled([info, text]);
  if (infoResult.status === 'rejected') {
    const error: unknown = infoResult.reason;
    if ((error as { code?: unknown }).code === 'ENOENT') throw popplerMissing();
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/incorrect password|encrypt/i.test(stderr)) {
      throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
    }
    throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  }
  const stdout = infoResult.value.stdout;
  if (/^Encrypted:\s+yes/m.test(stdout)) throw new DocumentRefusal('DOCUMENT.ENCRYPTED', fileName);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  if (pages === null || Number(pages[1]) === 0) {
    throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  }
  if (textResult.status === 'rejected') {
    if ((textResult.reason as { code?: unknown }).code === 'ENOENT') throw popplerMissing();
    throw new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
  }
  return { pageCount: Number(pages[1]), text: textResult.value.stdout.trim() };
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
