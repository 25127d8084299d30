// What every page route gets, in the pages' own Fastify scope (the JSON API is not affected):
// form bodies, cookies, CSRF tokens for every POST and strict security headers.
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const FORM = 'application/x-www-form-urlencoded';
/** Forms are small; the longest field is a request's text. */
const FORM_BODY_LIMIT = 256 * 1024;

export interface CookiePolicy {
  readonly secure: boolean;
}

/** Options of every cookie the pages set: not readable by scripts, not sent on cross-site POSTs. */
export function cookieOptions(policy: CookiePolicy) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: policy.secure } as const;
}

export async function registerPageSecurity(
  scope: FastifyInstance,
  policy: CookiePolicy,
): Promise<void> {
  // Nest registers its own urlencoded parser on the root; the pages use @fastify/formbody's.
  if (scope.hasContentTypeParser(FORM)) scope.removeContentTypeParser(FORM);
  await scope.register(fastifyFormbody, { bodyLimit: FORM_BODY_LIMIT });
  await scope.register(fastifyCookie);
  await scope.register(fastifyCsrf, {
    cookieKey: 'wobdesk_csrf',
    cookieOpts: cookieOptions(policy),
    getToken: (request) => (request.body as Record<string, unknown> | undefined)?._csrf as string,
  });
  await scope.register(fastifyHelmet, {
    // No scripts at all, styles only from our own files, forms only to ourselves.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: policy.secure,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
