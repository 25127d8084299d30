import { Injectable } from '@nestjs/common';
import { type Voice, VOICES } from '@wobdesk/domain';
import { isEmail } from 'class-validator';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LetterSettingsService } from '../../organisation/letter-settings.service.js';
import type { LetterSettingsDto } from '../../organisation/letter-settings.dto.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView, selectField } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { whenNl } from '../shared/dutch-text.js';

export const LETTER_SETTINGS_PATH = '/instellingen/brieven';
const PREFIX = 'brieven-';
const PHONE = /^[0-9+() ./-]{3,40}$/;

const VOICE_LABELS: Record<Voice, string> = {
  ik: 'Ik (bijvoorbeeld een minister)',
  wij: 'Wij (bijvoorbeeld een college van burgemeester en wethouders)',
};

/** The fields in the order of the form, with the API's limits. */
const TEXT_FIELDS: readonly (FieldSpec & {
  readonly max: number;
  name: keyof LetterSettingsDto;
})[] = [
  {
    name: 'signatoryTitle',
    label: 'Titel van de ondertekenaar',
    required: true,
    max: 300,
    description: 'Bijvoorbeeld: De minister van Justitie en Veiligheid,',
  },
  {
    name: 'onBehalfLine',
    label: 'Mandaatregel',
    max: 100,
    description: 'Bijvoorbeeld: namens deze',
  },
  { name: 'signatoryName', label: 'Naam van de ondertekenaar', max: 200 },
  { name: 'signatoryPosition', label: 'Functie van de ondertekenaar', max: 200 },
  {
    name: 'objectionAddress',
    label: 'Adres voor bezwaarschriften',
    type: 'textarea',
    required: true,
    max: 1000,
  },
  {
    name: 'unit',
    label: 'Onderdeel',
    type: 'textarea',
    max: 500,
    description: 'Directie of afdeling, één per regel.',
  },
  { name: 'returnAddress', label: 'Retouradres', required: true, max: 300 },
  { name: 'visitingAddress', label: 'Bezoekadres', type: 'textarea', max: 500 },
  { name: 'postalAddress', label: 'Postadres', type: 'textarea', max: 500 },
  { name: 'website', label: 'Website', max: 300 },
  { name: 'contactEmail', label: 'E-mailadres', type: 'email', max: 254 },
  { name: 'contactPhone', label: 'Telefoonnummer', type: 'tel', max: 40 },
  {
    name: 'lateDecisionApology',
    label: 'Excuses bij een te laat besluit',
    type: 'textarea',
    max: 1000,
    description:
      'Komt in een besluit dat na de termijn komt, na de zin hoeveel dagen te laat het is. Leeg: de brief zegt dat het de organisatie spijt.',
  },
];

/** How the list of changes names a field: as its label on the form, lower case, in its order. */
const FIELD_NAMES: Readonly<Record<string, string>> = Object.fromEntries([
  ['voice', 'ik of wij'],
  ...TEXT_FIELDS.map((f) => [f.name, f.label.charAt(0).toLowerCase() + f.label.slice(1)]),
]);
const FIELD_ORDER = Object.keys(FIELD_NAMES);

/**
 * The coordinator's page for what the letters print of the organisation: the voice, the
 * signatory, the addresses and contact details. The same service as the API (each change is
 * recorded); clerks see a 403 page. POST-redirect-GET with a notice.
 */
@Injectable()
export class LetterSettingsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly settings: LetterSettingsService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      LETTER_SETTINGS_PATH,
      this.kit.coordinatorOnly(
        'de instellingen van de brieven wijzigen',
        async (request, reply, clerk) => {
          const saved = (request.query as Record<string, unknown>).gelukt === '1';
          return this.show(reply, clerk, null, saved);
        },
      ),
    );
    scope.post(
      LETTER_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(
        'de instellingen van de brieven wijzigen',
        async (request, reply, clerk) => {
          const form = new FormReader(request.body);
          const body = readSettings(form);
          if (!form.ok || body === undefined)
            return this.show(reply, clerk, form.state(), false, 400);
          await this.settings.replace(clerk.actor, body);
          return reply.redirect(`${LETTER_SETTINGS_PATH}?gelukt=1`, 303);
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
    const current = await this.settings.get(clerk.actor);
    const form: FormState = typed ?? {
      ...EMPTY_FORM,
      values: Object.fromEntries(
        Object.entries(current.settings).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
      ),
    };
    const voice = selectField('voice', 'Schrijft uw organisatie als ik of als wij?', VOICE_LABELS);
    return this.kit.html(
      reply,
      'instellingen-brieven',
      {
        title: 'Instellingen van de brieven',
        notice: saved ? 'De instellingen zijn opgeslagen.' : null,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        organisationName: current.name,
        voiceField: fieldView(form, voice, PREFIX),
        fields: TEXT_FIELDS.map((f) => fieldView(form, f, PREFIX)),
        changes: current.changes.map((c) => ({
          who: c.changedByName ?? 'onbekend',
          when: whenNl(c.changedAt),
          fields: FIELD_ORDER.filter((field) => field in c.changes)
            .map((field) => FIELD_NAMES[field])
            .join(', '),
        })),
      },
      clerk,
      status,
    );
  }
}

/** The typed settings, each rule broken as a Dutch message on its field; undefined when any is. */
function readSettings(form: FormReader): LetterSettingsDto | undefined {
  const voice = form.oneOf('voice', VOICES);
  const values: Record<string, string | null> = {};
  for (const field of TEXT_FIELDS) {
    values[field.name] =
      form.text(field.name, { required: field.required, max: field.max }) ?? null;
  }
  if (values.contactEmail !== null && !isEmail(values.contactEmail)) {
    form.errors.contactEmail = 'Vul één e-mailadres in, zoals naam@voorbeeld.nl.';
  }
  if (values.contactPhone !== null && !PHONE.test(values.contactPhone)) {
    form.errors.contactPhone =
      'Vul een telefoonnummer in, met alleen cijfers, spaties en + ( ) . / -.';
  }
  if (!form.ok || voice === undefined) return undefined;
  return { ...values, voice } as unknown as LetterSettingsDto;
}
