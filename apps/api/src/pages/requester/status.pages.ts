import { Injectable } from '@nestjs/common';
import { PublicStatusService } from '@wobdesk/public-status';
import type { FastifyInstance } from 'fastify';
import { rateLimited } from '../../common/rate-limit.js';
import { STATUS_PAGE_PATH } from '../../public-status/public-status.paths.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { statusPageView } from './requester-views.js';

/**
 * The requester's status page behind their token: the same lookup (and cache) as
 * `GET /api/status/:token`, so an unknown, revoked or another request's token shows nothing.
 */
@Injectable()
export class StatusPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly status: PublicStatusService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<{ Params: { token: string } }>(
      `${STATUS_PAGE_PATH}/:token`,
      { config: rateLimited('status') },
      async (request, reply) => {
        const { token } = request.params;
        const page = await this.status.lookupPage(token);
        if (!page) {
          return this.kit.errorPage(
            reply,
            404,
            'Verzoek niet gevonden',
            'Met deze link vinden wij geen verzoek. Controleer of u de hele link uit onze brief of e-mail heeft gebruikt. Lukt het niet? Neem dan contact met ons op.',
          );
        }
        // The token is the requester's secret: no referrer to other sites, never in a cache.
        return this.kit.html(reply, 'status', statusPageView(token, page.view, page.letters));
      },
    );
  }
}
