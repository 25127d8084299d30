export * from './release-plan.js';
