// The benchmark sections run by `npm run bench`. A later issue adds a section as a file in this
// directory (exporting a `Benchmark` or an `AsyncBenchmark`) and one line in SECTIONS below.
import { deadlineBenchmark } from './deadlines.bench.js';
import { documentsBenchmark } from './documents.bench.js';
import { httpBenchmark } from './http.bench.js';
import { listBenchmark } from './list.bench.js';
import { redactionBenchmark } from './redaction.bench.js';
import { lettersBenchmark } from './letters.bench.js';
import { publicationBenchmark } from './publication.bench.js';
import { reportsBenchmark } from './reports.bench.js';
import { remindersBenchmark } from './reminders.bench.js';

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

/**
 * A named section of related synchronous cases, one file in test/bench/: the harness calls each
 * case's operation in a tight loop on the main thread and reports operations per second.
 */
export interface Benchmark {
  readonly kind?: 'sync';
  readonly name: string;
  readonly title: string;
  /** Lines printed under the section title: what the inputs are, what the target means. */
  readonly notes: readonly string[];
  readonly cases: readonly BenchCase[];
}

/** A case of an async section: only named here; the section measures it in `run`. */
export interface AsyncCaseInfo {
  /** Unique name, `section/case`, used by `--only`. */
  readonly name: string;
  readonly description: string;
}

/** What `run.ts` hands an async section. */
export interface AsyncRunContext {
  /** The cases `--only` selected (at least one); the section skips the others. */
  readonly selected: readonly string[];
  /** Writes progress and figures to the report as they come (the caller adds nothing). */
  readonly out: (text: string) => void;
  /** Raw `--name value` options meant for async sections (e.g. `connections`, `rows`). */
  readonly options: Readonly<Record<string, string | undefined>>;
}

/** One row of an async section's summary: a figure against the target of the issue. */
export interface TargetCheck {
  readonly name: string;
  /** "status/bare ratio 0.71× (target ≥ 0.60×)" and the like. */
  readonly summary: string;
  /** Undefined when the case has no target (or the target could not be computed). */
  readonly met?: boolean;
}

export interface AsyncSectionResult {
  /** A plain-text table of the section's figures, printed after all sections. */
  readonly table: string;
  readonly checks: readonly TargetCheck[];
  /** Everything measured, for `--json`. */
  readonly data: unknown;
}

/**
 * A section whose work is asynchronous (servers, HTTP, database files): it measures its own
 * cases, because a tight synchronous loop cannot. Opt-in options are declared in `flags`.
 */
export interface AsyncBenchmark {
  readonly kind: 'async';
  readonly name: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly cases: readonly AsyncCaseInfo[];
  /** Extra command-line options (`--name value`) the section reads from `context.options`. */
  readonly flags: Readonly<Record<string, string>>;
  run(context: AsyncRunContext): Promise<AsyncSectionResult>;
}

export type Section = Benchmark | AsyncBenchmark;

export function isAsync(section: Section): section is AsyncBenchmark {
  return section.kind === 'async';
}

/** Every section, in the order `npm run bench` runs them. */
export const SECTIONS: readonly Section[] = [
  deadlineBenchmark,
  httpBenchmark,
  listBenchmark,
  lettersBenchmark,
  remindersBenchmark,
  documentsBenchmark,
  redactionBenchmark,
  publicationBenchmark,
  reportsBenchmark,
];

/** The synchronous (operations per second) sections. */
export const BENCHMARKS: readonly Benchmark[] = SECTIONS.filter((s): s is Benchmark => !isAsync(s));
