// Native-ESM Jest (NestJS 12 is ESM-only); run through the npm scripts, which add
// --experimental-vm-modules. One project per test tier (docs/testing.md): `npm test` runs them all,
// `--selectProjects <name>` one or more. Jest has no per-project testTimeout, so each project sets
// its own through test/support/tier-timeout.ts and `globals.TIER_TIMEOUT_MS`.
import { sqliteOnlyIgnorePatterns } from './test/support/sqlite-only-tests.js';

/** What every tier shares: the TypeScript transform and the `@wobdesk/*` path aliases. */
const shared = {
  testEnvironment: 'node',
  rootDir: '.',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@wobdesk/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@wobdesk/([^/]+)/(.*)\\.js$': '<rootDir>/libs/$1/src/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFilesAfterEnv: ['<rootDir>/test/support/tier-timeout.ts'],
};

/**
 * A tier: its name (for --selectProjects), where its files are, and the time one test or hook may
 * take on a loaded 2-core machine before it counts as hung. The budgets are several times what
 * the slowest test of the tier takes there, so a failure means a hang, not a busy machine.
 */
function tier(displayName, testMatch, timeoutMs, extra = {}) {
  return {
    ...shared,
    displayName,
    testMatch,
    globals: { TIER_TIMEOUT_MS: timeoutMs },
    ...extra,
  };
}

/**
 * The same files as `tier(displayName, …)` on PostgreSQL: `globals.TEST_DATABASE` switches
 * createTempDatabase (test/support/temp-database.ts) to a fresh database on one throwaway cluster
 * per run, which the global setup starts only when such a project has tests to run. Files about
 * SQLite itself are left out, each for its reason (test/support/sqlite-only-tests.js).
 */
function onPostgres(displayName, testMatch, timeoutMs) {
  // Three times the tier's budget: every statement is a round trip to another process instead of
  // a call into this one, and the tests that build hundreds of requests one by one take 3-7 times
  // as long as on SQLite (request-fold: 9 s on SQLite, 64 s on PostgreSQL on a loaded machine).
  const budget = timeoutMs * 3;
  return tier(`${displayName}-pg`, testMatch, budget, {
    globals: { TIER_TIMEOUT_MS: budget, TEST_DATABASE: 'postgres' },
    globalSetup: '<rootDir>/test/support/pg-global-setup.mjs',
    globalTeardown: '<rootDir>/test/support/pg-global-teardown.mjs',
    testPathIgnorePatterns: ['/node_modules/', ...sqliteOnlyIgnorePatterns()],
  });
}

const INTEGRATION = ['<rootDir>/test/integration/**/*.int-spec.ts'];
const E2E = ['<rootDir>/test/e2e/**/*.e2e-spec.ts'];

/** @type {import('jest').Config} */
export default {
  // Two workers, each replaced once it holds more than 1.5 GB after a test file: native-ESM Jest
  // keeps every test file's module graph in the process that ran it, and with ~170 suites one
  // process (Jest runs in band when it has only one worker, as on these 2-core machines) ran out
  // of heap. Recycled workers keep memory bounded however many suites there are.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
  projects: [
    // Pure code, no I/O: every *.spec.ts under apps/ and libs/ (and the benchmark helpers and the
    // lint rules' own tests).
    tier(
      'unit',
      [
        '<rootDir>/{apps,libs}/**/*.spec.ts',
        '<rootDir>/test/bench/**/*.spec.ts',
        '<rootDir>/test/lint/**/*.spec.ts',
        '<rootDir>/test/support/**/*.spec.ts',
      ],
      10_000,
      { testPathIgnorePatterns: ['/node_modules/', '\\.property\\.spec\\.ts$'] },
    ),
    // fast-check properties over pure code: hundreds to thousands of runs per test.
    tier('property', ['<rootDir>/{apps,libs}/**/*.property.spec.ts'], 30_000),
    // Real SQLite files, a real SMTP server, child processes (the built worker, mail senders).
    tier('integration', INTEGRATION, 30_000),
    // The whole Nest application over real HTTP on a real SQLite file.
    tier('e2e', E2E, 60_000),
    // The two tiers again on PostgreSQL 15 (`npm run test:integration:pg`, `test:e2e:pg`).
    onPostgres('integration', INTEGRATION, 30_000),
    onPostgres('e2e', E2E, 60_000),
    // The pages in the Debian Chromium (playwright-core) with axe-core.
    tier('browser', ['<rootDir>/test/browser/**/*.browser-spec.ts'], 120_000),
  ],
};
