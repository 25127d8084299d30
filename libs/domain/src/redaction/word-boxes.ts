// The shapes redaction works on: words with their boxes as the PDF text layer lays them out, in
// PDF points from the page's top-left corner. They are structurally the redaction library's
// PageWord, PageWords and (without its label) RedactionBox, so its readings pass straight in.

/** One word on a page with its box. */
export interface WordBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A page's size and its words in reading order; pages are numbered from 1. */
export interface PageOfWords {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly WordBox[];
}

/** An area of one page to black out. */
export interface MarkedArea {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Whether `next` continues the line `previous` is on: it overlaps it vertically by at least half
 * the lower word's height and does not start left of it (a wrapped line starts over on the left).
 */
export function onSameLine(previous: WordBox, next: WordBox): boolean {
  const overlap =
    Math.min(previous.y + previous.height, next.y + next.height) - Math.max(previous.y, next.y);
  return overlap >= Math.min(previous.height, next.height) / 2 && next.x >= previous.x;
}

/** Consecutive words as areas: one per line run, each the smallest box around its words. */
export function lineRuns(page: number, words: readonly WordBox[]): MarkedArea[] {
  const runs: WordBox[][] = [];
  for (const word of words) {
    const run = runs.at(-1);
    if (run !== undefined && onSameLine(run.at(-1)!, word)) run.push(word);
    else runs.push([word]);
  }
  return runs.map((run) => {
    const left = Math.min(...run.map((w) => w.x));
    const top = Math.min(...run.map((w) => w.y));
    const right = Math.max(...run.map((w) => w.x + w.width));
    const bottom = Math.max(...run.map((w) => w.y + w.height));
    return { page, x: left, y: top, width: right - left, height: bottom - top };
  });
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** A word as a search compares it: lower case, punctuation and symbols at its edges dropped. */
export function comparableWord(text: string): string {
  return text.normalize('NFC').replace(EDGE_PUNCTUATION, '').toLocaleLowerCase('nl');
}
