import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CLOCK } from '@wobdesk/clock';
import { type AppConfig, createLogger, METRICS } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { UnitOfWork } from '@wobdesk/persistence';
import { ApiModule, lettersOptionsOf } from './api.module.js';
import { registerRateLimits } from './common/rate-limit.js';
import {
  documentStatusCheck,
  registerStatusCheckRoute,
} from './public-status/public-status.route.js';
import { registerPages } from './pages/pages.plugin.js';
import { registerHttpObservability } from './observability/http-observability.js';
import { requestIdOf } from './observability/request-id.js';

/** Every API route lives under `/api`; the HTML pages have the site root. */
export const API_PREFIX = 'api';
/** OpenAPI UI at `/api/docs`, the document at `/api/docs-json`. */
export const DOCS_PATH = `${API_PREFIX}/docs`;

/**
 * The Fastify adapter as configured: behind a trusted proxy the client address (which the rate
 * limits count by) and the protocol come from X-Forwarded-For/-Proto.
 */
export function apiAdapter(config: AppConfig): FastifyAdapter {
  const { trustProxy } = config;
  return new FastifyAdapter({
    genReqId: requestIdOf,
    trustProxy:
      typeof trustProxy === 'number'
        ? // n hops: the addresses of the n proxies nearest to us are trusted (proxy-addr's rule).
          (_address: string, hop: number) => hop < trustProxy
        : typeof trustProxy === 'boolean'
          ? trustProxy
          : [...trustProxy],
  });
}

/**
 * Builds the application exactly as `main.ts` runs it, so the e2e tests exercise the same
 * adapter, prefix, pipe, guard and filter. Does not listen.
 */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config),
    apiAdapter(config),
    // Throw start-up errors to the caller instead of calling process.abort().
    { logger: createLogger(config), abortOnError: false },
  );
  await configureApiApp(app, config);
  return app;
}

/**
 * What every Wobdesk API app gets on top of its modules: the `/api` prefix, the rate limits and
 * the OpenAPI document. Tests that build the app from a `TestingModule` (to replace the clock)
 * call it too. Must run before `app.init()`.
 */
export async function configureApiApp(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  registerHttpObservability(app, config);
  watchOutbox(app);
  await registerRateLimits(app, {
    status: config.statusRateLimit,
    login: config.loginRateLimit,
    requestForm: config.pages.requestFormRateLimit,
  });
  registerStatusCheckRoute(app);
  // Documents arrive as multipart, streamed part by part (libs/documents reads each to disk).
  // A byte over the documents' own limit, so that their TOO_LARGE refusal is the one given.
  await app.register(multipart, {
    limits: {
      fileSize: config.documents.maxFileBytes + 1,
      files: 1000,
      fields: 10,
      parts: 1010,
      headerPairs: 100,
    },
  });
  // After the rate limits: their route hook must see the login, status and request-form pages.
  await registerPages(app, lettersOptionsOf(config).templatesDir);
  const document = new DocumentBuilder()
    .setTitle('Wobdesk API')
    .setDescription(
      'Wob/Woo requests: the register, the steps of a case with their statutory deadlines, ' +
        "and the requester's status check. Dates are `YYYY-MM-DD` calendar dates (Europe/Amsterdam). " +
        'Log in with `POST /api/auth/login` and send `Authorization: Bearer <token>`.',
    )
    .setVersion('0.1.0')
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'The session token from `POST /api/auth/login`',
    })
    .build();
  SwaggerModule.setup(
    DOCS_PATH,
    app,
    () => documentStatusCheck(SwaggerModule.createDocument(app, document)),
    {
      jsonDocumentUrl: `${DOCS_PATH}-json`,
      yamlDocumentUrl: `${DOCS_PATH}-yaml`,
    },
  );
}

/** The outbox gauges of the metrics read the outbox when a scraper asks, not on a timer. */
function watchOutbox(app: NestFastifyApplication): void {
  const storage = app.get(UnitOfWork);
  const clock = app.get<Clock>(CLOCK);
  METRICS.watchOutbox(() => storage.outboxBacklog(clock.now()));
}
