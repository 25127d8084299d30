// Types of sqlite-only-tests.js (plain JavaScript because jest.config.js imports it).
export declare const SQLITE_ONLY_TESTS: ReadonlyArray<{
  readonly file: string;
  readonly reason: string;
}>;
export declare function sqliteOnlyIgnorePatterns(): string[];
