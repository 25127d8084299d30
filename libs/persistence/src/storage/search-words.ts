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
 * Lower-case letters with a diacritic and the same letters without, as PostgreSQL's
 * `document.search_vector` folds them (DocumentSearchPostgres1802660000000 holds its own copy,
 * as a migration never changes): a word is folded the same way before it is looked up.
 */
const WITH_DIACRITICS = 'àáâãäåèéêëìíîïòóôõöùúûüýÿçñ';
const WITHOUT_DIACRITICS = 'aaaaaaeeeeiiiiooooouuuuyycn';

function foldDiacritics(word: string): string {
  return [...word.toLowerCase()]
    .map((c) => {
      const at = WITH_DIACRITICS.indexOf(c);
      return at === -1 ? c : WITHOUT_DIACRITICS[at];
    })
    .join('');
}

/**
 * The PostgreSQL `to_tsquery('simple', …)` expression for the words of `text`, with the same
 * meaning as `ftsMatchExpression`: every word, each as a prefix; null when it has no word. The
 * words are letters and digits only, so quoting each is enough to keep tsquery syntax out.
 */
export function tsQueryExpression(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((w) => `'${foldDiacritics(w)}':*`).join(' & ');
}
