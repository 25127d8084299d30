// The list of SQLite-only test files stays honest: each file exists (a renamed file would
// otherwise silently run on PostgreSQL again, or a stale entry linger) and says why.
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { SQLITE_ONLY_TESTS, sqliteOnlyIgnorePatterns } from './sqlite-only-tests.js';

describe('SQLite-only test files', () => {
  it.each(SQLITE_ONLY_TESTS.map((entry) => [entry.file, entry.reason]))(
    '%s exists and has a reason',
    (file, reason) => {
      expect(existsSync(file)).toBe(true);
      expect(file).toMatch(/^test\/(integration|e2e)\/.+\.(int|e2e)-spec\.ts$/);
      expect(reason.trim().length).toBeGreaterThan(20);
    },
  );

  it('turns each file into an ignore pattern that matches it and no other test file', () => {
    const patterns = sqliteOnlyIgnorePatterns().map((p) => new RegExp(p));
    expect(patterns).toHaveLength(SQLITE_ONLY_TESTS.length);
    SQLITE_ONLY_TESTS.forEach(({ file }, i) => {
      expect(patterns[i].test(`/repo/${file}`)).toBe(true);
      expect(patterns[i].test(`/repo/${file.replace('.ts', '-other.ts')}`)).toBe(false);
    });
  });
});
