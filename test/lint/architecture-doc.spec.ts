// docs/architecture.md repeats the dependency table that lint enforces (dependency-rules.js), so a
// reader sees the rules without reading code. This keeps the two equal: a row added, removed or
// changed in one and not the other fails here.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Rule {
  readonly may: readonly string[];
  readonly reason: string;
}

const root = process.cwd();

async function rulesOfCode(): Promise<Record<string, Rule>> {
  const module = (await import(pathToFileURL(join(root, 'dependency-rules.js')).href)) as {
    DEPENDENCY_RULES: Record<string, Rule>;
  };
  return module.DEPENDENCY_RULES;
}

/** The rows between the table's markers in docs/architecture.md: part → [may, why]. */
function rulesOfDoc(): Record<string, { may: string[]; reason: string }> {
  const text = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const start = text.indexOf('<!-- dependency table');
  const end = text.indexOf('<!-- end of dependency table -->');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const rows = text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return Object.fromEntries(
    rows.map((line) => {
      const [part, may, reason] = line
        .split('|')
        .slice(1, 4)
        .map((cell) => cell.trim());
      const libs = may === '(nothing)' ? [] : may.split(',').map((lib) => lib.trim());
      return [part.replaceAll('`', ''), { may: libs, reason }];
    }),
  );
}

describe('docs/architecture.md', () => {
  it('should show the same dependency table as dependency-rules.js, row for row', async () => {
    const code = await rulesOfCode();
    const expected = Object.fromEntries(
      Object.entries(code).map(([part, rule]) => [
        part,
        { may: [...rule.may], reason: rule.reason.replace(/\s+/g, ' ').trim() },
      ]),
    );
    expect(rulesOfDoc()).toEqual(expected);
  });
});
