// Entry of the reminders benchmark's child processes (reminders.bench.ts): `build` fills (or
// reuses) the dataset; `sweep` runs the reminder sweep in a fresh process on it and measures
// time and memory, then prints the plan of every query the sweep runs. One task per process, so
// the memory figures are the sweep's own.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import { deadlineRanges, LocalDate, REMINDER_RULES, type SweepWindow } from '@wobdesk/domain';
import {
  digestQueries,
  oldestDate,
  oldestDateQueries,
  repositoriesOf,
  serialRead,
  sweepQueries,
} from '@wobdesk/persistence';
import { CalendarSource } from '@wobdesk/register';
import {
  digestSections,
  findDueWork,
  RemindersModule,
  ReminderSweep,
  type SweepReport,
} from '@wobdesk/reminders';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { serveChildTask } from './child-task.js';
import { type PlanRow } from './query-plan.js';
import { buildReminderDataset } from './reminder-data.js';

export type RemindersTask =
  | {
      readonly task: 'build';
      readonly path: string;
      readonly rows: number;
      readonly due: number;
      readonly today: string;
      readonly seedsDir: string;
    }
  | { readonly task: 'sweep'; readonly path: string; readonly seedsDir: string };

export interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
}

export interface MeasuredSweep {
  readonly report: SweepReport;
  readonly ms: number;
  readonly before: Memory;
  readonly after: Memory;
}

export interface StatementPlan {
  readonly label: string;
  readonly sql: string;
  readonly plan: readonly PlanRow[];
}

export interface SweepMeasurement {
  /** First sweep of the day: queues every due reminder, then the coordinators' digests. */
  readonly first: MeasuredSweep;
  /** The same day again (what every later minute costs): finds the same work, queues nothing. */
  readonly again: MeasuredSweep;
  /** Finding the due work only (the indexed queries + the rule check), median of 5. */
  readonly selectMs: number;
  /** getrusage max RSS of the child (whole process life, start-up included). */
  readonly maxRssMb: number;
  readonly plans: readonly StatementPlan[];
}

function memory(): Memory {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

async function measured(sweep: ReminderSweep): Promise<MeasuredSweep> {
  global.gc?.();
  const before = memory();
  const t0 = performance.now();
  const report = await sweep.run();
  const ms = performance.now() - t0;
  return { report, ms, before, after: memory() };
}

async function explain(ds: DataSource, label: string, qb: SelectQueryBuilder<object>) {
  const [sql, parameters] = qb.getQueryAndParameters();
  const plan = (await ds.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)) as PlanRow[];
  return { label, sql, plan };
}

async function sweepTask(path: string, seedsDir: string): Promise<SweepMeasurement> {
  const config = loadConfig({ DATABASE_PATH: path, SEEDS_DIR: seedsDir, LOG_LEVEL: 'warn' });
  @Module({ imports: [ConfigModule.forRoot(config), RemindersModule] })
  class BenchSweepModule {}
  const app = await NestFactory.createApplicationContext(BenchSweepModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const ds = app.get(DataSource);
    // A clean outbox and no watermark: every round measures the first sweep of a day.
    await ds.query('DELETE FROM "outbox_message"');
    await ds.query('DELETE FROM "sweep_watermark"');
    await ds.query('DELETE FROM "scheduler_lease"');
    const sweep = app.get(ReminderSweep);
    const first = await measured(sweep);
    const again = await measured(sweep);
    const today = LocalDate.parse(first.report.window!.through);
    const window: SweepWindow = { after: today.minusDays(1), through: today };
    const calendar = await app.get(CalendarSource).get();
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      await serialRead(ds, (em) =>
        findDueWork(repositoriesOf(em), window, sweep.settings, calendar),
      );
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const plans: StatementPlan[] = [];
    const em = ds.manager;
    for (const rule of REMINDER_RULES) {
      let oldest: string | undefined;
      if (rule.schedule === 'overdue') {
        for (const [k, qb] of oldestDateQueries(em, rule.column, rule.phases).entries()) {
          plans.push(await explain(ds, `${rule.kind}: oldest (${rule.phases[k]})`, qb));
        }
        oldest = await oldestDate(em, rule.column, rule.phases);
      }
      const ranges = deadlineRanges(
        rule.schedule,
        window,
        sweep.settings,
        calendar,
        oldest ? LocalDate.parse(oldest) : undefined,
      );
      const queries = sweepQueries(em, { ...rule, ranges });
      for (const [k, qb] of queries.entries()) {
        plans.push(await explain(ds, `${rule.kind}: rows ${k + 1}/${queries.length}`, qb));
      }
    }
    // The digest's queries for one organisation (each runs once per organisation with a coordinator).
    const [{ id: someOrg }] = (await ds.query('SELECT "id" FROM "organisation" LIMIT 1')) as {
      id: string;
    }[];
    const digest = digestQueries(em, someOrg, digestSections(today, today.minusDays(1)));
    for (const [k, phase] of digest.undecided.entries()) {
      plans.push(await explain(ds, `digest (per organisation): due, phase ${k + 1}`, phase.due));
      plans.push(
        await explain(ds, `digest (per organisation): overdue, phase ${k + 1}`, phase.overdue),
      );
    }
    plans.push(await explain(ds, 'digest (per organisation): closed', digest.closed));
    return {
      first,
      again,
      selectMs: runs[2],
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      plans,
    };
  } finally {
    await app.close();
  }
}

serveChildTask<RemindersTask>((task, progress) =>
  task.task === 'build'
    ? buildReminderDataset(
        task.path,
        task.rows,
        task.due,
        LocalDate.parse(task.today),
        task.seedsDir,
        progress,
      )
    : sweepTask(task.path, task.seedsDir),
);
