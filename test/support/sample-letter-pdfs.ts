// The golden tests of letter kinds print each kind's sample with the system Chromium and read it
// back with pdftotext. Called inside a `describe`: it starts the PDF renderer before the tests and
// closes it (and removes the work folder) after them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleLetterContexts,
} from '@wobdesk/letters';
import { pdfText } from './pdf-files.js';
import { seedCalendar } from './seed-calendar.js';

export function sampleLetterPrinter(name: string, maxPages = 1) {
  const options = lettersOptionsFromEnv(process.env, process.cwd());
  const renderer = new LetterRenderer(options);
  const samples = sampleLetterContexts(seedCalendar());
  const work = mkdtempSync(join(tmpdir(), `wobdesk-${name}-`));
  let pdf: PdfRenderer;

  beforeAll(() => {
    pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages });
  });
  afterAll(async () => {
    await pdf.close();
    rmSync(work, { recursive: true, force: true });
  });

  return {
    renderer,
    samples,
    /** The renderer itself (started before the tests), for specs that read the PDF their way. */
    pdf: () => pdf,
    /** The work folder, removed after the tests. */
    work,
    /** The PDF's text; also writes page images named `pngName` under artifacts/letters/. */
    printed: async (letter: { html: string }, pngName: string) =>
      pdfText(await pdf.render(letter.html), work, pngName),
  };
}
