// What a clerk adds to a letter that the register does not hold: why a request is too general,
// how a notice names the third parties, what an objection lacks. Given with preview/generate,
// checked here per letter kind, and stored with the generated letter. Dates stay computed: the
// only date a clerk gives is a term they set (repairBy) or a date they read off a letter
// (objectionLetterDate).
import { LocalDate } from '@wobdesk/domain';
import type { LetterKind } from '@wobdesk/letters';
import { refused } from './common.js';

export interface LetterInput {
  /** acknowledgement: invite the requester to a conversation about the request. */
  readonly conversationInvitation?: boolean;
  /** clarification_request (required): why the request is too general, in the clerk's words. */
  readonly explanation?: string;
  /** clarification_request: questions that help the requester specify. */
  readonly questions?: readonly string[];
  /**
   * third_party_view_start (required) and _end (defaults to the start notice's): how the letter
   * names the third parties, e.g. "twee bedrijven" — a description, not necessarily names.
   */
  readonly thirdParties?: string;
  /** objection_acknowledgement: the date on the objection letter. */
  readonly objectionLetterDate?: string;
  /** objection_acknowledgement: requirements of Awb 6:5 the objection lacks. */
  readonly missingRequirements?: readonly string[];
  /** objection_acknowledgement: last day to repair them (Awb 6:6); required with them. */
  readonly repairBy?: string;
  /** objection_acknowledgement: the objector will be invited to be heard. */
  readonly hearingToFollow?: boolean;
}

export type LetterInputField = keyof LetterInput;

/** The input fields each kind takes; any other field given is refused, naming it. */
export const LETTER_INPUT_FIELDS: { readonly [K in LetterKind]: readonly LetterInputField[] } = {
  acknowledgement: ['conversationInvitation'],
  clarification_request: ['explanation', 'questions'],
  conversation_summary: [],
  extension: [],
  third_party_view_start: ['thirdParties'],
  third_party_view_end: ['thirdParties'],
  decision: [],
  objection_acknowledgement: [
    'objectionLetterDate',
    'missingRequirements',
    'repairBy',
    'hearingToFollow',
  ],
};

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
  switch (field) {
    case 'conversationInvitation':
    case 'hearingToFollow':
      if (typeof value !== 'boolean') {
        invalid(
          field,
          'boolean',
          `${field} moet true of false zijn.`,
          `${field} must be a boolean.`,
        );
      }
      return value;
    case 'explanation':
    case 'thirdParties':
      return text(field, value, field === 'thirdParties' ? 200 : 4000);
    case 'questions':
    case 'missingRequirements':
      if (!Array.isArray(value) || value.length > 20) {
        invalid(
          field,
          'array',
          `${field} moet een lijst van ten hoogste 20 teksten zijn.`,
          `${field} must be a list of at most 20 texts.`,
        );
      }
      return (value as unknown[]).map((v, i) => text(`${field}.${i}`, v, 500));
    case 'objectionLetterDate':
    case 'repairBy':
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
