import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** An office file to convert: where it is and the extension LibreOffice should read it by. */
export interface OfficeSource {
  readonly path: string;
  readonly extension: string;
}

/** What came of one file: the PDF's path, or why there is none. */
export type OfficeOutcome =
  | { readonly kind: 'converted'; readonly pdfPath: string }
  /** LibreOffice opened the call but could not load this file: damaged or password-protected. */
  | { readonly kind: 'unreadable' }
  /**
   * LibreOffice took longer than the file's share of the time, or stopped with an error: the
   * file is kept unconverted, not refused, as the fault may not be the file's.
   */
  | { readonly kind: 'timed_out' | 'failed' };

/** A batch of conversions; `dispose` removes the PDFs and the work directory. */
export interface OfficeBatch {
  readonly outcomes: readonly OfficeOutcome[];
  dispose(): Promise<void>;
}

/** Thrown when the LibreOffice program cannot be started at all (not installed, not executable). */
export class OfficeUnavailable extends Error {}

/** Starting LibreOffice costs about a second; this many files share one start. */
export const OFFICE_BATCH_SIZE = 20;
/** How long a call may take: the start-up allowance plus so much per file, then it is killed. */
export interface OfficeTimeouts {
  readonly baseMs: number;
  readonly perFileMs: number;
}

const TIMEOUTS: OfficeTimeouts = { baseMs: 30_000, perFileMs: 30_000 };

/**
 * Converts office documents to PDF with LibreOffice headless: one `soffice --convert-to pdf`
 * call for the whole batch, by execFile (no shell) with a timeout, with a fresh user profile so
 * that calls running at the same time (two uploads) do not share LibreOffice's profile lock.
 * The inputs are linked into a work directory under names of our own (`1.docx`, `2.odt`…), so
 * neither a clerk's file name nor its path reaches the command line. A batch that times out is
 * tried again file by file, so one slow file does not cost the others their conversion.
 */
export async function convertToPdf(
  soffice: string,
  sources: readonly OfficeSource[],
  timeouts: OfficeTimeouts = TIMEOUTS,
): Promise<OfficeBatch> {
  const work = await mkdtemp(join(tmpdir(), 'wobdesk-office-'));
  const dispose = () => rm(work, { recursive: true, force: true });
  try {
    const inputs: string[] = [];
    for (const [index, source] of sources.entries()) {
      const input = join(work, `${index + 1}.${source.extension}`);
      await symlink(source.path, input);
      inputs.push(input);
    }
    const outcomes = await convertAll(soffice, work, inputs, timeouts);
    return { outcomes, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function convertAll(
  soffice: string,
  work: string,
  inputs: readonly string[],
  timeouts: OfficeTimeouts,
): Promise<OfficeOutcome[]> {
  const outDir = join(work, `out-${randomUUID()}`);
  const ending = await call(soffice, work, outDir, inputs, timeouts);
  if (ending !== 'ok' && inputs.length > 1) {
    const outcomes: OfficeOutcome[] = [];
    for (const input of inputs) {
      outcomes.push(...(await convertAll(soffice, work, [input], timeouts)));
    }
    return outcomes;
  }
  const outcomes: OfficeOutcome[] = [];
  for (const input of inputs) {
    const pdfPath = join(outDir, `${baseName(input)}.pdf`);
    if (await isFile(pdfPath)) outcomes.push({ kind: 'converted', pdfPath });
    else outcomes.push(ending === 'ok' ? { kind: 'unreadable' } : { kind: ending });
  }
  return outcomes;
}

/** One soffice call: how it ended. */
async function call(
  soffice: string,
  work: string,
  outDir: string,
  inputs: readonly string[],
  timeouts: OfficeTimeouts,
): Promise<'ok' | 'timed_out' | 'failed'> {
  const profile = join(work, `profile-${randomUUID()}`);
  await mkdir(outDir, { recursive: true });
  try {
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...inputs,
      ],
      {
        timeout: timeouts.baseMs + timeouts.perFileMs * inputs.length,
        killSignal: 'SIGKILL',
        maxBuffer: 4 * 1024 * 1024,
        encoding: 'utf8',
      },
    );
    return 'ok';
  } catch (error) {
    const failure = error as { code?: unknown; killed?: boolean };
    if (failure.code === 'ENOENT' || failure.code === 'EACCES') {
      throw new OfficeUnavailable(`${soffice}: ${String(failure.code)}`);
    }
    // Killed by the timeout: what was converted before stays usable.
    if (failure.killed === true) return 'timed_out';
    // LibreOffice reports an unloadable input and exits 0; non-zero is its own failure.
    return 'failed';
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
