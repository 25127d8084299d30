// Errors of the letters library, with stable codes for the API's error filter:
//   LetterRenderError   — rendering one letter failed (missing field, bad value in the context);
//   LetterTemplateError — the template set itself is wrong (unreadable, unsafe, bad annex data);
//   LetterContextError  — the context breaks a legal rule the letter states (e.g. a late extension).

export interface LetterErrorDetails {
  /** The letter kind being rendered. */
  readonly kind?: string;
  /** The template or partial file where it happened, e.g. "partials/colofon.hbs". */
  readonly template?: string;
  /** The context field that is missing or wrong, e.g. "organisation.website". */
  readonly field?: string;
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
}

export class LetterRenderError extends Error {
  constructor(
    readonly code: 'LETTER.MISSING_FIELD' | 'LETTER.INVALID_VALUE' | 'LETTER.RENDER_FAILED',
    message: string,
    readonly details: LetterErrorDetails = {},
  ) {
    super(message);
    this.name = 'LetterRenderError';
  }
}

export class LetterTemplateError extends Error {
  constructor(
    readonly code:
      | 'LETTER.TEMPLATE_NOT_FOUND'
      | 'LETTER.TEMPLATE_SYNTAX'
      | 'LETTER.TEMPLATE_UNSAFE'
      | 'LETTER.ANNEX_INVALID'
      | 'LETTER.UNKNOWN_KIND',
    message: string,
    readonly details: LetterErrorDetails = {},
  ) {
    super(message);
    this.name = 'LetterTemplateError';
  }
}

export class LetterContextError extends Error {
  constructor(
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly details: LetterErrorDetails = {},
  ) {
    super(`${code}: ${en}`);
    this.name = 'LetterContextError';
  }
}

/**
 * Raised by a helper that got no value: Handlebars' strict mode checks `{{field}}` but not the
 * arguments of helpers, so each helper checks its own. The renderer turns it into a
 * LetterRenderError naming the field, the template and the place.
 */
export class HelperArgumentError extends Error {
  constructor(
    readonly helper: string,
    readonly problem: string,
    readonly loc:
      | {
          readonly start: { readonly line: number; readonly column: number };
          readonly end?: { readonly line: number; readonly column: number };
        }
      | undefined,
  ) {
    super(`helper "${helper}": ${problem}`);
    this.name = 'HelperArgumentError';
  }
}
