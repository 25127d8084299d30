// Benchmark section "reports": the management report of an organisation with 100,000 requests
// over a year and over all seven years, built as the API builds it (the requests streamed in
// keyset pages from their projected columns, the steps, outcomes and grounds counted in SQL):
// p50/p95 latency (target < 1 s) and memory. The data is built in a child process per run.
import { fileURLToPath } from 'node:url';
import { runChildTask } from './child-task.js';
import { grouped, textTable } from './harness.js';
import { intOption } from './options.js';
import type { ReportsMeasurement, ReportsTask } from './reports-child.js';
import type { AsyncBenchmark, AsyncSectionResult } from './registry.js';
import { benchSeedsDir } from './wobdesk-fixture.js';

export const REPORTS_DEFAULTS = { requests: 100_000, iterations: 20 } as const;
export const REPORT_TARGET_MS = 1_000;

const CHILD = fileURLToPath(new URL('./reports-child.js', import.meta.url));

export const reportsBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'reports',
  title: `Management report of an organisation with ${grouped(REPORTS_DEFAULTS.requests)} requests`,
  notes: [
    `Data: --reports-requests requests of one organisation (default ${grouped(REPORTS_DEFAULTS.requests)}), received over seven years, the list`,
    "benchmark's lives with every kind of suspension added and grounds on the items, inserted in a fresh child process.",
    "Measured: `ManagementReports.build` (the API's JSON, CSV and XLSX all start from it) over the last year and over all",
    `seven years, --reports-iterations times each (default ${REPORTS_DEFAULTS.iterations}) after one warm-up.`,
    `Target: p95 < ${grouped(REPORT_TARGET_MS)} ms per report; RSS before, peak while reporting, and the child's max RSS.`,
  ],
  cases: [
    { name: 'reports/year', description: 'the report of the last year' },
    { name: 'reports/all', description: 'the report of all seven years' },
  ],
  flags: {
    'reports-requests': `requests in the reports benchmark (default ${grouped(REPORTS_DEFAULTS.requests)})`,
    'reports-iterations': `reports built per period (default ${REPORTS_DEFAULTS.iterations})`,
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const requests = intOption(ctx.options, 'reports-requests', REPORTS_DEFAULTS.requests, 10);
    const iterations = intOption(ctx.options, 'reports-iterations', REPORTS_DEFAULTS.iterations, 1);
    const m = await runChildTask<ReportsMeasurement>(
      CHILD,
      {
        requests,
        iterations,
        today: new Date().toISOString().slice(0, 10),
        seedsDir: benchSeedsDir(),
      } satisfies ReportsTask,
      'reports',
      ctx.out,
      ['--expose-gc'],
    );
    ctx.out(
      `   RSS ${m.rssBeforeMb.toFixed(0)} MB before, peak ${m.rssPeakMb.toFixed(0)} MB while reporting; child max RSS ${m.maxRssMb.toFixed(0)} MB\n`,
    );
    const cases = m.cases.filter((c) => ctx.selected.includes(c.name));
    return {
      table: textTable(
        ['case', 'period', 'decided', 'p50 ms', 'p95 ms', 'max ms', 'RSS peak', 'max RSS'],
        cases.map((c) => [
          c.name,
          c.period,
          grouped(c.decided),
          c.p50Ms.toFixed(0),
          c.p95Ms.toFixed(0),
          c.maxMs.toFixed(0),
          `${m.rssPeakMb.toFixed(0)} MB`,
          `${m.maxRssMb.toFixed(0)} MB`,
        ]),
      ),
      checks: cases.map((c) => ({
        name: c.name,
        summary: `p95 ${c.p95Ms.toFixed(0)} ms over ${grouped(requests)} requests (target < ${grouped(REPORT_TARGET_MS)} ms)`,
        met: c.p95Ms < REPORT_TARGET_MS,
      })),
      data: m,
    };
  },
};
