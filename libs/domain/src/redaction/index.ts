export * from './word-boxes.js';
export * from './find-term.js';
export * from './personal-data.js';
export * from './listed-names.js';
