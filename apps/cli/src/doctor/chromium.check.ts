// Letters are printed by Chromium: the check starts it the way the app does and prints a
// one-line PDF, since a binary that exists can still fail to start (missing libraries, no /dev/shm).
import { access, constants } from 'node:fs/promises';
import { PdfRenderer } from '@wobdesk/letters';
import { type CheckResult, fail, firstLine, ok } from './check-result.js';

const CHECK = 'Chromium';
const INSTALL =
  'install Chromium (apt-get install chromium) or set CHROMIUM_PATH to its executable';

/** Prints HTML to PDF with the Chromium at `path`; replaceable in unit tests. */
export type PrintPdf = (path: string, html: string) => Promise<Buffer>;

export const printWithChromium: PrintPdf = async (path, html) => {
  const renderer = new PdfRenderer({ chromiumPath: path, maxPages: 1, timeoutMs: 30_000 });
  try {
    return await renderer.render(html);
  } finally {
    await renderer.close();
  }
};

const TEST_PAGE =
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>wobdesk doctor</title><p>Wobdesk doctor: testafdruk.</p></html>';

export async function checkChromium(
  path: string,
  print: PrintPdf = printWithChromium,
): Promise<CheckResult> {
  try {
    await access(path, constants.X_OK);
  } catch {
    return fail(CHECK, `CHROMIUM_PATH ${path} does not exist or is not executable`, INSTALL);
  }
  try {
    const started = Date.now();
    const pdf = await print(path, TEST_PAGE);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      return fail(CHECK, `${path} started but did not print a PDF`, INSTALL);
    }
    return ok(
      CHECK,
      `${path} printed a test PDF (${pdf.length} bytes, ${Date.now() - started} ms)`,
    );
  } catch (e) {
    return fail(CHECK, `${path} could not print a PDF: ${firstLine(e)}`, INSTALL);
  }
}
