/**
 * What typed text may hold. Names, addresses and subjects end up in letters, PDFs, mails and
 * headers: a control character there adds address lines, hides text or (a bidi override) shows
 * it reversed; a lone surrogate is no text at all and breaks encoders further on. Refusing them
 * at input keeps every later step from having to guess.
 */

/** The longest values a request's fields may have: one declaration for the API, the forms and the register. */
export const REQUEST_TEXT_LIMITS = {
  requesterName: 200,
  salutation: 200,
  postalAddress: 1000,
  email: 254,
  phone: 40,
  subject: 500,
  theirReference: 200,
} as const;

// C0 controls except tab, LF and CR; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Bidi embeddings, overrides and isolates, and the marks; line and paragraph separators.
const BIDI_OR_SEPARATOR = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
// In a `u` pattern a surrogate range matches only a half without its partner.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;

export type PlainTextProblem = 'lone_surrogate' | 'control_character' | 'line_break';

/**
 * Why `text` is not plain text, or null. A multi-line field (an address block, a note) may hold
 * line breaks and tabs; a single-line one (a name, a subject) may not.
 */
export function plainTextProblem(text: string, multiLine = false): PlainTextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  if (CONTROL.test(text) || BIDI_OR_SEPARATOR.test(text)) return 'control_character';
  if (!multiLine && LINE_BREAK_OR_TAB.test(text)) return 'line_break';
  return null;
}

/** True when `text` holds nothing `plainTextProblem` refuses for a multi-line field. */
export function isPlainText(text: string, multiLine = false): boolean {
  return plainTextProblem(text, multiLine) === null;
}

const STRIP_ALWAYS = new RegExp(`${CONTROL.source}|${BIDI_OR_SEPARATOR.source}`, 'gu');

/**
 * Text stored before input was checked, made safe to print: controls and bidi marks removed,
 * lone surrogates replaced, line breaks kept only where the field may have them (CR LF → LF).
 */
export function printableText(text: string, multiLine = false): string {
  const cleaned = text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD').replace(STRIP_ALWAYS, '');
  return multiLine ? cleaned.replace(/\r\n?/g, '\n') : cleaned.replace(/[\t\n\r]+/g, ' ');
}
