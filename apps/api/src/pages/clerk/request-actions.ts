// The steps of a case as forms on the request page: which fields each form has, how the typed
// values become the same command or input the API's endpoint builds, and what to say afterwards.
import { type RequestCommandType } from '@wobdesk/domain';
import {
  ITEM_OUTCOMES,
  type ItemOutcome,
  type RequestRegister,
  type RequestView,
  type Actor,
} from '@wobdesk/workflow';
import {
  type ClarificationRequestDto,
  type DatedActionDto,
  type ExtensionDto,
  type ForwardDto,
  type ObjectionDto,
  type ObjectionExtensionDto,
  SUSPENSION_START_KINDS,
  type SuspensionDto,
  type SuspensionEndDto,
  type ThirdPartyViewDto,
} from '../../requests/request-actions.dto.js';
import {
  clarificationCommand,
  datedCommand,
  extensionCommand,
  forwardCommand,
  objectionCommand,
  objectionExtensionCommand,
  suspensionCommand,
  suspensionEndCommand,
  thirdPartyViewCommand,
} from '../../requests/request-commands.js';
import type { FormReader } from '../shared/form-input.js';
import { type FieldSpec, selectField, textareaField } from '../shared/form-view.js';

export interface StepCall {
  readonly register: RequestRegister;
  readonly actor: Actor;
  readonly id: string;
  readonly version: number;
}

export interface RequestAction {
  /** The URL segment: POST /verzoeken/:id/<slug>. */
  readonly slug: string;
  readonly title: string;
  /** Shown when the state machine accepts this command in the current phase. */
  readonly command: RequestCommandType | 'assign';
  readonly notice: string;
  fields(view: RequestView, today: string, people: Readonly<Record<string, string>>): FieldSpec[];
  /** Undefined when the form has errors (they are on `form`). */
  run(form: FormReader, call: StepCall): Promise<RequestView> | undefined;
}

const dated = (today: string, label = 'Datum'): FieldSpec => ({
  name: 'occurredOn',
  label,
  type: 'date',
  required: true,
  defaultValue: today,
  description: 'De juridische datum van deze stap.',
});

const SUSPENSION_LABELS: Record<(typeof SUSPENSION_START_KINDS)[number], string> = {
  consent: 'Instemming van de verzoeker (Awb 4:15 lid 2 sub a)',
  requester_delay: 'Vertraging door de verzoeker (Awb 4:15 lid 2 sub b)',
  force_majeure: 'Overmacht (Awb 4:15 lid 2 sub c)',
};

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  granted: 'Openbaar gemaakt',
  partly_granted: 'Deels openbaar gemaakt',
  refused: 'Geweigerd',
  no_documents: 'Geen documenten aangetroffen',
  already_public: 'Al openbaar',
};

/** A step that needs only its date. */
function datedStep(
  slug: string,
  title: string,
  command: Parameters<typeof datedCommand>[0],
  notice: string,
): RequestAction {
  return {
    slug,
    title,
    command,
    notice,
    fields: (_v, today) => [dated(today)],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn } as DatedActionDto;
      return c.register.execute(c.actor, c.id, c.version, datedCommand(command, dto));
    },
  };
}

export const REQUEST_ACTIONS: readonly RequestAction[] = [
  datedStep(
    'ontvangst-bevestigen',
    'Ontvangst bevestigen',
    'acknowledgeReceipt',
    'De ontvangstbevestiging is vastgelegd.',
  ),
  {
    slug: 'gesprek',
    title: 'Gesprek met de verzoeker vastleggen',
    command: 'holdConversation',
    notice: 'Het gesprek is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Datum gesprek'),
      selectField('channel', 'Soort gesprek', {
        phone: 'Telefonisch',
        in_person: 'Op kantoor',
        video: 'Video',
        email: 'Per e-mail',
      }),
      textareaField('participants', 'Deelnemers (één per regel)', true),
      textareaField('summaryPoints', 'Afspraken (één per regel)', true),
      { name: 'summarySentOn', label: 'Samenvatting verstuurd op', type: 'date' },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const channel = form.oneOf('channel', ['phone', 'in_person', 'video', 'email'] as const);
      const participants = form.lines('participants', { min: 1 });
      const summaryPoints = form.lines('summaryPoints', { min: 1 });
      const summarySentOn = form.date('summarySentOn');
      if (!form.ok || occurredOn === undefined || channel === undefined) return undefined;
      return c.register.recordConversation(c.actor, c.id, c.version, {
        occurredOn,
        channel,
        participants,
        summaryPoints,
        ...(summarySentOn !== undefined && { summarySentOn }),
      });
    },
  },
  {
    slug: 'precisering',
    title: 'Om precisering vragen',
    command: 'requestClarification',
    notice: 'Het verzoek om precisering is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Gevraagd op'),
      {
        name: 'termEndsOn',
        label: 'Reageren tot en met',
        type: 'date',
        description: 'Met een termijn staat de beslistermijn stil (Awb 4:15).',
      },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const termEndsOn = form.date('termEndsOn');
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn, termEndsOn } as ClarificationRequestDto;
      return c.register.execute(c.actor, c.id, c.version, clarificationCommand(dto));
    },
  },
  datedStep(
    'precisering-ontvangen',
    'Precisering ontvangen',
    'answerClarification',
    'De precisering is vastgelegd.',
  ),
  {
    slug: 'verdaging',
    title: 'Beslistermijn verdagen',
    command: 'notifyExtension',
    notice: 'De verdaging is vastgelegd; de nieuwe uiterste datum staat hieronder.',
    fields: (v, today) => [
      dated(today, 'Verdaging meegedeeld op'),
      {
        name: 'days',
        label: 'Aantal dagen',
        type: 'number',
        required: true,
        defaultValue: v.regime === 'woo' ? '14' : '28',
        description: 'Woo: ten hoogste 14 dagen; Wob: ten hoogste 4 weken (28 dagen).',
      },
      selectField('reason', 'Reden', {
        size_or_complexity: 'Omvang of ingewikkeldheid van de informatie',
        other: 'Andere reden',
      }),
      textareaField('motivation', 'Motivering (komt in de brief)', true),
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const days = form.integer('days', { min: 1, max: 365, required: true });
      const reason = form.oneOf('reason', ['size_or_complexity', 'other'] as const);
      const motivation = form.text('motivation', { required: true });
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn, days, reason, motivation } as ExtensionDto;
      return c.register.execute(c.actor, c.id, c.version, extensionCommand(dto));
    },
  },
  {
    slug: 'zienswijze',
    title: 'Zienswijze van een derde vragen',
    command: 'requestThirdPartyView',
    notice: 'Het verzoek om een zienswijze is vastgelegd; de termijn staat stil.',
    fields: (_v, today) => [
      dated(today, 'Gevraagd op'),
      { name: 'termEndsOn', label: 'Reageren tot en met', type: 'date', required: true },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const termEndsOn = form.date('termEndsOn', { required: true });
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn, termEndsOn } as ThirdPartyViewDto;
      return c.register.execute(c.actor, c.id, c.version, thirdPartyViewCommand(dto));
    },
  },
  datedStep(
    'zienswijze-ontvangen',
    'Zienswijze ontvangen',
    'receiveThirdPartyView',
    'De zienswijze is vastgelegd.',
  ),
  {
    slug: 'besluit',
    title: 'Besluit vastleggen (uitkomst per onderdeel)',
    command: 'takeDecision',
    notice: 'Het besluit is vastgelegd. Maak nu de besluitbrief en leg de verzending vast.',
    fields: (v, today) => [
      dated(today, 'Besluit genomen op'),
      ...v.items.flatMap((item): FieldSpec[] => [
        {
          name: `outcome${item.number}`,
          label: `Onderdeel ${item.number}: uitkomst`,
          type: 'select',
          required: true,
          description: item.text,
          options: ITEM_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })),
        },
        {
          name: `grounds${item.number}`,
          label: `Onderdeel ${item.number}: weigeringsgronden`,
          description:
            v.regime === 'woo'
              ? 'Artikelnummers, gescheiden door komma’s, bijvoorbeeld 5.1.2.e'
              : 'Artikelnummers, bijvoorbeeld 10.2.e',
        },
        {
          name: `remarks${item.number}`,
          label: `Onderdeel ${item.number}: toelichting`,
          type: 'textarea',
        },
      ]),
      {
        name: 'objectionExpected',
        label: 'Een belanghebbende zal naar verwachting bezwaar maken (openbaarmaking wacht)',
        type: 'checkbox',
      },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const outcomes = [];
      for (const key of Object.keys(form.values).filter((k) => /^outcome\d+$/.test(k))) {
        const number = Number(key.slice('outcome'.length));
        const outcome = form.oneOf(key, ITEM_OUTCOMES);
        const grounds = (form.text(`grounds${number}`, { max: 500 }) ?? '')
          .split(/[,;\s]+/)
          .filter((g) => g !== '');
        const remarks = form.text(`remarks${number}`);
        if ((outcome === 'refused' || outcome === 'partly_granted') && grounds.length === 0) {
          form.errors[`grounds${number}`] =
            'Noem bij een (gedeeltelijke) weigering ten minste één weigeringsgrond.';
        }
        if (outcome !== undefined) {
          outcomes.push({
            number,
            outcome,
            ...(grounds.length > 0 && { grounds }),
            ...(remarks !== undefined && { remarks }),
          });
        }
      }
      if (!form.ok || occurredOn === undefined) return undefined;
      return c.register.recordDecision(c.actor, c.id, c.version, {
        occurredOn,
        outcomes,
        ...(form.checked('objectionExpected') && { objectionExpected: true }),
      });
    },
  },
  {
    slug: 'opschorting',
    title: 'Termijn opschorten',
    command: 'agreeSuspension',
    notice: 'De opschorting is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Opgeschort vanaf'),
      selectField('kind', 'Grond', SUSPENSION_LABELS),
      {
        name: 'days',
        label: 'Aantal dagen',
        type: 'number',
        description: 'Alleen bij instemming van de verzoeker.',
      },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const kind = form.oneOf('kind', SUSPENSION_START_KINDS);
      const days = form.integer('days', { min: 1, max: 3650, required: kind === 'consent' });
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn, kind, days } as SuspensionDto;
      return c.register.execute(c.actor, c.id, c.version, suspensionCommand(dto));
    },
  },
  {
    slug: 'opschorting-einde',
    title: 'Einde opschorting vastleggen',
    command: 'endSuspension',
    notice: 'Het einde van de opschorting is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Laatste opgeschorte dag'),
      selectField('kind', 'Grond', {
        requester_delay: SUSPENSION_LABELS.requester_delay,
        force_majeure: SUSPENSION_LABELS.force_majeure,
      }),
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const kind = form.oneOf('kind', ['requester_delay', 'force_majeure'] as const);
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = { occurredOn, kind } as SuspensionEndDto;
      return c.register.execute(c.actor, c.id, c.version, suspensionEndCommand(dto));
    },
  },
  datedStep(
    'ingebrekestelling',
    'Ingebrekestelling vastleggen',
    'receiveNoticeOfDefault',
    'De ingebrekestelling is vastgelegd.',
  ),
  datedStep(
    'verzending',
    'Verzending van het besluit vastleggen',
    'sendDecision',
    'De verzending is vastgelegd; de bezwaartermijn loopt.',
  ),
  {
    slug: 'bezwaar',
    title: 'Bezwaarschrift vastleggen',
    command: 'lodgeObjection',
    notice: 'Het bezwaar is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Ontvangen op'),
      { name: 'byPost', label: 'Per post ontvangen', type: 'checkbox' },
      { name: 'postedOn', label: 'Datum poststempel', type: 'date' },
      {
        name: 'advisoryCommittee',
        label: 'Er is een adviescommissie (12 weken)',
        type: 'checkbox',
      },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const postedOn = form.date('postedOn');
      if (!form.ok || occurredOn === undefined) return undefined;
      const dto = {
        occurredOn,
        byPost: form.checked('byPost'),
        postedOn,
        advisoryCommittee: form.checked('advisoryCommittee'),
      } as ObjectionDto;
      return c.register.execute(c.actor, c.id, c.version, objectionCommand(dto));
    },
  },
  {
    slug: 'bezwaar-verdagen',
    title: 'Beslissing op bezwaar verdagen',
    command: 'extendObjectionDecision',
    notice: 'De verdaging van de beslissing op bezwaar is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Verdaagd op'),
      {
        name: 'days',
        label: 'Aantal dagen',
        type: 'number',
        required: true,
        description: 'Ten hoogste zes weken (42 dagen), Awb 7:10 lid 3.',
      },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const days = form.integer('days', { min: 1, max: 42, required: true });
      if (!form.ok || occurredOn === undefined || days === undefined) return undefined;
      const dto = { occurredOn, days } as ObjectionExtensionDto;
      return c.register.execute(c.actor, c.id, c.version, objectionExtensionCommand(dto));
    },
  },
  datedStep(
    'beslissing-op-bezwaar',
    'Beslissing op bezwaar vastleggen',
    'decideObjection',
    'De beslissing op bezwaar is vastgelegd.',
  ),
  datedStep(
    'afsluiten',
    'Afsluiten (besluit onherroepelijk)',
    'closeAsFinal',
    'Het verzoek is afgesloten.',
  ),
  datedStep(
    'intrekken',
    'Intrekking door de verzoeker vastleggen',
    'withdraw',
    'De intrekking is vastgelegd.',
  ),
  {
    slug: 'doorzenden',
    title: 'Doorzenden naar een ander bestuursorgaan',
    command: 'forward',
    notice: 'Het doorzenden is vastgelegd.',
    fields: (_v, today) => [
      dated(today, 'Doorgezonden op'),
      { name: 'to', label: 'Naar', required: true },
    ],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const to = form.text('to', { required: true, max: 500 });
      if (!form.ok || occurredOn === undefined) return undefined;
      return c.register.execute(
        c.actor,
        c.id,
        c.version,
        forwardCommand({ occurredOn, to } as ForwardDto),
      );
    },
  },
  {
    slug: 'toewijzen',
    title: 'Toewijzen',
    command: 'assign',
    notice: 'De behandelaar is vastgelegd.',
    // A clerk may take a request; only a coordinator may give it to someone else (the register
    // refuses the rest, and the refusal is shown by the field).
    fields: (v, _today, people) => [
      selectField('assigneeId', 'Behandelaar', people, { defaultValue: v.assignee?.id ?? '' }),
    ],
    run(form, c) {
      const assigneeId = form.text('assigneeId', { required: true, max: 36 });
      if (!form.ok || assigneeId === undefined) return undefined;
      return c.register.assign(c.actor, c.id, c.version, assigneeId);
    },
  },
];
