// Benchmark section "redaction": a generated 1,000-page bundle in which every tenth page carries
// boxes, released through redactPdf (pages with boxes rasterised by poppler and given a text
// layer, the others copied clean) — pages per second and the peak memory of this process.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { readPageWords, redactPdf, type RedactionBox } from '@wobdesk/redaction';
import { grouped, textTable } from './harness.js';
import { intOption } from './options.js';
import { Prng } from './prng.js';
import type { AsyncBenchmark, AsyncRunContext, AsyncSectionResult } from './registry.js';

export const REDACTION_DEFAULTS = { pages: 1_000, everyNth: 10, dpi: 150 } as const;

const WORDS = ['besluit', 'gemeente', 'verzoek', 'openbaar', 'document', 'overleg', 'advies'];

/** A bundle of plain text pages, 40 lines of words each, like a scanned-free office export. */
export async function generateBundle(pages: number, seed = 7): Promise<Uint8Array> {
  const prng = new Prng(seed);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 40; line++) {
      const words = Array.from({ length: 8 }, () => WORDS[prng.int(0, WORDS.length - 1)]);
      if (line % 10 === 0) words[2] = `j.jansen${p}@example.nl`;
      page.drawText(words.join(' '), { x: 60, y: 780 - line * 18, size: 11, font });
    }
  }
  return doc.save();
}

/** Boxes over the e-mail addresses of every `everyNth` page, as the clerk would mark them. */
async function boxesOf(path: string, everyNth: number): Promise<RedactionBox[]> {
  const boxes: RedactionBox[] = [];
  for (const page of await readPageWords(path)) {
    if ((page.page - 1) % everyNth !== 0) continue;
    for (const word of page.words.filter((w) => w.text.includes('@'))) {
      boxes.push({ page: page.page, ...box(word), label: '5.1.2e' });
    }
  }
  return boxes;
}

const box = (w: { x: number; y: number; width: number; height: number }) => ({
  x: w.x - 1,
  y: w.y - 1,
  width: w.width + 2,
  height: w.height + 2,
});

export const redactionBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'redaction',
  title: 'Redaction: releasing a bundle with boxes on some pages',
  notes: [
    `input: a generated ${grouped(REDACTION_DEFAULTS.pages)}-page PDF (40 lines of text per page), boxes over the e-mail addresses of every ${REDACTION_DEFAULTS.everyNth}th page`,
    `pages with boxes: pdftoppm at ${REDACTION_DEFAULTS.dpi} dpi, boxes burned, text layer from pdftotext -bbox; the others copied`,
    'peak RSS: this process only (poppler runs in short-lived child processes)',
  ],
  cases: [{ name: 'redaction/bundle', description: 'redactPdf over the whole bundle' }],
  flags: {
    'redaction-pages': `pages in the bundle (default ${REDACTION_DEFAULTS.pages})`,
  },
  async run(ctx: AsyncRunContext): Promise<AsyncSectionResult> {
    const pages = intOption(ctx.options, 'redaction-pages', REDACTION_DEFAULTS.pages);
    const dir = await mkdtemp(join(tmpdir(), 'wobdesk-bench-redaction-'));
    try {
      const input = join(dir, 'bundle.pdf');
      await writeFile(input, await generateBundle(pages));
      const boxes = await boxesOf(input, REDACTION_DEFAULTS.everyNth);
      ctx.out(`   ${grouped(pages)} pages, ${grouped(boxes.length)} boxes generated\n`);
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 25);
      const start = performance.now();
      const result = await redactPdf(input, join(dir, 'released.pdf'), {
        boxes,
        stamp: 'Document 1',
        dpi: REDACTION_DEFAULTS.dpi,
      });
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const bytes = (await stat(join(dir, 'released.pdf'))).size;
      const perSecond = result.pageCount / seconds;
      const row = {
        pages: result.pageCount,
        redactedPages: result.redactedPages.length,
        seconds,
        perSecond,
        peakRssMb: peakRss / 1024 / 1024,
        outputMb: bytes / 1024 / 1024,
      };
      ctx.out(
        `   ${grouped(row.pages)} pages (${row.redactedPages} rasterised) in ${seconds.toFixed(1)} s: ${perSecond.toFixed(1)} pages/s, peak RSS ${row.peakRssMb.toFixed(0)} MB, output ${row.outputMb.toFixed(1)} MB\n`,
      );
      return {
        table: textTable(
          ['case', 'pages', 'rasterised', 's', 'pages/s', 'peak RSS MB', 'output MB'],
          [
            [
              'redaction/bundle',
              String(row.pages),
              String(row.redactedPages),
              seconds.toFixed(1),
              perSecond.toFixed(1),
              row.peakRssMb.toFixed(0),
              row.outputMb.toFixed(1),
            ],
          ],
          new Set([1, 2, 3, 4, 5, 6]),
        ),
        checks: [
          {
            name: 'redaction/bundle',
            summary: `redaction/bundle: ${perSecond.toFixed(1)} pages/s (no target set)`,
          },
        ],
        data: row,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
