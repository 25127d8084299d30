export type { PageWord, PageWords, RedactionBox } from './redaction-box.js';
export { parsePageWords, readPageWords } from './page-words.js';
export { redactPdf, type RedactOptions, type RedactResult } from './redact-pdf.js';
export { assembleBundles, type Bundle, type BundlePart } from './bundles.js';
export { renderPageImage } from './poppler.js';
export { DEFAULT_FONT_PATH } from './released-document.js';
