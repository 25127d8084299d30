// Measures one BenchCase: warm-up, then timed samples on the main thread, with memory figures.
import { performance } from 'node:perf_hooks';
import type { BenchCase } from './registry.js';

export interface MeasureOptions {
  /** Milliseconds of warm-up (JIT, caches) before measuring. */
  readonly warmupMs: number;
  /** Milliseconds of measurement, split into `samples` equal slices. */
  readonly measureMs: number;
  readonly samples: number;
}

export interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
}

export interface CaseResult {
  readonly name: string;
  readonly description: string;
  readonly operations: number;
  readonly seconds: number;
  /** All operations over all measured time. */
  readonly opsPerSec: number;
  /** Operations per second of each slice, for the spread. */
  readonly sampleOpsPerSec: readonly number[];
  readonly targetOpsPerSec?: number;
  /** opsPerSec / target, when there is a target. */
  readonly ratioToTarget?: number;
  /** Before the warm-up and after the measurement. */
  readonly memoryBefore: Memory;
  readonly memoryAfter: Memory;
  /** Highest values seen while measuring (sampled about every 10 ms). */
  readonly memoryPeak: Memory;
  /** Keeps the results alive so that no work is optimised away. */
  readonly checksum: number;
}

const BATCH = 256;
const MEMORY_SAMPLE_MS = 10;

function memoryNow(): Memory {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

export function measure(c: BenchCase, options: MeasureOptions): CaseResult {
  const memoryBefore = memoryNow();
  const op = c.setup();
  let sink = 0;
  let i = 0;

  const warmupEnd = performance.now() + options.warmupMs;
  while (performance.now() < warmupEnd) {
    for (let k = 0; k < BATCH; k++) sink += op(i++);
  }

  const peak = { ...memoryNow() };
  let lastSample = performance.now();
  const sliceMs = options.measureMs / options.samples;
  const sampleOpsPerSec: number[] = [];
  let operations = 0;
  let seconds = 0;
  for (let s = 0; s < options.samples; s++) {
    const start = performance.now();
    let now = start;
    let n = 0;
    while (now - start < sliceMs) {
      for (let k = 0; k < BATCH; k++) sink += op(i++);
      n += BATCH;
      now = performance.now();
      if (now - lastSample >= MEMORY_SAMPLE_MS) {
        const m = memoryNow();
        peak.rss = Math.max(peak.rss, m.rss);
        peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
        lastSample = performance.now();
        now = lastSample;
      }
    }
    const elapsed = (now - start) / 1000;
    sampleOpsPerSec.push(n / elapsed);
    operations += n;
    seconds += elapsed;
  }
  const memoryAfter = memoryNow();
  peak.rss = Math.max(peak.rss, memoryAfter.rss);
  peak.heapUsed = Math.max(peak.heapUsed, memoryAfter.heapUsed);
  const opsPerSec = operations / seconds;
  return {
    name: c.name,
    description: c.description,
    operations,
    seconds,
    opsPerSec,
    sampleOpsPerSec,
    ...(c.targetOpsPerSec !== undefined && {
      targetOpsPerSec: c.targetOpsPerSec,
      ratioToTarget: opsPerSec / c.targetOpsPerSec,
    }),
    memoryBefore,
    memoryAfter,
    memoryPeak: peak,
    checksum: sink,
  };
}

/** "312 345": digits grouped by three with a space, as in the Dutch and ISO style. */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A plain text table, one row per case. */
export function formatTable(results: readonly CaseResult[]): string {
  const header = [
    'case',
    'ops/s',
    'median',
    'min–max of slices',
    'target',
    'ratio',
    'heapUsed MB before→after (peak)',
    'RSS MB before→after (peak)',
  ];
  const rows = results.map((r) => [
    r.name,
    grouped(r.opsPerSec),
    grouped(median(r.sampleOpsPerSec)),
    `${grouped(Math.min(...r.sampleOpsPerSec))}–${grouped(Math.max(...r.sampleOpsPerSec))}`,
    r.targetOpsPerSec === undefined ? '—' : `≥ ${grouped(r.targetOpsPerSec)}`,
    r.ratioToTarget === undefined ? '—' : `${r.ratioToTarget.toFixed(2)}×`,
    `${mb(r.memoryBefore.heapUsed)} → ${mb(r.memoryAfter.heapUsed)} (${mb(r.memoryPeak.heapUsed)})`,
    `${mb(r.memoryBefore.rss)} → ${mb(r.memoryAfter.rss)} (${mb(r.memoryPeak.rss)})`,
  ]);
  const numeric = new Set([1, 2, 3, 4, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return (
    [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
  );
}

/** The value at quantile `q` (0–1) of sorted numbers, nearest-rank (p95 of 40 samples = 38th). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * A plain text table: the header, a rule, one line per row. Columns whose index is in `numeric`
 * are right-aligned.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number> = new Set(),
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return (
    [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
  );
}
