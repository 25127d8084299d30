import { HttpException, Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PublicStatusService } from '@wobdesk/public-status';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { workflowErrorBody } from '../common/domain-error.filter.js';
import { statusNotFound } from '../common/http-errors.js';
import { rateLimited } from '../common/rate-limit.js';
import { asRequesterPrivate } from '../common/response-security.js';
import { publicLetter } from './public-status.controller.js';
import { API_STATUS_PATH } from './public-status.paths.js';

const logger = new Logger('PublicStatusRoute');
const NOT_FOUND = JSON.stringify(workflowErrorBody(statusNotFound()));
const JSON_TYPE = 'application/json; charset=utf-8';
const INTERNAL_ERROR = {
  statusCode: 500,
  error: 'Internal Server Error',
  message: 'Internal server error',
};

/**
 * `GET /api/status/:token`, the requester's status check, is served by Fastify directly instead of
 * through Nest's router, guard, pipes and filter. It is the one route that anyone may hit without
 * logging in and that is answered from a cache, so the pipeline was most of its cost (measured in
 * the benchmark: ~35 µs of server CPU per request against ~20 µs for a bare endpoint). What the
 * pipeline gave it is kept here: the rate limit (route config, so `registerRateLimits` must run
 * first), the 404 body of `DomainErrorFilter` for unknown, malformed and revoked tokens alike, a
 * bare 500 that reveals nothing, and an entry in the OpenAPI document (`documentStatusCheck`).
 */
export function registerStatusCheckRoute(app: NestFastifyApplication): void {
  const status = app.get(PublicStatusService);
  app
    .getHttpAdapter()
    .getInstance()
    .route({
      method: 'GET',
      url: `${API_STATUS_PATH}/:token`,
      config: rateLimited('status'),
      handler: async (
        request: FastifyRequest<{ Params: { token: string } }>,
        reply: FastifyReply,
      ) => {
        const { token } = request.params;
        const page = await status.lookupPage(token);
        asRequesterPrivate(reply).type(JSON_TYPE);
        if (!page) return reply.code(404).send(NOT_FOUND);
        // Memoised on the cache entry, which every change of the request drops.
        page.body ??= JSON.stringify({
          ...page.view,
          letters: page.letters.map((l) => publicLetter(token, l)),
        });
        return reply.send(page.body);
      },
      // The rate limiter's 429 is an HttpException with the API's error body; anything else is
      // logged and answered with a 500 that reveals nothing.
      errorHandler: (error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
        if (error instanceof HttpException) {
          const body = error.getResponse();
          return reply.code(error.getStatus()).type(JSON_TYPE).send(body);
        }
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        return reply.code(500).type(JSON_TYPE).send(INTERNAL_ERROR);
      },
    });
}

/** The OpenAPI entry of the route above, which Nest's scanner cannot see. */
export function documentStatusCheck(document: OpenAPIObject): OpenAPIObject {
  const error = { $ref: '#/components/schemas/ErrorResponse' };
  document.paths[`${API_STATUS_PATH}/{token}`] = {
    get: {
      operationId: 'PublicStatus_check',
      tags: ['status check (requester)'],
      summary: 'Where a request stands, in plain Dutch, with its key dates',
      parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'The public view of the request',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/PublicStatusResponse' } },
          },
        },
        '404': {
          description: 'STATUS.NOT_FOUND: unknown and revoked tokens alike',
          content: { 'application/json': { schema: error } },
        },
        '429': {
          description: 'RATE_LIMITED (Retry-After)',
          content: { 'application/json': { schema: error } },
        },
      },
    },
  };
  return document;
}
