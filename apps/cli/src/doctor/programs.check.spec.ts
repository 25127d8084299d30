import { checkLibreOffice, checkPoppler } from './programs.check.js';
import type { RunCommand } from './run-command.js';

/** A machine with only the given programs, each printing `output`. */
const machine =
  (programs: Record<string, string>): RunCommand =>
  async (program) =>
    program in programs
      ? { found: true, exitCode: 0, output: programs[program] }
      : { found: false, exitCode: null, output: '' };

describe('checkPoppler', () => {
  it('all three programs: OK with the version', async () => {
    const run = machine({
      pdftotext: '',
      pdftoppm: '',
      pdfinfo: 'pdfinfo version 22.12.0\nCopyright 2005-2022',
    });
    expect(await checkPoppler(run)).toEqual({
      check: 'Poppler',
      status: 'ok',
      detail: 'pdftotext, pdftoppm and pdfinfo found (22.12.0)',
    });
  });

  it('one missing: FAIL naming it, with the package', async () => {
    const result = await checkPoppler(machine({ pdftotext: '', pdfinfo: '' }));
    expect(result).toMatchObject({
      status: 'fail',
      detail: 'pdftoppm not found: documents cannot be read or redacted',
      fix: 'install poppler-utils: apt-get install poppler-utils',
    });
  });
});

describe('checkLibreOffice', () => {
  it('present: OK with its version line', async () => {
    const run = machine({ soffice: 'LibreOffice 7.4.7.2 40(Build:2)\n' });
    expect(await checkLibreOffice('soffice', run)).toMatchObject({
      status: 'ok',
      detail: 'LibreOffice 7.4.7.2 40(Build:2)',
    });
  });

  it('missing: a warning, since documents are kept unconverted', async () => {
    const result = await checkLibreOffice('/opt/lo/soffice', machine({}));
    expect(result.status).toBe('warn');
    expect(result.detail).toBe(
      '/opt/lo/soffice not found: office files are stored but not converted to PDF',
    );
  });
});
