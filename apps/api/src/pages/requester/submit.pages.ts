import { Injectable } from '@nestjs/common';
import { PublicStatusService, PublicSubmissionService } from '@wobdesk/public-status';
import { StatusLinks } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { rateLimited } from '../../common/rate-limit.js';
import { BrandingService } from '../../organisation/branding.service.js';
import { OrganisationGeneralSettingsRepository } from '@wobdesk/persistence';
import {
  EMPTY_FORM,
  FormReader,
  type FormState,
  refusalOf,
  refusalStatus,
} from '../shared/form-input.js';
import { errorSummary } from '../shared/form-view.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import {
  readRequestFields,
  REQUEST_FIELD_LABELS,
  REQUEST_FIELD_NAMES,
  requestFieldViews,
} from '../shared/request-form.js';
import { privacyView } from '../shared/site-brand.js';

export const SUBMIT_PATH = '/verzoek-indienen';
const RECEIVED_PATH = '/verzoek-ontvangen';
const PREFIX = 'verzoek-';

/** The public Woo request form and the start page that points to it. */
@Injectable()
export class SubmitPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly submissions: PublicSubmissionService,
    private readonly status: PublicStatusService,
    private readonly links: StatusLinks,
    private readonly branding: BrandingService,
    private readonly general: OrganisationGeneralSettingsRepository,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get('/', async (_request, reply) => {
      const organisation = await this.submissions.organisation();
      return this.kit.html(reply, 'start', {
        title: 'Informatie opvragen',
        organisationName: organisation?.name ?? 'de overheid',
      });
    });
    scope.get(SUBMIT_PATH, async (_request, reply) => this.show(reply, EMPTY_FORM));
    scope.get(RECEIVED_PATH, { config: rateLimited('status') }, async (request, reply) => {
      const token = this.kit.handedOver(request);
      const page = token === undefined ? undefined : await this.status.lookupPage(token);
      if (token === undefined || !page) return reply.redirect(SUBMIT_PATH, 303);
      return this.kit.html(reply, 'verzoek-ontvangen', {
        title: 'Uw verzoek is ontvangen',
        reference: page.view.reference,
        receivedOn: page.view.keyDates.receivedOn,
        decisionDeadline: page.view.keyDates.decisionDue,
        statusUrl: this.links.pageUrlOf(token),
      });
    });
    scope.post(
      SUBMIT_PATH,
      { config: rateLimited('requestForm'), preHandler: scope.csrfProtection },
      async (request, reply) => {
        const organisation = await this.submissions.organisation();
        const settings = organisation && (await this.general.get(organisation.id));
        // A closed form is the organisation's choice, not a fault: the request is not taken (409).
        if (settings?.publicFormOpen === false) return this.closedByChoice(reply, 409);
        const form = new FormReader(request.body);
        const input = readRequestFields(form);
        if (!form.ok) return this.show(reply, form.state(), 400);
        try {
          const created = await this.submissions.submit(input);
          if (!created) return this.closed(reply);
          return this.kit.handOver(reply, RECEIVED_PATH, created.statusToken);
        } catch (error) {
          const state = refusalOf(error, form, REQUEST_FIELD_NAMES);
          return this.show(reply, state, refusalStatus(error));
        }
      },
    );
  }

  private async show(reply: FastifyReply, form: FormState, status = 200) {
    const organisation = await this.submissions.organisation();
    if (!organisation) return this.closed(reply);
    const settings = await this.general.get(organisation.id);
    if (settings?.publicFormOpen === false) return this.closedByChoice(reply, 200);
    return this.kit.html(
      reply,
      'verzoek-indienen',
      {
        title: 'Woo-verzoek indienen',
        organisationName: organisation.name,
        contactEmail: organisation.contactEmail,
        privacy: privacyView((await this.branding.get(organisation.id)).privacyStatement),
        intro: paragraphsOf(settings?.publicFormIntro ?? null),
        errorSummary: errorSummary(form, PREFIX, REQUEST_FIELD_LABELS),
        formError: form.formError,
        ...requestFieldViews(form, PREFIX),
      },
      undefined,
      status,
    );
  }

  /** No organisation takes requests through this site: a setup fault (503). */
  private closed(reply: FastifyReply) {
    return this.kit.errorPage(
      reply,
      503,
      'Verzoek indienen kan nu niet',
      'Het formulier is niet ingesteld. Stuur uw verzoek per e-mail of post.',
    );
  }

  /**
   * The organisation closed the form: the page says how to send a request instead (200 when it
   * is asked for, 409 when a request is posted to it).
   */
  private closedByChoice(reply: FastifyReply, status: 200 | 409) {
    return this.kit.errorPage(
      reply,
      status,
      'Verzoek indienen kan nu niet',
      'Het formulier is gesloten. Stuur uw verzoek per e-mail of post.',
    );
  }
}

/** The organisation's text as paragraphs (a blank line between them). */
function paragraphsOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
