import type { FastifyInstance } from 'fastify';

/** A capability's pages: registers its routes in the pages' scope (see pages.plugin.ts). */
export interface PageRoutes {
  routes(scope: FastifyInstance): void;
}

/** Only same-site paths as a place to return to after logging in (no open redirect). */
export function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
