import { HttpException, HttpStatus } from '@nestjs/common';
import type { LoginBackoffError, LoginClient } from '@wobdesk/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where a login comes from: the client IP (after TRUST_PROXY) and the browser's description. */
export function loginClientOf(request: FastifyRequest): LoginClient {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : undefined };
}

/**
 * The 429 of a login refused by the per-account backoff, shaped like the per-IP limit's (same
 * code, `Retry-After`), so a client handles both alike.
 */
export function tooManyLogins(error: LoginBackoffError, reply: FastifyReply): HttpException {
  const seconds = error.retryAfterSeconds;
  void reply.header('Retry-After', String(seconds));
  return new HttpException(
    {
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      error: 'Too Many Requests',
      code: 'RATE_LIMITED',
      message: `Too many failed logins for this account; try again in ${seconds} s.`,
      messageNl: `Te vaak mislukt inloggen op dit account; probeer het over ${seconds} seconden opnieuw.`,
      details: { retryAfterSeconds: seconds, reason: 'account_backoff' },
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
