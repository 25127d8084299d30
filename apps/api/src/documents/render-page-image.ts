import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A hostile PDF must not hold a clerk up: poppler gets this long for one page. */
const TIMEOUT_MS = 30_000;
const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/**
 * One page of a PDF as a PNG (`pdftoppm`, one process, no shell), for the clerk's marking page.
 * Stand-in with the signature of the redaction library's `renderPageImage`, which replaces it.
 */
export async function renderPageImage(
  pdfPath: string,
  page: number,
  options: { readonly dpi: number },
): Promise<Buffer> {
  const args = ['-f', String(page), '-l', String(page), '-singlefile', '-png'];
  const { stdout } = await run('pdftoppm', [...args, '-r', String(options.dpi), pdfPath], {
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_IMAGE_BYTES,
    encoding: 'buffer',
  });
  return stdout;
}
