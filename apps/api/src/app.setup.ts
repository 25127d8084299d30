import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@wobdesk/config';
import { ApiModule } from './api.module.js';

/** Every route lives under `/api`; the HTML pages of later issues get the root. */
export const API_PREFIX = 'api';

/**
 * Builds the application exactly as `main.ts` runs it, so the e2e tests exercise the same
 * adapter, prefix, pipe and filter. Does not listen.
 */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config),
    new FastifyAdapter(),
    // Throw start-up errors to the caller instead of calling process.abort().
    { logger: config.logLevels, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  return app;
}
