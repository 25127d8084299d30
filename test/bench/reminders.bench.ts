// Benchmark section "reminders": the reminder sweep over 1,000,000 stored requests of which
// 1,000 have a reminder due today — time, memory and the plan of every query it runs (goal:
// < 1 s, no full scan of `request`). The dataset is built once per size and day in a child
// process and cached in the OS temp dir (reminder-data.ts); each round measures a fresh child.
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { amsterdamDateOf } from '@wobdesk/domain';
import { runChildTask } from './child-task.js';
import { grouped } from './harness.js';
import { intOption } from './options.js';
import { formatPlan, planFindings } from './query-plan.js';
import type { AsyncBenchmark, AsyncSectionResult } from './registry.js';
import { cachedPath, type ReminderDataset } from './reminder-data.js';
import type { RemindersTask, SweepMeasurement } from './reminders-child.js';
import { benchSeedsDir } from './wobdesk-fixture.js';

export const REMINDER_DEFAULTS = { rows: 1_000_000, due: 1_000 } as const;
export const SWEEP_TARGET_MS = 1_000;

const CHILD = fileURLToPath(new URL('./reminders-child.js', import.meta.url));

function runChild<T>(task: RemindersTask, progress: (text: string) => void): Promise<T> {
  return runChildTask(CHILD, task, `reminders ${task.task}`, progress, ['--expose-gc']);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mb(bytes)}`;

export const remindersBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'reminders',
  title: `Reminder sweep over ${grouped(REMINDER_DEFAULTS.rows)} stored requests, ${grouped(REMINDER_DEFAULTS.due)} due today`,
  notes: [
    `Data: --reminder-rows requests (default ${grouped(REMINDER_DEFAULTS.rows)}) over 20 organisations — 88 % closed, 4 % undecided, 5 % in`,
    'or after the objection window, the rest decided, withdrawn or forwarded — and --reminder-due requests (default',
    `${grouped(REMINDER_DEFAULTS.due)}) with one reminder due today each (decision due/overdue/5 days ahead, extension notice, suspension`,
    'ended, objection decision overdue, notice of default, disclosure), checked with the domain rules; no other row is due.',
    'Built once per size and day with better-sqlite3 prepared statements and cached in the OS temp dir.',
    'A fresh child process opens the file (Nest context with RemindersModule, ANALYZE done), empties the outbox, then:',
    "the first sweep of the day (queues every reminder and the coordinators' digests) and the same sweep again.",
    `Target: the sweep < ${grouped(SWEEP_TARGET_MS)} ms; no query plan scans the request table in full.`,
  ],
  cases: [{ name: 'reminders/sweep', description: 'reminder sweep (first of the day, and again)' }],
  flags: {
    'reminder-rows': `requests in the reminders benchmark's database (default ${grouped(REMINDER_DEFAULTS.rows)})`,
    'reminder-due': `of which due today (default ${grouped(REMINDER_DEFAULTS.due)})`,
    'reminder-rounds': 'sweeps measured, each in a fresh process (default 3)',
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const rows = intOption(ctx.options, 'reminder-rows', REMINDER_DEFAULTS.rows, 100);
    const due = intOption(ctx.options, 'reminder-due', REMINDER_DEFAULTS.due, 1);
    const rounds = intOption(ctx.options, 'reminder-rounds', 3, 1);
    const today = amsterdamDateOf(new Date());
    const path = cachedPath(tmpdir(), rows, due, today);
    const seeds = benchSeedsDir();
    ctx.out(`   dataset ${path}\n`);
    const data = await runChild<ReminderDataset>(
      { task: 'build', path, rows, due, today: today.toString(), seedsDir: seeds },
      ctx.out,
    );
    ctx.out(
      data.cached
        ? '   (cached from an earlier run today)\n'
        : `   built in ${data.buildSeconds.toFixed(1)} s\n`,
    );
    const results: SweepMeasurement[] = [];
    for (let r = 0; r < rounds; r++) {
      const m = await runChild<SweepMeasurement>({ task: 'sweep', path, seedsDir: seeds }, ctx.out);
      results.push(m);
      const f = m.first;
      ctx.out(
        `   round ${r + 1}: first sweep ${f.ms.toFixed(0)} ms [${Object.entries(
          f.report.phasesMs ?? {},
        )
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(
            ', ',
          )} ms] (${f.report.due} due, ${f.report.queued} queued, ${f.report.digests} digests; heap ${signedMb(f.after.heapUsed - f.before.heapUsed)}, RSS ${signedMb(f.after.rss - f.before.rss)}), again ${m.again.ms.toFixed(0)} ms (${m.again.report.queued} queued, ${m.again.report.alreadyQueued} already), selection only ${m.selectMs.toFixed(0)} ms, child max RSS ${m.maxRssMb.toFixed(0)} MB\n`,
      );
    }
    const plans = results[0].plans;
    const scans = plans.flatMap((p) =>
      planFindings(p.plan, p.sql)
        .filter((x) => x.severity === 'full-scan')
        .map((x) => `${p.label}: ${x.detail}`),
    );
    ctx.out('   Query plans (EXPLAIN QUERY PLAN of every query of the sweep and the digest):\n');
    for (const p of plans) ctx.out(`    ${p.label}\n${formatPlan(p.plan, p.sql, '      ')}\n`);
    const firsts = results.map((m) => m.first.ms).sort((a, b) => a - b);
    const agains = results.map((m) => m.again.ms).sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    const worst = Math.max(...firsts);
    const heap = Math.max(...results.map((m) => m.first.after.heapUsed - m.first.before.heapUsed));
    const rss = Math.max(...results.map((m) => m.first.after.rss - m.first.before.rss));
    const table =
      `${grouped(rows)} requests, ${grouped(due)} due; ${rounds} rounds\n` +
      `  first sweep of the day (queue ${grouped(due)} + digests): median ${median(firsts).toFixed(0)} ms, worst ${worst.toFixed(0)} ms\n` +
      `  sweep again (every later minute): median ${median(agains).toFixed(0)} ms\n` +
      `  selection only: median ${median(results.map((m) => m.selectMs).sort((a, b) => a - b)).toFixed(0)} ms\n` +
      `  memory of the first sweep: heap ${signedMb(heap)}, RSS ${signedMb(rss)} (worst round); child max RSS ${Math.max(...results.map((m) => m.maxRssMb)).toFixed(0)} MB\n` +
      `  query plans: ${plans.length} statements, ${scans.length === 0 ? 'no full scan of request' : `FULL SCAN: ${scans.join('; ')}`}\n`;
    return {
      table,
      checks: [
        {
          name: 'reminders/sweep',
          summary: `reminders/sweep: worst ${worst.toFixed(0)} ms (target < ${SWEEP_TARGET_MS} ms)${scans.length ? '; FULL SCAN' : ''}`,
          met: worst < SWEEP_TARGET_MS && scans.length === 0,
        },
      ],
      data: { rows, due, dataset: data, results },
    };
  },
};
