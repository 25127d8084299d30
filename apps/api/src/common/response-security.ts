import type { FastifyReply } from 'fastify';

/**
 * What letter HTML may do in a browser: show itself with its own inline styles and embedded
 * images (the logo is a data: URL), run nothing, load nothing, submit nothing. `sandbox` puts it
 * in a unique origin, so even a script that slipped into a letter could not read the session.
 */
export const LETTER_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Headers for letter HTML on every route that returns it. */
export function asLetterHtml(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Security-Policy', LETTER_CSP)
    .header('X-Content-Type-Options', 'nosniff');
}

/**
 * A response for the requester holding their case (a status, a letter, a document): not kept by
 * a shared or back/forward cache, and the token in the address never leaves in a Referer.
 */
export function asRequesterPrivate(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
}
