// Sets the default timeout of every test and hook to its tier's budget (jest.config.js
// `globals.TIER_TIMEOUT_MS`): Jest reads `testTimeout` only from the global configuration, so a
// per-project value has to be set from a setup file.
import { jest } from '@jest/globals';

const budget = (globalThis as { TIER_TIMEOUT_MS?: unknown }).TIER_TIMEOUT_MS;
if (typeof budget !== 'number')
  throw new Error('jest.config.js: the project sets no TIER_TIMEOUT_MS');
jest.setTimeout(budget);
