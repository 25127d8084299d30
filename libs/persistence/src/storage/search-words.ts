// The words of a search as an FTS5 query. The clerk types plain words, never FTS5 syntax: each
// word is quoted (so AND, NEAR, a colon or a quote mean nothing special) and matches as a prefix,
// and all words must occur.

/** At most this many words count; a longer search adds nothing a clerk can check. */
export const MAX_SEARCH_WORDS = 20;

/** The words of a search: runs of letters and digits, in order, at most MAX_SEARCH_WORDS. */
export function searchWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_WORDS);
}

/** The FTS5 MATCH expression for the words of `text`; null when it has no word. */
export function ftsMatchExpression(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The PostgreSQL `tsquery` for the words of `text` (all words, each as a prefix); null when it
 * has no word. Each word is quoted as a lexeme, so no word is read as tsquery syntax.
 */
export function tsQueryExpression(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((w) => `'${w.toLowerCase()}':*`).join(' & ');
}
