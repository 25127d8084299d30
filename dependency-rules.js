// What each part of the code may import: the one table that lint enforces (eslint.config.js turns
// every row into a `no-restricted-imports` block) and that the architecture notes repeat.
// `may`: the @wobdesk libraries the part may import. Any other @wobdesk library, any app, and
// the database packages (except in persistence) are refused, each with the row's reason.
// `testOnly`: a library for tests; only test code (TEST_FILES) of any part may import it.

/** Packages that talk to the database: only libs/persistence uses them. */
export const DATABASE_PACKAGES = [
  'typeorm',
  'typeorm/*',
  '@nestjs/typeorm',
  'better-sqlite3',
  'pg',
];

/** Test code inside libs/ and apps/ (the tests under test/ are outside the table). */
export const TEST_FILES = ['**/*.spec.ts', '**/*.spec-helper.ts'];

/** An app composes the libraries (every one but the test-only fakes) and never imports another app. */
const appRule = () => ({
  may: [
    'domain',
    'config',
    'persistence',
    'clock',
    'letters',
    'mail',
    'register',
    'correspondence',
    'public-status',
    'accounts',
    'demo',
    'reminders',
    'inventory',
    'documents',
    'redaction',
    'publication',
  ],
  reason: 'an app composes the libraries; it never imports another app',
  app: true,
});

export const DEPENDENCY_RULES = {
  'libs/domain': {
    may: [],
    reason: 'the legal core depends on nothing, so it can be property-tested on its own',
    // The purity of the core: no framework, no validation library, no I/O.
    forbidden: [
      { group: ['@nestjs/*'], message: 'libs/domain is pure: no NestJS.' },
      {
        group: ['class-validator', 'class-transformer'],
        message: 'Validation belongs at the edge.',
      },
      { group: ['handlebars', 'nodemailer'], message: 'libs/domain is pure.' },
      { group: ['node:*', 'fs', 'path', 'process'], message: 'libs/domain does no I/O.' },
    ],
  },
  'libs/config': {
    may: ['domain'],
    reason: 'configuration is read at the edge and handed to everything else',
  },
  'libs/persistence': {
    may: ['domain', 'config'],
    reason: 'storage serves the use cases and knows none of them',
    database: true,
  },
  'libs/letters': {
    may: ['domain', 'config', 'persistence'],
    reason: 'letters render facts handed to them; stored data only through the repositories',
  },
  'libs/clock': {
    may: ['domain'],
    reason: 'the one clock reads the system time at the edge and knows no use case',
  },
  'libs/mail': {
    // Letters: the requester's notices attach stored letters and share the letter formatting.
    may: ['domain', 'config', 'persistence', 'clock', 'letters'],
    reason: 'mail queues and sends through the outbox repositories, never the database itself',
  },
  'libs/register': {
    may: ['domain', 'config', 'persistence', 'clock', 'mail'],
    reason:
      'the request register is the base of the capabilities: they build on it, it knows none of them',
  },
  'libs/accounts': {
    may: ['domain', 'config', 'persistence', 'clock', 'register'],
    reason: "accounts sign users in as the register's actors, with its errors and tokens",
  },
  'libs/correspondence': {
    may: ['domain', 'config', 'persistence', 'clock', 'letters', 'register'],
    reason: "the register's letters are made from its facts and sent as a change of the request",
  },
  'libs/public-status': {
    may: ['domain', 'config', 'persistence', 'clock', 'register', 'correspondence'],
    reason: 'what a requester sees is read from the register and the letters sent',
  },
  'libs/demo': {
    may: ['domain', 'config', 'persistence', 'clock', 'register', 'accounts'],
    reason: "the demo is seeded through the register's and the accounts' own services",
  },
  'libs/reminders': {
    // Register: closing a request whose objection window ended is a change like any other
    // (RequestChanges), and the calendar comes from there.
    may: ['domain', 'config', 'persistence', 'clock', 'mail', 'register'],
    reason: 'reminders read due work and queue mail; changes go through the register',
  },
  'libs/inventory': {
    may: ['domain'],
    reason:
      'the inventory spreadsheet format is rules over rows; it checks grounds against the pick list of the legal core',
  },
  'libs/documents': {
    // Redaction: the words of a document's PDF, where a term or personal data is marked.
    may: ['domain', 'config', 'persistence', 'clock', 'register', 'redaction'],
    reason:
      "a request's documents are stored through the repositories and added as a change of the request",
  },
  'libs/redaction': {
    may: ['domain'],
    reason:
      'redaction works on PDF files and boxes handed to it; what to redact is decided and stored elsewhere',
  },
  'libs/publication': {
    may: ['domain', 'config', 'persistence', 'clock', 'register', 'inventory'],
    reason:
      'publication makes decided requests public as a change of the request; the public reads see only what was published',
  },
  'libs/testing': {
    may: ['domain', 'config', 'persistence'],
    reason: 'in-memory fakes implement the persistence ports for the unit tests of the use cases',
    testOnly: true,
  },
  'apps/api': appRule(),
  'apps/worker': appRule(),
  'apps/cli': appRule(),
};

/** The libraries only test code imports. */
export const TEST_ONLY_LIBS = Object.entries(DEPENDENCY_RULES)
  .filter(([, rule]) => rule.testOnly)
  .map(([part]) => part.slice('libs/'.length));

/**
 * The `no-restricted-imports` patterns of one part of the table, for its production code or for
 * its test code (`tests`).
 */
export function restrictedImportsOf(part, { tests = false } = {}) {
  const rule = DEPENDENCY_RULES[part];
  // Test code may also import the test-only libraries, and its own library by its public name.
  const own = part.startsWith('libs/') ? [part.slice('libs/'.length)] : [];
  const may = tests
    ? [...rule.may, ...own, ...TEST_ONLY_LIBS.filter((lib) => !own.includes(lib))]
    : rule.may;
  const allowed = may.flatMap((lib) => [`!@wobdesk/${lib}`, `!@wobdesk/${lib}/*`]);
  const otherApps = Object.keys(DEPENDENCY_RULES).filter(
    (other) => other.startsWith('apps/') && other !== part,
  );
  const testOnly = tests
    ? []
    : TEST_ONLY_LIBS.map((lib) => ({
        group: [`@wobdesk/${lib}`, `@wobdesk/${lib}/*`],
        message: `Only test code (${TEST_FILES.join(', ')}) imports @wobdesk/${lib}: ${DEPENDENCY_RULES[`libs/${lib}`].reason}.`,
      }));
  // A test-only library gets its own message in production code, not the row's as well.
  const notAgain = tests
    ? []
    : TEST_ONLY_LIBS.flatMap((lib) => [`!@wobdesk/${lib}`, `!@wobdesk/${lib}/*`]);
  const patterns = [
    ...testOnly,
    {
      group: ['@wobdesk/*', ...allowed, ...notAgain],
      message: `${part} may import only ${rule.may.map((l) => `@wobdesk/${l}`).join(', ') || 'nothing of @wobdesk'}: ${rule.reason}.`,
    },
    rule.app
      ? {
          // By path from the root, or relative from inside apps/ ('../../worker/src/…').
          group: otherApps.flatMap((app) => [`**/${app}/**`, `**/${app.slice(5)}/src/**`]),
          message: `${part} never imports another app: ${rule.reason}.`,
        }
      : { group: ['**/apps/**'], message: `A library never imports an app (${part}).` },
    ...(rule.forbidden ?? []),
  ];
  if (!rule.database) {
    patterns.push({
      group: DATABASE_PACKAGES,
      message: `Only libs/persistence talks to the database; ${part} uses its repositories.`,
    });
  }
  return patterns;
}

/** Two flat-config blocks per part of the table: its production code and its test code. */
export function dependencyRuleBlocks() {
  return Object.keys(DEPENDENCY_RULES).flatMap((part) => [
    {
      files: [`${part}/**/*.ts`],
      ignores: TEST_FILES.map((glob) => `${part}/${glob}`),
      rules: { 'no-restricted-imports': ['error', { patterns: restrictedImportsOf(part) }] },
    },
    {
      files: TEST_FILES.map((glob) => `${part}/${glob}`),
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: restrictedImportsOf(part, { tests: true }) },
        ],
      },
    },
  ]);
}
