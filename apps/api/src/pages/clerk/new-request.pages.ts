import { Inject, Injectable } from '@nestjs/common';
import { type Channel, CHANNELS, type Regime, REGIMES, REQUEST_TEXT_LIMITS } from '@wobdesk/domain';
import { type RequestRegister, StatusLinks } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { UUID_SHAPE } from '../../common/validation.js';
import {
  EMPTY_FORM,
  FormReader,
  type FormState,
  refusalOf,
  refusalStatus,
} from '../shared/form-input.js';
import { errorSummary, type FieldSpec, selectField } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import {
  readRequestFields,
  REQUEST_FIELD_LABELS,
  REQUEST_FIELD_NAMES,
  requestFieldViews,
} from '../shared/request-form.js';

export const NEW_REQUEST_PATH = '/verzoeken/nieuw';
const REGISTERED_PATH = '/verzoeken/geregistreerd';
const PREFIX = 'nieuw-';

export const CHANNEL_LABELS: Record<Channel, string> = {
  post: 'Per post',
  email: 'Per e-mail',
  web_form: 'Via het webformulier',
  phone: 'Telefonisch',
  in_person: 'Aan de balie',
};

/** A clerk logs a request as it came in (letter, e-mail, phone), with its numbered items. */
@Injectable()
export class NewRequestPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly links: StatusLinks,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      NEW_REQUEST_PATH,
      this.kit.clerkOnly(async (_request, reply, clerk) => this.show(reply, clerk, EMPTY_FORM)),
    );
    scope.get(
      REGISTERED_PATH,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const [id, token] = (this.kit.handedOver(request) ?? '').split('.');
        if (!id || !token || !UUID_SHAPE.test(id)) return reply.redirect(NEW_REQUEST_PATH, 303);
        const view = await this.register.get(clerk.actor, id).catch(() => undefined);
        if (!view) return this.kit.notFound(reply, clerk);
        return this.kit.html(
          reply,
          'geregistreerd',
          {
            title: `Verzoek ${view.reference} geregistreerd`,
            reference: view.reference,
            href: `/verzoeken/${view.id}`,
            statusUrl: this.links.pageUrlOf(token),
          },
          clerk,
        );
      }),
    );
    scope.post(
      NEW_REQUEST_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const form = new FormReader(request.body);
        const fields = readRequestFields(form);
        const salutation = form.line('requesterSalutation', {
          max: REQUEST_TEXT_LIMITS.salutation,
        });
        const receivedOn = form.date('receivedOn', { required: true });
        const letterDate = form.date('letterDate');
        const channel = form.oneOf('channel', CHANNELS);
        const regime = form.oneOf('regime', REGIMES, false) as Regime | undefined;
        const theirReference = form.line('theirReference', {
          max: REQUEST_TEXT_LIMITS.theirReference,
        });
        if (!form.ok || receivedOn === undefined || channel === undefined) {
          return this.show(reply, clerk, form.state(), 400);
        }
        try {
          const created = await this.register.create(clerk.actor, {
            ...fields,
            requester: { ...fields.requester, ...(salutation !== undefined && { salutation }) },
            receivedOn,
            channel,
            ...(letterDate !== undefined && { letterDate }),
            ...(regime !== undefined && { regime }),
            ...(theirReference !== undefined && { theirReference }),
            ...(form.checked('environmentalInformation') && { environmentalInformation: true }),
            ...(form.checked('assignToMe') && { assigneeId: clerk.actor.userId }),
          });
          const { request: view, statusToken } = created;
          return this.kit.handOver(reply, REGISTERED_PATH, `${view.id}.${statusToken}`);
        } catch (error) {
          const names = {
            ...REQUEST_FIELD_NAMES,
            receivedOn: 'receivedOn',
            letterDate: 'letterDate',
          };
          return this.show(reply, clerk, refusalOf(error, form, names), refusalStatus(error));
        }
      }),
    );
  }

  private show(reply: FastifyReply, clerk: Clerk, form: FormState, status = 200) {
    const today = this.kit.today();
    const extra: FieldSpec[] = [
      {
        name: 'requesterSalutation',
        label: 'Aanhef in brieven',
        description: 'Bijvoorbeeld: Geachte heer Jansen,',
      },
      {
        name: 'receivedOn',
        label: 'Ontvangen op',
        type: 'date',
        required: true,
        defaultValue: today,
      },
      { name: 'letterDate', label: 'Datum van de brief of e-mail', type: 'date' },
      selectField('channel', 'Binnengekomen', CHANNEL_LABELS),
      selectField(
        'regime',
        'Wet',
        { '': 'Volgens ontvangstdatum', woo: 'Woo', wob: 'Wob' },
        {
          required: false,
          description: 'Leeg: volgt uit de ontvangstdatum (Woo vanaf 1 mei 2022).',
        },
      ),
      { name: 'theirReference', label: 'Kenmerk van de verzoeker' },
      {
        name: 'environmentalInformation',
        label: 'Het gaat om milieu-informatie',
        type: 'checkbox',
      },
      { name: 'assignToMe', label: 'Aan mij toewijzen', type: 'checkbox' },
    ];
    return this.kit.html(
      reply,
      'verzoek-nieuw',
      {
        title: 'Nieuw verzoek registreren',
        errorSummary: errorSummary(form, PREFIX, REQUEST_FIELD_LABELS),
        formError: form.formError,
        ...requestFieldViews(form, PREFIX, extra),
      },
      clerk,
      status,
    );
  }
}
