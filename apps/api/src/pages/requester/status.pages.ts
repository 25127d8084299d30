import { Injectable } from '@nestjs/common';
import { PublicStatusService, StatusCodeLookup } from '@wobdesk/public-status';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { rateLimited } from '../../common/rate-limit.js';
import { STATUS_PAGE_PATH } from '../../public-status/public-status.paths.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { RequesterReleases } from '../../releases/requester-releases.js';
import { releaseDownloadsView } from './release-downloads-view.js';
import { statusPageView } from './requester-views.js';

const PREFIX = 'status-';
/** The one answer to every kenmerk and code that do not belong together. */
export const NO_MATCH =
  'Met dit kenmerk en deze code vinden wij geen verzoek. Controleer wat u heeft ingevuld: beide staan in de ontvangstbevestiging. Lukt het niet? Neem dan contact met ons op.';

/**
 * The requester's status page behind their token: the same lookup (and cache) as
 * `GET /api/status/:token`, so an unknown, revoked or another request's token shows nothing.
 */
@Injectable()
export class StatusPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly status: PublicStatusService,
    private readonly codes: StatusCodeLookup,
    private readonly releases: RequesterReleases,
  ) {}

  routes(scope: FastifyInstance): void {
    // From paper: kenmerk and code lead to the status page; a wrong pair gets one answer.
    scope.get(STATUS_PAGE_PATH, async (_request, reply) => this.showForm(reply, EMPTY_FORM));
    scope.post(
      STATUS_PAGE_PATH,
      { config: rateLimited('status'), preHandler: scope.csrfProtection },
      async (request, reply) => {
        const form = new FormReader(request.body);
        const reference = (form.values.kenmerk ?? '').trim();
        const code = (form.values.code ?? '').trim();
        if (reference === '') form.errors.kenmerk = 'Vul het kenmerk uit de brief in.';
        if (code === '') form.errors.code = 'Vul de code uit de brief in.';
        if (!form.ok) return this.showForm(reply, form.state(), 400);
        const token = await this.codes.tokenFor(reference, code);
        if (token === undefined) return this.showForm(reply, form.state(NO_MATCH), 404);
        return reply.redirect(`${STATUS_PAGE_PATH}/${encodeURIComponent(token)}`, 303);
      },
    );
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
        const downloads = releaseDownloadsView(token, await this.releases.forToken(token));
        return this.kit.html(reply, 'status', {
          ...statusPageView(token, page.view, page.letters),
          ...(downloads && { downloads }),
        });
      },
    );
  }

  private showForm(reply: FastifyReply, form: FormState, status = 200) {
    return this.kit.html(
      reply,
      'status-zoeken',
      {
        title: 'Uw verzoek volgen',
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        referenceField: fieldView(
          form,
          { name: 'kenmerk', label: 'Kenmerk', required: true, autocomplete: 'off' },
          PREFIX,
        ),
        codeField: fieldView(
          form,
          {
            name: 'code',
            label: 'Code',
            required: true,
            autocomplete: 'off',
            description:
              'Acht tekens, bijvoorbeeld K7QM-4XPD. Kleine letters en zonder streepje mag ook.',
          },
          PREFIX,
        ),
      },
      undefined,
      status,
    );
  }
}
