// Which letters a request can have now, asked of the letter mappers themselves rather than of a
// second table: each kind is mapped without input, and only a refusal saying that its event has
// not happened yet (EVENT_NOT_RECORDED) leaves it out. The pages offer exactly these kinds.
import { LETTER_KINDS, type LetterKind } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';
import { type RequestAggregate, WorkflowError } from '@wobdesk/register';
import { EVENT_NOT_RECORDED, type LetterSources } from './common.js';
import { LETTER_INPUT_FIELDS, type LetterInputField } from './letter-input.js';

/** letterContextOf (index.ts), passed in: this module is imported by index.ts. */
type LetterMapper = (
  kind: LetterKind,
  a: RequestAggregate,
  org: OrganisationRecord,
  src: LetterSources,
) => unknown;

export interface AvailableLetter {
  readonly kind: LetterKind;
  /** The extra input this kind takes (LETTER_INPUT_FIELDS). */
  readonly inputFields: readonly LetterInputField[];
  /** The input field the letter cannot be made without, when it has one. */
  readonly requiredField?: LetterInputField;
  /**
   * Why the letter cannot be made as things stand although its event happened (a revoked status
   * link, an incomplete letterhead …), in the register's words.
   */
  readonly refusal?: { readonly code: string; readonly nl: string; readonly en: string };
}

/** The letter kinds whose event has happened, in LETTER_KINDS order, each with what it needs. */
export function availableLetters(
  a: RequestAggregate,
  org: OrganisationRecord,
  src: Omit<LetterSources, 'input'>,
  letterContextOf: LetterMapper,
): AvailableLetter[] {
  return LETTER_KINDS.flatMap((kind): AvailableLetter[] => {
    const inputFields = LETTER_INPUT_FIELDS[kind];
    try {
      letterContextOf(kind, a, org, { ...src, input: {} });
      return [{ kind, inputFields }];
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (error.details?.rule === EVENT_NOT_RECORDED) return [];
      if (error.code === 'LETTER.INPUT_REQUIRED') {
        return [{ kind, inputFields, requiredField: error.details?.field as LetterInputField }];
      }
      return [{ kind, inputFields, refusal: { code: error.code, nl: error.nl, en: error.en } }];
    }
  });
}
