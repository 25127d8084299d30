import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { ConfigError, configWarnings, loadConfig } from '@wobdesk/config';
import { readDemoLogin } from '@wobdesk/demo';
import type { Clock } from '@wobdesk/domain';
import { PendingMigrationsError, SeedFileError } from '@wobdesk/persistence';
import { createApiApp, DOCS_PATH } from './app.setup.js';
import { CalendarService } from './calendar/calendar.service.js';
import { closeGracefullyOnSignals } from './shutdown.js';
import { startUpNotice } from './start-up-notice.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  closeGracefullyOnSignals(app, config.observability.shutdownGraceSeconds);
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  app.get(CalendarService).warnAboutMissingDecreeData(app.get<Clock>(CLOCK).today());
  for (const warning of configWarnings(config)) Logger.warn(warning, 'Bootstrap');
  if (config.observability.logFormat === 'json') {
    // Every line a JSON object for the log collector; the demo password stays out of it.
    Logger.log(`Wobdesk is running at ${url}`, 'Bootstrap');
    return;
  }
  // Last, so the addresses and the demo login are not lost above the framework's start-up log.
  console.log(startUpNotice(url, DOCS_PATH, readDemoLogin(config)).join('\n'));
}

bootstrap().catch((error: unknown) => {
  const expected = [ConfigError, PendingMigrationsError, SeedFileError].some(
    (type) => error instanceof type,
  );
  // Known start-up problems get their message only; anything else gets the stack as well.
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
