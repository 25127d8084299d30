// Every test file must belong to a tier: a file that no Jest project matches is never run, and
// nothing else would say so (a lint spec in a new folder went unrun that way once).
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Project {
  readonly displayName: string;
  readonly testMatch: readonly string[];
  readonly testPathIgnorePatterns?: readonly string[];
}

const root = process.cwd();
const TEST_FILE = /\.(spec|int-spec|e2e-spec|browser-spec)\.ts$/;

/** The globs the config uses (`<rootDir>/`, `{a,b}`, `**`, `*`) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  const text = glob.replace('<rootDir>/', '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (text.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (c === '*') source += '[^/]*';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else source += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return TEST_FILE.test(entry.name) ? [path] : [];
  });
}

describe('test tiers', () => {
  it('should run every test file in exactly one tier', async () => {
    const config = (await import(pathToFileURL(join(root, 'jest.config.js')).href)) as {
      default: { projects: Project[] };
    };
    const tiersOf = (file: string): string[] =>
      config.default.projects
        .filter((p) => p.testMatch.some((glob) => globToRegExp(glob).test(file)))
        // A `*-pg` project runs its tier's files again on PostgreSQL; it is no tier of its own.
        .filter((p) => !p.displayName.endsWith('-pg'))
        .filter((p) => !(p.testPathIgnorePatterns ?? []).some((re) => new RegExp(re).test(file)))
        .map((p) => p.displayName);
    const files = ['apps', 'libs', 'test'].flatMap(testFiles).map((f) => relative('.', f));
    expect(files.length).toBeGreaterThan(50);
    const misplaced = files
      .map((file) => ({ file, tiers: tiersOf(file) }))
      .filter(({ tiers }) => tiers.length !== 1);
    expect(misplaced).toEqual([]);
  });
});
