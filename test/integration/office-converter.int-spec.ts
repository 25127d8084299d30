// The LibreOffice call without LibreOffice: stand-in programs (Node scripts) that convert, fail,
// hang or load nothing, so that each outcome of a batch, the retry file by file, the timeout and
// a missing program are seen for real (child processes, killed on time), in milliseconds.
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, OfficeUnavailable } from '@wobdesk/documents';

/**
 * A stand-in for soffice. It logs each call's input count to `calls.log`, then, as the file
 * `mode` beside it says: `convert` writes
 * `<name>.pdf` for every input, `convert-one` only when given one input (else exits 1), `fail`
 * exits 1, `nothing` exits 0 without output, `hang` sleeps until it is killed.
 */
const STAND_IN = `#!/usr/bin/env node
const { appendFileSync, copyFileSync, readFileSync } = require('node:fs');
const { basename, join } = require('node:path');
const args = process.argv.slice(2);
const outDir = args[args.indexOf('--outdir') + 1];
const inputs = args.slice(args.indexOf('--outdir') + 2);
const profile = args.find((a) => a.startsWith('-env:UserInstallation=file://'));
appendFileSync(join(__dirname, 'calls.log'), inputs.length + ' ' + (profile ? 'profile' : 'none') + '\\n');
const mode = readFileSync(join(__dirname, 'mode'), 'utf8');
if (mode === 'hang') setTimeout(() => {}, 60000);
else if (mode === 'fail' || (mode === 'convert-one' && inputs.length > 1)) process.exit(1);
else if (mode !== 'nothing') for (const input of inputs) copyFileSync(input, join(outDir, basename(input).replace(/\\.[^.]+$/, '') + '.pdf'));
`;

describe('LibreOffice conversion calls (integration, stand-in program)', () => {
  let dir: string;
  let soffice: string;
  let sources: { path: string; extension: string }[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-soffice-'));
    soffice = join(dir, 'soffice.cjs');
    await writeFile(soffice, STAND_IN);
    await chmod(soffice, 0o755);
    sources = [];
    for (const [i, extension] of ['docx', 'odt', 'xlsx'].entries()) {
      const path = join(dir, `bron-${i}`);
      await writeFile(path, `inhoud ${i}`);
      sources.push({ path, extension });
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const convert = async (mode: string, timeouts = { baseMs: 10_000, perFileMs: 0 }) => {
    // In a file: Jest gives the test a copy of the environment, which a child does not see.
    await writeFile(join(dir, 'mode'), mode);
    await writeFile(join(dir, 'calls.log'), '');
    const batch = await convertToPdf(soffice, sources, timeouts);
    const kinds = batch.outcomes.map((o) => o.kind);
    const pdfs = await Promise.all(
      batch.outcomes.map((o) => (o.kind === 'converted' ? readFile(o.pdfPath, 'utf8') : null)),
    );
    await batch.dispose();
    // Disposing removes the work directory with the PDFs.
    for (const o of batch.outcomes) {
      if (o.kind === 'converted') await expect(stat(o.pdfPath)).rejects.toThrow();
    }
    const calls = (await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n');
    return { kinds, pdfs, calls };
  };

  it('should convert a batch in one call, each with a fresh profile, each PDF by its input', async () => {
    expect(await convert('convert')).toEqual({
      kinds: ['converted', 'converted', 'converted'],
      pdfs: ['inhoud 0', 'inhoud 1', 'inhoud 2'],
      calls: ['3 profile'],
    });
  });

  it('should try a failed batch again file by file', async () => {
    expect(await convert('convert-one')).toEqual({
      kinds: ['converted', 'converted', 'converted'],
      pdfs: ['inhoud 0', 'inhoud 1', 'inhoud 2'],
      calls: ['3 profile', '1 profile', '1 profile', '1 profile'],
    });
  });

  it('should call a file LibreOffice loaded without a PDF unreadable', async () => {
    expect((await convert('nothing')).kinds).toEqual(['unreadable', 'unreadable', 'unreadable']);
  });

  it('should call a file failed when LibreOffice stops with an error on it alone', async () => {
    expect((await convert('fail')).kinds).toEqual(['failed', 'failed', 'failed']);
  });

  it('should kill a call that takes too long and report the files as timed out', async () => {
    const started = Date.now();
    // The batch, then each file alone, each killed after a second: about four seconds in all.
    const { kinds } = await convert('hang', { baseMs: 1000, perFileMs: 0 });
    expect(kinds).toEqual(['timed_out', 'timed_out', 'timed_out']);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('should say LibreOffice is unavailable when the program cannot be started', async () => {
    await expect(convertToPdf(join(dir, 'bestaat-niet'), sources)).rejects.toBeInstanceOf(
      OfficeUnavailable,
    );
  });
});
