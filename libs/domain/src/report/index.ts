export * from './management-report.js';
export * from './report-accumulator.js';
