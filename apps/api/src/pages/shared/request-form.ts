import {
  hasRequesterAddress,
  REQUEST_TEXT_LIMITS as LIMIT,
  REQUESTER_KINDS,
  type RequesterKind,
} from '@wobdesk/domain';
import type { Requester } from '@wobdesk/register';
import type { FormReader, FormState } from './form-input.js';
import { type FieldSpec, fieldView, selectField } from './form-view.js';

/** How many numbered items a form offers; empty ones are skipped (no script needed). */
export const ITEM_FIELDS = 6;

/** The register's field names (validation details) → the form's. */
export const REQUEST_FIELD_NAMES: Readonly<Record<string, string>> = {
  'requester.name': 'requesterName',
  'requester.kind': 'requesterKind',
  'requester.email': 'requesterEmail',
  'requester.postalAddress': 'requesterPostalAddress',
  'requester.phone': 'requesterPhone',
  'requester.salutation': 'requesterSalutation',
  subject: 'subject',
  items: 'item1',
  ...Object.fromEntries(
    Array.from({ length: ITEM_FIELDS }, (_, i) => [`items[${i}].text`, `item${i + 1}`]),
  ),
};

const REQUESTER_FIELDS: readonly FieldSpec[] = [
  { name: 'requesterName', label: 'Naam', required: true, autocomplete: 'name' },
  {
    name: 'requesterEmail',
    label: 'E-mailadres',
    type: 'email',
    autocomplete: 'email',
    description:
      'Vul een e-mailadres of een postadres in, of allebei. Met een e-mailadres krijgt u de brieven per e-mail.',
  },
  {
    name: 'requesterPostalAddress',
    label: 'Postadres',
    type: 'textarea',
    autocomplete: 'street-address',
    description: 'Zonder e-mailadres sturen wij de brieven naar dit adres.',
  },
  { name: 'requesterPhone', label: 'Telefoonnummer', type: 'tel', autocomplete: 'tel' },
  // Not required: a form without the choice is a person's, as before (the first option).
  selectField(
    'requesterKind',
    'Wie doet het verzoek?',
    {
      person: 'Een persoon',
      organisation: 'Een organisatie, zoals een bedrijf, krant of stichting',
    } satisfies Record<RequesterKind, string>,
    {
      required: false,
      description: 'Bij een organisatie beginnen de brieven met "Geacht bestuur,".',
    },
  ),
];

const SUBJECT_FIELD: FieldSpec = {
  name: 'subject',
  label: 'Onderwerp',
  required: true,
  description: 'In een paar woorden: waarover gaat uw verzoek?',
};

const ITEM_FIELD_SPECS: readonly FieldSpec[] = Array.from({ length: ITEM_FIELDS }, (_, i) => ({
  name: `item${i + 1}`,
  label: `Onderdeel ${i + 1}`,
  type: 'textarea',
  required: i === 0,
  ...(i === 0 && {
    description:
      'Welke informatie of documenten wilt u? Beschrijf elk onderdeel in een eigen vak; lege vakken tellen niet mee.',
  }),
}));

/** The labels of the request's fields, for the error summary above the form. */
export const REQUEST_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  [...REQUESTER_FIELDS, SUBJECT_FIELD, ...ITEM_FIELD_SPECS].map((f) => [f.name, f.label]),
);

/** The requester's fields, the subject and the numbered items, as `field` partial views. */
export function requestFieldViews(
  form: FormState,
  idPrefix: string,
  extra: readonly FieldSpec[] = [],
) {
  return {
    requesterFields: REQUESTER_FIELDS.map((f) => fieldView(form, f, idPrefix)),
    subjectField: fieldView(form, SUBJECT_FIELD, idPrefix),
    extraFields: extra.map((f) => fieldView(form, f, idPrefix)),
    itemFields: ITEM_FIELD_SPECS.map((f) => fieldView(form, f, idPrefix)),
  };
}

/** Reads the requester, subject and items; errors land on their fields. */
export function readRequestFields(form: FormReader): {
  requester: Requester;
  subject: string;
  items: { text: string }[];
} {
  const name = form.line('requesterName', { required: true, max: LIMIT.requesterName }) ?? '';
  const kind = form.oneOf('requesterKind', REQUESTER_KINDS, false);
  const email = form.line('requesterEmail', { max: LIMIT.email });
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    form.errors.requesterEmail = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
  }
  const postalAddress = form.text('requesterPostalAddress', { max: LIMIT.postalAddress });
  // The same rule as the API's (the domain's): the decision must be sent somewhere.
  if (!hasRequesterAddress({ email, postalAddress }) && form.errors.requesterEmail === undefined) {
    const missing = 'Vul een e-mailadres of een postadres in. Daar sturen wij het besluit naartoe.';
    form.errors.requesterEmail = missing;
    form.errors.requesterPostalAddress = missing;
  }
  const phone = form.line('requesterPhone', { max: LIMIT.phone });
  const subject = form.line('subject', { required: true, max: LIMIT.subject }) ?? '';
  const items: { text: string }[] = [];
  for (let i = 1; i <= ITEM_FIELDS; i++) {
    const text = form.text(`item${i}`);
    if (text !== undefined) items.push({ text });
  }
  if (items.length === 0) form.errors.item1 = 'Beschrijf ten minste één onderdeel van uw verzoek.';
  return {
    requester: {
      name,
      ...(kind !== undefined && { kind }),
      ...(email !== undefined && { email }),
      ...(postalAddress !== undefined && { postalAddress }),
      ...(phone !== undefined && { phone }),
    },
    subject,
    items,
  };
}
