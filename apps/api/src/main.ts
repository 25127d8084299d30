import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, configWarnings, loadConfig } from '@wobdesk/config';
import { PendingMigrationsError, SeedFileError } from '@wobdesk/persistence';
import { createApiApp, DOCS_PATH } from './app.setup.js';
import { CalendarService } from './calendar/calendar.service.js';
import { SystemClock } from './common/system-clock.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  Logger.log(`Wobdesk API listening on ${url}/api (OpenAPI: ${url}/${DOCS_PATH})`, 'Bootstrap');
  Logger.log(
    `Clerks log in at ${url}/inloggen; requesters submit at ${url}/verzoek-indienen`,
    'Bootstrap',
  );
  app.get(CalendarService).warnAboutMissingDecreeData(new SystemClock().today());
  for (const warning of configWarnings(config)) Logger.warn(warning, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  const expected = [ConfigError, PendingMigrationsError, SeedFileError].some(
    (type) => error instanceof type,
  );
  // Known start-up problems get their message only; anything else gets the stack as well.
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
