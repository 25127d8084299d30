// renderLetter: context in, HTML out, with the template version and a content hash. Pure: the
// templates were loaded before, nothing is read or written, no clock is used. The same context and
// template set always give the same bytes, so the hash identifies the letter a requester received.
import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import type { Regime } from '@wobdesk/domain';
import type { LetterWarning } from './annex.js';
import { LetterRenderError, LetterTemplateError } from './letter-errors.js';
import {
  isLetterKind,
  LETTER_DEFINITIONS,
  type LetterContexts,
  type LetterKind,
  prepareLetter,
  type PreparedLetter,
} from './letter-registry.js';
import type { LetterTemplates } from './letter-templates.js';
import { printableContext } from './printable-context.js';

export interface RenderedLetter {
  readonly kind: LetterKind;
  readonly subject: string;
  /** A complete HTML document with print CSS for A4. */
  readonly html: string;
  /** VERSION of the template set plus a hash of its effective files, e.g. "1.0.0+3f2a9c1b7d4e". */
  readonly templateVersion: string;
  /** SHA-256 (hex) of all effective template files. */
  readonly templateSetHash: string;
  /** SHA-256 (hex) of `html` as UTF-8. */
  readonly contentHash: string;
  /** The law the letter applies (a decision: the law on its date, LD-REGIME). */
  readonly law: Regime;
  /** Things a person must look at before the letter is sent (e.g. unverified annex texts). */
  readonly warnings: readonly LetterWarning[];
}

/** The fields every letter needs before anything else can be checked. */
const COMMON_FIELDS = [
  'organisation',
  'requester',
  'date',
  'ourReference',
  'request',
  'request.regime',
  'request.receivedOn',
  'request.items',
] as const;

function valueAt(context: unknown, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function checkRequired(kind: LetterKind, context: unknown, fields: readonly string[]): void {
  if (context === null || typeof context !== 'object') {
    throw new LetterRenderError(
      'LETTER.MISSING_FIELD',
      `Letter ${kind}: the context is not an object`,
      { kind },
    );
  }
  for (const field of fields) {
    if (valueAt(context, field) === undefined || valueAt(context, field) === null) {
      throw new LetterRenderError(
        'LETTER.MISSING_FIELD',
        `Missing field "${field}" in the context of letter ${kind} (template ${LETTER_DEFINITIONS[kind].template}.hbs)`,
        { kind, field, template: `${LETTER_DEFINITIONS[kind].template}.hbs` },
      );
    }
  }
}

function withKind(error: unknown, kind: LetterKind): unknown {
  if (error instanceof LetterRenderError) {
    return new LetterRenderError(error.code, `Letter ${kind}: ${error.message}`, {
      ...error.details,
      kind,
    });
  }
  return error;
}

/**
 * Renders one letter. Throws LetterRenderError for a missing or invalid field (naming the field
 * and the template), LetterContextError when the context breaks a rule the letter states, and
 * LetterTemplateError for an unknown kind.
 */
export function renderLetter<K extends LetterKind>(
  templates: LetterTemplates,
  kind: K,
  context: LetterContexts[K],
): RenderedLetter {
  if (!isLetterKind(kind)) {
    throw new LetterTemplateError('LETTER.UNKNOWN_KIND', `Unknown letter kind "${String(kind)}"`, {
      kind: String(kind),
    });
  }
  const definition = LETTER_DEFINITIONS[kind];
  checkRequired(kind, context, [...COMMON_FIELDS, ...definition.requires]);
  let prepared: PreparedLetter;
  try {
    prepared = prepareLetter(kind, printableContext(context), templates);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new LetterRenderError('LETTER.INVALID_VALUE', `Letter ${kind}: ${e.message}`, { kind });
    }
    throw e;
  }
  let html: string;
  try {
    const body = templates.renderTemplate(definition.template, prepared.view);
    html = templates.renderTemplate('brief', {
      ...prepared.view,
      body: new Handlebars.SafeString(body),
    });
  } catch (e) {
    throw withKind(e, kind);
  }
  return {
    kind,
    subject: prepared.subject,
    html,
    templateVersion: templates.version,
    templateSetHash: templates.hash,
    contentHash: createHash('sha256').update(html, 'utf8').digest('hex'),
    law: prepared.law,
    warnings: prepared.warnings,
  };
}
