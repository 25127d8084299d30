// `npm run worker`: the scheduled jobs without HTTP (reminder sweep, mail sender, publication,
// office conversion to PDF). Run it with SCHEDULER_EMBEDDED=false on the API, or both run the jobs
// (harmless: the lease, the outbox keys and the conversion claims prevent doubles, but it is
// wasted work). `npm run worker -- --once`: one sweep and the due publications, then exit
// (for a cron-driven deployment, and for the crash tests); exit code 3 when another process held
// the lease for longer than SCHEDULER_LEASE_SECONDS (or `--wait SECONDS`).
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CLOCK } from '@wobdesk/clock';
import {
  type AppConfig,
  ConfigError,
  configWarnings,
  createLogger,
  loadConfig,
  METRICS,
} from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { PendingMigrationsError, UnitOfWork } from '@wobdesk/persistence';
import { Publications } from '@wobdesk/publication';
import { ReminderSweep, type SweepReport } from '@wobdesk/reminders';
import { startMetricsServer } from './metrics-server.js';
import { onceWaitSeconds } from './once-wait.js';
import { WorkerModule } from './worker.module.js';

async function sweepOnce(config: AppConfig, waitSeconds: number): Promise<number> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, { jobs: false }),
    { logger: createLogger(config), abortOnError: false },
  );
  try {
    const sweep = app.get(ReminderSweep);
    const giveUpAt = Date.now() + waitSeconds * 1000;
    let report: SweepReport = await sweep.run();
    while (!report.ran && Date.now() < giveUpAt) {
      await sleep(250);
      report = await sweep.run();
    }
    // Publishing is idempotent on its own (a conditional update), so it needs no lease.
    await app.get(Publications).publishDue();
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.ran ? 0 : 3;
  } finally {
    await app.close();
  }
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (process.argv.includes('--once')) {
    process.exitCode = await sweepOnce(
      config,
      onceWaitSeconds(process.argv, config.scheduler.leaseSeconds),
    );
    return;
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, { jobs: true }),
    { logger: createLogger(config), abortOnError: false },
  );
  app.enableShutdownHooks();
  const { metricsPort, metricsToken } = config.observability;
  if (metricsPort !== undefined && metricsToken !== undefined) {
    const storage = app.get(UnitOfWork);
    const clock = app.get<Clock>(CLOCK);
    METRICS.watchOutbox(() => storage.outboxBacklog(clock.now()));
    const server = await startMetricsServer(metricsPort, metricsToken);
    // Stops with the worker: a signal closes the app, and this must not keep the process alive.
    server.unref();
    Logger.log(`metrics on http://127.0.0.1:${metricsPort}/metrics`, 'Bootstrap');
  }
  Logger.log(
    'Wobdesk worker running (reminder sweep, mail sender, office conversion)',
    'Bootstrap',
  );
  for (const warning of configWarnings(config)) Logger.warn(warning, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  const expected = [ConfigError, PendingMigrationsError].some((type) => error instanceof type);
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
