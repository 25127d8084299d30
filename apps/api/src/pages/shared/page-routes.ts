import { isPlainText } from '@wobdesk/domain';
import type { FastifyInstance } from 'fastify';

/** A capability's pages: registers its routes in the pages' scope (see pages.plugin.ts). */
export interface PageRoutes {
  routes(scope: FastifyInstance): void;
}

// A same-site path in printable ASCII: what a Location header can carry as it is.
const SAME_SITE_PATH = /^\/(?![/\\])[\x21-\x7E]*$/;

/**
 * Only same-site paths as a place to return to after logging in (no open redirect). Other
 * characters are percent-encoded (`/€` → `/%E2%82%AC`), as a Location header holds only
 * ASCII; a path with white space, controls or broken Unicode gives the fallback.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !isPlainText(value) || /\s/.test(value)) return fallback;
  const encoded = encodeURI(value).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
  return SAME_SITE_PATH.test(encoded) ? encoded : fallback;
}
