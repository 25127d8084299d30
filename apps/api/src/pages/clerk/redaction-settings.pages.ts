import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { MAX_BUNDLE_MEGABYTES } from '@wobdesk/documents';
import {
  type Clock,
  MAX_LISTED_NAME_LENGTH,
  MAX_LISTED_NAMES,
  parseListedNames,
  storedListedNames,
} from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import type { Clerk } from '../shared/page-kit.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const REDACTION_SETTINGS_PATH = '/instellingen/lakken';
const PREFIX = 'lakken-';

const NAME_RULES_NL = {
  name_length_2_to_100: (name?: string) =>
    `Een naam heeft 2 tot en met ${MAX_LISTED_NAME_LENGTH} tekens${name ? `; pas "${name.slice(0, 40)}" aan` : ''}.`,
  max_500_names: () => `Vul hoogstens ${MAX_LISTED_NAMES} namen in.`,
} as const;

/**
 * The coordinator's page for the redaction settings: the names of persons the organisation
 * lists (one per line; the personal-data suggestions look for them) and the bundle size a release uses
 * when the clerk changes nothing. POST-redirect-GET with a notice.
 */
@Injectable()
export class RedactionSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly organisations: OrganisationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      REDACTION_SETTINGS_PATH,
      this.kit.coordinatorOnly(
        'de instellingen van het lakken wijzigen',
        async (request, reply, clerk) => {
          const saved = (request.query as Record<string, unknown>).gelukt === '1';
          return this.show(reply, clerk, null, saved);
        },
      ),
    );
    scope.post(
      REDACTION_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(
        'de instellingen van het lakken wijzigen',
        async (request, reply, clerk) => {
          const form = new FormReader(request.body);
          const megabytes = form.integer('bundleMegabytes', {
            min: 1,
            max: MAX_BUNDLE_MEGABYTES,
            required: true,
          });
          const parsed = parseListedNames(form.values.listedNames ?? '');
          if (!parsed.ok) form.errors.listedNames = NAME_RULES_NL[parsed.rule](parsed.name);
          if (!form.ok || !parsed.ok || megabytes === undefined) {
            return this.show(reply, clerk, form.state(), false, 400);
          }
          await this.organisations.changeRedactionSettings(
            clerk.actor.organisationId,
            { listedNames: storedListedNames(parsed.names), bundleMegabytes: megabytes },
            clerk.actor.userId,
            this.clock.now(),
          );
          return reply.redirect(`${REDACTION_SETTINGS_PATH}?gelukt=1`, 303);
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
    const form: FormState = typed ?? {
      ...EMPTY_FORM,
      values: {
        listedNames: org?.listedNames ?? '',
        bundleMegabytes: String(org?.bundleMegabytes ?? ''),
      },
    };
    return this.kit.html(
      reply,
      'instellingen-lakken',
      {
        title: 'Instellingen van het lakken',
        notice: saved ? 'De instellingen zijn opgeslagen.' : null,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        namesField: fieldView(
          form,
          {
            name: 'listedNames',
            label: 'Namen van personen',
            type: 'textarea',
            description: `Eén naam per regel, hoogstens ${MAX_LISTED_NAMES}. Bij het lakken stelt Wobdesk voor deze namen weg te lakken, net als de namen van derden bij een verzoek.`,
          },
          PREFIX,
        ),
        bundleField: fieldView(
          form,
          {
            name: 'bundleMegabytes',
            label: 'Grootte van een bundel (MB)',
            type: 'number',
            required: true,
            description: `Bij het vrijgeven komen de documenten ook samen in bundels van hoogstens deze grootte, tenzij de behandelaar iets anders invult. Van 1 tot en met ${MAX_BUNDLE_MEGABYTES} MB.`,
          },
          PREFIX,
        ),
      },
      clerk,
      status,
    );
  }
}
