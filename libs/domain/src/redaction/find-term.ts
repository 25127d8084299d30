import { comparableWord, lineRuns, type MarkedArea, type PageOfWords } from './word-boxes.js';

/** The words of a term as a search compares them; empty when it holds no letter or digit. */
export function termWords(term: string): string[] {
  return term
    .split(/\s+/)
    .map(comparableWord)
    .filter((w) => w !== '');
}

/**
 * Every occurrence of `term` (one or more words, any case, punctuation at word edges ignored) on
 * the pages, as areas: one per line an occurrence runs over, so a name split over two lines gets
 * two boxes rather than one covering both lines in full. Occurrences do not overlap: the search
 * continues after each one found.
 */
export function findTermAreas(pages: readonly PageOfWords[], term: string): MarkedArea[] {
  const wanted = termWords(term);
  if (wanted.length === 0) return [];
  const areas: MarkedArea[] = [];
  for (const page of pages) {
    const words = page.words.map((w) => comparableWord(w.text));
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (wanted.every((w, k) => words[i + k] === w)) {
        areas.push(...lineRuns(page.page, page.words.slice(i, i + wanted.length)));
        i += wanted.length - 1;
      }
    }
  }
  return areas;
}
