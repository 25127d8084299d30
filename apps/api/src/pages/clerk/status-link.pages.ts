import { Inject, Injectable } from '@nestjs/common';
import { type RequestRegister } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { EMPTY_FORM, refusalStatus } from '../shared/form-input.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { RequestPages } from './request.pages.js';
import { REISSUE_SLUG, REVOKE_SLUG, STATUS_LINK_COOKIE } from './status-link-view.js';

type IdParams = { Params: { id: string } };

/**
 * The requester's status link on the request page: reissue it (any clerk; the old link stops
 * working and the requester is e-mailed the new one) or revoke it (coordinators only, the
 * register's rule as in the API). The new token goes to the request page in a cookie scoped to
 * it, which shows it once (POST-redirect-GET); it is never put in a URL.
 */
@Injectable()
export class StatusLinkPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly requestPage: RequestPages,
  ) {}

  routes(scope: FastifyInstance): void {
    const csrf = { preHandler: scope.csrfProtection };
    scope.post<IdParams>(
      `/verzoeken/:id/${REISSUE_SLUG}`,
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        return this.act(reply, clerk, id, async () => {
          const token = await this.register.reissueStatusToken(clerk.actor, id);
          const page = `/verzoeken/${id}`;
          const target = `${page}?gelukt=${REISSUE_SLUG}#statuslink`;
          return this.kit.handOver(reply, page, `${id}.${token}`, STATUS_LINK_COOKIE, target);
        });
      }),
    );
    scope.post<IdParams>(
      `/verzoeken/:id/${REISSUE_SLUG}/intrekken`,
      csrf,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        return this.act(reply, clerk, id, async () => {
          await this.register.revokeStatusToken(clerk.actor, id);
          return reply.redirect(`/verzoeken/${id}?gelukt=${REVOKE_SLUG}#statuslink`, 303);
        });
      }),
    );
  }

  /** Runs the change; a refusal comes back in the section, with the API's status for it. */
  private async act(reply: FastifyReply, clerk: Clerk, id: string, change: () => Promise<unknown>) {
    return this.kit.onRequest(reply, clerk, id, change, (error) => {
      // One refusal box for the section, whichever of its two forms was refused.
      const failed = { slug: REISSUE_SLUG, form: { ...EMPTY_FORM, formError: error.nl } };
      return this.requestPage.show(reply, clerk, id, null, failed, refusalStatus(error));
    });
  }
}
