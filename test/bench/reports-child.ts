// Entry of the reports benchmark's child process (reports.bench.ts): builds a fresh database
// with `requests` requests of one organisation (every kind of suspension, grounds on the items;
// test/support/report-data.ts), then builds the management report as the API does, `iterations`
// times per period, and measures latency and memory. One task per process, so the memory
// figures are its own.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import { LocalDate, type ReportPeriod } from '@wobdesk/domain';
import { OrganisationEntity, PersistenceModule, prepareDatabase } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { DataSource } from 'typeorm';
import { ManagementReports } from '../../apps/api/src/reports/management-reports.service.js';
import { reportRequest } from '../support/report-data.js';
import { serveChildTask } from './child-task.js';
import { BATCH, insertRequests, organisation } from './datasets.js';
import { benchCalendar } from './deadlines.bench.js';
import { quantile } from './harness.js';
import type { GeneratedRequest } from './list-data.js';
import { Prng } from './prng.js';

export interface ReportsTask {
  readonly requests: number;
  readonly iterations: number;
  readonly today: string;
  readonly seedsDir: string;
}

export interface ReportsCase {
  readonly name: string;
  readonly period: string;
  readonly decided: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface ReportsMeasurement {
  readonly buildSeconds: number;
  readonly events: number;
  readonly cases: readonly ReportsCase[];
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly maxRssMb: number;
}

const CLERKS = 8;

async function build(ds: DataSource, task: ReportsTask, orgId: string): Promise<number> {
  const now = new Date();
  await ds.manager.insert(
    OrganisationEntity,
    organisation(orgId, 'Gemeente Benchmarkstad', 'GB-', now),
  );
  const clerkIds = Array.from({ length: CLERKS }, () => randomUUID());
  const plan = { id: orgId, referencePrefix: 'GB-', clerkIds };
  const calendar = benchCalendar();
  const today = LocalDate.parse(task.today);
  const rng = new Prng(20261203);
  let events = 0;
  for (let done = 0; done < task.requests; done += BATCH) {
    const batch: GeneratedRequest[] = [];
    for (let k = 0; k < Math.min(BATCH, task.requests - done); k++) {
      const g = reportRequest(rng, calendar, today, plan, done + k + 1);
      // The assignees are not user rows here: the report names them by id only.
      batch.push({ ...g, row: { ...g.row, assigneeId: null } });
    }
    events += batch.reduce((n, g) => n + g.events.length, 0);
    await ds.transaction((em) => insertRequests(em, batch));
  }
  await ds.query('ANALYZE');
  await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  return events;
}

async function run(task: ReportsTask, progress: (text: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'wobdesk-bench-reports-'));
  try {
    const config = loadConfig({
      DATABASE_PATH: join(dir, 'bench.sqlite'),
      SEEDS_DIR: task.seedsDir,
      LOG_LEVEL: 'warn',
    });
    await prepareDatabase(config);
    @Module({
      imports: [ConfigModule.forRoot(config), PersistenceModule, RegisterModule],
      providers: [ManagementReports],
    })
    class BenchReportsModule {}
    const app = await NestFactory.createApplicationContext(BenchReportsModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      const orgId = randomUUID();
      const t0 = performance.now();
      const events = await build(app.get(DataSource), task, orgId);
      const buildSeconds = (performance.now() - t0) / 1000;
      progress(
        `   ${task.requests} requests, ${events} events built in ${buildSeconds.toFixed(1)} s\n`,
      );
      const reports = app.get(ManagementReports);
      const today = LocalDate.parse(task.today);
      const periods: [string, ReportPeriod][] = [
        ['reports/year', { from: today.minusDays(364), to: today }],
        ['reports/all', { from: today.minusDays(7 * 365), to: today }],
      ];
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const cases: ReportsCase[] = [];
      for (const [name, period] of periods) {
        await reports.build(orgId, period); // warm-up: the calendar, the statement cache
        const times: number[] = [];
        let decided = 0;
        for (let i = 0; i < task.iterations; i++) {
          const t = performance.now();
          const report = await reports.build(orgId, period);
          times.push(performance.now() - t);
          decided = report.requests.total.decided;
          peak = Math.max(peak, process.memoryUsage().rss);
        }
        times.sort((a, b) => a - b);
        cases.push({
          name,
          period: `${period.from} – ${period.to}`,
          decided,
          p50Ms: quantile(times, 0.5),
          p95Ms: quantile(times, 0.95),
          maxMs: times[times.length - 1]!,
        });
      }
      return {
        buildSeconds,
        events,
        cases,
        rssBeforeMb: rssBefore / 1024 / 1024,
        rssPeakMb: peak / 1024 / 1024,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      } satisfies ReportsMeasurement;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

serveChildTask<ReportsTask>((task, progress) => run(task, progress));
