// Whether a reply quotes an earlier e-mail in full: the earlier mail's words, in order, appear
// in the reply once the quoting marks ("> ") and line breaks are set aside. The clerk then
// decides whether the inventory lists both or only the reply that contains the earlier one.
import { wordsOf } from './minhash.js';

/** Fewer words than this is too little to say a mail is contained in another. */
export const MIN_QUOTED_WORDS = 5;

/** Whether `reply` contains all of `original`'s text, as a quotation or otherwise. */
export function quotesInFull(reply: string, original: string): boolean {
  const quoted = wordsOf(original);
  if (quoted.length < MIN_QUOTED_WORDS) return false;
  const haystack = ` ${wordsOf(reply).join(' ')} `;
  const needle = ` ${quoted.join(' ')} `;
  return haystack.length > needle.length && haystack.includes(needle);
}

/**
 * The thread an e-mail belongs to: the first message of its References header (the root of the
 * conversation), else the message it replies to, else its own Message-ID; null without any.
 */
export function threadIdOf(mail: {
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}): string | null {
  return mail.references[0] ?? mail.inReplyTo ?? mail.messageId;
}
