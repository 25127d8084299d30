// The letters part of the request page: a form per letter kind the register offers now (with the
// fields for the extra input that kind takes), and the list of stored letters with a sending form
// for each draft. Which kinds, and which input each needs, come from LetterService.available.
import type { AvailableLetter, LetterInputField, LetterMetadata } from '@wobdesk/correspondence';
import { WorkflowError } from '@wobdesk/register';
import { EMPTY_FORM, type FormReader, type FormState, refusalOf } from '../shared/form-input.js';
import { type FieldSpec, fieldView } from '../shared/form-view.js';
import { letterTitle } from '../requester/requester-views.js';

/** A failed letter form: `brief-<kind>` (make/preview) or `verstuur-<letterId>` (send). */
export const makeSlug = (kind: string) => `brief-${kind}`;
export const sendSlug = (letterId: string) => `verstuur-${letterId}`;

/** After a letter form: the notice shown on the request page (`?gelukt=`). */
export const LETTER_NOTICES: Readonly<Record<string, string>> = {
  letter:
    'De brief is gemaakt en opgeslagen als concept. De verzoeker ziet hem pas als u hem verstuurt.',
  'letter-sent':
    'De verzending van de brief is vastgelegd. De verzoeker ziet hem nu op de statuspagina.',
};

type InputShape = 'checkbox' | 'text' | 'lines' | 'date';

/** How each input field of the register is asked for on the page, in Dutch. */
const INPUT_FIELDS: {
  readonly [F in LetterInputField]: FieldSpec & {
    readonly shape: InputShape;
    readonly max?: number;
  };
} = {
  conversationInvitation: {
    name: 'conversationInvitation',
    label: 'Nodig de verzoeker uit voor een gesprek over het verzoek',
    type: 'checkbox',
    shape: 'checkbox',
  },
  explanation: {
    name: 'explanation',
    label: 'Waarom is het verzoek niet precies genoeg?',
    description: 'Deze uitleg staat zo in de brief.',
    type: 'textarea',
    shape: 'text',
    max: 4000,
  },
  questions: {
    name: 'questions',
    label: 'Vragen die de verzoeker helpen het verzoek te preciseren',
    description: 'Eén vraag per regel (hoogstens 20).',
    type: 'textarea',
    shape: 'lines',
    max: 500,
  },
  thirdParties: {
    name: 'thirdParties',
    label: 'Hoe de brief de derden noemt',
    description:
      'Bijvoorbeeld "twee bedrijven". Namen zijn niet nodig: de brief gaat naar de verzoeker.',
    shape: 'text',
    max: 200,
  },
  objectionLetterDate: {
    name: 'objectionLetterDate',
    label: 'Datum op het bezwaarschrift',
    type: 'date',
    shape: 'date',
  },
  missingRequirements: {
    name: 'missingRequirements',
    label: 'Wat ontbreekt er aan het bezwaarschrift (artikel 6:5 Awb)?',
    description: 'Eén punt per regel (hoogstens 20). Leeg als het bezwaarschrift compleet is.',
    type: 'textarea',
    shape: 'lines',
    max: 500,
  },
  repairBy: {
    name: 'repairBy',
    label: 'Herstellen uiterlijk op',
    description: 'Nodig als er iets ontbreekt (artikel 6:6 Awb).',
    type: 'date',
    shape: 'date',
  },
  hearingToFollow: {
    name: 'hearingToFollow',
    label: 'De indiener wordt uitgenodigd voor een hoorzitting',
    type: 'checkbox',
    shape: 'checkbox',
  },
};

const MAX_LINES = 20;

/**
 * The extra input as the register takes it, from the form of one letter kind: only the kind's
 * fields, empty ones left out (a required one missing is the register's refusal, shown by the
 * field). Typing mistakes become messages on their field here, in Dutch.
 */
export function letterInputOf(
  form: FormReader,
  fields: readonly LetterInputField[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const name of fields) {
    const spec = INPUT_FIELDS[name];
    if (spec.shape === 'checkbox') {
      if (form.checked(name)) input[name] = true;
    } else if (spec.shape === 'date') {
      const value = form.date(name);
      if (value !== undefined) input[name] = value;
    } else if (spec.shape === 'text') {
      const value = form.text(name, { max: spec.max });
      if (value !== undefined) input[name] = value;
    } else {
      const lines = form.lines(name, { min: 0 });
      if (lines.length > MAX_LINES) form.errors[name] = `Gebruik hoogstens ${MAX_LINES} regels.`;
      else if (lines.some((l) => l.length > spec.max!))
        form.errors[name] = `Gebruik hoogstens ${spec.max} tekens per regel.`;
      if (lines.length > 0) input[name] = lines;
    }
  }
  return input;
}

/**
 * A refusal of a letter form: on its field when the register names one the form has (a list
 * entry `questions.2` is shown on `questions`), else above the form.
 */
export function letterRefusal(error: unknown, form: FormReader): FormState {
  if (!(error instanceof WorkflowError)) return refusalOf(error, form);
  const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
  const name = field?.replace(/\.\d+$/, '');
  if (name !== undefined && name in INPUT_FIELDS && name !== field)
    return refusalOf(error, form, { [field!]: name });
  if (error.code === 'LETTER.INPUT_REQUIRED' && name !== undefined) {
    // The register's message names the field in English; the page says it by the field.
    form.values[name] ??= '';
    return {
      values: form.values,
      errors: { ...form.errors, [name]: 'Vul dit in: de brief kan niet zonder.' },
      formError: null,
    };
  }
  return refusalOf(error, form);
}

export interface FailedLetterForm {
  readonly slug: string;
  readonly form: FormState;
}

/** One form per letter kind on offer: its fields, preview and make. */
export function letterKindForms(
  requestId: string,
  available: readonly AvailableLetter[],
  failed?: FailedLetterForm,
) {
  return available.map((letter) => {
    const slug = makeSlug(letter.kind);
    const form = failed?.slug === slug ? failed.form : EMPTY_FORM;
    const prefix = `${slug}-`;
    return {
      kind: letter.kind,
      slug,
      title: letterTitle(letter.kind),
      open: failed?.slug === slug,
      idPrefix: prefix,
      formError: form.formError,
      // The register's reason it would be refused now (e.g. a revoked status link).
      refusal: letter.refusal?.nl ?? null,
      makeUrl: `/verzoeken/${requestId}/brieven`,
      previewUrl: `/verzoeken/${requestId}/brieven/${letter.kind}/voorbeeld`,
      fields: letter.inputFields.map((name) =>
        fieldView(form, { ...INPUT_FIELDS[name], required: name === letter.requiredField }, prefix),
      ),
    };
  });
}

/** The stored letters, newest first: status, downloads and, for a draft, the sending form. */
export function letterRows(
  requestId: string,
  letters: readonly LetterMetadata[],
  today: string,
  failed?: FailedLetterForm,
) {
  const newest = new Map<string, number>();
  for (const l of letters) newest.set(l.kind, Math.max(newest.get(l.kind) ?? 0, l.version));
  return [...letters].reverse().map((l) => {
    const slug = sendSlug(l.id);
    // An older draft stays sendable (the register allows it), but the clerk should know.
    const newerVersion = l.status === 'draft' && newest.get(l.kind)! > l.version;
    const form = failed?.slug === slug ? failed.form : EMPTY_FORM;
    const prefix = `${slug}-`;
    return {
      id: l.id,
      title: letterTitle(l.kind),
      subject: l.subject,
      version: l.version,
      letterDate: l.letterDate ?? l.createdAt.slice(0, 10),
      sent: l.status === 'sent',
      sentOn: l.sentOn ?? null,
      pdfUrl: `/brieven/${l.id}/pdf`,
      htmlUrl: `/brieven/${l.id}/html`,
      isDecision: l.kind === 'decision',
      newerVersion: newerVersion ? newest.get(l.kind)! : null,
      send:
        l.status === 'sent'
          ? null
          : {
              action: `/verzoeken/${requestId}/brieven/${l.id}/versturen`,
              slug,
              idPrefix: prefix,
              open: failed?.slug === slug,
              formError: form.formError,
              field: fieldView(
                form,
                {
                  name: 'sentOn',
                  label: 'Verzonden op',
                  type: 'date',
                  required: true,
                  defaultValue: today,
                },
                prefix,
              ),
            },
    };
  });
}
