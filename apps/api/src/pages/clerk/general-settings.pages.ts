import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, DEFAULT_RETENTION_MONTHS } from '@wobdesk/domain';
import { OrganisationGeneralSettingsRepository } from '@wobdesk/persistence';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  PUBLIC_FORM_INTRO_MAX,
  RETENTION_MONTHS_MAX,
} from '../../organisation/general-settings.dto.js';
import { FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const GENERAL_SETTINGS_PATH = '/instellingen/algemeen';
const PREFIX = 'algemeen-';
const MAY = 'het formulier en de bewaartermijn wijzigen';

const FIELDS: readonly FieldSpec[] = [
  {
    name: 'publicFormOpen',
    label: 'Het formulier voor aanvragers is open',
    type: 'checkbox',
    description:
      'Uit: het formulier zegt dat het gesloten is, en dat aanvragers hun verzoek per e-mail of post kunnen sturen.',
  },
  {
    name: 'publicFormIntro',
    label: 'Tekst boven het formulier',
    type: 'textarea',
    description: `Uw eigen uitleg, met een witregel tussen alinea’s. Hoogstens ${PUBLIC_FORM_INTRO_MAX} tekens.`,
  },
  {
    name: 'retentionMonths',
    label: 'Bewaartermijn van de gegevens van aanvragers, in maanden',
    type: 'number',
    description: `Hoe lang na het afsluiten van een verzoek u de naam en contactgegevens van de aanvrager bewaart: 1 tot en met ${RETENTION_MONTHS_MAX} maanden. Daarna maakt Wobdesk deze gegevens automatisch anoniem; de cijfers van het register blijven. Leeg: ${DEFAULT_RETENTION_MONTHS} maanden, de termijn van de Selectielijst gemeenten en intergemeentelijke organen.`,
  },
];

/**
 * The coordinator's page of the general settings: whether the public request form is open, the
 * organisation's words above it, and the retention period of requesters' personal data.
 */
@Injectable()
export class GeneralSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly settings: OrganisationGeneralSettingsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      GENERAL_SETTINGS_PATH,
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const saved = (request.query as Record<string, unknown>).gelukt === '1';
        return this.show(reply, clerk, saved ? 'De instellingen zijn opgeslagen.' : null);
      }),
    );
    scope.post(
      GENERAL_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const form = new FormReader(request.body);
        const open = form.checked('publicFormOpen');
        const intro = form.text('publicFormIntro', { max: PUBLIC_FORM_INTRO_MAX }) ?? null;
        const months = form.integer('retentionMonths', { min: 1, max: RETENTION_MONTHS_MAX });
        if (!form.ok) return this.show(reply, clerk, null, form.state(), 400);
        await this.settings.change(
          clerk.actor.organisationId,
          { publicFormOpen: open, publicFormIntro: intro, retentionMonths: months ?? null },
          clerk.actor.userId,
          this.clock.now(),
        );
        return reply.redirect(`${GENERAL_SETTINGS_PATH}?gelukt=1`, 303);
      }),
    );
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    notice: string | null,
    typed?: FormState,
    status = 200,
  ) {
    const current = await this.settings.get(clerk.actor.organisationId);
    const form: FormState = typed ?? {
      values: {
        publicFormOpen: current?.publicFormOpen ? 'ja' : '',
        publicFormIntro: current?.publicFormIntro ?? '',
        retentionMonths: current?.retentionMonths?.toString() ?? '',
      },
      errors: {},
      formError: null,
    };
    return this.kit.html(
      reply,
      'instellingen-algemeen',
      {
        title: 'Formulier en bewaartermijn',
        notice,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        fields: FIELDS.map((f) => fieldView(form, f, PREFIX)),
      },
      clerk,
      status,
    );
  }
}
