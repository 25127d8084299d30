import {
  DOCUMENT_ASSESSMENTS,
  type DocumentAssessment,
  findRefusalGround,
  LocalDate,
  type Regime,
} from '@wobdesk/domain';
import { invalidInput, optionalText } from '@wobdesk/register';

// The clerk's assessment of a document, checked as the decision checks its outcomes
// (libs/register parseOutcomes): a ground must be one of the pick list of the law the decision
// is taken under, a relative ground needs its weighing, a reference to what is already public
// needs the place. So a ground accepted here is never refused when the decision cites it.

/** An assessment as sent; the fields are checked here, not trusted. */
export interface AssessmentInput {
  readonly assessment?: unknown;
  readonly grounds?: unknown;
  readonly reasoning?: unknown;
  readonly publicLink?: unknown;
}

/** A change of one document: its assessment and/or its details. */
export interface DocumentChangeInput extends AssessmentInput {
  readonly description?: unknown;
  readonly documentDate?: unknown;
  readonly items?: unknown;
}

export interface ParsedAssessment {
  readonly assessment: DocumentAssessment;
  readonly grounds: string[];
  readonly reasoning: string | null;
  readonly publicLink: string | null;
}

/** Assessments that withhold something, and so must name why. */
const WITHHOLDING: ReadonlySet<DocumentAssessment> = new Set(['partly_public', 'not_public']);

/** The inventory's Document column holds at most 500 characters (libs/inventory). */
export const MAX_DESCRIPTION = 500;
const MAX_REASONING = 10_000;
const MAX_LINK = 2048;

/** The assessment, checked against the pick list of `law`; throws a 422 naming field and rule. */
export function parseAssessment(input: AssessmentInput, law: Regime): ParsedAssessment {
  const assessment = input.assessment;
  if (
    typeof assessment !== 'string' ||
    !(DOCUMENT_ASSESSMENTS as readonly string[]).includes(assessment)
  ) {
    throw invalidInput('assessment', `one_of:${DOCUMENT_ASSESSMENTS.join('|')}`);
  }
  const kind = assessment as DocumentAssessment;
  if (input.grounds !== undefined && input.grounds !== null && !Array.isArray(input.grounds)) {
    throw invalidInput('grounds', 'array');
  }
  const codes = (input.grounds ?? []) as readonly unknown[];
  const grounds = codes.map((code, i) => {
    const ground = typeof code === 'string' ? findRefusalGround(law, code.trim()) : undefined;
    if (!ground) throw invalidInput(`grounds[${i}]`, `refusal_ground_of_${law}`);
    return ground;
  });
  if (new Set(grounds.map((g) => g.code)).size !== grounds.length) {
    throw invalidInput('grounds', 'unique');
  }
  if (WITHHOLDING.has(kind) && grounds.length === 0) {
    throw invalidInput('grounds', 'required_for_partly_or_not_public');
  }
  if (!WITHHOLDING.has(kind) && grounds.length > 0) {
    throw invalidInput('grounds', 'only_for_partly_or_not_public');
  }
  const reasoning = optionalText(input.reasoning, 'reasoning', MAX_REASONING);
  if (reasoning === null && grounds.some((g) => g.relative)) {
    throw invalidInput('reasoning', 'required_for_relative_ground');
  }
  const publicLink = optionalText(input.publicLink, 'publicLink', MAX_LINK);
  if (kind === 'already_public' && publicLink === null) {
    throw invalidInput('publicLink', 'required_for_already_public');
  }
  if (kind !== 'already_public' && publicLink !== null) {
    throw invalidInput('publicLink', 'only_for_already_public');
  }
  if (publicLink !== null && !isWebAddress(publicLink)) throw invalidInput('publicLink', 'url');
  return { assessment: kind, grounds: grounds.map((g) => g.code), reasoning, publicLink };
}

/** The description: trimmed text of at most MAX_DESCRIPTION characters, or null. */
export function parseDescription(value: unknown): string | null {
  return optionalText(value, 'description', MAX_DESCRIPTION);
}

/** A document's own date: 'YYYY-MM-DD' or null. */
export function parseDocumentDate(value: unknown): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string' || !LocalDate.isValid(value)) {
    throw invalidInput('documentDate', 'date');
  }
  return value;
}

/** The requested items a document answers: numbers of the request's items, each once. */
export function parseItems(value: unknown, known: readonly number[]): number[] {
  if (!Array.isArray(value)) throw invalidInput('items', 'array');
  const numbers = value.map((n, i) => {
    if (!Number.isInteger(n) || !known.includes(n as number)) {
      throw invalidInput(`items[${i}]`, 'existing_item_number');
    }
    return n as number;
  });
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** An absolute http(s) address without spaces, as the publication platform accepts it. */
function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
