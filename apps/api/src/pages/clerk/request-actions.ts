// The steps of a case as forms on the request page: which fields each form has, how the typed
// values become the same command or input the API's endpoint builds, and what to say afterwards.
import type { RequestCommand, RequestCommandType } from '@wobdesk/domain';
import {
  type Actor,
  ITEM_OUTCOMES,
  type ItemOutcome,
  type RequestRegister,
  type RequestView,
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

/**
 * A step that is one domain command: its legal date plus the fields `read` takes from the form
 * (in the shape of the API's DTO), turned into the command by the API's own builder.
 */
function commandStep<D extends { occurredOn: string }>(step: {
  slug: string;
  title: string;
  command: RequestCommandType;
  notice: string;
  dateLabel?: string;
  fields?: (view: RequestView) => FieldSpec[];
  read?: (form: FormReader) => Omit<D, 'occurredOn'>;
  build: (dto: D) => RequestCommand;
}): RequestAction {
  return {
    slug: step.slug,
    title: step.title,
    command: step.command,
    notice: step.notice,
    fields: (view, today) => [dated(today, step.dateLabel), ...(step.fields?.(view) ?? [])],
    run(form, c) {
      const occurredOn = form.date('occurredOn', { required: true });
      const rest = step.read?.(form);
      if (!form.ok || occurredOn === undefined) return undefined;
      const command = step.build({ ...rest, occurredOn } as D);
      return c.register.execute(c.actor, c.id, c.version, command);
    },
  };
}

/** A step that needs only its date. */
function datedStep(
  slug: string,
  title: string,
  command: Parameters<typeof datedCommand>[0],
  notice: string,
): RequestAction {
  return commandStep<DatedActionDto>({
    slug,
    title,
    command,
    notice,
    build: (dto) => datedCommand(command, dto),
  });
}

const conversation: RequestAction = {
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
};

/** The decision: an outcome for every item, grounds for a (partial) refusal, remarks. */
const decision: RequestAction = {
  slug: 'besluit',
  title: 'Besluit vastleggen (uitkomst per onderdeel)',
  command: 'takeDecision',
  notice: 'Het besluit is vastgelegd. Maak nu de besluitbrief en leg de verzending vast.',
  fields: (v, today) => [
    dated(today, 'Besluit genomen op'),
    ...v.items.flatMap((item): FieldSpec[] => [
      selectField(`outcome${item.number}`, `Onderdeel ${item.number}: uitkomst`, OUTCOME_LABELS, {
        description: item.text,
      }),
      {
        name: `grounds${item.number}`,
        label: `Onderdeel ${item.number}: weigeringsgronden`,
        description:
          v.regime === 'woo'
            ? 'Artikelnummers, gescheiden door komma’s, bijvoorbeeld 5.1.2.e'
            : 'Artikelnummers, bijvoorbeeld 10.2.e',
      },
      textareaField(`remarks${item.number}`, `Onderdeel ${item.number}: toelichting`),
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
};

/** A clerk may take a request; only a coordinator may give it to someone else (the register says). */
const assignment: RequestAction = {
  slug: 'toewijzen',
  title: 'Toewijzen',
  command: 'assign',
  notice: 'De behandelaar is vastgelegd.',
  fields: (v, _today, people) => [
    selectField('assigneeId', 'Behandelaar', people, { defaultValue: v.assignee?.id ?? '' }),
  ],
  run(form, c) {
    const assigneeId = form.text('assigneeId', { required: true, max: 36 });
    if (!form.ok || assigneeId === undefined) return undefined;
    return c.register.assign(c.actor, c.id, c.version, assigneeId);
  },
};

const days = (label: string, description: string, defaultValue?: string): FieldSpec => ({
  name: 'days',
  label,
  type: 'number',
  required: true,
  description,
  ...(defaultValue !== undefined && { defaultValue }),
});

export const REQUEST_ACTIONS: readonly RequestAction[] = [
  datedStep(
    'ontvangst-bevestigen',
    'Ontvangst bevestigen',
    'acknowledgeReceipt',
    'De ontvangstbevestiging is vastgelegd.',
  ),
  conversation,
  commandStep<ClarificationRequestDto>({
    slug: 'precisering',
    title: 'Om precisering vragen',
    command: 'requestClarification',
    notice: 'Het verzoek om precisering is vastgelegd.',
    dateLabel: 'Gevraagd op',
    fields: () => [
      {
        name: 'termEndsOn',
        label: 'Reageren tot en met',
        type: 'date',
        description: 'Met een termijn staat de beslistermijn stil (Awb 4:15).',
      },
    ],
    read: (form) => ({ termEndsOn: form.date('termEndsOn') }),
    build: clarificationCommand,
  }),
  datedStep(
    'precisering-ontvangen',
    'Precisering ontvangen',
    'answerClarification',
    'De precisering is vastgelegd.',
  ),
  commandStep<ExtensionDto>({
    slug: 'verdaging',
    title: 'Beslistermijn verdagen',
    command: 'notifyExtension',
    notice: 'De verdaging is vastgelegd; de nieuwe uiterste datum staat hieronder.',
    dateLabel: 'Verdaging meegedeeld op',
    fields: (v) => [
      days(
        'Aantal dagen',
        'Woo: ten hoogste 14 dagen; Wob: ten hoogste 4 weken (28 dagen).',
        v.regime === 'woo' ? '14' : '28',
      ),
      selectField('reason', 'Reden', {
        size_or_complexity: 'Omvang of ingewikkeldheid van de informatie',
        other: 'Andere reden',
      }),
      textareaField('motivation', 'Motivering (komt in de brief)', true),
    ],
    read: (form) =>
      ({
        days: form.integer('days', { min: 1, max: 365, required: true }),
        reason: form.oneOf('reason', ['size_or_complexity', 'other'] as const),
        motivation: form.text('motivation', { required: true }),
      }) as Omit<ExtensionDto, 'occurredOn'>,
    build: extensionCommand,
  }),
  commandStep<ThirdPartyViewDto>({
    slug: 'zienswijze',
    title: 'Zienswijze van een derde vragen',
    command: 'requestThirdPartyView',
    notice: 'Het verzoek om een zienswijze is vastgelegd; de termijn staat stil.',
    dateLabel: 'Gevraagd op',
    fields: () => [
      { name: 'termEndsOn', label: 'Reageren tot en met', type: 'date', required: true },
    ],
    read: (form) => ({ termEndsOn: form.date('termEndsOn', { required: true }) ?? '' }),
    build: thirdPartyViewCommand,
  }),
  datedStep(
    'zienswijze-ontvangen',
    'Zienswijze ontvangen',
    'receiveThirdPartyView',
    'De zienswijze is vastgelegd.',
  ),
  commandStep<SuspensionDto>({
    slug: 'opschorting',
    title: 'Termijn opschorten',
    command: 'agreeSuspension',
    notice: 'De opschorting is vastgelegd.',
    dateLabel: 'Opgeschort vanaf',
    fields: () => [
      selectField('kind', 'Grond', SUSPENSION_LABELS),
      { ...days('Aantal dagen', 'Alleen bij instemming van de verzoeker.'), required: false },
    ],
    read: (form) => {
      const kind = form.oneOf('kind', SUSPENSION_START_KINDS);
      const n = form.integer('days', { min: 1, max: 3650, required: kind === 'consent' });
      return { kind, days: n } as Omit<SuspensionDto, 'occurredOn'>;
    },
    build: suspensionCommand,
  }),
  commandStep<SuspensionEndDto>({
    slug: 'opschorting-einde',
    title: 'Einde opschorting vastleggen',
    command: 'endSuspension',
    notice: 'Het einde van de opschorting is vastgelegd.',
    dateLabel: 'Laatste opgeschorte dag',
    fields: () => [
      selectField('kind', 'Grond', {
        requester_delay: SUSPENSION_LABELS.requester_delay,
        force_majeure: SUSPENSION_LABELS.force_majeure,
      }),
    ],
    read: (form) =>
      ({ kind: form.oneOf('kind', ['requester_delay', 'force_majeure'] as const) }) as Omit<
        SuspensionEndDto,
        'occurredOn'
      >,
    build: suspensionEndCommand,
  }),
  datedStep(
    'ingebrekestelling',
    'Ingebrekestelling vastleggen',
    'receiveNoticeOfDefault',
    'De ingebrekestelling is vastgelegd.',
  ),
  decision,
  datedStep(
    'verzending',
    'Verzending van het besluit vastleggen',
    'sendDecision',
    'De verzending is vastgelegd; de bezwaartermijn loopt.',
  ),
  commandStep<ObjectionDto>({
    slug: 'bezwaar',
    title: 'Bezwaarschrift vastleggen',
    command: 'lodgeObjection',
    notice: 'Het bezwaar is vastgelegd.',
    dateLabel: 'Ontvangen op',
    fields: () => [
      { name: 'byPost', label: 'Per post ontvangen', type: 'checkbox' },
      { name: 'postedOn', label: 'Datum poststempel', type: 'date' },
      {
        name: 'advisoryCommittee',
        label: 'Er is een adviescommissie (12 weken)',
        type: 'checkbox',
      },
    ],
    read: (form) => ({
      byPost: form.checked('byPost'),
      postedOn: form.date('postedOn'),
      advisoryCommittee: form.checked('advisoryCommittee'),
    }),
    build: objectionCommand,
  }),
  commandStep<ObjectionExtensionDto>({
    slug: 'bezwaar-verdagen',
    title: 'Beslissing op bezwaar verdagen',
    command: 'extendObjectionDecision',
    notice: 'De verdaging van de beslissing op bezwaar is vastgelegd.',
    dateLabel: 'Verdaagd op',
    fields: () => [days('Aantal dagen', 'Ten hoogste zes weken (42 dagen), Awb 7:10 lid 3.')],
    read: (form) => ({ days: form.integer('days', { min: 1, max: 42, required: true }) ?? 0 }),
    build: objectionExtensionCommand,
  }),
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
  commandStep<ForwardDto>({
    slug: 'doorzenden',
    title: 'Doorzenden naar een ander bestuursorgaan',
    command: 'forward',
    notice: 'Het doorzenden is vastgelegd.',
    dateLabel: 'Doorgezonden op',
    fields: () => [{ name: 'to', label: 'Naar', required: true }],
    read: (form) => ({ to: form.text('to', { required: true, max: 500 }) ?? '' }),
    build: forwardCommand,
  }),
  assignment,
];
