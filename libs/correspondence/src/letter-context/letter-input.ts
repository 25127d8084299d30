// What a clerk adds to a letter that the register does not hold: why a request is too general,
// how a notice names the third parties, what an objection lacks. Given with preview/generate,
// checked here per letter kind by the fields' shapes declared in libs/letters
// (letter-input-fields.ts), and stored with the generated letter. Dates stay computed: the
// only date a clerk gives is a term they set (repairBy) or a date they read off a letter
// (objectionLetterDate).
import { LocalDate } from '@wobdesk/domain';
import {
  LETTER_DEFINITIONS,
  LETTER_INPUT_SPECS,
  type LetterInput,
  type LetterInputField,
  type LetterKind,
  MAX_INPUT_LINES,
  MAX_INPUT_SECTIONS,
  MAX_SECTION_HEADING,
} from '@wobdesk/letters';
import { refused } from './common.js';

export type { LetterInput, LetterInputField } from '@wobdesk/letters';

/**
 * The input fields each kind takes (from the kind's declaration); any other field given is
 * refused, naming it.
 */
export const LETTER_INPUT_FIELDS = Object.fromEntries(
  Object.values(LETTER_DEFINITIONS).map((d) => [d.kind, d.input]),
) as { readonly [K in LetterKind]: readonly LetterInputField[] };

const invalid = (field: string, rule: string, nl: string, en: string): never =>
  refused('LETTER.INVALID_INPUT', nl, en, { field, rule });

/**
 * Checks `input` for `kind`: only the kind's fields, each of the right type (the HTTP layer
 * checks types too; this is the register's own guard for other callers).
 */
export function checkLetterInput(kind: LetterKind, input: unknown): LetterInput {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return invalid(
      'input',
      'object',
      'De invoer moet een object zijn.',
      'Input must be an object.',
    );
  }
  const allowed: readonly string[] = LETTER_INPUT_FIELDS[kind];
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!allowed.includes(field)) {
      invalid(
        field,
        'notForKind',
        `Het veld ${field} hoort niet bij een brief van de soort "${kind}"${allowed.length ? ` (wel: ${allowed.join(', ')})` : ''}.`,
        `Field ${field} is not used by a letter of kind "${kind}"${allowed.length ? ` (it takes: ${allowed.join(', ')})` : ''}.`,
      );
    }
    out[field] = checkField(field as LetterInputField, value);
  }
  return out as LetterInput;
}

function checkField(field: LetterInputField, value: unknown): unknown {
  const spec: { readonly shape: string; readonly max?: number } = LETTER_INPUT_SPECS[field];
  switch (spec.shape) {
    case 'flag':
      if (typeof value !== 'boolean') {
        invalid(
          field,
          'boolean',
          `${field} moet true of false zijn.`,
          `${field} must be a boolean.`,
        );
      }
      return value;
    case 'text':
    case 'longText':
      return text(field, value, spec.max!);
    case 'lines':
      if (!Array.isArray(value) || value.length > MAX_INPUT_LINES) {
        invalid(
          field,
          'array',
          `${field} moet een lijst van ten hoogste ${MAX_INPUT_LINES} teksten zijn.`,
          `${field} must be a list of at most ${MAX_INPUT_LINES} texts.`,
        );
      }
      return (value as unknown[]).map((v, i) => text(`${field}.${i}`, v, spec.max!));
    case 'sections':
      return sections(field, value, spec.max!);
    default:
      if (typeof value !== 'string' || !LocalDate.isValid(value)) {
        invalid(
          field,
          'date',
          `${field} moet een datum zijn (JJJJ-MM-DD).`,
          `${field} must be a date (YYYY-MM-DD).`,
        );
      }
      return value;
  }
}

/** A list of {heading, text}; a fault names the entry and its part: `extraSections[1].heading`. */
function sections(field: string, value: unknown, max: number): unknown {
  if (!Array.isArray(value) || value.length > MAX_INPUT_SECTIONS) {
    invalid(
      field,
      'array',
      `${field} moet een lijst van ten hoogste ${MAX_INPUT_SECTIONS} onderdelen zijn.`,
      `${field} must be a list of at most ${MAX_INPUT_SECTIONS} sections.`,
    );
  }
  return (value as unknown[]).map((entry, i) => {
    const at = `${field}[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return invalid(
        at,
        'object',
        `${at} moet een onderdeel zijn met een kopje (heading) en een tekst (text).`,
        `${at} must be a section with a heading and a text.`,
      );
    }
    const extra = Object.keys(entry).find((k) => k !== 'heading' && k !== 'text');
    if (extra !== undefined) {
      invalid(
        `${at}.${extra}`,
        'notAllowed',
        `${at} heeft alleen een kopje (heading) en een tekst (text), geen ${extra}.`,
        `${at} has only a heading and a text, not ${extra}.`,
      );
    }
    const { heading, text: body } = entry as Record<string, unknown>;
    return {
      heading: text(`${at}.heading`, heading, MAX_SECTION_HEADING),
      text: text(`${at}.text`, body, max),
    };
  });
}

function text(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    invalid(
      field,
      'text',
      `${field} moet een niet-lege tekst van ten hoogste ${max} tekens zijn.`,
      `${field} must be a non-empty text of at most ${max} characters.`,
    );
  }
  return (value as string).trim();
}

/** Refuses a letter whose required input is missing, naming the field. */
export function requireInput<F extends LetterInputField>(
  input: LetterInput,
  field: F,
  kind: LetterKind,
): NonNullable<LetterInput[F]> {
  const value = input[field];
  if (value === undefined) {
    refused(
      'LETTER.INPUT_REQUIRED',
      `Een brief van de soort "${kind}" heeft het veld ${field} nodig (geef het mee bij het maken of bekijken van de brief).`,
      `A letter of kind "${kind}" needs the field ${field} (give it with generate or preview).`,
      { field, rule: 'required' },
    );
  }
  return value as NonNullable<LetterInput[F]>;
}
