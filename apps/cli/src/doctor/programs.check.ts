// The document intake reads and redacts PDFs with poppler-utils and converts office files with
// LibreOffice. Without poppler redaction cannot work at all (FAIL); without LibreOffice office
// files are kept but not converted to PDF (WARN).
import { type CheckResult, fail, ok, warn } from './check-result.js';
import { type RunCommand, runCommand } from './run-command.js';

export async function checkPoppler(run: RunCommand = runCommand): Promise<CheckResult> {
  const missing: string[] = [];
  let version = '';
  for (const program of ['pdftotext', 'pdftoppm']) {
    const outcome = await run(program, ['-v']);
    if (!outcome.found) missing.push(program);
  }
  const info = await run('pdfinfo', ['-v']);
  if (!info.found) missing.push('pdfinfo');
  else version = /version ([\d.]+)/.exec(info.output)?.[1] ?? '';
  if (missing.length > 0) {
    return fail(
      'Poppler',
      `${missing.join(', ')} not found: documents cannot be read or redacted`,
      'install poppler-utils: apt-get install poppler-utils',
    );
  }
  return ok('Poppler', `pdftotext, pdftoppm and pdfinfo found${version ? ` (${version})` : ''}`);
}

export async function checkLibreOffice(
  sofficePath: string,
  run: RunCommand = runCommand,
): Promise<CheckResult> {
  const outcome = await run(sofficePath, ['--version']);
  if (!outcome.found) {
    return warn(
      'LibreOffice',
      `${sofficePath} not found: office files are stored but not converted to PDF`,
      'apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui, or set SOFFICE_PATH',
    );
  }
  return ok('LibreOffice', outcome.output.trim().split('\n')[0] || sofficePath);
}
