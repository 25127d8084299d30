import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A hostile PDF must not hold a clerk up: poppler gets this long per call. */
const TIMEOUT_MS = 60_000;
/** A 300 dpi A3 page in RGB is about 52 MB; anything beyond this is not a page we render. */
const MAX_IMAGE_BYTES = 128 * 1024 * 1024;

/**
 * One page of a PDF as a PNG (`pdftoppm -singlefile`, no shell, a timeout), so the clerk's
 * marking page can show it. Annotations are left out, as they are in the released PDF.
 */
export async function renderPageImage(
  pdfPath: string,
  page: number,
  options: { readonly dpi: number },
): Promise<Buffer> {
  return pdftoppm(pdfPath, page, options.dpi, ['-png']);
}

/** One page as a raw RGB raster (`pdftoppm`'s PPM), the input of burning boxes into pixels. */
export async function renderPageRaster(
  pdfPath: string,
  page: number,
  dpi: number,
): Promise<Buffer> {
  return pdftoppm(pdfPath, page, dpi, []);
}

async function pdftoppm(
  pdfPath: string,
  page: number,
  dpi: number,
  format: readonly string[],
): Promise<Buffer> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be 1 or more: ${page}`);
  if (!(dpi > 0 && dpi <= 600)) throw new RangeError(`dpi must be above 0 and at most 600: ${dpi}`);
  const pageText = String(page);
  const args = [...format, '-hide-annotations', '-r', String(dpi)];
  args.push('-f', pageText, '-l', pageText, '-singlefile', pdfPath);
  let stdout: Buffer;
  try {
    ({ stdout } = await run('pdftoppm', args, {
      timeout: TIMEOUT_MS,
      maxBuffer: MAX_IMAGE_BYTES,
      encoding: 'buffer',
    }));
  } catch (error) {
    if (/Wrong page range/.test(String((error as { stderr?: unknown }).stderr))) {
      throw new RangeError(`page ${page} is not in ${pdfPath}`);
    }
    throw error;
  }
  // Older poppler prints nothing, and exits 0, for a page past the end.
  if (stdout.length === 0) throw new RangeError(`page ${page} is not in ${pdfPath}`);
  return stdout;
}
