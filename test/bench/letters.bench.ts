// Benchmark section "letters": letters per second rendered to HTML (renderLetter: Handlebars,
// strict mode, SHA-256 of the HTML) and printed to PDF (PdfRenderer: the Debian Chromium through
// playwright-core, one browser, a pool of reused pages), with the memory of this process and of
// the browser's processes.
//
// Inputs: the sample contexts of libs/letters (deadlines computed from the seed facts), each
// letter made distinct by its reference. HTML runs on the main thread in a tight loop; PDFs are
// requested by as many concurrent callers as the page pool has pages.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  type LetterContexts,
  type LetterKind,
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleLetterContexts,
} from '@wobdesk/letters';
import { benchCalendar } from './deadlines.bench.js';
import { grouped, quantile, textTable } from './harness.js';
import { intOption, positiveOption } from './options.js';
import type {
  AsyncBenchmark,
  AsyncRunContext,
  AsyncSectionResult,
  TargetCheck,
} from './registry.js';

/** The targets on these machines. */
export const LETTERS_HTML_TARGET = 2_000;
export const LETTERS_PDF_TARGET = 20;
export const LETTERS_DEFAULTS = { htmlSeconds: 3, pdfSeconds: 6, pdfPages: 2, pool: 64 } as const;

type Format = 'html' | 'pdf';
const CASES: readonly { name: string; description: string; format: Format; kind: LetterKind }[] = [
  {
    name: 'letters/html-acknowledgement',
    description: 'ontvangstbevestiging → HTML + SHA-256 (1–2 pages)',
    format: 'html',
    kind: 'acknowledgement',
  },
  {
    name: 'letters/html-decision',
    description: 'the seed decision → HTML + SHA-256 (6 pages with the Wob annex)',
    format: 'html',
    kind: 'decision',
  },
  {
    name: 'letters/pdf-acknowledgement',
    description: 'ontvangstbevestiging HTML → PDF (Chromium page.pdf, reused pages)',
    format: 'pdf',
    kind: 'acknowledgement',
  },
  {
    name: 'letters/pdf-decision',
    description: 'the seed decision HTML → PDF (6 pages)',
    format: 'pdf',
    kind: 'decision',
  },
];

interface LettersCaseResult {
  readonly name: string;
  readonly description: string;
  readonly letters: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly target: number;
  /** Milliseconds per letter (PDF: as seen by one caller, with `concurrency` in flight). */
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly concurrency: number;
  readonly bytesPerLetter: number;
  readonly nodeRssMb: { readonly before: number; readonly peak: number };
  readonly heapUsedMb: { readonly before: number; readonly peak: number };
  /** Memory (PSS) of the browser's processes (children of this process), peak. */
  readonly browserPssMb?: number;
  /**
   * CPU time per letter, this process plus the browser's: independent of what else the machine
   * runs; `cores × 1000 / cpuMsPerLetter` is the most an idle machine can print.
   */
  readonly cpuMsPerLetter: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Proportional set size of one process (shared pages split among their users), else its RSS. */
function processMemory(pid: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (pss) return Number(pss[1]) * 1024;
  } catch {
    // no smaps_rollup: fall back to RSS
  }
  return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
}

/** The pids of all descendants of this process (the Chromium processes), from /proc (Linux). */
function descendants(): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(process.pid);
  return out;
}

/** Memory of the browser's processes: the sum of their PSS, so shared pages count once. */
export function childProcessesMemory(): number {
  let total = 0;
  for (const pid of descendants()) {
    try {
      total += processMemory(pid);
    } catch {
      // ended
    }
  }
  return total;
}

/** CPU time (user + system, ms) used so far by the browser's processes (clock ticks of 10 ms). */
export function childProcessesCpuMs(): number {
  let ticks = 0;
  for (const pid of descendants()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return ticks * 10;
}

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** `pool` distinct contexts of one kind (their references differ), built before measuring. */
function contextPool<K extends LetterKind>(
  samples: { readonly [P in LetterKind]: LetterContexts[P] },
  kind: K,
  pool: number,
): LetterContexts[K][] {
  const base = samples[kind];
  return Array.from({ length: pool }, (_, i) => ({
    ...base,
    ourReference: `${base.ourReference}-${i}`,
  }));
}

function measureHtml(
  renderer: LetterRenderer,
  c: (typeof CASES)[number],
  contexts: readonly LetterContexts[LetterKind][],
  seconds: number,
): LettersCaseResult {
  const render = (i: number) =>
    renderer.render(c.kind, contexts[i % contexts.length] as LetterContexts[typeof c.kind]);
  const warmupEnd = performance.now() + 300;
  for (let i = 0; performance.now() < warmupEnd; i++) render(i);
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const times: number[] = [];
  let bytes = 0;
  let n = 0;
  const cpu0 = ownCpuMs();
  const start = performance.now();
  const end = start + seconds * 1000;
  for (let now = start; now < end; n++) {
    const t0 = now;
    bytes += render(n).html.length;
    now = performance.now();
    times.push(now - t0);
    if (n % 256 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    name: c.name,
    description: c.description,
    letters: n,
    seconds: elapsed,
    perSecond: n / elapsed,
    target: LETTERS_HTML_TARGET,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    concurrency: 1,
    cpuMsPerLetter: (ownCpuMs() - cpu0) / n,
    bytesPerLetter: bytes / n,
    nodeRssMb: { before: mb(before.rss), peak: mb(peakRss) },
    heapUsedMb: { before: mb(before.heapUsed), peak: mb(peakHeap) },
  };
}

async function measurePdf(
  pdf: PdfRenderer,
  c: (typeof CASES)[number],
  htmls: readonly string[],
  seconds: number,
  concurrency: number,
): Promise<LettersCaseResult> {
  // warm-up: every page of the pool prints a few letters
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let k = 0; k < 3; k++) await pdf.render(htmls[(w + k) % htmls.length]);
    }),
  );
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let peakBrowser = childProcessesMemory();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakBrowser = Math.max(peakBrowser, childProcessesMemory());
  }, 250);
  const times: number[] = [];
  let bytes = 0;
  let next = 0;
  const cpu0 = ownCpuMs() + childProcessesCpuMs();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const out = await pdf.render(htmls[next++ % htmls.length]);
        times.push(performance.now() - t0);
        bytes += out.length;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpuMs = ownCpuMs() + childProcessesCpuMs() - cpu0;
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  return {
    name: c.name,
    description: c.description,
    letters: times.length,
    seconds: elapsed,
    perSecond: times.length / elapsed,
    target: LETTERS_PDF_TARGET,
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    concurrency,
    cpuMsPerLetter: cpuMs / times.length,
    bytesPerLetter: bytes / times.length,
    nodeRssMb: { before: mb(before.rss), peak: mb(peakRss) },
    heapUsedMb: { before: mb(before.heapUsed), peak: mb(peakHeap) },
    browserPssMb: mb(peakBrowser),
  };
}

export function lettersTable(results: readonly LettersCaseResult[]): string {
  const f1 = (n: number) => n.toFixed(1);
  const rows = results.map((r) => [
    r.name,
    grouped(r.perSecond),
    `≥ ${grouped(r.target)}`,
    `${(r.perSecond / r.target).toFixed(2)}×`,
    r.p50Ms < 10 ? r.p50Ms.toFixed(3) : f1(r.p50Ms),
    r.p95Ms < 10 ? r.p95Ms.toFixed(3) : f1(r.p95Ms),
    `${r.concurrency}`,
    r.cpuMsPerLetter < 10 ? r.cpuMsPerLetter.toFixed(3) : f1(r.cpuMsPerLetter),
    `${grouped(r.bytesPerLetter / 1024)} KB`,
    `${f1(r.nodeRssMb.before)} → ${f1(r.nodeRssMb.peak)}`,
    `${f1(r.heapUsedMb.before)} → ${f1(r.heapUsedMb.peak)}`,
    r.browserPssMb === undefined ? '—' : f1(r.browserPssMb),
  ]);
  return textTable(
    [
      'case',
      'letters/s',
      'target',
      'ratio',
      'p50 ms',
      'p95 ms',
      'in flight',
      'CPU ms/letter',
      'size',
      'node RSS MB (peak)',
      'heap MB (peak)',
      'Chromium PSS MB (peak)',
    ],
    rows,
    new Set([1, 2, 3, 4, 5, 6, 7, 8]),
  );
}

export const lettersBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'letters',
  title: 'letters per second: HTML (Handlebars) and PDF (Chromium + playwright-core)',
  notes: [
    `targets: ≥ ${grouped(LETTERS_HTML_TARGET)} HTML letters/s on one thread, ≥ ${LETTERS_PDF_TARGET} PDF letters/s with one browser`,
    'contexts: the sample letters of libs/letters (seed case, deadlines computed), each with its own reference',
    'PDF: one Chromium (CHROMIUM_PATH, default /usr/bin/chromium); callers in flight = pages in the pool (--pdf-pages)',
    'CPU ms/letter: this process plus the browser processes; it does not depend on what else the machine runs',
  ],
  cases: CASES.map(({ name, description }) => ({ name, description })),
  flags: {
    'letters-seconds': `seconds measured per HTML case (default ${LETTERS_DEFAULTS.htmlSeconds})`,
    'pdf-seconds': `seconds measured per PDF case (default ${LETTERS_DEFAULTS.pdfSeconds})`,
    'pdf-pages': `Chromium pages printing at once (default ${LETTERS_DEFAULTS.pdfPages})`,
  },
  async run(ctx: AsyncRunContext): Promise<AsyncSectionResult> {
    const htmlSeconds = positiveOption(
      ctx.options,
      'letters-seconds',
      LETTERS_DEFAULTS.htmlSeconds,
    );
    const pdfSeconds = positiveOption(ctx.options, 'pdf-seconds', LETTERS_DEFAULTS.pdfSeconds);
    const pdfPages = intOption(ctx.options, 'pdf-pages', LETTERS_DEFAULTS.pdfPages);
    const options = lettersOptionsFromEnv(
      process.env,
      process.cwd(),
      dirname(fileURLToPath(import.meta.url)),
    );
    const renderer = new LetterRenderer(options);
    const templates = renderer.templates();
    ctx.out(`   templates: ${options.templatesDir}/letters, version ${templates.version}\n`);
    const samples = sampleLetterContexts(benchCalendar());
    const selected = CASES.filter((c) => ctx.selected.includes(c.name));
    const results: LettersCaseResult[] = [];
    const checks: TargetCheck[] = [];
    const report = (r: LettersCaseResult) => {
      results.push(r);
      const ratio = r.perSecond / r.target;
      checks.push({
        name: r.name,
        summary: `${r.name}: ${grouped(r.perSecond)} letters/s, ${ratio.toFixed(2)}× the target of ${grouped(r.target)}`,
        met: ratio >= 1,
      });
      ctx.out(
        `   ${r.description}: ${grouped(r.perSecond)} letters/s (${grouped(r.letters)} in ${r.seconds.toFixed(2)} s, p50 ${r.p50Ms.toFixed(2)} ms)\n`,
      );
    };

    for (const c of selected.filter((c) => c.format === 'html')) {
      report(
        measureHtml(renderer, c, contextPool(samples, c.kind, LETTERS_DEFAULTS.pool), htmlSeconds),
      );
    }
    const pdfCases = selected.filter((c) => c.format === 'pdf');
    if (pdfCases.length > 0) {
      const pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: pdfPages });
      try {
        const launchStart = performance.now();
        await pdf.warmUp();
        ctx.out(
          `   Chromium started in ${(performance.now() - launchStart).toFixed(0)} ms (${options.chromiumPath})\n`,
        );
        for (const c of pdfCases) {
          const htmls = contextPool(samples, c.kind, 16).map(
            (context) => renderer.render(c.kind, context as LetterContexts[typeof c.kind]).html,
          );
          report(await measurePdf(pdf, c, htmls, pdfSeconds, pdfPages));
        }
        ctx.out(`   browser launches: ${pdf.launches}, pages created: ${pdf.pagesCreated}\n`);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        ctx.out(`   ! PDF cases not measured: ${why}\n`);
        for (const c of pdfCases)
          checks.push({ name: c.name, summary: `${c.name}: not measured (${why})`, met: false });
      } finally {
        await pdf.close();
      }
    }
    return {
      table: lettersTable(results),
      checks,
      data: { templateVersion: templates.version, results },
    };
  },
};
