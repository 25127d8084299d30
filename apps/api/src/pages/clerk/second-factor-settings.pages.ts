import { Injectable } from '@nestjs/common';
import { SecondFactorService } from '@wobdesk/accounts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { FormReader } from '../shared/form-input.js';
import { fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const SECOND_FACTOR_SETTINGS_PATH = '/instellingen/tweestapsverificatie';
const MAY = 'tweestapsverificatie instellen voor de organisatie';
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The coordinator's page for the second factor: whether clerks must use it too (coordinators
 * always must), who has set it up, and a reset for a user with a new or lost phone.
 */
@Injectable()
export class SecondFactorSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly secondFactor: SecondFactorService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      SECOND_FACTOR_SETTINGS_PATH,
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const query = request.query as Record<string, string | undefined>;
        return this.show(reply, clerk, noticeOf(query.opgeslagen));
      }),
    );
    scope.post(
      SECOND_FACTOR_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const form = new FormReader(request.body);
        await this.secondFactor.setRequiredForClerks(
          clerk.actor,
          form.checked('requiredForClerks'),
        );
        return reply.redirect(`${SECOND_FACTOR_SETTINGS_PATH}?opgeslagen=instelling`, 303);
      }),
    );
    scope.post(
      `${SECOND_FACTOR_SETTINGS_PATH}/:id/opnieuw`,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const { id } = request.params as { id: string };
        if (!UUID_SHAPE.test(id) || !(await this.secondFactor.reset(clerk.actor, id))) {
          return this.kit.notFound(reply, clerk);
        }
        return reply.redirect(`${SECOND_FACTOR_SETTINGS_PATH}?opgeslagen=opnieuw`, 303);
      }),
    );
  }

  private async show(reply: FastifyReply, clerk: Clerk, notice: string | null) {
    const organisationId = clerk.actor.organisationId;
    const required = await this.secondFactor.requiredForClerks(organisationId);
    const users = await this.secondFactor.overview(organisationId);
    return this.kit.html(
      reply,
      'instellingen-tweestapsverificatie',
      {
        title: 'Tweestapsverificatie',
        notice,
        fields: [
          fieldView(
            { values: required ? { requiredForClerks: 'ja' } : {}, errors: {}, formError: null },
            {
              name: 'requiredForClerks',
              label: 'Ook verplicht voor behandelaars',
              type: 'checkbox',
              description:
                'Een behandelaar zonder tweestapsverificatie stelt die dan in bij de volgende keer inloggen.',
            },
            'tweestaps-',
          ),
        ],
        users: users.map((user) => ({
          ...user,
          roleNl: user.role === 'coordinator' ? 'Coördinator' : 'Behandelaar',
          statusNl: user.enrolled
            ? `Ingesteld (nog ${user.recoveryCodesLeft} herstelcodes)`
            : 'Niet ingesteld',
        })),
      },
      clerk,
    );
  }
}

function noticeOf(saved: string | undefined): string | null {
  if (saved === 'instelling') return 'De instelling is opgeslagen.';
  if (saved === 'opnieuw') {
    return 'De tweestapsverificatie is gewist. De gebruiker is uitgelogd en stelt die bij de volgende keer inloggen opnieuw in.';
  }
  return null;
}
