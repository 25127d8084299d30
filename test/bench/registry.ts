// The benchmark sections run by `npm run bench`. A later issue adds a section as a file in this
// directory (exporting a `Benchmark`) and one line in BENCHMARKS below.
import { deadlineBenchmark } from './deadlines.bench.js';

/** One measured operation. */
export interface BenchCase {
  /** Unique name, `section/case`, used by `--only`. */
  readonly name: string;
  readonly description: string;
  /** The operations per second the issue asks for, if any (reported as a ratio). */
  readonly targetOpsPerSec?: number;
  /**
   * Prepares the inputs (not measured) and returns the operation. The harness calls it with
   * 0, 1, 2, …; it returns a number that the harness accumulates, so the work cannot be dropped.
   */
  setup(): (i: number) => number;
}

/** A named section of related cases, one file in test/bench/. */
export interface Benchmark {
  readonly name: string;
  readonly title: string;
  /** Lines printed under the section title: what the inputs are, what the target means. */
  readonly notes: readonly string[];
  readonly cases: readonly BenchCase[];
}

export const BENCHMARKS: readonly Benchmark[] = [deadlineBenchmark];
