import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PAGE_ROUTES } from '../../../apps/api/src/pages/pages.module.js';

/** A route as the app declares it: `/api/requests/:id/close`, `/verzoeken/:id`. */
export interface AppRoute {
  readonly method: string;
  readonly path: string;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '')
    .join('/')}`;

/**
 * Every route of the JSON API's controllers, read from Nest's own route metadata (so a controller
 * added later is listed without a test edit), under the global prefix.
 */
export function apiRoutes(app: NestFastifyApplication, prefix = 'api'): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!type) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) continue;
        for (const b of base) {
          for (const p of ([] as string[]).concat(paths)) {
            routes.push({ method: RequestMethod[method], path: join(prefix, b, p) });
          }
        }
      }
    }
  }
  return routes;
}

/**
 * Every page route, from the page router list the app registers (PAGE_ROUTES): each is asked for
 * its routes against a recorder standing in for the Fastify scope.
 */
export function pageRoutes(app: NestFastifyApplication): AppRoute[] {
  const routes: AppRoute[] = [];
  const record =
    (method: string) =>
    (path: string): void => {
      routes.push({ method, path });
    };
  const recorder = new Proxy(
    {
      get: record('GET'),
      post: record('POST'),
      put: record('PUT'),
      patch: record('PATCH'),
      delete: record('DELETE'),
      route: (options: { method: string | string[]; url: string }) => {
        for (const m of ([] as string[]).concat(options.method)) record(m)(options.url);
      },
    },
    // Anything else the routes touch (csrfProtection, hooks) is not a route: a no-op.
    {
      get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => undefined),
    },
  );
  for (const type of PAGE_ROUTES) {
    (app.get(type) as { routes(scope: unknown): void }).routes(recorder);
  }
  return routes;
}
