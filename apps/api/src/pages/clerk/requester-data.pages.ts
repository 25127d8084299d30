import { Inject, Injectable } from '@nestjs/common';
import { type RequestRegister, RequesterPrivacy } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { asRequesterDataDownload } from '../../requests/requester-data-download.js';
import { refusalStatus } from '../shared/form-input.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

type IdParams = { Params: { id: string } };

const EXPORT_SLUG = 'gegevens-aanvrager';
const ERASE_SLUG = 'gegevens-wissen';
const ERASED = 'gegevens-gewist';
const MAY_EXPORT = 'de gegevens van de aanvrager downloaden';
const MAY_ERASE = 'de gegevens van de aanvrager wissen';

export const REQUESTER_DATA_NOTICES: Readonly<Record<string, string>> = {
  [ERASED]:
    'De gegevens van de aanvrager zijn gewist. In het verloop staat nu "Persoonsgegevens geanonimiseerd".',
};

/** The section "Gegevens van de aanvrager (AVG)" of the request page, for a coordinator only. */
export function requesterDataSection(id: string, clerk: Clerk) {
  if (clerk.actor.role !== 'coordinator') return null;
  return {
    exportAction: `/verzoeken/${id}/${EXPORT_SLUG}`,
    eraseHref: `/verzoeken/${id}/${ERASE_SLUG}`,
  };
}

/**
 * The requester's rights under the AVG on the coordinator's pages, over the same
 * `RequesterPrivacy` as the API: the export of everything held about them (art. 15) as a
 * download, and a page that says what erasure (art. 17) removes and keeps before it is done. A
 * refusal of the erasure is shown on that page in the register's own words.
 */
@Injectable()
export class RequesterDataPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly privacy: RequesterPrivacy,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
  ) {}

  routes(scope: FastifyInstance): void {
    const csrf = { preHandler: scope.csrfProtection };
    scope.post<IdParams>(
      `/verzoeken/:id/${EXPORT_SLUG}`,
      csrf,
      this.kit.coordinatorOnly(MAY_EXPORT, async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        return this.kit.onRequest(
          reply,
          clerk,
          id,
          async () => {
            const data = await this.privacy.export(clerk.actor, id);
            asRequesterDataDownload(reply, id);
            return reply.type('application/json; charset=utf-8').send(JSON.stringify(data));
          },
          async (error) =>
            this.kit.errorPage(
              reply,
              refusalStatus(error),
              'Downloaden lukt niet',
              error.nl,
              clerk,
            ),
        );
      }),
    );
    scope.get<IdParams>(
      `/verzoeken/:id/${ERASE_SLUG}`,
      this.kit.coordinatorOnly(MAY_ERASE, async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        return this.showErasure(reply, clerk, id, null, 200);
      }),
    );
    scope.post<IdParams>(
      `/verzoeken/:id/${ERASE_SLUG}`,
      csrf,
      this.kit.coordinatorOnly(MAY_ERASE, async (request, reply, clerk) => {
        const { id } = request.params as IdParams['Params'];
        return this.kit.onRequest(
          reply,
          clerk,
          id,
          async () => {
            await this.privacy.erase(clerk.actor, id);
            return reply.redirect(`/verzoeken/${id}?gelukt=${ERASED}`, 303);
          },
          (error) => this.showErasure(reply, clerk, id, error.nl, refusalStatus(error)),
        );
      }),
    );
  }

  /** The erasure page; `refusal` is why the register would not erase, in its own words. */
  private showErasure(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    refusal: string | null,
    status: number,
  ) {
    return this.kit.onRequest(
      reply,
      clerk,
      id,
      async () => {
        const request = await this.register.get(clerk.actor, id);
        // Said before the button is pressed; after a refused press the refusal says it.
        const blocked = refusal ? null : await this.privacy.erasureRefusalNl(clerk.actor, id);
        return this.kit.html(
          reply,
          'gegevens-wissen',
          {
            title: 'Gegevens van de aanvrager wissen',
            request: { id, reference: request.reference, subject: request.subject },
            action: `/verzoeken/${id}/${ERASE_SLUG}`,
            formError: refusal,
            blocked,
          },
          clerk,
          status,
        );
      },
      async (error) =>
        this.kit.errorPage(reply, refusalStatus(error), 'Pagina niet beschikbaar', error.nl, clerk),
    );
  }
}
