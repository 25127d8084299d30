import {
  findRefusalGround,
  type MarkedArea,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type RefusalGround,
  type Regime,
  termWords,
} from '@wobdesk/domain';
import { invalidInput, requireText } from '@wobdesk/register';

// The clerk's input for a redaction, checked here and not trusted: a 422 names the field and
// the rule, and nothing is stored.

/** A page's size in points, as the text layer reports it. */
export interface PageSize {
  readonly page: number;
  readonly width: number;
  readonly height: number;
}

export interface TermInput {
  readonly term?: unknown;
  readonly ground?: unknown;
}

export interface AreaInput {
  readonly page?: unknown;
  readonly x?: unknown;
  readonly y?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
  readonly ground?: unknown;
}

export interface SuggestionsInput {
  readonly ids?: unknown;
  readonly kind?: unknown;
  readonly ground?: unknown;
}

const MAX_TERM = 200;
/** Half a point: what pdftotext's rounding and a click on a scaled image may be off by. */
const EDGE = 0.5;

/**
 * The ground: a code of the pick list of `law`, as the assessment stores it ("5.1.2.e") or as
 * the box prints it ("5.1.2e").
 */
export function parseGround(value: unknown, law: Regime, field = 'ground'): RefusalGround {
  if (value === undefined || value === null || value === '') throw invalidInput(field, 'required');
  const code = typeof value === 'string' ? value.trim().replace(/(\d)([a-z])$/, '$1.$2') : '';
  const ground = findRefusalGround(law, code);
  if (!ground) throw invalidInput(field, `refusal_ground_of_${law}`);
  return ground;
}

/** The term in its compared form (lower case, words separated by one space). */
export function parseTerm(value: unknown): string {
  const words = termWords(requireText(value, 'term', MAX_TERM));
  if (words.length === 0) throw invalidInput('term', 'letters_or_digits');
  return words.join(' ');
}

/** The page number: one of the document's pages. */
export function parsePage(value: unknown, pageCount: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > pageCount) {
    throw invalidInput('page', `integer_1_to_${pageCount}`);
  }
  return value as number;
}

/** An area inside the page, with a size. */
export function parseArea(input: AreaInput, size: PageSize): MarkedArea {
  const number = (field: 'x' | 'y' | 'width' | 'height') => {
    const value = input[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput(field, 'number');
    if (field === 'width' || field === 'height' ? value <= 0 : value < 0) {
      throw invalidInput(field, field === 'width' || field === 'height' ? 'positive' : 'min_0');
    }
    return value;
  };
  const [x, y, width, height] = [number('x'), number('y'), number('width'), number('height')];
  if (x + width > size.width + EDGE) throw invalidInput('width', `within_page_width_${size.width}`);
  if (y + height > size.height + EDGE) {
    throw invalidInput('height', `within_page_height_${size.height}`);
  }
  return { page: size.page, x, y, width, height };
}

/** Which suggestions to accept: the ids picked, or every one of a kind. */
export function parseSuggestionPick(
  input: SuggestionsInput,
): { ids: string[] } | { kind: PersonalDataKind } {
  const hasIds = input.ids !== undefined && input.ids !== null;
  const hasKind = input.kind !== undefined && input.kind !== null;
  if (hasIds === hasKind) throw invalidInput('ids', 'exactly_one_of_ids_or_kind');
  if (hasKind) {
    if (!(PERSONAL_DATA_KINDS as readonly unknown[]).includes(input.kind)) {
      throw invalidInput('kind', `one_of:${PERSONAL_DATA_KINDS.join('|')}`);
    }
    return { kind: input.kind as PersonalDataKind };
  }
  if (!Array.isArray(input.ids) || input.ids.length === 0) {
    throw invalidInput('ids', 'non_empty_array');
  }
  const ids = input.ids.map((id, i) => {
    if (typeof id !== 'string' || id === '') throw invalidInput(`ids[${i}]`, 'string');
    return id;
  });
  return { ids: [...new Set(ids)] };
}
