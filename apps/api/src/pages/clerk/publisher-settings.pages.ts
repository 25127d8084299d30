import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import { TOOI_ORGANISATION_LISTS, tooiOrganisation } from '@wobdesk/publication';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import type { Clerk } from '../shared/page-kit.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const PUBLISHER_SETTINGS_PATH = '/instellingen/publicatie';
const PREFIX = 'publicatie-';

/** Every organisation DiWoo accepts as publisher, as one pick list sorted by name. */
const OPTIONS = [
  { value: '', label: 'Kies uw organisatie' },
  ...Object.values(TOOI_ORGANISATION_LISTS)
    .flatMap((list) => list.entries)
    .map((e) => ({ value: e.uri, label: e.label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
];

/**
 * The coordinator's page for the organisation's identity as publisher: the organisation in the
 * government's TOOI lists that the published decisions name. POST-redirect-GET with a notice.
 */
@Injectable()
export class PublisherSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly organisations: OrganisationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      PUBLISHER_SETTINGS_PATH,
      this.kit.coordinatorOnly(
        'de instellingen van de publicatie wijzigen',
        async (request, reply, clerk) => {
          const saved = (request.query as Record<string, unknown>).gelukt === '1';
          return this.show(reply, clerk, null, saved);
        },
      ),
    );
    scope.post(
      PUBLISHER_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(
        'de instellingen van de publicatie wijzigen',
        async (request, reply, clerk) => {
          const form = new FormReader(request.body);
          const chosen = tooiOrganisation((form.values.tooiUri ?? '').trim());
          if (chosen === undefined) {
            form.errors.tooiUri = 'Kies uw organisatie uit de lijst.';
            return this.show(reply, clerk, form.state(), false, 400);
          }
          await this.organisations.changePublisher(
            clerk.actor.organisationId,
            { tooiUri: chosen.uri, tooiLabel: chosen.label },
            clerk.actor.userId,
            this.clock.now(),
          );
          return reply.redirect(`${PUBLISHER_SETTINGS_PATH}?gelukt=1`, 303);
        },
      ),
    );
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    typed: FormState | null,
    saved: boolean,
    status = 200,
  ) {
    const org = await this.organisations.find(clerk.actor.organisationId);
    const form: FormState = typed ?? { ...EMPTY_FORM, values: { tooiUri: org?.tooiUri ?? '' } };
    const field = {
      name: 'tooiUri',
      label: 'Uw organisatie in de lijsten van de overheid',
      type: 'select' as const,
      required: true,
      description:
        'Gepubliceerde besluiten noemen deze organisatie als uitgever. De landelijke Woo-index herkent haar aan deze naam.',
      options: OPTIONS,
    };
    return this.kit.html(
      reply,
      'instellingen-publicatie',
      {
        title: 'Instellingen van de publicatie',
        notice: saved ? 'De instelling is opgeslagen.' : null,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        current: org?.tooiLabel ?? null,
        publisherField: fieldView(form, field, PREFIX),
      },
      clerk,
      status,
    );
  }
}
