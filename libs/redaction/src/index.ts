export type { PageWord, PageWords, RedactionBox } from './redaction-box.js';
export { parsePageWords, readPageWords } from './page-words.js';
