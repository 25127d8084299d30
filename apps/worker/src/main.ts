// `npm run worker`: the scheduled jobs without HTTP (reminder sweep, mail sender, publication,
// office conversion to PDF). Run it with SCHEDULER_EMBEDDED=false on the API, or both run the jobs
// (harmless: the lease, the outbox keys and the conversion claims prevent doubles, but it is
// wasted work). `npm run worker -- --once`: one sweep and the due publications, then exit
// (for a cron-driven deployment, and for the crash tests); exit code 3 when another process held
// the lease for longer than SCHEDULER_LEASE_SECONDS.
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, ConfigError, configWarnings, loadConfig } from '@wobdesk/config';
import { PendingMigrationsError } from '@wobdesk/persistence';
import { Publications } from '@wobdesk/publication';
import { ReminderSweep, type SweepReport } from '@wobdesk/reminders';
import { WorkerModule } from './worker.module.js';

async function sweepOnce(config: AppConfig): Promise<number> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, { jobs: false }),
    { logger: config.logLevels, abortOnError: false },
  );
  try {
    const sweep = app.get(ReminderSweep);
    // A lease left by a killed sweeper expires after SCHEDULER_LEASE_SECONDS: wait that long.
    const giveUpAt = Date.now() + (config.scheduler.leaseSeconds + 2) * 1000;
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
    process.exitCode = await sweepOnce(config);
    return;
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, { jobs: true }),
    { logger: config.logLevels, abortOnError: false },
  );
  app.enableShutdownHooks();
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
