export * from './brand-colour.js';
export * from './png-logo.js';
