import { timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type AppConfig,
  METRICS,
  METRICS_CONTENT_TYPE,
  metricsText,
  runWithRequestId,
} from '@wobdesk/config';
import type { FastifyInstance } from 'fastify';

/** Where a scraper reads the metrics (outside `/api`: not part of the JSON API). */
export const METRICS_PATH = '/metrics';

/**
 * Per request: its id in AsyncLocalStorage (so every log line written while it is handled
 * carries it) and in the `X-Request-Id` response header; its count and duration by route
 * template, never by the concrete path, which holds ids and tokens.
 */
export function registerHttpObservability(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    runWithRequestId(request.id, done);
  });
  const access = new Logger('HTTP');
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = {
      method: request.method,
      route,
      status: String(reply.statusCode),
    };
    METRICS.httpRequests.inc(labels);
    METRICS.httpDuration.observe(labels, reply.elapsedTime / 1000);
    // The route template, never the path: paths hold status tokens and ids of requesters.
    runWithRequestId(request.id, () =>
      access.debug(
        `${request.method} ${route} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`,
      ),
    );
    done();
  });
  const token = config.observability.metricsToken;
  if (token === undefined) return;
  fastify.get(METRICS_PATH, async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, token)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ statusCode: 401, message: 'Send the METRICS_TOKEN as a bearer token' });
    }
    return reply
      .header('content-type', METRICS_CONTENT_TYPE)
      .header('cache-control', 'no-store')
      .send(await metricsText());
  });
}

/** Whether `Authorization: Bearer <token>` carries `token`, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return sent.length === wanted.length && timingSafeEqual(sent, wanted);
}
