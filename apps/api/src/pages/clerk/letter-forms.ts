// The letters part of the request page: a form per letter kind the register offers now (with the
// fields for the extra input that kind takes), and the list of stored letters with a sending form
// for each draft. Which kinds, and which input each needs, come from LetterService.available.
import {
  LETTER_INPUT_FIELD_NAMES,
  LETTER_INPUT_SPECS,
  type LetterInputField,
  type LetterInputShape,
  type LetterInputSpec,
  MAX_INPUT_LINES,
} from '@wobdesk/letters';
import type { AvailableLetter, LetterMetadata } from '@wobdesk/correspondence';
import { isBlockingWarning, WorkflowError } from '@wobdesk/register';
import { EMPTY_FORM, type FormReader, type FormState, refusalOf } from '../shared/form-input.js';
import { type FieldSpec, fieldView, selectField } from '../shared/form-view.js';
import { letterTitle } from '../requester/requester-views.js';

/** How a letter went out, as the clerk chooses it on sending. */
export const SENDING_CHANNELS = { email: 'e-mail', post: 'post' } as const;

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

/** How an input field is asked for on the page, in Dutch: from its declaration in libs/letters. */
function inputFieldOf(name: LetterInputField): FieldSpec & {
  readonly shape: LetterInputShape;
  readonly max?: number;
} {
  const spec: LetterInputSpec = LETTER_INPUT_SPECS[name];
  const type = (
    {
      flag: 'checkbox',
      longText: 'textarea',
      lines: 'textarea',
      date: 'date',
      sections: 'textarea',
      text: undefined,
    } as const
  )[spec.shape];
  return {
    name,
    label: spec.labelNl,
    ...(spec.hintNl !== undefined && { description: spec.hintNl }),
    ...(type !== undefined && { type }),
    shape: spec.shape,
    ...(spec.max !== undefined && { max: spec.max }),
  };
}

const INPUT_FIELDS = Object.fromEntries(
  LETTER_INPUT_FIELD_NAMES.map((name) => [name, inputFieldOf(name)]),
) as { readonly [F in LetterInputField]: ReturnType<typeof inputFieldOf> };

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
    if (spec.shape === 'flag') {
      if (form.checked(name)) input[name] = true;
    } else if (spec.shape === 'date') {
      const value = form.date(name);
      if (value !== undefined) input[name] = value;
    } else if (spec.shape === 'text' || spec.shape === 'longText') {
      const value = form.text(name, { max: spec.max });
      if (value !== undefined) input[name] = value;
    } else if (spec.shape === 'sections') {
      const value = form.values[name] ?? '';
      if (value.trim() === '') continue;
      const sections = sectionsOf(value);
      // Text before the first "## " line has no heading: the register names that as the field.
      input[name] = sections ?? [{ heading: '', text: value.trim() }];
    } else {
      const lines = form.lines(name, { min: 0 });
      if (lines.length > MAX_INPUT_LINES)
        form.errors[name] = `Gebruik hoogstens ${MAX_INPUT_LINES} regels.`;
      else if (lines.some((l) => l.length > spec.max!))
        form.errors[name] = `Gebruik hoogstens ${spec.max} tekens per regel.`;
      if (lines.length > 0) input[name] = lines;
    }
  }
  return input;
}

/**
 * The sections typed in one text area: a line "## Kopje" starts a section, the lines under it are
 * its text. Undefined when text comes before the first heading (it would belong to none).
 */
export function sectionsOf(value: string): { heading: string; text: string }[] | undefined {
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of value.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^##\s*(.*)$/.exec(line);
    if (heading) sections.push({ heading: heading[1].trim(), lines: [] });
    else if (sections.length > 0) sections[sections.length - 1].lines.push(line);
    else if (line.trim() !== '') return undefined;
  }
  return sections.map((s) => ({ heading: s.heading, text: s.lines.join('\n').trim() }));
}

/**
 * A refusal of a letter form: on its field when the register names one the form has (a list
 * entry `questions.2` is shown on `questions`), else above the form.
 */
export function letterRefusal(error: unknown, form: FormReader): FormState {
  if (!(error instanceof WorkflowError)) return refusalOf(error, form);
  const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
  // A list entry (`questions.2`) or a section's part (`extraSections[1].heading`) is shown on its
  // field.
  const name = field?.replace(/\.\d+$/, '').replace(/\[\d+\].*$/, '');
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
  canOverride = false,
) {
  const newest = new Map<string, number>();
  for (const l of letters) newest.set(l.kind, Math.max(newest.get(l.kind) ?? 0, l.version));
  return [...letters].reverse().map((l) => {
    const slug = sendSlug(l.id);
    // An older draft stays sendable (the register allows it), but the clerk should know.
    const newerVersion = l.status === 'draft' && newest.get(l.kind)! > l.version;
    const form = failed?.slug === slug ? failed.form : EMPTY_FORM;
    const prefix = `${slug}-`;
    // Beside a draft: what stops it from being sent, and what else the clerk should check.
    const warnings = l.warnings.map((w) => ({ text: w.nl, blocking: isBlockingWarning(w) }));
    const blocked = l.status === 'draft' && warnings.some((w) => w.blocking);
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
      isDecision: l.kind === 'decision' || l.kind === 'not_handled_decision',
      newerVersion: newerVersion ? newest.get(l.kind)! : null,
      warnings: l.status === 'draft' ? warnings : [],
      blocked,
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
              // Kept with the sending: the decision's narrative names the medium only from it.
              channelField: fieldView(
                form,
                selectField('channel', 'Verzonden per', SENDING_CHANNELS, {
                  defaultValue: 'email',
                }),
                prefix,
              ),
              // A coordinator may send a blocked letter anyway, with a reason the history keeps.
              overrideField:
                blocked && canOverride
                  ? fieldView(
                      form,
                      {
                        name: 'overrideReason',
                        label: 'Reden om toch te verzenden',
                        type: 'textarea',
                        required: true,
                        description:
                          'Als coördinator kunt u deze brief ondanks de waarschuwing verzenden. De reden komt in de geschiedenis van het verzoek.',
                      },
                      prefix,
                    )
                  : null,
            },
    };
  });
}
